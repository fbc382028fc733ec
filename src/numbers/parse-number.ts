import { assertString } from '../text/assert.js';
import { readNumber } from './read-number.js';
import { scan } from './scan.js';
import type { NumberLocale } from './types.js';
import { vocabularyFor } from './vocabulary.js';

/**
 * Reads a number written in words, digits or both, as a whole: `two hundred and forty-five
 * thousand`, `3.4bn`, `zweihundertfünfundvierzig` (with `locale: 'de'`).
 *
 * @param words - The number alone, without surrounding text.
 * @param locale - Its language (`en` default, `de`, `fr`, `es`).
 * @returns Its value, or `null` when the whole string is not one number.
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
  const lexemes = scan(words.trim());
  if (lexemes.length === 0) return null;
  const core = readNumber(lexemes, 0, vocabularyFor(locale), true);
  return core !== null && core.next === lexemes.length ? core.value : null;
}
