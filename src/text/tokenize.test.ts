import { describe, expect, it } from 'vitest';
import { tokenize, words, type Token } from './tokenize.js';

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

  it('returns every token of a long text once, in order, with exact offsets', () => {
    // Long enough to be gathered in several chunks: every token, across the joins, is kept.
    const input = Array.from({ length: 30_000 }, (_, index) => `w${index}, ${index}!`).join(' ');
    const tokens = tokenize(input);
    expect(tokens).toHaveLength(30_000 * 4);
    expect(tokens.filter((token) => token.kind === 'word').map((token) => token.text)).toEqual(Array.from({ length: 30_000 }, (_, index) => `w${index}`));
    expect(tokens.every((token, index) => input.slice(token.start, token.end) === token.text && (index === 0 || token.start >= (tokens[index - 1] as Token).end))).toBe(true);
    expect(words(input)).toEqual(tokens.filter((token) => token.kind === 'word' || token.kind === 'number'));
  });
});
