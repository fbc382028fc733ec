import { assertString } from './assert.js';
import { isSpaceCode, type Span } from './span.js';

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
  let start = -1;
  let end = -1;
  // First and one-past-last non-space offsets of the current line (-1 while it is blank).
  let lineFirst = -1;
  let lineLast = -1;
  const endLine = (): void => {
    if (lineFirst < 0) {
      if (start >= 0) spans.push({ start, end });
      start = -1;
    } else {
      if (start < 0) start = lineFirst;
      end = lineLast;
    }
    lineFirst = -1;
  };
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) {
      endLine();
      if (code === 0x0d && input.charCodeAt(i + 1) === 0x0a) i++;
    } else if (!isSpaceCode(code)) {
      if (lineFirst < 0) lineFirst = i;
      lineLast = i + 1;
    }
  }
  endLine();
  if (start >= 0) spans.push({ start, end });
  return spans;
}
