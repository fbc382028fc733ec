/**
 * presslens: read news text the way a careful editor does.
 *
 * The root entry re-exports every capability. Bundlers drop what you do not call
 * (`"sideEffects": false`); to keep a bundle to one capability explicitly, import its subpath.
 *
 * @packageDocumentation
 */
export type { Span, TextSpan } from './text/span.js';
export type { Paragraph } from './text/paragraphs.js';
export type { Token, TokenKind } from './text/tokenize.js';
export type { QuoteMark, QuoteMarkStyle, QuoteMarkWeight, DashKind, SingleQuoteRole } from './text/marks.js';
export { splitParagraphs } from './text/paragraphs.js';
export { splitSentences } from './text/sentences.js';
export { tokenize, words } from './text/tokenize.js';
export { quoteMarkAt, isPrime, dashKind, singleQuoteRole } from './text/marks.js';
export { nameSimilarity, foldName } from './text/similarity.js';
