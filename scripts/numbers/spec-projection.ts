/**
 * Maps presslens number mentions onto the models of Microsoft Recognizers-Text specs, so the
 * same case files can score presslens, Recognizers-Text and compromise side by side.
 *
 * | spec model  | presslens findings reported for it                                            |
 * | ----------- | ----------------------------------------------------------------------------- |
 * | Number      | cardinal, fraction, ratio, year; the plain amount inside percent, percentage    |
 * |             | points, currency and quantity; both ends of a range                            |
 * | Percent     | percent                                                                        |
 * | Ordinal     | ordinal                                                                        |
 * | NumberRange | range (as `[min,max)`), and mentions hedged gt/gte/lt/lte with the hedge text  |
 * | Currency    | currency                                                                       |
 * | Dimension   | quantity whose unit is not a time unit and that is not an age                  |
 * | Age         | quantity written as an age (`five years old`, `29-year-old`)                  |
 * | Temperature | quantity in °C, °F or bare degrees (`°`); angles (`deg`) are Dimension          |
 */
import { findMentions } from '../../src/numbers/find-mentions.js';
import type { Found } from '../../src/numbers/parse.js';
import type { Lexeme } from '../../src/numbers/scan.js';
import type { NumberLocale } from '../../src/numbers/types.js';

export type Model = 'Number' | 'Percent' | 'Ordinal' | 'NumberRange' | 'Currency' | 'Dimension' | 'Age' | 'Temperature';

/** One reported (text, value) pair before normalisation. */
export interface Pair {
  readonly text: string;
  readonly value: string;
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century', 'ms']);
const TEMPERATURE_UNITS = new Set(['°C', '°F', '°', 'K']);

function slice(input: string, lexemes: readonly Lexeme[], first: number, next: number): string {
  return input.slice(lexemes[first]?.start ?? 0, lexemes[next - 1]?.end ?? 0);
}

function numberPairs(input: string, lexemes: readonly Lexeme[], found: Found): Pair[] {
  switch (found.kind) {
    case 'cardinal':
    case 'fraction':
    case 'ratio':
    case 'year':
      return [{ text: slice(input, lexemes, found.first, found.next), value: String(found.value) }];
    case 'range':
      return (found.ends ?? []).flatMap((end) => numberPairs(input, lexemes, end));
    case 'percent':
    case 'percentagePoints':
    case 'currency':
    case 'quantity':
      return found.amount === undefined ? [] : [{ text: slice(input, lexemes, found.amount.first, found.amount.next), value: String(found.amount.value) }];
    default:
      return [];
  }
}

function interval(found: Found): string | null {
  const v = found.value;
  switch (found.modifier) {
    case 'gt':
      return `(${v},)`;
    case 'gte':
      return `[${v},)`;
    case 'lt':
      return `(,${v})`;
    case 'lte':
      return `(,${v}]`;
    case 'eq':
      return `[${v},${v}]`;
    default:
      return null;
  }
}

function rangePairs(input: string, lexemes: readonly Lexeme[], found: Found): Pair[] {
  if (found.kind === 'range') {
    const first = found.interval !== undefined ? (found.hedgeFirst ?? found.first) : found.first;
    return [{ text: slice(input, lexemes, first, found.next), value: found.interval ?? `[${found.min},${found.max})` }];
  }
  const value = interval(found);
  if (value === null || found.kind === 'date' || found.kind === 'year') return [];
  // Ranges are about numbers: a quantity's unit stays out (`more than thirty` in `more than thirty years old`).
  const next = found.hedgeNext ?? ((found.kind === 'quantity' || found.kind === 'currency') && found.amount !== undefined ? found.amount.next : found.next);
  return [{ text: slice(input, lexemes, found.hedgeFirst ?? found.first, next), value }];
}

/** A range's ends that carry their own unit, for the unit models (`10 feet` in `eight to 10 feet`). */
function withEnds(found: readonly Found[]): Found[] {
  return found.flatMap((f) => (f.kind === 'range' ? [f, ...(f.ends ?? [])] : [f]));
}

/**
 * The pairs presslens reports for one spec model.
 *
 * @param input - The case input.
 * @param model - The spec model.
 * @param locale - The case language.
 * @returns Reported (text, value) pairs.
 */
export function presslensPairs(input: string, model: Model, locale: NumberLocale): Pair[] {
  let lexemes: readonly Lexeme[] = [];
  let all: readonly Found[] = [];
  // Spec inputs are one sentence, so they fit one chunk.
  // Recognizers-Text's Ordinal model reads `last` and `next` as ranks (its `SuppressExtendedTypes` turns that off).
  findMentions(input, locale, model === 'Ordinal', (findings) => {
    lexemes = findings.lexemes;
    all = findings.found;
  });
  const found = model === 'Number' || model === 'NumberRange' ? all : withEnds(all);
  const own = (f: Found): Pair => ({ text: slice(input, lexemes, f.first, f.next), value: String(f.value) });
  switch (model) {
    case 'Number':
      return found.flatMap((f) => numberPairs(input, lexemes, f));
    case 'Percent':
      return found.filter((f) => f.kind === 'percent').map(own);
    case 'Ordinal':
      return found.filter((f) => f.kind === 'ordinal').map((f) => (f.relativeTo !== undefined ? { ...own(f), value: `${f.relativeTo}${f.value < 0 ? '' : '+'}${f.value}` } : own(f)));
    case 'NumberRange':
      return found.flatMap((f) => rangePairs(input, lexemes, f));
    case 'Currency':
      // Recognizers-Text values `50 cents` as 50 in cents; presslens as 0.5 in the major unit.
      return found.filter((f) => f.kind === 'currency').map((f) => (f.minor === true && f.amount !== undefined ? { ...own(f), value: String(f.amount.value) } : own(f)));
    case 'Dimension':
      return found.filter((f) => f.kind === 'quantity' && !f.age && !TIME_UNITS.has(f.unit ?? '') && !TEMPERATURE_UNITS.has(f.unit ?? '')).map(own);
    case 'Age':
      return found.filter((f) => f.kind === 'quantity' && f.age === true).map(own);
    case 'Temperature':
      return found.filter((f) => f.kind === 'quantity' && TEMPERATURE_UNITS.has(f.unit ?? '')).map(own);
  }
}
