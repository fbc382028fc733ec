import { describe, expect, it } from 'vitest';
import { data } from 'franc/data.js';
import { francDistances, francTable } from './franc-distance.js';

const francRanks = (code: string): string[] => data.Latin?.[code]?.split('|') ?? [];

/** franc's distance worked out the plain way: string trigrams, sorted by count (stable), ranks compared. */
function plainDistance(words: readonly string[], ranks: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) counts.set(padded.slice(i, i + 3), (counts.get(padded.slice(i, i + 3)) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([gram]) => gram);
  let total = 0;
  ranked.forEach((gram, rank) => {
    const theirs = ranks.indexOf(gram);
    total += theirs < 0 ? 300 : Math.abs(rank - theirs);
  });
  return total / (ranked.length * 300);
}

describe('francDistances', () => {
  it('is closer for the language the text is in', () => {
    const table = francTable('Latn', ['nld', 'pol', 'xxx']);
    const words = ['het', 'is', 'een', 'mooie', 'dag', 'in', 'de', 'stad'];
    const { trigrams, distances } = francDistances(words, [table, francTable('Latn', ['pol'])]);
    const [combined, single] = distances as [Float64Array, Float64Array];
    expect(trigrams).toBeGreaterThan(0);
    expect(combined[0]).toBeLessThan(combined[1] as number);
    expect(Number.isNaN(combined[2])).toBe(true);
    // A language's distance does not depend on the table it is read from.
    expect(single[0]).toBe(combined[1]);
  });

  it('ranks trigrams by count, equal counts in order of first appearance, as franc does', () => {
    const table = francTable('Latn', ['nld']);
    const words = ['de', 'de', 'het', 'de', 'van', 'een', 'een', 'ab', 'ab', 'cd', 'xy', 'zz'];
    const { distances } = francDistances(words, [table]);
    expect(distances[0]?.[0]).toBeCloseTo(plainDistance(words, francRanks('nld')), 12);
  });

  it('counts distinct trigrams, astral and combining letters as code units', () => {
    const { trigrams } = francDistances(['ab', 'ab', '𝒳y', 'é'], [francTable('Latn', ['eng'])]);
    // ' ab' and 'ab ' (once each); the surrogate pair is two code units: ' 𝒳', '𝒳y', then the
    // low surrogate, 'y' and the space; and ' é '.
    expect(trigrams).toBe(2 + 3 + 1);
  });

  it('reads nothing from a text without words, and keeps no state between calls', () => {
    const tables = [francTable('Latn', ['eng', 'deu'])];
    expect(francDistances([], tables).trigrams).toBe(0);
    expect(Number.isNaN(francDistances([], tables).distances[0]?.[0])).toBe(true);
    const once = francDistances(['the', 'house', 'of', 'the', 'people'], tables).distances;
    francDistances(['das', 'haus', 'der', 'leute'], tables);
    expect(francDistances(['the', 'house', 'of', 'the', 'people'], tables).distances).toEqual(once);
  });

  it('grows its scratch for a long text', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${String.fromCharCode(0x61 + (i % 26), 0x61 + ((i / 26) % 26))}x`);
    const { trigrams, distances } = francDistances(words, [francTable('Latn', ['eng'])]);
    expect(trigrams).toBeGreaterThan(26 * 26);
    expect(distances[0]?.[0]).toBeCloseTo(plainDistance(words, francRanks('eng')), 12);
  });

  it('reads the same distances when the trigram numbers are dealt anew, within a text or between texts', () => {
    const reference = ['the', 'house', 'of', 'the', 'people', 'and', 'their', 'houses'];
    const tables = [francTable('Latn', ['eng', 'deu']), francTable('Latn', ['nld'])];
    const before = francDistances(reference, tables).distances.map((d) => [...d]);
    // 40 texts of 600 new trigrams each: more than are numbered at once (16,384).
    for (let t = 0; t < 40; t++) {
      const words: string[] = [];
      for (let w = 0; w < 300; w++) words.push(String.fromCharCode(0x400 + t, 0x100 + w));
      francDistances(words, tables);
      if (t % 9 === 0) expect(francDistances(reference, tables).distances.map((d) => [...d])).toEqual(before);
    }
    expect(francDistances(reference, tables).distances.map((d) => [...d])).toEqual(before);
    expect(before[0]?.[0]).toBeCloseTo(plainDistance(reference, francRanks('eng')), 12);
  });

  it('reads the same distances for a text with more distinct trigrams than are numbered at once', () => {
    // 200 × 60 two-letter words: 24,000 distinct trigrams, more than a table remembers.
    const words: string[] = [];
    for (let a = 0; a < 200; a++) for (let b = 0; b < 60; b++) words.push(String.fromCharCode(0x100 + a, 0x61 + (b % 26)) + (b >= 26 ? 'e' : ''));
    const table = francTable('Latn', ['eng']);
    const first = francDistances(words, [table]).distances[0]?.[0];
    expect(first).toBeCloseTo(plainDistance(words, francRanks('eng')), 12);
    expect(francDistances(words, [table]).distances[0]?.[0]).toBe(first);
  });
});
