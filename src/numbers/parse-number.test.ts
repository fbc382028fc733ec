import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.js';

describe('parseNumber', () => {
  it('reads English number words', () => {
    expect(parseNumber('two hundred and forty-five thousand')).toBe(245000);
    expect(parseNumber('one hundred and sixty-one')).toBe(161);
    expect(parseNumber('twenty-one trillion and three hundred')).toBe(21000000000300);
    expect(parseNumber('three quarters')).toBe(0.75);
    expect(parseNumber('one and a half')).toBe(1.5);
    expect(parseNumber('two hundred point zero three')).toBeCloseTo(200.03);
  });

  it('reads digits with scales', () => {
    expect(parseNumber('3.4bn')).toBe(3.4e9);
    expect(parseNumber('4.5 million')).toBe(4.5e6);
  });

  it('reads other locales', () => {
    expect(parseNumber('zweihundertfünfundvierzig', 'de')).toBe(245);
    expect(parseNumber('vingt-trois', 'fr')).toBe(23);
    expect(parseNumber('quatre-vingt-dix', 'fr')).toBe(90);
    expect(parseNumber('trescientos cuarenta y dos', 'es')).toBe(342);
  });

  it('returns null for anything that is not one whole number', () => {
    expect(parseNumber('five two')).toBeNull();
    expect(parseNumber('hello')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('throws a TypeError for a non-string', () => {
    expect(() => parseNumber(null as unknown as string)).toThrow(/`words`/u);
  });
});
