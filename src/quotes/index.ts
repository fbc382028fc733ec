/**
 * Quote extraction and attribution: who said what in a news text.
 *
 * @packageDocumentation
 */
export { extractQuotes, analyzeQuotes } from './extract-quotes.js';
export { clusterSpeakers } from './cluster-speakers.js';
export type {
  Quote,
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
