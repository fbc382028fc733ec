import { describe, expect, it } from 'vitest';
import { ShortTextPool } from './short-text-pool.js';

describe('ShortTextPool', () => {
  it('gives spans of the text, with their offsets', () => {
    const input = '“No,” she said. “Yes,” she said, and the minister said it again.';
    const pool = new ShortTextPool();
    for (const [start, end] of [[6, 9], [10, 14], [23, 26], [0, 0], [0, input.length]] as const) {
      expect(pool.span(input, start, end)).toEqual({ text: input.slice(start, end), start, end });
    }
  });

  it('gives each repeated short text at its own offsets, and long texts as they are', () => {
    // (Whether two equal strings are one object cannot be seen from JavaScript: the memory bench shows it.)
    const input = 'she said; she said; the minister said it again and again';
    const pool = new ShortTextPool();
    expect(pool.span(input, 4, 8)).toEqual({ text: 'said', start: 4, end: 8 });
    expect(pool.span(input, 14, 18)).toEqual({ text: 'said', start: 14, end: 18 });
    expect(pool.span(input, 10, 13)).toEqual({ text: 'she', start: 10, end: 13 });
    expect(pool.span(input, 20, 56)).toEqual({ text: input.slice(20, 56), start: 20, end: 56 });
  });
});
