import { ChunkedList } from './chunked-list.js';
import { isSpaceCode, type TextSpan } from './span.js';

/** One line of the input, without its line terminator. */
export interface Line extends TextSpan {
  /** `true` when the line holds only white space (or nothing). */
  readonly blank: boolean;
}

/**
 * Splits text into lines at `\n`, `\r\n`, `\r`, U+2028 and U+2029, keeping offsets into the input.
 *
 * @param input - Any text.
 * @returns Every line in order (an empty input has one empty line); `text` excludes the terminator.
 * @example
 * ```ts
 * splitLines('a\r\nb').map((l) => l.text) // ['a', 'b']
 * ```
 */
export function splitLines(input: string): Line[] {
  const lines = new ChunkedList<Line>();
  forEachLine(input, (start, end, blank) => lines.push({ text: input.slice(start, end), start, end, blank }));
  return lines.toArray();
}

/**
 * Walks the lines {@link splitLines} finds without building them, for callers that only need
 * offsets (the one place that knows the line terminators).
 *
 * @param input - Any text.
 * @param visit - Called with each line's start, end (before its terminator) and whether it is blank.
 */
export function forEachLine(input: string, visit: (start: number, end: number, blank: boolean) => void): void {
  let start = 0;
  let blank = true;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) {
      visit(start, i, blank);
      if (code === 0x0d && input.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
      blank = true;
    } else if (blank && !isSpaceCode(code)) {
      blank = false;
    }
  }
  visit(start, input.length, blank);
}
