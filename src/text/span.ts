/**
 * A range of the input, in UTF-16 code units (the unit of `String.prototype.slice`).
 * `start` is inclusive and `end` exclusive, so `input.slice(start, end)` is the covered text.
 */
export interface Span {
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
}

/**
 * A {@link Span} together with the text it covers: `input.slice(start, end) === text` always holds.
 */
export interface TextSpan extends Span {
  /** The covered text, exactly as it appears in the input. */
  readonly text: string;
}

/**
 * Builds the {@link TextSpan} of `input` between two offsets.
 *
 * @param input - The text the offsets refer to.
 * @param start - Inclusive start offset.
 * @param end - Exclusive end offset.
 * @returns The span with its text taken from `input`.
 * @example
 * ```ts
 * textSpan('Hello world', 6, 11) // { text: 'world', start: 6, end: 11 }
 * ```
 */
export function textSpan(input: string, start: number, end: number): TextSpan {
  return { text: input.slice(start, end), start, end };
}

/**
 * Narrows a span to exclude surrounding white space (including NBSP and zero-width characters).
 *
 * @param input - The text the span refers to.
 * @param start - Inclusive start offset.
 * @param end - Exclusive end offset.
 * @returns The trimmed span; an empty span at `start` when everything is white space.
 * @example
 * ```ts
 * trimSpan('  hi  ', 0, 6) // { text: 'hi', start: 2, end: 4 }
 * ```
 */
export function trimSpan(input: string, start: number, end: number): TextSpan {
  const trimmed = trimOffsets(input, start, end);
  return textSpan(input, trimmed.start, trimmed.end);
}

/**
 * The offsets {@link trimSpan} narrows to, without slicing the text.
 *
 * @param input - The text the span refers to.
 * @param start - Inclusive start offset.
 * @param end - Exclusive end offset.
 * @returns The trimmed offsets; an empty span at `start` when everything is white space.
 */
export function trimOffsets(input: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(input.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(input.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/**
 * Whether a UTF-16 code unit is white space as `\s` and `String.prototype.trim` see it: tab,
 * line feed, vertical tab, form feed, carriage return, the byte order mark, the space separators
 * (Zs) and the line and paragraph separators. Unlike {@link isSpaceCode}, zero-width and bidi
 * characters are not.
 *
 * @param code - A UTF-16 code unit, as returned by `charCodeAt`.
 * @returns `true` for the characters `\s` matches.
 * @example
 * ```ts
 * isRegExpSpaceCode(0x00a0) // true (NBSP); 0x200b (zero-width space): false
 * ```
 */
export function isRegExpSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Whether a UTF-16 code unit is white space or an invisible formatting character
 * (NBSP, zero-width space/joiners, BOM, bidi marks) that never carries meaning on its own.
 *
 * @param code - A UTF-16 code unit, as returned by `charCodeAt`.
 * @returns `true` for white space and invisible formatting characters.
 * @example
 * ```ts
 * isSpaceCode(0x00a0) // true (NBSP)
 * ```
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
