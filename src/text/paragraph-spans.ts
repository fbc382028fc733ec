import { assertString } from './assert.js';
import { forEachParagraph } from './paragraphs.js';
import type { Span } from './span.js';

/**
 * The offsets of the paragraphs that `splitParagraphs` finds (runs of non-blank lines, trimmed of
 * white space), without building line or paragraph objects or slicing their text: for
 * extractors that walk a long input paragraph by paragraph and need little memory.
 *
 * @param input - Any text; CRLF, CR and Unicode line separators are understood.
 * @returns `{ start, end }` of each paragraph in document order; none for blank input.
 * @throws TypeError when `input` is not a string.
 * @example
 * ```ts
 * paragraphSpans('One.\n\n  Two. \n') // [{ start: 0, end: 4 }, { start: 8, end: 12 }]
 * ```
 */
export function paragraphSpans(input: string): Span[] {
  assertString(input, 'input');
  const spans: Span[] = [];
  forEachParagraph(input, (span) => spans.push(span));
  return spans;
}
