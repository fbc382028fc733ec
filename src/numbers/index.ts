/**
 * Numbers in news text: counts, percentages, money, quantities, ratios, ranges, years and dates,
 * with their hedges. Importing costs nothing: word tables are built on the first call.
 *
 * @packageDocumentation
 */
export { extractNumbers } from './extract-numbers.js';
export { parseNumber } from './parse-number.js';
export type {
  CardinalMention,
  CurrencyMention,
  DateMention,
  DecadeMention,
  Direction,
  ExtractNumbersOptions,
  FractionMention,
  MentionBase,
  Modifier,
  NumberKind,
  NumberLocale,
  NumberMention,
  OrdinalMention,
  PercentagePointsMention,
  PercentMention,
  QuantityMention,
  RangeEndKind,
  RangeMention,
  RatioMention,
  RelativeTo,
  YearMention,
} from './types.js';
