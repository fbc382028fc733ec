import { describe, expect, it } from 'vitest';
import { scan } from './scan.js';

describe('scan: lower-cased words', () => {
  // Lower-case ASCII words skip `toLowerCase`; each kind of word must still get what it would give.
  const WORDS = ['the', 'The', 'THE', 'McDonald', 'iPhone', 'a', 'A', 'Éclair', 'éclair', 'straße', 'İstanbul', 'ΑΘΗΝΑ', 'Zürich', 'zürich', 'Ünïcödé'];

  it.each([
    ['plain (one-byte) text', WORDS.join(' ')],
    ['text with curly quotes (two-byte)', `“${WORDS.join(' ')}”`],
  ])('gives each word its lower case in %s', (_, text) => {
    const words = scan(text).filter((lexeme) => lexeme.kind === 'word');
    expect(words.map((word) => word.text)).toEqual(WORDS);
    for (const word of words) {
      expect(word.lower).toBe(word.text.toLowerCase());
      expect(text.slice(word.start, word.end)).toBe(word.text);
    }
  });

  it('keeps marks and digits as written', () => {
    expect(scan('Up 5% (A)').map((lexeme) => [lexeme.kind, lexeme.lower])).toEqual([
      ['word', 'up'],
      ['digits', '5'],
      ['mark', '%'],
      ['mark', '('],
      ['word', 'a'],
      ['mark', ')'],
    ]);
  });
});
