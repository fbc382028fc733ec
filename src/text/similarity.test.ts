import { describe, expect, it } from 'vitest';
import { foldName, nameSimilarity } from './similarity.js';

describe('nameSimilarity', () => {
  it('scores transliteration variants high and different names low', () => {
    expect(nameSimilarity('Zelensky', 'Zelenskyy')).toBeGreaterThan(0.95);
    expect(nameSimilarity('Zelenskiy', 'Zelensky')).toBeGreaterThan(0.95);
    expect(nameSimilarity('Zelensky', 'Macron')).toBeLessThan(0.6);
    expect(nameSimilarity('Søren', 'Soren')).toBe(1);
  });

  it('folds case, diacritics and punctuation', () => {
    expect(foldName('  Volodymyr  Zelens’kyy ')).toBe('volodymyr zelenskyy');
  });

  it('folds stroked letters, drops marks and symbols, keeps letters of every script', () => {
    expect(foldName('ŁUKASZ Søren-Æbelø ẞ')).toBe('lukasz sorenaebelo ss');
    expect(foldName('İstanbul\u00a0–\u2028Ελλάδα 東京 𝐀𝐁 ½ 👍\ud800 x')).toBe('istanbul ελλαδα 東京 ab 12 x');
    expect(foldName(' \t— … ')).toBe('');
  });

  it('folds a text far longer than a name in one piece', () => {
    const long = `${'Ø'.repeat(5000)} – ${'é'.repeat(9000)}`;
    expect(foldName(long)).toBe(`${'o'.repeat(5000)} ${'e'.repeat(9000)}`);
  });
});
