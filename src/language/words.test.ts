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
});
