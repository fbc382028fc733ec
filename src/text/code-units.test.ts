import { describe, expect, it } from 'vitest';
import { codePointEnd, isAsciiDigit, isAsciiLetter } from './code-units.js';

describe('code-unit classes', () => {
  it('tells ASCII letters and digits from their neighbours and from other scripts', () => {
    const codes = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
    expect(codes('AZaz').every(isAsciiLetter)).toBe(true);
    expect(codes('@[`{0é').some(isAsciiLetter)).toBe(false);
    expect(codes('09').every(isAsciiDigit)).toBe(true);
    expect(codes('/:a٣').some(isAsciiDigit)).toBe(false);
    expect(isAsciiLetter(Number.NaN) || isAsciiDigit(Number.NaN)).toBe(false);
  });

  it('steps over a surrogate pair as one code point and over a lone surrogate as one unit', () => {
    expect(codePointEnd('a😀b', 1)).toBe(3);
    expect(codePointEnd('a😀b', 0)).toBe(1);
    expect(codePointEnd('\ud83d', 0)).toBe(1);
    expect(codePointEnd('\ud83dx', 0)).toBe(1);
  });
});
