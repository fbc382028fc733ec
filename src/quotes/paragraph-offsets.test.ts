import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../text/paragraphs.js';
import { ParagraphOffsets } from './paragraph-offsets.js';

describe('ParagraphOffsets', () => {
  it('gives the offsets of the paragraphs splitParagraphs finds', () => {
    const input = '  One.\r\nstill one\n\n\nTwo. \n\u2029Three.\n \n';
    const offsets = new ParagraphOffsets(input);
    const expected = splitParagraphs(input).map(({ start, end }) => ({ start, end }));
    expect(offsets.length).toBe(expected.length);
    expect(Array.from({ length: offsets.length }, (_, k) => offsets.at(k))).toEqual(expected);
  });

  it('has nothing outside its paragraphs', () => {
    const offsets = new ParagraphOffsets('Only one.');
    expect(offsets.at(0)).toEqual({ start: 0, end: 9 });
    expect(offsets.at(1)).toBeUndefined();
    expect(offsets.at(-1)).toBeUndefined();
    expect(new ParagraphOffsets(' \n\t\n').length).toBe(0);
  });
});
