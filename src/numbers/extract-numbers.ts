import { assertString } from '../text/assert.js';
import { ChunkedList } from '../text/chunked-list.js';
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
  const mentions = new ChunkedList<NumberMention>();
  const shared = new Map<string, string>();
  findMentions(text, locale, options.relativeOrdinals === true, ({ lexemes, found }) => {
    for (const mention of found) mentions.push(toMention(text, lexemes, mention, shared));
  });
  return mentions.toArray();
}

/** A mention under construction: optional fields are set only when the text has them. */
type Draft = { -readonly [K in keyof MentionBase]: MentionBase[K] } & Record<string, unknown>;

// Short mention texts (`2023`, `40%`, `two`) recur all through a long text; one shared string
// each keeps the returned mentions small. Bounded, so a text of unique numbers costs nothing more.
const SHORT_TEXT = 6;
const MAX_SHARED = 4096;

/**
 * Turns a parser finding into the public, JSON-serialisable mention: one object literal per
 * kind, so every mention has exactly the fields it uses and no `undefined` ones.
 *
 * @param text - The input.
 * @param lexemes - Its lexemes.
 * @param found - One finding.
 * @param shared - Texts already used by earlier mentions of the same call, to reuse.
 * @returns The mention.
 */
export function toMention(text: string, lexemes: readonly Lexeme[], found: Found, shared?: Map<string, string>): NumberMention {
  const start = lexemes[found.first]?.start ?? 0;
  const end = lexemes[found.next - 1]?.end ?? start;
  let slice = text.slice(start, end);
  if (shared !== undefined && slice.length <= SHORT_TEXT) {
    const known = shared.get(slice);
    if (known !== undefined) slice = known;
    else if (shared.size < MAX_SHARED) shared.set(slice, slice);
  }
  const mention = core(found, slice, start, end) as unknown as Draft;
  if (found.modifier !== undefined) mention.modifier = found.modifier;
  if (found.direction !== undefined) mention.direction = found.direction;
  if (found.per !== undefined) mention.per = found.per;
  return mention as unknown as NumberMention;
}

function core(found: Found, text: string, start: number, end: number): NumberMention {
  switch (found.kind) {
    case 'currency':
      return { kind: 'currency', text, start, end, value: round(found.value), currency: found.currency ?? 'USD' };
    case 'quantity':
      return { kind: 'quantity', text, start, end, value: round(found.value), unit: found.unit ?? '' };
    case 'range': {
      const range: Draft = { kind: 'range', text, start, end, min: found.min ?? found.value, max: found.max ?? found.value, of: found.of ?? 'cardinal' };
      if (found.unit !== undefined) range.unit = found.unit;
      if (found.currency !== undefined) range.currency = found.currency;
      return range as unknown as NumberMention;
    }
    case 'date': {
      const date: Draft = { kind: 'date', text, start, end };
      if (found.year !== undefined) date.year = found.year;
      if (found.month !== undefined) date.month = found.month;
      if (found.day !== undefined) date.day = found.day;
      return date as unknown as NumberMention;
    }
    case 'ordinal':
      return found.relativeTo !== undefined
        ? { kind: 'ordinal', text, start, end, value: round(found.value), relativeTo: found.relativeTo }
        : { kind: 'ordinal', text, start, end, value: round(found.value) };
    default:
      return { kind: found.kind, text, start, end, value: round(found.value) };
  }
}
