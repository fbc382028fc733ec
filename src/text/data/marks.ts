import type { DashKind, QuoteMarkStyle, QuoteMarkWeight } from '../marks.js';

/** One quotation mark: its look, its weight and the marks that can close a quote it opens. */
export interface QuoteMarkEntry {
  readonly style: QuoteMarkStyle;
  readonly weight: QuoteMarkWeight;
  /** Can this mark open a quotation in some language or typing habit? */
  readonly opens: boolean;
  /** Can this mark close a quotation in some language or typing habit? */
  readonly closes: boolean;
  /** Closing marks that end a quotation this mark opens, the usual one first. */
  readonly closers: readonly string[];
}

/**
 * Quotation marks by their text. Two-character marks (``` `` ``` and `''`, as NYT and Lexis
 * exports write them) come first so the longest match wins.
 */
export const QUOTE_MARKS: ReadonlyMap<string, QuoteMarkEntry> = frozenEntries([
  ['``', { style: 'grave', weight: 'double', opens: true, closes: false, closers: ["''", '”', '"'] }],
  ["''", { style: 'straight', weight: 'double', opens: true, closes: true, closers: ["''"] }],
  ['"', { style: 'straight', weight: 'double', opens: true, closes: true, closers: ['"', '”', '“'] }],
  ['“', { style: 'curly', weight: 'double', opens: true, closes: true, closers: ['”', '“', '"'] }],
  ['”', { style: 'curly', weight: 'double', opens: true, closes: true, closers: ['”', '“'] }],
  ['„', { style: 'low9', weight: 'double', opens: true, closes: false, closers: ['“', '”', '"'] }],
  ['«', { style: 'guillemet', weight: 'double', opens: true, closes: true, closers: ['»', '«'] }],
  ['»', { style: 'guillemet', weight: 'double', opens: true, closes: true, closers: ['«', '»'] }],
  ['‹', { style: 'guillemet', weight: 'single', opens: true, closes: true, closers: ['›', '‹'] }],
  ['›', { style: 'guillemet', weight: 'single', opens: true, closes: true, closers: ['‹', '›'] }],
  ["'", { style: 'straight', weight: 'single', opens: true, closes: true, closers: ["'", '’'] }],
  ['‘', { style: 'curly', weight: 'single', opens: true, closes: true, closers: ['’', '‘', "'"] }],
  ['’', { style: 'curly', weight: 'single', opens: true, closes: true, closers: ['’', '‘'] }],
  ['‚', { style: 'low9', weight: 'single', opens: true, closes: false, closers: ['‘', '’', "'"] }],
  ['`', { style: 'grave', weight: 'single', opens: true, closes: false, closers: ["'", '’'] }],
  ['「', { style: 'corner', weight: 'single', opens: true, closes: false, closers: ['」'] }],
  ['」', { style: 'corner', weight: 'single', opens: false, closes: true, closers: [] }],
  ['『', { style: 'corner', weight: 'double', opens: true, closes: false, closers: ['』'] }],
  ['』', { style: 'corner', weight: 'double', opens: false, closes: true, closers: [] }],
]);

// Every quoteMarkAt result shares its entry's `closers`, so the entries are frozen.
function frozenEntries(entries: readonly (readonly [string, QuoteMarkEntry])[]): ReadonlyMap<string, QuoteMarkEntry> {
  return new Map(entries.map(([mark, entry]) => [mark, Object.freeze({ ...entry, closers: Object.freeze([...entry.closers]) })]));
}

/** Prime marks: feet/inches and minutes/seconds, which OCR and typists confuse with quotes. */
export const PRIME_MARKS: ReadonlyMap<string, QuoteMarkWeight> = new Map<string, QuoteMarkWeight>([
  ['′', 'single'],
  ['″', 'double'],
  ['‴', 'double'],
]);

/** Dash-like characters by kind. */
export const DASHES: ReadonlyMap<string, DashKind> = new Map<string, DashKind>([
  ['-', 'hyphen'],
  ['\u2010', 'hyphen'],
  ['\u2011', 'hyphen'],
  ['\u2012', 'figure'],
  ['\u2013', 'en'],
  ['\u2014', 'em'],
  ['\u2015', 'bar'],
  ['\u2e3a', 'em'],
  ['\u2e3b', 'em'],
  ['\u2212', 'minus'],
  ['\ufe58', 'em'],
  ['\ufe63', 'hyphen'],
  ['\uff0d', 'hyphen'],
]);

/**
 * Words written with a leading apostrophe for elided letters ('em, 'til, 'n'), lower-cased and
 * without the apostrophe.
 */
export const ELIDED_WORDS: ReadonlySet<string> = new Set([
  'em', 'til', 'tis', 'twas', 'cause', 'cos', 'n', 'bout', 'round', 'nuff', 'ello', 'er', 'im',
]);
