/**
 * How HTML elements shape plain text: which start a new paragraph, which only a new line, and which
 * hold no readable text at all. Used by `htmlToText`.
 */

/** Elements whose content stands as its own paragraph (a blank line before and after). */
export const PARAGRAPH_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dl', 'div', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'ul',
]);

/** Elements whose content starts on a new line but stays in the surrounding paragraph. */
export const LINE_ELEMENTS: ReadonlySet<string> = new Set(['br', 'dd', 'dt', 'li', 'summary', 'tr']);

/** Elements whose content is never readable text. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['head', 'noscript', 'script', 'style', 'template', 'title']);
