/**
 * franc's trigram engine, restricted to the candidates at hand. franc ranks the 300 commonest
 * trigrams of each language's UDHR text and scores an input by how far its own trigram ranks sit
 * from them. Importing `franc` itself decodes every table at load (~70 ms), so this module reads
 * franc's raw data and decodes the tables of a candidate list only when it is first needed.
 *
 * Trigrams are kept as numbers, not strings: the first UTF-16 code unit, and the other two packed
 * into one 32-bit integer, in open-addressing hash tables. Counting a short text's trigrams then
 * allocates nothing (one scratch table serves every call), which made this part, a third of a
 * short text's detection, several times faster than slicing strings into a `Map`.
 */
import { data } from 'franc/data.js';

/** franc's penalty for a trigram a language's table lacks (its table length). */
const MAX_DIFFERENCE = 300;

/** franc's name of the trigram group for an ISO 15924 script. */
export const FRANC_SCRIPT: Readonly<Record<string, string>> = {
  Latn: 'Latin', Cyrl: 'Cyrillic', Arab: 'Arabic', Deva: 'Devanagari', Hebr: 'Hebrew',
  Mymr: 'Myanmar', Ethi: 'Ethiopic',
};

/**
 * franc's language codes that have a trigram table for a script.
 *
 * @param script - ISO 15924 code.
 * @returns ISO 639-3 codes as franc spells them.
 */
export function francLanguages(script: string): string[] {
  return Object.keys(data[FRANC_SCRIPT[script] ?? ''] ?? {});
}

/**
 * A set of trigrams with one integer per trigram, by open addressing: slot i is free while
 * `heads[i]` is -1; `heads` holds a trigram's first code unit, `tails` the other two.
 */
interface TrigramTable {
  heads: Int32Array;
  tails: Int32Array;
  values: Int32Array;
  mask: number;
}

function trigramTable(capacity: number): TrigramTable {
  let size = 16;
  while (size < 2 * capacity) size *= 2;
  return { heads: new Int32Array(size).fill(-1), tails: new Int32Array(size), values: new Int32Array(size), mask: size - 1 };
}

/** The slot holding the trigram, or the free slot where it would go. */
function slotOf(table: TrigramTable, head: number, tail: number): number {
  const { heads, tails, mask } = table;
  let slot = (Math.imul(head ^ Math.imul(tail, 0x9e3779b1), 0x85ebca6b) >>> 15) & mask;
  while (heads[slot] !== -1 && (heads[slot] !== head || tails[slot] !== tail)) slot = (slot + 1) & mask;
  return slot;
}

/** One lookup table for several languages: trigram → row, and per row every language's rank (-1: absent). */
export interface FrancTable {
  /** franc's codes of the languages, in column order. */
  readonly codes: readonly string[];
  /** Per language, whether franc has a table for it. */
  readonly known: readonly boolean[];
  /** Trigram → row (`values`). */
  readonly rows: TrigramTable;
  /** Row r, column c at r × columns + c. */
  readonly ranks: Int16Array;
  /** Every column: 0, 1, … */
  readonly allColumns: readonly number[];
}

/**
 * The combined table of several languages' trigram ranks, for {@link francDistances}. Build it
 * once per candidate list and keep it: it decodes every listed table.
 *
 * @param script - ISO 15924 code of the input.
 * @param codes - franc's codes of the languages.
 * @returns The table (languages franc lacks a table for are marked unknown).
 */
export function francTable(script: string, codes: readonly string[]): FrancTable {
  const group = data[FRANC_SCRIPT[script] ?? ''];
  const raws = codes.map((code) => group?.[code]?.split('|') ?? []);
  const rows = trigramTable(raws.reduce((n, grams) => n + grams.length, 0));
  const columns = codes.length;
  let ranks = new Int16Array(columns * 512).fill(-1);
  let count = 0;
  raws.forEach((grams, column) => {
    grams.forEach((gram, rank) => {
      const head = gram.charCodeAt(0);
      const tail = (gram.charCodeAt(1) << 16) | gram.charCodeAt(2);
      const slot = slotOf(rows, head, tail);
      if (rows.heads[slot] === -1) {
        rows.heads[slot] = head;
        rows.tails[slot] = tail;
        rows.values[slot] = count++;
        if (count * columns > ranks.length) {
          const grown = new Int16Array(ranks.length * 2).fill(-1);
          grown.set(ranks);
          ranks = grown;
        }
      }
      ranks[(rows.values[slot] as number) * columns + column] = rank;
    });
  });
  return { codes, known: codes.map((code) => group?.[code] !== undefined), rows, ranks, allColumns: codes.map((_, c) => c) };
}

/** Scratch of one call: the text's distinct trigrams in order of first appearance, and their counts. */
let seen = trigramTable(256);
let heads = new Int32Array(256);
let tails = new Int32Array(256);
let counts = new Int32Array(256);
let slots = new Int32Array(256);
let order = new Int32Array(256);

function ensureScratch(trigrams: number): void {
  if (trigrams <= heads.length) return;
  const size = 2 * trigrams;
  seen = trigramTable(size);
  heads = new Int32Array(size);
  tails = new Int32Array(size);
  counts = new Int32Array(size);
  slots = new Int32Array(size);
  order = new Int32Array(size);
}

/** franc's distances of a text: how many distinct trigrams it has and the distance to each language. */
export interface FrancReading {
  /** Number of distinct trigrams of the text. */
  readonly trigrams: number;
  /**
   * Per language of the table, the mean distance per trigram in [0, 1] (0: identical ranking,
   * 1: nothing in common), or NaN for a language without a table or a text without trigrams.
   */
  readonly distances: Float64Array;
}

/**
 * franc's distance of a text to each language of a table: the text's trigrams (lower case,
 * letters only, words padded with one space) ranked by count, ties in order of first appearance;
 * each adds how far its rank sits from the language's, or {@link MAX_DIFFERENCE} when the language
 * lacks it. One lookup per distinct trigram serves every language.
 *
 * @param words - The text's lower-cased words.
 * @param table - From {@link francTable}.
 * @param wanted - The columns (languages) to measure, all by default; the others read NaN.
 * @returns The number of distinct trigrams and the distance per language.
 */
export function francDistances(words: readonly string[], table: FrancTable, wanted: readonly number[] = table.allColumns): FrancReading {
  let letters = 0;
  for (const word of words) letters += word.length;
  ensureScratch(letters);
  // Count the distinct trigrams, keeping their order of first appearance.
  let distinct = 0;
  let most = 0;
  for (const word of words) {
    const last = word.length + 1;
    for (let i = 0; i + 2 <= last; i++) {
      const a = i === 0 ? 0x20 : word.charCodeAt(i - 1);
      const b = i + 1 === last ? 0x20 : word.charCodeAt(i);
      const c = i + 2 === last ? 0x20 : word.charCodeAt(i + 1);
      const tail = (b << 16) | c;
      const slot = slotOf(seen, a, tail);
      let at: number;
      if (seen.heads[slot] === -1) {
        seen.heads[slot] = a;
        seen.tails[slot] = tail;
        at = distinct++;
        seen.values[slot] = at;
        heads[at] = a;
        tails[at] = tail;
        counts[at] = 0;
        slots[at] = slot;
      } else at = seen.values[slot] as number;
      const count = (counts[at] as number) + 1;
      counts[at] = count;
      if (count > most) most = count;
    }
  }
  for (let t = 0; t < distinct; t++) seen.heads[slots[t] as number] = -1;
  // Rank: a counting sort by count, descending, stable (franc's order among equal counts).
  if (most > 1) {
    const starts = new Int32Array(most + 1);
    for (let t = 0; t < distinct; t++) {
      const bucket = most - (counts[t] as number) + 1;
      starts[bucket] = (starts[bucket] as number) + 1;
    }
    for (let k = 1; k <= most; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
    for (let t = 0; t < distinct; t++) {
      const bucket = most - (counts[t] as number);
      order[t] = starts[bucket] as number;
      starts[bucket] = (order[t] as number) + 1;
    }
  } else for (let t = 0; t < distinct; t++) order[t] = t;
  // Distances.
  const { codes, known, rows, ranks } = table;
  const columns = codes.length;
  const totals = new Float64Array(columns);
  // A trigram no listed language has costs every language the maximum: counted once at the end.
  let missing = 0;
  for (let t = 0; t < distinct; t++) {
    const slot = slotOf(rows, heads[t] as number, tails[t] as number);
    if (rows.heads[slot] === -1) {
      missing++;
      continue;
    }
    const rank = order[t] as number;
    const at = (rows.values[slot] as number) * columns;
    for (let k = 0; k < wanted.length; k++) {
      const c = wanted[k] as number;
      const theirs = ranks[at + c] as number;
      totals[c] = (totals[c] as number) + (theirs < 0 ? MAX_DIFFERENCE : Math.abs(rank - theirs));
    }
  }
  const distances = new Float64Array(columns).fill(NaN);
  if (distinct === 0) return { trigrams: 0, distances };
  const scale = distinct * MAX_DIFFERENCE;
  for (let k = 0; k < wanted.length; k++) {
    const c = wanted[k] as number;
    if (known[c] === true) distances[c] = ((totals[c] as number) + missing * MAX_DIFFERENCE) / scale;
  }
  return { trigrams: distinct, distances };
}
