/**
 * Text-layer behaviour at the edges: argument errors that name what was passed, single quote
 * marks at the ends of a text or next to characters outside the Basic Multilingual Plane, words
 * with numbers, and sentence windows around very long words.
 */
import { describe, expect, it } from 'vitest';
import { assertString } from './assert.js';
import { singleQuoteRole } from './marks.js';
import { splitSentences } from './sentences.js';
import { words } from './tokenize.js';

describe('assertString', () => {
  it('accepts a string', () => {
    expect(() => assertString('', 'text')).not.toThrow();
  });

  it.each([
    [null, 'null'],
    [['a'], 'array'],
    [undefined, 'undefined'],
    [42, 'number'],
    [{ text: 'a' }, 'object'],
  ])('names the argument and what it got instead (%j)', (value, got) => {
    expect(() => assertString(value, 'text')).toThrow(TypeError);
    expect(() => assertString(value, 'text')).toThrow(`\`text\` must be a string, got ${got}`);
  });
});

describe('singleQuoteRole at the edges', () => {
  it('opens at the start of a text and after a space before another mark', () => {
    expect(singleQuoteRole('‘“Stop,” she told me,’ he said.', 0)).toBe('open');
    expect(singleQuoteRole('She said: ‘“Stop,” he told me.’', 10)).toBe('open');
  });

  it('closes at the very end of a text', () => {
    expect(singleQuoteRole("the so-called -'", 15)).toBe('close');
  });

  it('says ambiguous after a dash, which can end an interrupted quote or start one', () => {
    expect(singleQuoteRole('‘I don’t know—’ she began.', 14)).toBe('ambiguous');
  });

  it('reads a letter outside the BMP as one letter on either side', () => {
    // U+20BB7 is a CJK letter written as a surrogate pair.
    expect(singleQuoteRole('𠮷’s', 2)).toBe('apostrophe');
    expect(singleQuoteRole('‘𠮷野家’', 0)).toBe('open');
  });

  it('does not take a lone surrogate for a letter', () => {
    expect(singleQuoteRole('\udc00’s', 1)).toBe('open');
  });

  it('knows rock ‘n’ roll with a left single mark too', () => {
    expect(singleQuoteRole('rock ‘n’ roll', 5)).toBe('apostrophe');
    expect(singleQuoteRole('rock ‘n’ roll', 7)).toBe('apostrophe');
  });
});

describe('words', () => {
  it('keeps words and numbers and drops punctuation and symbols', () => {
    const input = 'Prices rose 4.5% in 2026, he said.';
    const found = words(input);
    for (const token of found) expect(input.slice(token.start, token.end)).toBe(token.text);
    expect(found.map((token) => token.text)).toEqual(['Prices', 'rose', '4.5', 'in', '2026', 'he', 'said']);
  });
});

describe('splitSentences around very long words', () => {
  it('still splits after a word longer than the look-back window', () => {
    const compound = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt';
    const input = `Sie arbeitet bei der ${compound}! Das glaubt keiner.`;
    const sentences = splitSentences(input);
    for (const sentence of sentences) expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([`Sie arbeitet bei der ${compound}!`, 'Das glaubt keiner.']);
  });
});
