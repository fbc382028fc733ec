import { assertString } from './assert.js';
import { codePointEnd, isAsciiDigit, isAsciiLetter } from './code-units.js';
import { LETTER_FOLDS } from './data/letter-folds.js';
import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';

/**
 * Folds a name for comparison: lower case, no diacritics, no punctuation, single spaces.
 *
 * @param name - A person's or organisation's name as written.
 * @returns The folded form (“Zelenskyy’s” → “zelenskyys”).
 * @example
 * ```ts
 * foldName('Volodymyr  Zelens’kyy') // 'volodymyr zelenskyy'
 * ```
 */
export function foldName(name: string): string {
  assertString(name, 'name');
  return squeeze(name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase());
}

// Letters, numbers and white space of any script; what is neither letter nor number nor space
// is dropped.
const KEPT_RUN = /[\p{L}\p{N}]+/uy;
const SPACE_RUN = /\s+/uy;
const CHUNK = 4096;
let foldsByCode: Map<number, string> | undefined;

/**
 * The last steps of folding in one pass over the lower-cased text: letters folded
 * (ø → o, ß → ss), everything but letters, numbers and white space dropped, white space collapsed
 * to single spaces and trimmed. One pass collecting character codes instead of a chain of regex
 * replacements, each of which would copy the whole text again.
 */
function squeeze(text: string): string {
  foldsByCode ??= new Map([...LETTER_FOLDS].map(([letter, folded]) => [letter.charCodeAt(0), folded]));
  const folds = foldsByCode;
  // Character codes of the result so far, turned into a string every CHUNK codes (a bound that
  // keeps `fromCharCode`'s argument list short).
  const codes: number[] = [];
  const parts: string[] = [];
  let spaceBefore = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let keptEnd = i;
    if (code < 0x80) {
      while (keptEnd < text.length && isAsciiLetterOrDigit(text.charCodeAt(keptEnd))) keptEnd++;
    } else {
      KEPT_RUN.lastIndex = i;
      if (KEPT_RUN.test(text)) keptEnd = KEPT_RUN.lastIndex;
    }
    if (keptEnd > i) {
      if (spaceBefore && (codes.length > 0 || parts.length > 0)) codes.push(0x20);
      spaceBefore = false;
      for (; i < keptEnd; i++) {
        const kept = text.charCodeAt(i);
        const folded = kept < 0xdf ? undefined : folds.get(kept);
        if (folded === undefined) codes.push(kept);
        else for (let f = 0; f < folded.length; f++) codes.push(folded.charCodeAt(f));
        if (codes.length >= CHUNK) {
          parts.push(String.fromCharCode(...codes));
          codes.length = 0;
        }
      }
      continue;
    }
    if (code < 0x80) {
      spaceBefore ||= code === 0x20 || (code >= 0x09 && code <= 0x0d);
      i++;
      continue;
    }
    SPACE_RUN.lastIndex = i;
    if (SPACE_RUN.test(text)) {
      spaceBefore = true;
      i = SPACE_RUN.lastIndex;
    } else {
      i = codePointEnd(text, i);
    }
  }
  const last = String.fromCharCode(...codes);
  return parts.length === 0 ? last : parts.join('') + last;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code);
}

const MAX_NAME_LENGTH = 200;

/**
 * How alike two names are, from 0 (nothing in common) to 1 (the same after folding), by the
 * Jaro–Winkler similarity of their folded forms: it rewards a shared beginning, which suits
 * transliteration variants (Zelensky, Zelenskyy, Zelenskiy).
 *
 * @param a - One name.
 * @param b - Another name.
 * @returns A similarity in [0, 1].
 * @example
 * ```ts
 * nameSimilarity('Zelensky', 'Zelenskyy') > 0.9 // true
 * ```
 */
export function nameSimilarity(a: string, b: string): number {
  assertString(a, 'a');
  assertString(b, 'b');
  // Jaro–Winkler is quadratic in length; no name is longer than this, and text that is stays linear.
  const x = foldName(a.slice(0, MAX_NAME_LENGTH));
  const y = foldName(b.slice(0, MAX_NAME_LENGTH));
  if (x === y) return 1;
  return jaroWinklerDistance(x, y, {});
}
