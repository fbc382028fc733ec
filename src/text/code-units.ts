/**
 * Character classes on UTF-16 code units, for scanners' fast paths: most news text is ASCII, and
 * a comparison of codes answers it before any Unicode regular expression is asked.
 */

/**
 * Whether a code unit is an ASCII letter (A–Z, a–z).
 *
 * @param code - A UTF-16 code unit (`NaN` past the end of a string gives `false`).
 * @returns `true` for an ASCII letter.
 */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * Whether a code unit is an ASCII digit (0–9).
 *
 * @param code - A UTF-16 code unit.
 * @returns `true` for an ASCII digit.
 */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Where the code point starting at `i` ends: after a surrogate pair, else after one code unit
 * (a lone surrogate counts as one).
 *
 * @param input - The text.
 * @param i - A UTF-16 index into it.
 * @returns The index after the code point.
 */
export function codePointEnd(input: string, i: number): number {
  const code = input.charCodeAt(i);
  const next = input.charCodeAt(i + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? i + 2 : i + 1;
}
