import { describe, expect, it } from 'vitest';
import { isRegExpSpaceCode } from './span.js';

describe('isRegExpSpaceCode', () => {
  it('agrees with `\\s` on every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isRegExpSpaceCode(code) !== /\s/u.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});
