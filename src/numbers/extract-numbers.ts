import { assertString } from '../text/assert.js';
import { findMentions } from './find-mentions.js';
import { round, type Found } from './parse.js';
import type { Lexeme } from './scan.js';
import type { ExtractNumbersOptions, MentionBase, NumberLocale, NumberMention } from './types.js';

const LOCALES: ReadonlySet<string> = new Set<NumberLocale>(['en', 'de', 'fr', 'es']);

/**
 * Finds every number a text claims: counts, ranks, percentages, percentage points, money,
 * measured quantities, ratios, fractions, ranges, years, decades and dates, written in digits
 * (`$3.4bn`, `€2,7 Mrd`, `1:50`) or words (`two-thirds`, `half a percentage point`). Hedges such
 * as `about` or `more than` become `modifier` and stay outside the span. Clock times, phone
 * numbers, version strings, ids and the pronoun `one` are not numbers and are left out.
 * One linear pass over the text, so a 10 MB input finishes.
 *
 * @param text - The text to read.
 * @param options - `locale` (`en` default, `de`, `fr`, `es`); `relativeOrdinals` to read a bare
 * `last`, `next`, `previous` or `current` as a rank.
 * @returns Mentions in document order, each with `text.slice(start, end) === mention.text`.
 * @throws TypeError when `text` is not a string or the locale is unknown.
 * @example
 * ```ts
 * extractNumbers('Sales rose about 40% to $3.4bn in 2023.')
 * // [ { kind: 'percent', text: '40%', start: 17, end: 20, value: 40, modifier: 'approx', direction: 'up' },
 * //   { kind: 'currency', text: '$3.4bn', start: 24, end: 30, value: 3400000000, currency: 'USD' },
 * //   { kind: 'year', text: '2023', start: 34, end: 38, value: 2023 } ]
 * ```
 */
export function extractNumbers(text: string, options: ExtractNumbersOptions = {}): NumberMention[] {
  assertString(text, 'text');
  const locale = options.locale ?? 'en';
  if (!LOCALES.has(locale)) throw new TypeError(`presslens: \`options.locale\` must be one of en, de, fr, es, got ${String(locale)}`);
  const mentions: NumberMention[] = [];
  findMentions(text, locale, options.relativeOrdinals === true, ({ lexemes, found }) => {
    for (const mention of found) mentions.push(toMention(text, lexemes, mention));
  });
  return mentions;
}

/**
 * Turns a parser finding into the public, JSON-serialisable mention.
 *
 * @param text - The input.
 * @param lexemes - Its lexemes.
 * @param found - One finding.
 * @returns The mention.
 */
export function toMention(text: string, lexemes: readonly Lexeme[], found: Found): NumberMention {
  const start = lexemes[found.first]?.start ?? 0;
  const end = lexemes[found.next - 1]?.end ?? start;
  const base: MentionBase = {
    text: text.slice(start, end),
    start,
    end,
    ...(found.modifier !== undefined ? { modifier: found.modifier } : {}),
    ...(found.direction !== undefined ? { direction: found.direction } : {}),
    ...(found.per !== undefined ? { per: found.per } : {}),
  };
  switch (found.kind) {
    case 'currency':
      return { kind: 'currency', ...base, value: round(found.value), currency: found.currency ?? 'USD' };
    case 'quantity':
      return { kind: 'quantity', ...base, value: round(found.value), unit: found.unit ?? '' };
    case 'range':
      return {
        kind: 'range',
        ...base,
        min: found.min ?? found.value,
        max: found.max ?? found.value,
        of: found.of ?? 'cardinal',
        ...(found.unit !== undefined ? { unit: found.unit } : {}),
        ...(found.currency !== undefined ? { currency: found.currency } : {}),
      };
    case 'date':
      return {
        kind: 'date',
        ...base,
        ...(found.year !== undefined ? { year: found.year } : {}),
        ...(found.month !== undefined ? { month: found.month } : {}),
        ...(found.day !== undefined ? { day: found.day } : {}),
      };
    case 'ordinal':
      return { kind: 'ordinal', ...base, value: round(found.value), ...(found.relativeTo !== undefined ? { relativeTo: found.relativeTo } : {}) };
    default:
      return { kind: found.kind, ...base, value: round(found.value) };
  }
}
