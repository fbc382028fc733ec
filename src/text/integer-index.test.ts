import { describe, expect, it } from 'vitest';
import { IntegerIndex } from './integer-index.js';

describe('IntegerIndex', () => {
  it('keeps dense keys across many pieces, with gaps reading as absent', () => {
    const index = new IntegerIndex<string>(40_000);
    for (let key = 0; key < 40_000; key += 3) index.set(key, `v${key}`);
    expect(index.get(0)).toBe('v0');
    expect(index.get(8190)).toBe('v8190'); // the last key set in the first piece
    expect(index.get(8191)).toBeUndefined();
    expect(index.get(8193)).toBe('v8193'); // the first key set in the second piece
    expect(index.get(39_999)).toBe('v39999');
    expect(index.get(39_998)).toBeUndefined();
  });

  it('gives the last value set for a key', () => {
    const index = new IntegerIndex<string>(16);
    index.set(5, 'first');
    index.set(5, 'second');
    expect(index.get(5)).toBe('second');
  });

  it('holds keys outside the slots (negative, fractional, huge, not a number) like a Map', () => {
    const index = new IntegerIndex<string>(16);
    const odd = [-1, 2.5, 16, 1e12, Number.MAX_SAFE_INTEGER + 2, Infinity, NaN];
    odd.forEach((key, n) => index.set(key, `odd${n}`));
    odd.forEach((key, n) => expect(index.get(key)).toBe(`odd${n}`));
    expect(index.get(-2)).toBeUndefined();
    expect(index.get(3)).toBeUndefined();
  });

  it('reads a key past the pieces made so far as absent', () => {
    const index = new IntegerIndex<number>(1 << 20);
    index.set(1, 1);
    expect(index.get(900_000)).toBeUndefined();
  });
});
