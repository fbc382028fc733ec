import type { Direction, Modifier } from './data/lexicon.js';

export type { Direction, Modifier };

/** Every kind of number mention, the discriminant of {@link NumberMention}. */
export type NumberKind =
  | 'cardinal'
  | 'ordinal'
  | 'percent'
  | 'percentagePoints'
  | 'currency'
  | 'quantity'
  | 'ratio'
  | 'fraction'
  | 'range'
  | 'year'
  | 'decade'
  | 'date';

/** What every mention carries: where it is, and how the text qualifies it. */
export interface MentionBase {
  /** The mention exactly as written: `input.slice(start, end) === text`. Hedges are outside it. */
  readonly text: string;
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset just past the last character. */
  readonly end: number;
  /** A hedge written next to the number (`about` → `approx`, `more than` → `gt`, `up to` → `lte`, `equal to` → `eq`). */
  readonly modifier?: Modifier;
  /** Which way the text says the number moved or compares (`up 3%`, `5% lower`). */
  readonly direction?: Direction;
  /** What the number is a rate of (`a year` → `year`, `per capita` → `capita`). */
  readonly per?: string;
}

/** A count or amount without a unit: `4 million`, `twenty-six`, `1,234.5`. */
export interface CardinalMention extends MentionBase {
  /** Discriminant: `cardinal`. */
  readonly kind: 'cardinal';
  /** The number in the text's own scale (see {@link NumberMention}). */
  readonly value: number;
}

/**
 * A rank: `3rd`, `twenty-first`, `second`; or a rank counted from the end or from the current
 * item, with `relativeTo` set and `value` the offset: `penultimate` and `the second to last` →
 * `end` −1, `the third from last` → `end` −2, and (only with `relativeOrdinals`) `last` → `end` 0,
 * `next` → `current` +1.
 */
export interface OrdinalMention extends MentionBase {
  /** Discriminant: `ordinal`. */
  readonly kind: 'ordinal';
  /** The number in the text's own scale (see {@link NumberMention}); for a relative rank, the offset. */
  readonly value: number;
  /** What a relative rank counts from: the last item (`end`) or the current one (`current`). */
  readonly relativeTo?: RelativeTo;
}

/** What a relative rank counts from. */
export type RelativeTo = 'end' | 'current';

/** A percentage, valued as written: `68.2%` → 68.2. */
export interface PercentMention extends MentionBase {
  /** Discriminant: `percent`. */
  readonly kind: 'percent';
  /** The number in the text's own scale (see {@link NumberMention}). */
  readonly value: number;
}

/** A difference of percentages: `1.5 percentage points` → 1.5. */
export interface PercentagePointsMention extends MentionBase {
  /** Discriminant: `percentagePoints`. */
  readonly kind: 'percentagePoints';
  /** The number in the text's own scale (see {@link NumberMention}). */
  readonly value: number;
}

/** Money: `$3.4bn` → 3400000000 `USD`. */
export interface CurrencyMention extends MentionBase {
  /** Discriminant: `currency`. */
  readonly kind: 'currency';
  /** The number in the text's own scale (see {@link NumberMention}). */
  readonly value: number;
  /** ISO 4217 code (`USD`, `EUR`); a bare `$` reads as `USD`. */
  readonly currency: string;
}

/** A measured amount: `312 km`, `30°C`, `five years`. */
export interface QuantityMention extends MentionBase {
  /** Discriminant: `quantity`. */
  readonly kind: 'quantity';
  /** The number in the text's own scale (see {@link NumberMention}). */
  readonly value: number;
  /** Normalised unit symbol (`km`, `km/h`, `°C`, `t`, `year`, `hour`). */
  readonly unit: string;
}

/** A proportion: `1:50` → 0.02, `one in four` → 0.25, `an order of magnitude` → 10. */
export interface RatioMention extends MentionBase {
  /** Discriminant: `ratio`. */
  readonly kind: 'ratio';
  /** The number in the text's own scale (see {@link NumberMention}). */
  readonly value: number;
}

/** A fraction: `two-thirds` → 0.6667, `3/4`, `half`. */
export interface FractionMention extends MentionBase {
  /** Discriminant: `fraction`. */
  readonly kind: 'fraction';
  /** The number in the text's own scale (see {@link NumberMention}). */
  readonly value: number;
}

/** Kinds a range's ends can have. */
export type RangeEndKind = 'cardinal' | 'ordinal' | 'percent' | 'percentagePoints' | 'currency' | 'quantity' | 'fraction' | 'year';

/** Two ends: `between 3 and 7 per cent`, `2019-2023`, `$5-10 million`. */
export interface RangeMention extends MentionBase {
  /** Discriminant: `range`. */
  readonly kind: 'range';
  /** The lower end, in the text's own scale (`3` in `between 3 and 7 per cent`). */
  readonly min: number;
  /** The upper end, in the text's own scale. */
  readonly max: number;
  /** The kind of both ends. */
  readonly of: RangeEndKind;
  /** Unit of the ends, for quantities. */
  readonly unit?: string;
  /** ISO 4217 code of the ends, for money. */
  readonly currency?: string;
}

/** A calendar year: `in 2023` → 2023. */
export interface YearMention extends MentionBase {
  /** Discriminant: `year`. */
  readonly kind: 'year';
  /** The number in the text's own scale (see {@link NumberMention}). */
  readonly value: number;
}

/** A decade, valued by its first year: `the 1980s`, `the '90s` → 1990. */
export interface DecadeMention extends MentionBase {
  /** Discriminant: `decade`. */
  readonly kind: 'decade';
  /** The number in the text's own scale (see {@link NumberMention}). */
  readonly value: number;
}

/** A calendar date with the parts that are written: `March 3rd`, `3 March 2023`, `May 2020`. */
export interface DateMention extends MentionBase {
  /** Discriminant: `date`. */
  readonly kind: 'date';
  /** The year, when written. */
  readonly year?: number;
  /** The month, 1–12, when written. */
  readonly month?: number;
  /** The day of the month, when written. */
  readonly day?: number;
}

/**
 * One number a text claims, discriminated on `kind`. `value` is in the text's own scale:
 * 68.2 for `68.2%`, 3400000000 for `$3.4bn`, 0.02 for `1:50`, 1980 for `the 1980s`;
 * minor currency units are converted (`34 cents` is 0.34 USD).
 */
export type NumberMention =
  | CardinalMention
  | OrdinalMention
  | PercentMention
  | PercentagePointsMention
  | CurrencyMention
  | QuantityMention
  | RatioMention
  | FractionMention
  | RangeMention
  | YearMention
  | DecadeMention
  | DateMention;

/** Languages {@link extractNumbers} reads. */
export type NumberLocale = 'en' | 'de' | 'fr' | 'es';

/** Options of {@link extractNumbers}. */
export interface ExtractNumbersOptions {
  /** Language of the text: number words, decimal comma, scale abbreviations. Default `en`. */
  readonly locale?: NumberLocale;
  /**
   * Also read a bare `last`, `next`, `previous` or `current` as a relative rank (`the next item` →
   * `current` +1), as commands and lists use them. Off by default: in news they mostly place
   * events in time (`last year`, `next week`). Compound ranks (`penultimate`, `the second to
   * last`, `the last but one`) are read either way.
   */
  readonly relativeOrdinals?: boolean;
}
