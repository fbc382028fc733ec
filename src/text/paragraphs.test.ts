import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs.js';

describe('splitParagraphs', () => {
  it('counts the blank lines before each paragraph', () => {
    const input = 'One.\n\nTwo.\n\n\nThree.\nStill three.';
    expect(splitParagraphs(input).map((p) => [p.text, p.blankLinesBefore, p.lineCount])).toEqual([
      ['One.', 0, 1],
      ['Two.', 1, 1],
      ['Three.\nStill three.', 2, 2],
    ]);
  });

  it('treats CRLF, CR and lines of white space (NBSP, tabs) as line breaks and blank lines', () => {
    const input = '\r\n  A\r\n \u00a0\t\r\n\rB  ';
    expect(splitParagraphs(input).map((p) => [p.text, p.blankLinesBefore])).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
  });

  it('returns nothing for blank input', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n\t')).toEqual([]);
  });
});
