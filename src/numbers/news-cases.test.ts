import { describe, expect, it } from 'vitest';
import cases from '../../test/fixtures/numbers/news-cases.json' with { type: 'json' };
import { extractNumbers } from './extract-numbers.js';

// Hand-labelled news sentences: every kind, hedge, rate, direction and non-number.
describe('extractNumbers on hand-labelled news sentences', () => {
  it('has enough cases to cover every kind', () => {
    const kinds = new Set(cases.flatMap((c) => c.expected.map((e) => e.kind)));
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect([...kinds].sort()).toEqual(['cardinal', 'currency', 'date', 'decade', 'fraction', 'ordinal', 'percent', 'percentagePoints', 'quantity', 'range', 'ratio', 'year']);
  });

  it.each(cases.map((c) => [c.text, c.expected] as const))('%s', (text, expected) => {
    const mentions = extractNumbers(text);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions.map(({ start, end, ...rest }) => (start <= end ? rest : null))).toEqual(expected);
  });
});
