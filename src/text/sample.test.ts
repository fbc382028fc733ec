import { describe, expect, it } from 'vitest';
import { evenSample } from './sample.js';

const TEN = 'one two three four five six seven eight nine ten';

describe('evenSample', () => {
  it('returns a text that fits the windows whole', () => {
    expect(evenSample(TEN, 5, 10)).toBe(TEN);
    expect(evenSample('', 2, 4)).toBe('');
  });

  it('takes windows from the start to the end, cut at white space', () => {
    expect(evenSample(TEN, 2, 9)).toBe('one two nine ten');
    expect(evenSample(TEN, 3, 12)).toBe('one two five six nine ten');
  });

  it('takes one window from the start', () => {
    expect(evenSample(TEN, 1, 12)).toBe('one two');
  });

  it('stays bounded and spread on a long text', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(' ');
    const sample = evenSample(words, 4, 256);
    expect(sample.length).toBeLessThanOrEqual(4 * 256 + 3);
    expect(sample.startsWith('w0 ')).toBe(true);
    expect(sample.endsWith('w19999')).toBe(true);
    for (const part of sample.split(' ')) expect(words.includes(part)).toBe(true);
  });

  it('keeps a window inside a word when no white space is near', () => {
    const letters = 'x'.repeat(1000);
    expect(evenSample(letters, 2, 100)).toBe(`${'x'.repeat(68)} ${'x'.repeat(68)}`);
  });
});
