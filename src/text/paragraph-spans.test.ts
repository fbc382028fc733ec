import { describe, expect, it } from 'vitest';
import { paragraphSpans } from './paragraph-spans.js';
import { splitParagraphs } from './paragraphs.js';

describe('paragraphSpans', () => {
  it('finds the offsets splitParagraphs finds', () => {
    const input = '  One.\r\nstill one \n\n\u00a0\nTwo.\u2028\u2029Three.\r\rFour. ';
    expect(paragraphSpans(input)).toEqual(splitParagraphs(input).map(({ start, end }) => ({ start, end })));
    expect(paragraphSpans(input).map(({ start, end }) => input.slice(start, end))).toEqual(['One.\r\nstill one', 'Two.', 'Three.', 'Four.']);
  });

  it('agrees with splitParagraphs on generated text', () => {
    const alphabet = ['a', 'B', ' ', '\n', '\r', '\r\n', '\u2028', '\u00a0', '\t', '“'];
    let state = 7;
    for (let run = 0; run < 300; run++) {
      let input = '';
      for (let k = 0; k < 40; k++) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        input += alphabet[state % alphabet.length];
      }
      expect(paragraphSpans(input)).toEqual(splitParagraphs(input).map(({ start, end }) => ({ start, end })));
    }
  });

  it('returns nothing for blank input and rejects a non-string', () => {
    expect(paragraphSpans(' \n\t\n')).toEqual([]);
    expect(() => paragraphSpans(42 as unknown as string)).toThrow(TypeError);
  });
});
