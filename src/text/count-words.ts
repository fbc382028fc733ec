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
    const space = isRegExpSpace(text.charCodeAt(k));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * What `\s` matches: ECMAScript's white space (tab, vertical tab, form feed, the byte order mark
 * and the space separators, Zs) and line terminators. All are single UTF-16 code units.
 */
function isRegExpSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
