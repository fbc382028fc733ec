import { assertString } from '../text/assert.js';
import { readNumber } from './read-number.js';
import { scan } from './scan.js';
import type { NumberLocale } from './types.js';
import { vocabularyFor } from './vocabulary.js';

/** Lexemes (words, digit groups, marks) in the longest number read: no number is written in more. */
const LONGEST = 1_000;

/**
 * Reads a number written in words, digits or both, as a whole: `two hundred and forty-five
 * thousand`, `3.4bn`, `zweihundertfünfundvierzig` (with `locale: 'de'`).
 *
 * @param words - The number alone, without surrounding text.
 * @param locale - Its language (`en` default, `de`, `fr`, `es`).
 * @returns Its value, or `null` when the whole string is not one number (or runs past 1,000 words and marks).
 * @throws TypeError when `words` is not a string.
 * @example
 * ```ts
 * parseNumber('two hundred and forty-five thousand') // 245000
 * parseNumber('three quarters') // 0.75
 * parseNumber('vingt-trois', 'fr') // 23
 * ```
 */
export function parseNumber(words: string, locale: NumberLocale = 'en'): number | null {
  assertString(words, 'words');
  const trimmed = words.trim();
  // Reading stops past the longest number anyone writes, so a long text is not scanned whole.
  const lexemes = scan(trimmed, 0, trimmed.length, LONGEST + 1);
  if (lexemes.length === 0 || lexemes.length > LONGEST) return null;
  const core = readNumber(lexemes, 0, vocabularyFor(locale), true);
  return core !== null && core.next === lexemes.length ? core.value : null;
}
