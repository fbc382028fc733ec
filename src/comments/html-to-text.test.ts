import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('keeps paragraphs apart with a blank line and decodes entities', () => {
    expect(htmlToText('<p>Fish &amp; chips.</p>\n<p>Second   paragraph,\n  wrapped.</p>')).toBe('Fish & chips.\n\nSecond paragraph, wrapped.');
  });

  it('turns one <br> into a line break and two into a paragraph break', () => {
    expect(htmlToText('one<br>two<br/><br />three')).toBe('one\ntwo\n\nthree');
  });

  it('puts list items on their own lines and keeps inline spacing', () => {
    expect(htmlToText('<p>See <a href="x">this <b>link</b></a>:</p><ul><li>a</li><li>b</li></ul>')).toBe('See this link:\n\na\nb');
  });

  it('keeps <pre> line breaks and drops scripts and styles', () => {
    expect(htmlToText('<pre>x = 1\n  y = 2</pre><script>alert(1)</script><style>p{}</style>after')).toBe('x = 1\n  y = 2\n\nafter');
  });

  it('collapses white space in plain text without markup', () => {
    expect(htmlToText('  plain\n text  ')).toBe('plain text');
    expect(htmlToText('')).toBe('');
  });

  it('collapses every run of white space to one space, a lone space included, with or without markup', () => {
    const spaces = [' ', '  ', '\t', '\n', '\r\n', ' \t ', '\f', '\u00a0'];
    for (let seed = 0; seed < 200; seed++) {
      const words = Array.from({ length: 8 }, (_, index) => `w${(seed * 7 + index) % 13}`);
      const text = words.map((word, index) => `${word}${spaces[(seed + index * index) % spaces.length] ?? ''}`).join('');
      const expected = text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
      expect(htmlToText(text)).toBe(expected);
      expect(htmlToText(`<b>${text}</b>`)).toBe(expected);
    }
  });

  it('keeps non-breaking spaces, which HTML does not collapse', () => {
    expect(htmlToText('<p>10&nbsp;km</p>')).toBe('10\u00a0km');
  });

  it('reads newlines as breaks when asked to, as WordPress does with stored comments', () => {
    const stored = 'First line\nsecond line.\n\n\nNew <em>paragraph</em>.\n<blockquote>quoted</blockquote>';
    expect(htmlToText(stored, { newlines: 'keep' })).toBe('First line\nsecond line.\n\nNew paragraph.\n\nquoted');
    expect(htmlToText(stored)).toBe('First line second line. New paragraph.\n\nquoted');
  });

  it('starts every call afresh, even after unclosed markup', () => {
    expect(htmlToText('<script>never closed <pre>x')).toBe('');
    expect(htmlToText('<p>clean   start</p>')).toBe('clean start');
  });

  it('rejects a non-string argument', () => {
    expect(() => htmlToText(42 as unknown as string)).toThrow(TypeError);
  });
});
