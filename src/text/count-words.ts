import { isRegExpSpaceCode } from './span.js';

/**
 * How many words a text has, as runs of characters between white space: the same count as
 * `text.split(/\s+/u).filter((part) => part.length > 0).length`, without building the array.
 *
 * @param text - Any text.
 * @returns The number of runs of characters that `\s` does not match.
 * @example
 * ```ts
 * countWords('  to hold\u00a0the line ') // 4
 * ```
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = isRegExpSpaceCode(text.charCodeAt(k));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
