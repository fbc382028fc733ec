import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from './index.js';

function speakers(text: string): Array<[string, readonly string[], number]> {
  const analysis = analyzeQuotes(text);
  for (const quote of analysis.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  for (const cluster of analysis.speakers) for (const mention of cluster.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  return analysis.speakers.map((cluster) => [cluster.name, cluster.aliases, cluster.quoteCount]);
}

describe('clustering speakers by full name', () => {
  it('joins transliteration variants of the same first and last name', () => {
    expect(
      speakers('“We will not give up territory,” Volodymyr Zelensky said on Monday. Later, President Volodymyr Zelenskyy told reporters: “Our army is holding the line.”'),
    ).toEqual([['Volodymyr Zelensky', ['Volodymyr Zelensky', 'President Volodymyr Zelenskyy'], 2]]);
  });

  it('keeps two people who share a surname apart', () => {
    expect(speakers('“The ferry is late again,” Hans Müller said. “It was on time yesterday,” Anna Müller said.')).toEqual([
      ['Hans Müller', ['Hans Müller'], 1],
      ['Anna Müller', ['Anna Müller'], 1],
    ]);
  });

  it('joins an initial with the first name it stands for, in either order', () => {
    expect(speakers('“We will act,” Robert Habeck said.\n\n“Soon,” R. Habeck added.')).toEqual([['Robert Habeck', ['Robert Habeck', 'R. Habeck'], 2]]);
    expect(speakers('“We will act,” R. Habeck said.\n\n“Soon,” Robert Habeck added.')).toEqual([['R. Habeck', ['R. Habeck', 'Robert Habeck'], 2]]);
    expect(speakers('“We will act,” Robert Habeck said.\n\n“Soon,” P. Habeck added.')).toHaveLength(2);
  });
});
