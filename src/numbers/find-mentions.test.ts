import { describe, expect, it } from 'vitest';
import { extractNumbers, toMention } from './extract-numbers.js';
import { CHUNK, findMentions } from './find-mentions.js';
import { Parser } from './parse.js';
import { scan } from './scan.js';
import { vocabularyFor } from './vocabulary.js';

/** The mentions of one pass over the whole text, without chunks. */
function onePass(text: string): ReturnType<typeof extractNumbers> {
  const lexemes = scan(text);
  return new Parser(lexemes, vocabularyFor('en')).run().map((found) => toMention(text, lexemes, found));
}

const SENTENCES = [
  'Lot 1750 sold for about $3.4bn in 2023',
  'turnout rose 4.5 percentage points to 68.2% in the north',
  'between 3 and 7 per cent of 4 million voters',
  'see https://example.com/2023/05/report-17 for the 1980s',
  'one in four households paid €2,7 Mrd a year',
  'the train left at 10:45 from platform 9 with 312 km to go',
  'two hundred and forty-five thousand people and 1 234 567 tonnes',
  // Longer than the lexemes read past a cut: the chunk is read again with more of them.
  `see https://example.com/${'a/1/'.repeat(30)} for 5 more`,
];

describe('findMentions: where a long text is cut', () => {
  it('finds the mentions of one pass, wherever the cut falls inside a mention or its context', () => {
    for (const sentence of SENTENCES) {
      for (let shift = 0; shift <= sentence.length; shift++) {
        // No line break and no full stop: the cut lands exactly `shift` characters into the sentence.
        const filler = 'word '.repeat(Math.ceil(CHUNK / 5));
        const text = `${filler.slice(0, CHUNK - shift)}${sentence} and more words follow here`;
        const chunked = extractNumbers(text);
        expect(chunked, `${sentence} cut at ${shift}`).toEqual(onePass(text));
        for (const m of chunked) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('keeps `Lot 1750` an id when the cut falls between the label and the number', () => {
    const text = `${'x '.repeat(CHUNK / 2 - 2)} Lot 1750 was sold, 42 were not`;
    expect(text.indexOf(' 1750')).toBe(CHUNK);
    expect(extractNumbers(text).map((m) => m.text)).toEqual(['42']);
  });

  it('finds the mentions of one pass in a long text of mixed lines and paragraphs', () => {
    const parts = Array.from({ length: 2_000 }, (_, i) => `${SENTENCES[i % SENTENCES.length] ?? ''}${i % 5 === 0 ? '.\n\n' : i % 3 === 0 ? '\n' : ', '}`);
    const text = parts.join('');
    expect(text.length).toBeGreaterThan(32 * CHUNK);
    expect(extractNumbers(text)).toEqual(onePass(text));
  });

  it('reads each part of the text once, with chunks in document order', () => {
    const text = `${'It rose 5% today, '.repeat(5_000)}${' '.repeat(100_000)}and 7 more.`;
    const starts: number[] = [];
    let count = 0;
    findMentions(text, 'en', false, ({ lexemes, found }) => {
      for (const f of found) starts.push(lexemes[f.first]?.start ?? -1);
      count++;
    });
    expect(count).toBeGreaterThan(5);
    expect(starts).toHaveLength(5_001);
    expect(starts.every((s, i) => i === 0 || s > (starts[i - 1] ?? 0))).toBe(true);
  });
});
