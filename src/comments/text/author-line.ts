import { cleanAuthorName } from '../author-name.js';
import { AUTHOR_PREFIXES, AUTHOR_SUFFIXES, NAME_TRAILERS, NOT_A_NAME_START } from '../data/author-cues.js';
import { classifyLine } from './classify-line.js';
import { isRegExpSpaceCode } from '../../text/span.js';
import { hasUnusualSpace } from './fold.js';

/**
 * How sure an author reading is: `cue` (a verb, a `Posted by`, a badge or a date on the line),
 * `name` (a capitalised name alone), `handle` (a lower-case or digit handle alone, only an author
 * when a date line follows).
 */
/** Why the line reads as an author line: a cue on it (`says:`, a date), a capitalised name, or a one-word handle. */
export type AuthorStrength = 'cue' | 'name' | 'handle';

/** A line read as an author line. */
export interface AuthorLine {
  /** The author's name as written. */
  readonly name: string;
  /** What made the line an author line. */
  readonly strength: AuthorStrength;
  /** A date written on the same line (`Jane Miller on March 3, 2024`). */
  readonly date?: string;
}

/** Particles that stay lower case inside names. */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'la', 'le', 'del', 'della', 'da', 'di', 'du', 'des', 'y', 'zu', 'ten', 'ter', 'bin', 'al', 'el', 'dos', 'das', 'do']);
/** What may separate a name from a date on one line. */
const REPLY_LINK_SEPARATORS = [' - ', ' | ', ' · ', ' • ', ' – '];
const DATE_SEPARATORS = [' on ', ' am ', ' el ', ' le ', ' | ', ' · ', ' • ', ' – ', ' — ', ' - ', ', '];
const MAX_NAME_WORDS = 4;
/** An author line with a date on it is short; longer lines are text. */
const MAX_LINE = 100;
const MAX_LINE_WORDS = 14;

function countSpaces(line: string): number {
  let count = 0;
  for (let index = line.indexOf(' '); index >= 0; index = line.indexOf(' ', index + 1)) count++;
  return count;
}
const MAX_NAME_LENGTH = 50;

let tables: { suffixes: string[]; spacedSuffixes: string[]; prefixes: string[]; spacedPrefixes: string[]; trailers: string[]; notStart: Set<string> } | undefined;

/**
 * Reads a line as an author line when it looks like one: `Jane says:`, `Jane sagt:`, `Posted by
 * Jane`, `Bob Hart ®`, `Jane Miller on March 3, 2024`, or a bare name (`Paul Ostrowski`). A
 * sentence (`Free trade, bring it on!`) is not a name.
 *
 * @param line - One trimmed line.
 * @returns The name and how sure the reading is, or `null`.
 */
export function readAuthorLine(text: string): AuthorLine | null {
  const line = withoutTrailingReplyLink(text);
  tables ??= buildTables();
  if (line.length > MAX_LINE || countSpaces(line) > MAX_LINE_WORDS) return null;
  const lower = line.toLowerCase();
  // A name read off the line's start begins with its first character, and a name begins with a
  // letter: a line opening with anything else (`@Jane …`, `3 years ago`) is named only after a prefix.
  const named = NAMED_START.test(line);

  // `Jane says:` / `Jane dijo: 3 de mayo de 2024`
  if (named && line.includes(':') && mayEndInVerb(line, lower, tables.spacedSuffixes)) {
    const lineOffsets = lineOffsetsOfLowerCase(line, lower);
    for (let index = 0; index < tables.suffixes.length; index++) {
      const suffix = tables.suffixes[index] as string;
      const found = lower.indexOf(tables.spacedSuffixes[index] as string);
      if (found <= 0) continue;
      // The verb was found in the lower-cased line: its offsets there are mapped back to the line's.
      const at = lineOffsets === null ? found : (lineOffsets[found] as number);
      const end = lineOffsets === null ? found + suffix.length + 1 : (lineOffsets[found + suffix.length + 1] as number);
      if (at <= 0 || end < 0) continue;
      const after = line.slice(end).trimStart();
      if (!after.startsWith(':')) continue;
      const name = cleanAuthorName(line.slice(0, at));
      if (nameShape(name, tables.notStart) === 0) continue;
      const rest = after.slice(1).trim();
      if (rest === '') return { name, strength: 'cue' };
      const kind = classifyLine(rest).kind;
      if (kind !== 'date' && kind !== 'relative-time') continue;
      return { name, strength: 'cue', date: rest };
    }
  }

  // `Posted by Jane`
  for (let index = 0; index < tables.prefixes.length; index++) {
    const prefix = tables.prefixes[index] as string;
    if (lower.charCodeAt(0) !== prefix.charCodeAt(0)) continue;
    if (!lower.startsWith(tables.spacedPrefixes[index] as string)) continue;
    const name = cleanAuthorName(line.slice(prefix.length + 1));
    if (nameShape(name, tables.notStart) === 2) return { name, strength: 'cue' };
  }

  // `Bob Hart ®`
  if (named && endsWithAny(lower, tables.trailers)) {
    const name = cleanAuthorName(line);
    if (nameShape(name, tables.notStart) > 0) return { name, strength: 'cue' };
  }

  // `Jane Miller on March 3, 2024 at 10:14 am`
  const digits = named && /\d/u.test(line);
  for (const separator of digits ? DATE_SEPARATORS : []) {
    const at = line.indexOf(separator);
    if (at <= 0) continue;
    const rest = line.slice(at + separator.length).trim();
    const kind = classifyLine(rest).kind;
    if (kind !== 'date' && kind !== 'relative-time') continue;
    const name = cleanAuthorName(line.slice(0, at));
    if (nameShape(name, tables.notStart) > 0) return { name, strength: 'cue', date: rest };
  }

  // `Ben 19. Juni 2018 um 15:28`: a name of up to four words, then a date. The longest name
  // wins, so `Andrea Middleton Jun 20th` does not read `Middleton` as part of the date.
  if (digits) {
    const spaces: number[] = [];
    for (let at = line.indexOf(' '); at > 0 && spaces.length < MAX_NAME_WORDS; at = line.indexOf(' ', at + 1)) spaces.push(at);
    for (let index = spaces.length - 1; index >= 0; index--) {
      const space = spaces[index] as number;
      const name = cleanAuthorName(line.slice(0, space));
      if (nameShape(name, tables.notStart) === 0) continue;
      const rest = line.slice(space + 1).trim();
      const kind = classifyLine(rest).kind;
      if (kind === 'date' || kind === 'relative-time') return { name, strength: 'cue', date: rest };
    }
  }

  const shape = named ? nameShape(line, tables.notStart) : 0;
  if (shape === 0) return null;
  return { name: cleanAuthorName(line), strength: shape === 2 ? 'name' : 'handle' };
}

/**
 * Whether a `says:`-style verb may stand before one of the line's colons (white space between):
 * a line with a colon but no such verb, most of them, is not searched for each verb. Exact only
 * when lower-casing kept every offset (the same length); otherwise every verb is tried (and its
 * offsets mapped back, see {@link lineOffsetsOfLowerCase}).
 */
function mayEndInVerb(line: string, lower: string, spacedSuffixes: readonly string[]): boolean {
  if (lower.length !== line.length) return true;
  for (let colon = lower.indexOf(':'); colon >= 0; colon = lower.indexOf(':', colon + 1)) {
    let end = colon;
    while (end > 0 && isRegExpSpaceCode(lower.charCodeAt(end - 1))) end--;
    for (const suffix of spacedSuffixes) if (lower.endsWith(suffix, end)) return true;
  }
  return false;
}

/**
 * Where each offset of `lower` (the line lower-cased) lies in the line, when lower-casing changed
 * the length: `İ` lower-cases to two code units (`i̇`), shifting everything after it. An offset
 * inside such a character's lower case maps to -1 (no offset of the line). Each character's lower
 * case has the same length alone as in the whole line (only its form can depend on its
 * neighbours, as for a final `Σ`), so they add up to `lower`.
 *
 * @returns The line offset of every offset of `lower` (its length included), or `null` when
 *   lower-casing kept every offset.
 */
function lineOffsetsOfLowerCase(line: string, lower: string): Int32Array | null {
  if (lower.length === line.length) return null;
  const offsets = new Int32Array(lower.length + 1).fill(-1);
  let at = 0;
  for (let index = 0; index < line.length; ) {
    const code = line.codePointAt(index) as number;
    offsets[at] = index;
    at += String.fromCodePoint(code).toLowerCase().length;
    index += code > 0xffff ? 2 : 1;
  }
  offsets[at] = line.length;
  return offsets;
}

function endsWithAny(text: string, endings: readonly string[]): boolean {
  for (const ending of endings) if (text.endsWith(ending)) return true;
  return false;
}

/** What a line that may begin with a name begins with (names begin with a letter; see {@link nameShape}). */
const NAMED_START = /^\s*\p{L}/u;

function buildTables(): NonNullable<typeof tables> {
  const suffixes = [...AUTHOR_SUFFIXES].sort((a, b) => b.length - a.length);
  const prefixes = [...AUTHOR_PREFIXES].sort((a, b) => b.length - a.length);
  return {
    suffixes,
    spacedSuffixes: suffixes.map((suffix) => ` ${suffix}`),
    prefixes,
    spacedPrefixes: prefixes.map((prefix) => `${prefix} `),
    trailers: NAME_TRAILERS.filter((mark) => !/^\p{L}/u.test(mark)),
    notStart: new Set(NOT_A_NAME_START),
  };
}

/**
 * 2 for a capitalised name (`Paul Ostrowski`, `Jean-Luc de la Tour`, `J. R. Hartley`), 1 for a
 * one-word handle (`rebelde`, `user_42`), 0 for anything else.
 */
function nameShape(text: string, notStart: ReadonlySet<string>): 0 | 1 | 2 {
  if (text.length < 2 || text.length > MAX_NAME_LENGTH) return 0;
  // With single spaces only (names are cleaned), a plain split cuts where `\s+` would.
  const words = hasUnusualSpace(text) ? text.split(/\s+/u) : text.split(' ');
  if (words.length > MAX_NAME_WORDS) return 0;
  const first = words[0] ?? '';
  if (notStart.has(first.toLowerCase())) return 0;
  const last = text.charAt(text.length - 1);
  if ('.!?;:,"“”„«»'.includes(last) && !/^\p{Lu}\.$/u.test(words.at(-1) ?? '')) return 0;
  if (words.length === 1 && !/^\p{Lu}/u.test(first)) return isHandle(first) ? 1 : 0;
  let capitalised = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(word) || /^\p{Lu}\p{Ll}*\p{Lu}\p{L}*$/u.test(word)) capitalised++;
    else if (index > 0 && PARTICLES.has(word)) continue;
    else if (words.length === 1 && isHandle(word)) return 1;
    else return 0;
  }
  return capitalised > 0 ? 2 : 0;
}

/** `Ben 19. Juni 2018 - Antworten` → `Ben 19. Juni 2018`: a reply link sharing the author's line. */
function withoutTrailingReplyLink(line: string): string {
  for (const separator of REPLY_LINK_SEPARATORS) {
    const at = line.lastIndexOf(separator);
    if (at > 0 && classifyLine(line.slice(at + separator.length)).kind === 'reply-link') return line.slice(0, at).trimEnd();
  }
  return line;
}

/** A user handle: letters first, then letters, digits, `_`, `.` or `-` (`rebelde`, `user_42`). */
function isHandle(word: string): boolean {
  return /^\p{L}[\p{L}\d_.-]{1,29}$/u.test(word);
}
