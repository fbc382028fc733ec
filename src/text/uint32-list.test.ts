import { describe, expect, it } from 'vitest';
import { Uint32List } from './uint32-list.js';

describe('Uint32List', () => {
  it('keeps every value in order as it grows past its first buffer', () => {
    const list = new Uint32List();
    const values = Array.from({ length: 1000 }, (_, k) => (k * 2_654_435_761) >>> 0);
    for (const value of values) list.push(value);
    expect(list.length).toBe(1000);
    expect(Array.from({ length: 1000 }, (_, k) => list.at(k))).toEqual(values);
  });

  it('holds the largest 32-bit value and reads 0 past the end', () => {
    const list = new Uint32List();
    list.push(2 ** 32 - 1);
    expect(list.at(0)).toBe(2 ** 32 - 1);
    expect(list.at(1)).toBe(0);
  });
});
