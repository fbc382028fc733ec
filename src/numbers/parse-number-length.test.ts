import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.js';
import { scan } from './scan.js';

describe('parseNumber on long strings', () => {
  it('reads a long number up to 1,000 words and marks, and stops reading past them', () => {
    expect(parseNumber(`zero point ${'one '.repeat(997)}`)).toBeCloseTo(0.1111111);
    expect(parseNumber(`zero point ${'one '.repeat(999)}`)).toBeNull();
  });

  it('is no number in a long text, and a long digit literal is still one number', () => {
    expect(parseNumber('The council said 5 people came. '.repeat(40_000))).toBeNull();
    expect(parseNumber(`${'1 '.repeat(2_000)}`)).toBeNull();
    expect(parseNumber(`1${',000'.repeat(5_000)}`)).not.toBeNull();
  });
});

describe('scan with a limit', () => {
  it('stops after the given number of lexemes', () => {
    expect(scan('one two three four', 0, 18, 2).map((l) => l.text)).toEqual(['one', 'two']);
  });
});
