import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions.js';
import { buildFrame } from './frame.js';

/** The mentions of a one-sentence text, as `kind:text` pairs. */
function mentionsOf(text: string): string[] {
  const frame = buildFrame(text, { start: 0, end: text.length }, 0, [], 0);
  return findMentions(frame.items, 0, frame.items.length).map((mention) => `${mention.kind}:${text.slice(mention.start, mention.end)}`);
}

describe('findMentions on lower-case words', () => {
  it('reads mentions that start with a lower-case word of every kind', () => {
    expect(mentionsOf('yesterday she left')).toEqual(['pronoun:she']);
    expect(mentionsOf('hier elle a parlé')).toEqual(['pronoun:elle']);
    expect(mentionsOf('and the spokeswoman for the ministry left')).toEqual(['nominal:the spokeswoman', 'nominal:the ministry']);
    expect(mentionsOf('and ukrainian officials said')).toEqual(['group:ukrainian officials']);
    expect(mentionsOf('and officials left')).toEqual(['group:officials']);
    expect(mentionsOf('and local officials left')).toEqual(['group:local officials']);
    expect(mentionsOf('then spokeswoman Maria Zakharova left')).toEqual(['name:spokeswoman Maria Zakharova']);
    expect(mentionsOf('and the Kremlin replied')).toEqual(['name:the Kremlin']);
  });

  it('finds none in lower-case words that name nobody', () => {
    expect(mentionsOf('and then it rained on the roads for hours')).toEqual([]);
  });
});

describe('title words with hyphens', () => {
  it('reads hyphenated titles by their parts', () => {
    expect(mentionsOf('said Secretary-General António Guterres')).toEqual(['name:Secretary-General António Guterres']);
    expect(mentionsOf('the well-known ex-minister Ann Lee said')).toEqual(['name:Ann Lee']);
  });
});
