import { assertString } from './assert.js';
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
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßđðłþıħŧ]/gu, (letter) => LETTER_FOLDS.get(letter) ?? letter)
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
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
