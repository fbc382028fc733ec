import { describe, expect, it } from 'vitest';
import { extractQuotes } from './index.js';

/** The one quote of a sentence, its offsets checked. */
function only(text: string): { kind: string; rule: string; text: string; speaker: string | null; cue: string | null } {
  const quotes = extractQuotes(text);
  expect(quotes).toHaveLength(1);
  const [quote] = quotes;
  if (quote === undefined) throw new Error('no quote');
  expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  if (quote.cue !== null) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
  if (quote.speaker !== null) expect(text.slice(quote.speaker.mention.start, quote.speaker.mention.end)).toBe(quote.speaker.mention.text);
  return { kind: quote.kind, rule: quote.rule, text: quote.text, speaker: quote.speaker?.name ?? null, cue: quote.cue?.text ?? null };
}

describe('attributing a quotation from its own sentence', () => {
  it('reads “so called” written as two words as a scare quote', () => {
    expect(only('Opposition leaders attacked the so called “reform” in parliament on Tuesday.')).toEqual({
      kind: 'scare',
      rule: 'so-called',
      text: 'reform',
      speaker: null,
      cue: null,
    });
  });

  it('takes the speaker after “From” before a colon', () => {
    expect(only('From Mayor Ana Reyes: “The bridge will reopen in March.”')).toMatchObject({
      kind: 'direct',
      rule: 'speaker-colon',
      speaker: 'Ana Reyes',
      cue: ':',
    });
  });

  it('lets “said the following:” introduce a quotation', () => {
    expect(only('In a statement, Chief Constable Ruth Abara said the following: “Officers acted within the law.”')).toMatchObject({
      kind: 'direct',
      rule: 'speaker-cue-quote',
      text: 'Officers acted within the law.',
      speaker: 'Ruth Abara',
      cue: 'said',
    });
  });

  it('makes a lower-case fragment inside the syntax a mixed quote even when the cue follows it', () => {
    expect(only('The union urged members “not to cross the picket line,” said Dave Kerr, its regional secretary.')).toMatchObject({
      kind: 'mixed',
      rule: 'quote-cue-speaker',
      text: 'not to cross the picket line',
      speaker: 'Dave Kerr',
    });
  });

  it('reads a dash sign-off with a title before the name', () => {
    expect(only('“Water levels are still rising.” — Environment Agency spokeswoman Joan Hale')).toMatchObject({
      kind: 'direct',
      rule: 'dash-signoff',
      speaker: 'Joan Hale',
      cue: '—',
    });
  });
});

describe('attributing a quotation paragraph from the paragraph around it', () => {
  it('reads a name line under a quotation as its author, with or without a dash', () => {
    expect(only('“We will not raise taxes this year, and we will not cut pensions either.”\n\nSanna Marin, prime minister')).toMatchObject({
      kind: 'direct',
      rule: 'epigraph',
      speaker: 'Sanna Marin',
      cue: null,
    });
    expect(only('“The river has never been this high.”\n\n— Erik Lund, harbour master')).toMatchObject({ speaker: 'Erik Lund', cue: '—' });
  });

  it('does not take the subject of a following sentence as the author', () => {
    expect(only('“We will not raise taxes this year.”\n\nSanna Marin said little else about the budget on Friday.')).toMatchObject({
      rule: 'none',
      speaker: null,
    });
  });

  it('finds the source inside “From the statement by …:” and “From a letter from …:”', () => {
    expect(only('From the statement by the Ministry of Health:\n\n“Vaccination centres will stay open through the holidays.”')).toMatchObject({
      kind: 'direct',
      rule: 'introduction',
      speaker: 'Ministry of Health',
      cue: ':',
    });
    expect(only('From a letter from Dr Helen Okafor:\n\n“Vaccination centres will stay open through the holidays.”')).toMatchObject({
      rule: 'introduction',
      speaker: 'Helen Okafor',
    });
  });
});
