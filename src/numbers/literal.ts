/** How a digit literal reads. */
export interface Literal {
  /** `number` for a plain or grouped number; `dotted` for `192.168.1.2` or `2.4.1`; `list` for `22,24,26`. */
  readonly shape: 'number' | 'dotted' | 'list';
  readonly value: number;
  /** No separators at all (`2023`, `007`). */
  readonly plain: boolean;
  /** Whether the literal has a fractional part. */
  readonly decimal: boolean;
  /** Number of digits before the decimal separator (all digits when there is none). */
  readonly integerDigits: number;
}

const GROUPING = new Set([' ', '\u00a0', '\u202f', '\u2009', "'", '’']);

/**
 * Reads a digit literal such as `3,400.50`, `3.400,50`, `1 234 567` or `4,5`, deciding which
 * separator is the decimal one from the locale and the group lengths.
 *
 * @param text - Digits with separators, as scanned.
 * @param decimalComma - Whether the locale writes a decimal comma.
 * @returns The reading of the literal.
 */
export function readLiteral(text: string, decimalComma: boolean): Literal {
  let digits = '';
  const separators: { char: string; at: number }[] = [];
  for (const char of text) {
    if (char >= '0' && char <= '9') digits += char;
    else separators.push({ char, at: digits.length });
  }
  if (separators.length === 0) return { shape: 'number', value: Number(digits), plain: true, decimal: false, integerDigits: digits.length };
  const decimalAt = decimalPosition(separators, digits.length, decimalComma);
  if (typeof decimalAt === 'string') return { shape: decimalAt, value: Number.NaN, plain: false, decimal: false, integerDigits: digits.length };
  const integer = decimalAt < 0 ? digits : digits.slice(0, decimalAt);
  const value = decimalAt < 0 ? Number(digits) : Number(`${integer}.${digits.slice(decimalAt)}`);
  return { shape: 'number', value, plain: false, decimal: decimalAt >= 0, integerDigits: integer.length };
}

/** Digit index where the fraction starts, -1 for none, or why the literal is not one number. */
function decimalPosition(separators: readonly { char: string; at: number }[], length: number, decimalComma: boolean): number | 'dotted' | 'list' {
  const last = separators[separators.length - 1];
  if (last === undefined) return -1;
  const kinds = new Set(separators.map((s) => (GROUPING.has(s.char) ? ' ' : s.char)));
  const groupsOfThree = separators.every((s, i) => (separators[i + 1]?.at ?? length) - s.at === 3) && (separators[0]?.at ?? 0) <= 3;
  if (kinds.size === 1 && kinds.has(' ')) return groupsOfThree ? -1 : 'list';
  if (kinds.has(',') && kinds.has('.')) {
    // Both marks: the last one written is the decimal point (1,234.5 / 1.234,5 / 12,34,567.89).
    const decimals = separators.filter((s) => s.char === last.char).length;
    return decimals === 1 && !GROUPING.has(last.char) ? last.at : 'list';
  }
  const char = kinds.has(',') ? ',' : '.';
  const marks = separators.filter((s) => s.char === char);
  if (marks.length === 1) {
    const localDecimal = decimalComma ? char === ',' : char === '.';
    return localDecimal || length - last.at !== 3 ? last.at : -1;
  }
  if (groupsOfThree) return -1;
  return char === '.' ? 'dotted' : 'list';
}
