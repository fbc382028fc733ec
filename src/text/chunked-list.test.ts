import { describe, expect, it } from 'vitest';
import { ChunkedList } from './chunked-list.js';

describe('ChunkedList', () => {
  it('gives back every entry in order across many chunks', () => {
    const list = new ChunkedList<number>();
    const count = 3 * 8192 + 17;
    for (let k = 0; k < count; k++) list.push(k * 3);
    const array = list.toArray();
    expect(array).toHaveLength(count);
    expect(array.every((value, k) => value === k * 3)).toBe(true);
  });

  it('gives back a short list, and an empty one, as they are', () => {
    const list = new ChunkedList<string>();
    expect(list.toArray()).toEqual([]);
    list.push('a');
    list.push('b');
    expect(list.toArray()).toEqual(['a', 'b']);
  });

  it('ends exactly at a chunk boundary without an empty tail showing', () => {
    const list = new ChunkedList<number>();
    for (let k = 0; k < 8192 * 2; k++) list.push(k);
    const array = list.toArray();
    expect(array).toHaveLength(8192 * 2);
    expect(array.at(-1)).toBe(8192 * 2 - 1);
  });

  it('joins more chunks than one concat call takes as arguments, in rounds', () => {
    // Small chunks and batches stand in for 8,192 and 4,096: 3 × 3 × 3 chunks of 2 need three rounds.
    const list = new ChunkedList<number>(2, 3);
    for (let k = 0; k < 55; k++) list.push(k);
    expect(list.toArray()).toEqual(Array.from({ length: 55 }, (_, k) => k));
  });
});
