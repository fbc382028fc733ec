import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCase } from './lower-case.js';

describe('lowerCase', () => {
  it('lower-cases ASCII letters and leaves the rest', () => {
    expect(lowerCase('Sanna MARIN, 36')).toBe('sanna marin, 36');
    expect(lowerCase('already lower')).toBe('already lower');
    expect(lowerCase('')).toBe('');
  });

  it('gives what toLowerCase gives, for ASCII and any other text', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) });
    fc.assert(fc.property(fc.oneof(ascii, fc.string({ unit: 'binary' })), (text) => {
      expect(lowerCase(text)).toBe(text.toLowerCase());
    }), { seed: 5, numRuns: 2000 });
    expect(lowerCase('ÉCOLE İstanbul ΣΑΣ')).toBe('ÉCOLE İstanbul ΣΑΣ'.toLowerCase());
  });
});
