import { describe, expect, it } from 'vitest';
import { tokenize, words } from './tokenize.js';

describe('tokenize', () => {
  it('keeps contractions, hyphenated words and formatted numbers whole', () => {
    expect(tokenize("Don't pay $3,400.50 for well-known goods!").map((t) => [t.text, t.kind])).toEqual([
      ["Don't", 'word'],
      ['pay', 'word'],
      ['$', 'symbol'],
      ['3,400.50', 'number'],
      ['for', 'word'],
      ['well-known', 'word'],
      ['goods', 'word'],
      ['!', 'punctuation'],
    ]);
  });

  it('keeps emoji sequences joined by ZWJ and skin-tone modifiers as one symbol', () => {
    expect(tokenize('a 👩‍👩‍👧 b 👍🏽').map((t) => t.text)).toEqual(['a', '👩‍👩‍👧', 'b', '👍🏽']);
  });

  it('skips NBSP and zero-width characters', () => {
    expect(words('one\u00a0two\u200bthree').map((t) => t.text)).toEqual(['one', 'two', 'three']);
  });

  it('reads letters of every script, with combining marks', () => {
    expect(words('Ελλάδα Україна नमस्ते 東京').map((t) => t.text)).toEqual(['Ελλάδα', 'Україна', 'नमस्ते', '東京']);
  });
});
