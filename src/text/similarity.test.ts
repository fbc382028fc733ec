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
});
