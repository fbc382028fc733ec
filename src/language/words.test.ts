import { describe, expect, it } from 'vitest';
import { letterWords } from './words.js';

describe('letterWords', () => {
  it('lower-cases letter runs and splits at apostrophes, digits and punctuation', () => {
    expect(letterWords("L'Été 2026: Bürgermeisterin don’t HÄLT 3,5%")).toEqual(['l', 'été', 'bürgermeisterin', 'don', 't', 'hält']);
  });

  it('keeps combining marks inside the word', () => {
    expect(letterWords('नमस्ते दुनिया')).toEqual(['नमस्ते', 'दुनिया']);
  });

  it('has no words in a line of figures and punctuation', () => {
    expect(letterWords('12:30 — 4,5 % (+0.2)')).toEqual([]);
  });

  it('finds the same runs as matching letters and marks by regular expression, surrogates included', () => {
    const plain = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
    const pool = ['a', 'Z', 'É', 'ß', 'İ', 'Σ', 'ς', 'Ω', 'ж', 'Ё', 'ع', 'ـ', 'ि', '्', '\u0301', '\u200d', '\u00ad', ' ', '\n', '1', '٣', "'", '’', '-', '𝐀', '𐐀', '😀', '\ud800', '中', 'か', 'ㄱ', 'ǅ', 'ﬁ', 'Ⅻ'];
    let seed = 7;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = next() % 24;
      for (let k = 0; k < length; k++) text += pool[next() % pool.length] as string;
      expect(letterWords(text)).toEqual(plain(text));
    }
    expect(letterWords('ΟΔΟΣ ΣΑΣ')).toEqual(plain('ΟΔΟΣ ΣΑΣ'));
    expect(letterWords('İSTANBUL 𝐀B')).toEqual(plain('İSTANBUL 𝐀B'));
  });
});
