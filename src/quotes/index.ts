/**
 * Quote extraction and attribution: who said what in a news text.
 *
 * @packageDocumentation
 */
export { extractQuotes, analyzeQuotes } from './extract-quotes.js';
export { clusterSpeakers } from './cluster-speakers.js';
export type { Span, TextSpan } from '../text/span.js';
export type {
  Quote,
  QuoteBase,
  QuoteKind,
  QuoteRule,
  DirectQuote,
  MixedQuote,
  IndirectQuote,
  ScareQuote,
  Speaker,
  SpeakerCluster,
  QuoteWarning,
  ExtractQuotesOptions,
  QuoteAnalysis,
} from './types.js';
