/**
 * presslens: read news text the way a careful editor does.
 *
 * The root entry re-exports every capability and the shared text layer. Bundlers drop what you do
 * not call (`"sideEffects": false`, checked by size-limit: one function through the root weighs
 * the same as through its subpath); import a subpath (`presslens/quotes`, `presslens/numbers`,
 * `presslens/language`, `presslens/comments`, `presslens/article`) to keep a bundle to one capability explicitly.
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
export * from './quotes/index.js';
export * from './numbers/index.js';
export * from './language/index.js';
export * from './comments/index.js';
export * from './article/index.js';
