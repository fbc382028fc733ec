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

/** White space other than a single space: a tab, a line break, NBSP, or two spaces in a row. */
const UNUSUAL_SPACE = /[^\S ]| {2}/u;

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
  const lower = line.toLowerCase();
  return (UNUSUAL_SPACE.test(lower) ? lower.replace(/\s+/gu, ' ') : lower).trim();
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
