import { assertString } from './assert.js';
import { ChunkedList } from './chunked-list.js';
import { forEachLine } from './lines.js';
import { trimOffsets, type Span, type TextSpan } from './span.js';

/** A paragraph: a run of non-blank lines, trimmed of surrounding white space. */
export interface Paragraph extends TextSpan {
  /**
   * How many blank lines separate this paragraph from the previous one (or from the start of the
   * input, for the first). Scraped comment sections use one blank line between paragraphs of one
   * comment and two or more between comments, so the count matters.
   */
  readonly blankLinesBefore: number;
  /** Number of lines in the paragraph. */
  readonly lineCount: number;
}

/**
 * Splits text into blank-line separated paragraphs with offsets into the input.
 *
 * @param input - Any text; CRLF, CR and Unicode line separators are understood.
 * @returns The paragraphs in document order; none for blank input.
 * @throws TypeError when `input` is not a string.
 * @example
 * ```ts
 * splitParagraphs('One.\n\nTwo.\n\n\nThree.').map((p) => [p.text, p.blankLinesBefore])
 * // [['One.', 0], ['Two.', 1], ['Three.', 2]]
 * ```
 */
export function splitParagraphs(input: string): Paragraph[] {
  assertString(input, 'input');
  const paragraphs = new ChunkedList<Paragraph>();
  // A literal rather than a spread of `textSpan`: pages have thousands of paragraphs.
  forEachParagraph(input, ({ start, end }, blankLinesBefore, lineCount) => paragraphs.push({ text: input.slice(start, end), start, end, blankLinesBefore, lineCount }));
  return paragraphs.toArray();
}

/**
 * Walks the paragraphs {@link splitParagraphs} finds without building them or slicing their text.
 *
 * @param input - Any text.
 * @param visit - Called with each paragraph's trimmed offsets, the blank lines before it and its line count.
 */
export function forEachParagraph(input: string, visit: (span: Span, blankLinesBefore: number, lineCount: number) => void): void {
  let blankRun = 0;
  let first = -1;
  let last = -1;
  let lineCount = 0;
  let blanksBefore = 0;
  const flush = (): void => {
    if (first < 0) return;
    visit(trimOffsets(input, first, last), blanksBefore, lineCount);
    first = -1;
    lineCount = 0;
  };
  forEachLine(input, (start, end, blank) => {
    if (blank) {
      flush();
      blankRun++;
      return;
    }
    if (first < 0) {
      first = start;
      blanksBefore = blankRun;
    }
    last = end;
    lineCount++;
    blankRun = 0;
  });
  flush();
}
