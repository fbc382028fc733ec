import { isRegExpSpaceCode } from '../../text/span.js';

/**
 * The comparison key of a scraped line: lower case, white space collapsed, surrounding
 * punctuation that chrome phrases carry inconsistently (`Reply ↓`, `Antworten:`) removed.
 *
 * @param line - One line of a scrape.
 * @returns The key.
 */
export function lineKey(line: string): string {
  const lower = foldSpaces(line);
  let start = 0;
  let end = lower.length;
  while (start < end && EDGE.has(lower.charAt(start))) start++;
  while (end > start && EDGE.has(lower.charAt(end - 1))) end--;
  return lower.slice(start, end);
}

/**
 * A line lower-cased, its white-space runs collapsed to single spaces and trimmed: the common
 * start of the keys lines are looked up by. Most lines hold only single spaces, and are not copied
 * a second time to collapse them.
 *
 * @param line - One line of a scrape.
 * @returns The folded line.
 * @example
 * ```ts
 * foldSpaces('  Share\u00a0 THIS ') // 'share this'
 * ```
 */
export function foldSpaces(line: string): string {
  return collapseSpaces(line.toLowerCase());
}

/**
 * A text with its white-space runs collapsed to single spaces and trimmed; most lines hold only
 * single spaces and are returned trimmed, without a regex replacement copying them.
 *
 * @param text - Any text.
 * @returns The text with single spaces, trimmed.
 * @example
 * ```ts
 * collapseSpaces(' Jane\u00a0 Doe ') // 'Jane Doe'
 * ```
 */
export function collapseSpaces(text: string): string {
  return (hasUnusualSpace(text) ? text.replace(/\s+/gu, ' ') : text).trim();
}

/**
 * Whether a text holds white space other than single spaces (`/[^\S ]| {2}/u`): a tab, a line
 * break, NBSP or another space character, or two spaces in a row. A loop over the codes: this
 * runs on every line of a page, where a regex call cost more than the test.
 *
 * @param text - Any text.
 * @returns `false` when every white-space run in it is one space.
 */
export function hasUnusualSpace(text: string): boolean {
  let space = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20) {
      if (space) return true;
      space = true;
    } else {
      if (isRegExpSpaceCode(code)) return true;
      space = false;
    }
  }
  return false;
}

/** Characters that decorate chrome at either end of a line. */
const EDGE = new Set([...' :.!*|·•–—-()[]<>«»‹›↓↑→←↳▲▼⬆⬇', '\u00a0']);

/**
 * Removes trailing characters from a set by scanning back (linear, unlike a `[…]+$` regex).
 *
 * @param value - Any string.
 * @param characters - The characters to remove, as a string.
 * @returns `value` without them at its end.
 */
export function trimEndOf(value: string, characters: string): string {
  let end = value.length;
  while (end > 0 && characters.includes(value.charAt(end - 1))) end--;
  return value.slice(0, end);
}
