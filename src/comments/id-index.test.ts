import { describe, expect, it } from 'vitest';
import { IdIndex } from './id-index.js';

describe('IdIndex', () => {
  it('stores and finds string and number keys, apart from each other', () => {
    const index = new IdIndex<string>();
    index.set('5', 'string five');
    index.set(5, 'number five');
    expect(index.get('5')).toBe('string five');
    expect(index.get(5)).toBe('number five');
    expect(index.has('6')).toBe(false);
    expect(index.get('__proto__')).toBeUndefined();
  });

  it('keeps every entry when it splits into small maps, and after', () => {
    const index = new IdIndex<number>();
    const keys = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? i : i % 3 === 1 ? `t1_${i.toString(36)}` : i.toString(16).padStart(64, '0')));
    keys.forEach((key, i) => index.set(key, i));
    expect(keys.every((key, i) => index.get(key) === i && index.has(key))).toBe(true);
    expect(index.has('missing')).toBe(false);
    expect(index.has(-1)).toBe(false);
    index.set(keys[7] as string, -7);
    expect(index.get(keys[7] as string)).toBe(-7);
  });

  it('finds keys that all hash alike (same ending) and odd numbers', () => {
    const index = new IdIndex<boolean>();
    for (let i = 0; i < 5000; i++) index.set(`${i}-same`, true);
    for (const key of [-0, NaN, 1.5, 2 ** 40, -3]) index.set(key, true);
    expect(index.has('4999-same') && index.has(0) && index.has(NaN) && index.has(1.5) && index.has(2 ** 40) && index.has(-3)).toBe(true);
    expect(index.has('5000-same')).toBe(false);
  });
});
