import { describe, expect, it } from 'vitest';
import { extractQuotes } from './index.js';
import fixture from '../../test/fixtures/quotes/news-cases.json' with { type: 'json' };

interface ExpectedQuote {
  kind: string;
  text: string;
  speaker: string | null;
  mention?: string;
  role?: string;
  cue: string | null;
  group?: number;
}

interface NewsCase {
  id: string;
  layout: string;
  text: string;
  expected: ExpectedQuote[];
}

const cases: readonly NewsCase[] = fixture;

describe('hand-made news cases', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, testCase) => {
    const quotes = extractQuotes(testCase.text);
    for (const quote of quotes) {
      expect(testCase.text.slice(quote.start, quote.end)).toBe(quote.text);
      if (quote.speaker !== null) expect(testCase.text.slice(quote.speaker.mention.start, quote.speaker.mention.end)).toBe(quote.speaker.mention.text);
      if (quote.cue !== null) expect(testCase.text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text);
    }
    const actual = quotes.map((quote, index) => {
      const want = testCase.expected[index];
      return {
        kind: quote.kind,
        text: quote.text,
        speaker: quote.speaker?.name ?? null,
        ...(want?.mention === undefined ? {} : { mention: quote.speaker?.mention.text }),
        ...(want?.role === undefined ? {} : { role: quote.speaker?.role }),
        cue: quote.cue?.text ?? null,
        ...(want?.group === undefined ? {} : { group: quote.group }),
      };
    });
    expect(actual).toEqual(testCase.expected);
  });
});
