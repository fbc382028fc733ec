import { describe, expect, it } from 'vitest';
import { countWords } from './count-words.js';

const bySplit = (text: string): number => text.split(/\s+/u).filter((part) => part.length > 0).length;

describe('countWords', () => {
  it('counts runs between white space', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
    expect(countWords('to hold the line')).toBe(4);
    expect(countWords('\t to\u00a0hold\u2003the\u3000line\ufeff\n')).toBe(4);
    expect(countWords('word')).toBe(1);
  });

  it('agrees with splitting on \\s for every code unit that may or may not be white space', () => {
    // Every BMP code unit once between two letters, and astral and zero-width characters, which are not white space.
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(countWords(text), `U+${code.toString(16)}`).toBe(bySplit(text));
    }
    for (const text of ['😀 😀', 'a\u200bb', 'a\u180eb', ' x \u2028 y \u2029', 'rock ’n’ roll', '\u0085x\u0085']) {
      expect(countWords(text)).toBe(bySplit(text));
    }
  });
});
