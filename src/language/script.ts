/**
 * Writing-system detection: which ISO 15924 script the letters of a text are written in.
 * Runs over every code point once, so it stays linear on any input.
 */

/** Scripts the detector distinguishes, as ISO 15924 codes (`Zyyy` when there are no letters). */
export type ScriptCode =
  | 'Latn' | 'Cyrl' | 'Grek' | 'Arab' | 'Hebr' | 'Deva' | 'Beng' | 'Guru' | 'Gujr' | 'Taml'
  | 'Telu' | 'Knda' | 'Mlym' | 'Sinh' | 'Thai' | 'Laoo' | 'Mymr' | 'Khmr' | 'Geor' | 'Armn'
  | 'Ethi' | 'Hang' | 'Hira' | 'Kana' | 'Hani' | 'Other';

// Block ranges in code point order: [first, last, script]. Letters outside them count as 'Other'.
const RANGES: readonly (readonly [number, number, ScriptCode])[] = [
  [0x41, 0x24f, 'Latn'], [0x370, 0x3ff, 'Grek'], [0x400, 0x52f, 'Cyrl'], [0x531, 0x58f, 'Armn'],
  [0x591, 0x5ff, 'Hebr'], [0x600, 0x6ff, 'Arab'], [0x750, 0x77f, 'Arab'], [0x900, 0x97f, 'Deva'],
  [0x980, 0x9ff, 'Beng'], [0xa00, 0xa7f, 'Guru'], [0xa80, 0xaff, 'Gujr'], [0xb80, 0xbff, 'Taml'],
  [0xc00, 0xc7f, 'Telu'], [0xc80, 0xcff, 'Knda'], [0xd00, 0xd7f, 'Mlym'], [0xd80, 0xdff, 'Sinh'],
  [0xe00, 0xe7f, 'Thai'], [0xe80, 0xeff, 'Laoo'], [0x1000, 0x109f, 'Mymr'], [0x10a0, 0x10ff, 'Geor'],
  [0x1100, 0x11ff, 'Hang'], [0x1200, 0x139f, 'Ethi'], [0x1780, 0x17ff, 'Khmr'], [0x1c80, 0x1c8f, 'Cyrl'],
  [0x1c90, 0x1cbf, 'Geor'], [0x1e00, 0x1eff, 'Latn'], [0x1f00, 0x1fff, 'Grek'], [0x2c00, 0x2c5f, 'Other'],
  [0x2c60, 0x2c7f, 'Latn'], [0x2de0, 0x2dff, 'Cyrl'], [0x3040, 0x309f, 'Hira'], [0x30a0, 0x30ff, 'Kana'],
  [0x3130, 0x318f, 'Hang'], [0x31f0, 0x31ff, 'Kana'], [0x3400, 0x4dbf, 'Hani'], [0x4e00, 0x9fff, 'Hani'],
  [0xa640, 0xa69f, 'Cyrl'], [0xa720, 0xa7ff, 'Latn'], [0xac00, 0xd7af, 'Hang'], [0xf900, 0xfaff, 'Hani'],
  [0xfb1d, 0xfb4f, 'Hebr'], [0xfb50, 0xfdff, 'Arab'], [0xfe70, 0xfeff, 'Arab'], [0xff21, 0xff5a, 'Latn'],
  [0xff66, 0xff9f, 'Kana'], [0x20000, 0x3134f, 'Hani'],
];

const LETTER = /[\p{L}\p{M}]/u;

/**
 * The script of one code point, or `null` when it is not a letter (digits, punctuation, symbols).
 *
 * @param codePoint - A Unicode code point.
 * @returns The ISO 15924 code, `'Other'` for letters of scripts not listed, or `null`.
 */
export function scriptOf(codePoint: number): ScriptCode | null {
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? 'Latn' : null;
  }
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last, script] = RANGES[mid] as readonly [number, number, ScriptCode];
    if (codePoint < first) hi = mid - 1;
    else if (codePoint > last) lo = mid + 1;
    else return LETTER.test(String.fromCodePoint(codePoint)) ? script : null;
  }
  return LETTER.test(String.fromCodePoint(codePoint)) ? 'Other' : null;
}

/** Slot values of the BMP cache: 0 not looked up yet, 1 not a letter, then the scripts. */
const SLOTS: readonly (ScriptCode | null)[] = [
  null, null, 'Latn', 'Cyrl', 'Grek', 'Arab', 'Hebr', 'Deva', 'Beng', 'Guru', 'Gujr', 'Taml', 'Telu', 'Knda',
  'Mlym', 'Sinh', 'Thai', 'Laoo', 'Mymr', 'Khmr', 'Geor', 'Armn', 'Ethi', 'Hang', 'Hira', 'Kana', 'Hani', 'Other',
];
const NOT_A_LETTER = 1;
const LATIN = 2;

/**
 * Per BMP code point, its slot in SLOTS once looked up, so each distinct character pays the binary
 * search and the letter test once. Allocated on first use.
 */
let bmpScripts: Uint8Array | undefined;

function bmpSlotOf(code: number): number {
  bmpScripts ??= new Uint8Array(0x10000);
  let slot = bmpScripts[code] as number;
  if (slot === 0) {
    slot = slotOf(scriptOf(code));
    bmpScripts[code] = slot;
  }
  return slot;
}

function slotOf(script: ScriptCode | null): number {
  return script === null ? NOT_A_LETTER : SLOTS.indexOf(script);
}

/**
 * Scratch of {@link textScript}: letters per slot, and the slots in order of first appearance
 * (counting is synchronous, so one of each serves every call).
 */
let tally: Int32Array | undefined;
const firstSeen: number[] = [];
const HIRA = SLOTS.indexOf('Hira');
const KANA = SLOTS.indexOf('Kana');
const HANI = SLOTS.indexOf('Hani');
const HANG = SLOTS.indexOf('Hang');
const OTHER = SLOTS.indexOf('Other');

/** The script of a text's letters and how many letters it has. */
export interface TextScript {
  /**
   * ISO 15924 code of the dominant script: `Jpan` for kana with Han characters, `Kore` for Hangul
   * with Han, `Zzzz` for letters of scripts not listed, `Zyyy` without letters.
   */
  readonly script: string;
  /** Number of letters (code points) of any script. */
  readonly letters: number;
}

/**
 * Counts the letters of each script in a text and names its dominant one. Japanese mixes kana
 * with Han characters and is reported as `Jpan`, Korean Hangul with Han as `Kore`; of two scripts
 * with equally many letters, the one met first wins.
 *
 * @param text - Any text.
 * @returns The dominant script and the letter count.
 */
export function textScript(text: string): TextScript {
  // Counted by slot in an array: a property store per letter on a result keyed by a script's
  // name cost more than the rest of the walk.
  tally ??= new Int32Array(SLOTS.length);
  firstSeen.length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let slot: number;
    if (code < 0x80) {
      const lower = code | 0x20;
      slot = lower >= 0x61 && lower <= 0x7a ? LATIN : NOT_A_LETTER;
    } else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      slot = slotOf(scriptOf(text.codePointAt(i) ?? code));
      i++;
    } else {
      slot = bmpSlotOf(code);
    }
    if (slot === NOT_A_LETTER) continue;
    const count = (tally[slot] as number) + 1;
    tally[slot] = count;
    if (count === 1) firstSeen.push(slot);
  }
  const kana = (tally[HIRA] as number) + (tally[KANA] as number);
  let best = -1;
  let bestCount = 0;
  let letters = 0;
  for (let k = 0; k < firstSeen.length; k++) {
    const slot = firstSeen[k] as number;
    const count = tally[slot] as number;
    letters += count;
    if (slot !== HIRA && slot !== KANA && count > bestCount) {
      best = slot;
      bestCount = count;
    }
  }
  const hang = tally[HANG] as number;
  for (let k = 0; k < firstSeen.length; k++) tally[firstSeen[k] as number] = 0;
  let script: string;
  if (kana > 0 && (best === HANI || kana >= bestCount)) script = 'Jpan';
  else if (best === HANG || (best === HANI && hang > 0)) script = 'Kore';
  else script = best < 0 ? 'Zyyy' : best === OTHER ? 'Zzzz' : (SLOTS[best] as string);
  return { script, letters };
}

/** Whether a code unit is the second half of a surrogate pair (`NaN`, past the end, is not). */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
