import { describe, expect, it } from 'vitest';
import { analyzeQuotes, clusterSpeakers, extractQuotes } from './index.js';

describe('extractQuotes', () => {
  it('throws a TypeError naming the argument', () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractQuotes(null as unknown as string)).toThrow(/`text`/u);
  });

  it('returns nothing for empty text', () => {
    expect(extractQuotes('')).toEqual([]);
  });

  it('returns plain JSON-serialisable objects with true offsets', () => {
    const text = '“We will win,” she said. According to Reuters, talks resumed on Monday.';
    const quotes = extractQuotes(text);
    expect(JSON.parse(JSON.stringify(quotes))).toEqual(quotes);
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quotes.map((quote) => quote.kind)).toEqual(['direct', 'indirect']);
  });

  it('filters by kind and confidence', () => {
    const text = 'Officials called it a “red line”. “We are ready,” Marin said.';
    expect(extractQuotes(text, { kinds: ['scare'] }).map((quote) => quote.text)).toEqual(['red line']);
    expect(extractQuotes(text, { minConfidence: 0.9 }).map((quote) => quote.text)).toEqual(['We are ready']);
  });

  it('reports the rule and a confidence for every quote', () => {
    const [quote] = extractQuotes('“No,” said Marin.');
    expect(quote?.rule).toBe('quote-cue-speaker');
    expect(quote?.confidence).toBeGreaterThan(0.9);
  });

  it('lets maxScareWords decide between scare and mixed quotes', () => {
    const text = 'The plan was described as “bold but far too expensive for now”.';
    expect(extractQuotes(text)[0]?.kind).toBe('mixed');
    expect(extractQuotes(text, { maxScareWords: 10 })[0]?.kind).toBe('scare');
  });
});

describe('sign-offs', () => {
  it('reads a described name after the dash, on its own line or after the quote', () => {
    for (const text of ['“The harbour will stay open all winter.”\n\n— Harbour master Erik Lund.', '“The harbour will stay open all winter.” — Harbour master Erik Lund.']) {
      const [quote] = extractQuotes(text);
      expect(quote).toMatchObject({ rule: 'dash-signoff', speaker: { name: 'Erik Lund', role: 'Harbour master' } });
      expect(text.slice(quote?.speaker?.mention.start, quote?.speaker?.mention.end)).toBe(quote?.speaker?.mention.text);
    }
    expect(extractQuotes('“The harbour will stay open all winter.”\n\n— Erik Lund, harbour master.')[0]?.speaker?.name).toBe('Erik Lund');
  });
});

describe('analyzeQuotes and clusterSpeakers', () => {
  it('clusters name variants into one speaker with aliases', () => {
    const text = 'President Volodymyr Zelensky spoke in Kyiv.\n\n“We will hold,” Zelenskyy said. “We need air defence,” he added.\n\n“Nobody will break us,” Mr. Zelensky said.';
    const { speakers, warnings } = analyzeQuotes(text);
    expect(warnings).toEqual([]);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toMatchObject({ name: 'Volodymyr Zelensky', role: 'President', quoteCount: 3, aliases: ['Zelenskyy', 'he', 'Mr. Zelensky'] });
    for (const mention of speakers[0]?.mentions ?? []) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('keeps different people with similar names apart', () => {
    const text = '“Yes,” Boris Johnson said. “No,” Mark Johnston said. “Maybe,” Johnson added.';
    const { speakers } = analyzeQuotes(text);
    expect(speakers.map((speaker) => [speaker.name, speaker.quoteCount])).toEqual([
      ['Boris Johnson', 2],
      ['Mark Johnston', 1],
    ]);
  });

  it('does not credit a person named inside the quote', () => {
    const [quote] = extractQuotes('“Putin is lying,” said the spokeswoman.');
    expect(quote?.speaker?.name).toBe('the spokeswoman');
  });

  it('reports unpaired marks as warnings', () => {
    expect(analyzeQuotes('He said ” and left.').warnings.map((warning) => warning.code)).toEqual(['stray-closing-mark']);
  });

  it('clusterSpeakers works on any list of quotes', () => {
    expect(clusterSpeakers([])).toEqual([]);
  });

  it('lists each mention once, by position, whatever the order of the quotes', () => {
    const text = '“We will hold,” Zelensky said, “and we will win.” Later he spoke again. “Air defence,” Zelensky said.';
    const quotes = extractQuotes(text);
    const inOrder = clusterSpeakers(quotes);
    expect(inOrder).toHaveLength(1);
    expect(inOrder[0]?.quoteCount).toBe(3);
    expect(inOrder[0]?.mentions.map((mention) => [mention.text, mention.start])).toEqual([
      ['Zelensky', text.indexOf('Zelensky')],
      ['Zelensky', text.lastIndexOf('Zelensky')],
    ]);
    expect(clusterSpeakers([...quotes].reverse())[0]?.mentions).toEqual(inOrder[0]?.mentions);
  });

  it('keeps the alias of a longer mention at the same place', () => {
    const text = '“Yes,” Prime Minister Sanna Marin said. “No,” she said.';
    const [first, second] = extractQuotes(text);
    const speaker = first?.speaker;
    if (first === undefined || second === undefined || speaker == null) throw new Error('two attributed quotes expected');
    const start = speaker.mention.start;
    const shorter = { ...speaker, mention: { text: text.slice(start, start + 14), start, end: start + 14 } };
    const [cluster] = clusterSpeakers([first, { ...second, speaker: shorter } as typeof second]);
    expect(cluster?.aliases).toEqual([speaker.mention.text, 'Prime Minister']);
    expect(cluster?.mentions).toEqual([speaker.mention]);
  });
});

describe('presslens/quotes entry point', () => {
  it('exports exactly its documented functions', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual(['analyzeQuotes', 'clusterSpeakers', 'extractQuotes']);
  });
});
