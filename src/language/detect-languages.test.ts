import { describe, expect, it } from 'vitest';
import { detectLanguages } from './detect-languages.js';

function expectOffsets(input: string, segments: readonly { text: string; start: number; end: number }[]): void {
  for (const s of segments) expect(input.slice(s.start, s.end)).toBe(s.text);
}

describe('detectLanguages', () => {
  it('finds a German quotation inside an English report', () => {
    const input =
      'The chancellor spoke to reporters in Berlin on Monday evening. ' +
      'Sie sagte: „Wir werden die Renten nicht kürzen, das verspreche ich Ihnen heute.“ ' +
      'Her opponents called the promise unrealistic and expensive.';
    const segments = detectLanguages(input);
    expectOffsets(input, segments);
    expect(segments.map((s) => s.language)).toEqual(['en', 'de', 'en']);
  });

  it('finds a Russian comment in an English thread and merges neighbours of one language', () => {
    const input =
      'Great article, thanks for writing it.\n\nI agree with the author on most points.\n\n' +
      'Полностью согласен с автором, но цены растут каждый месяц.\n\nGood point about the prices.';
    const segments = detectLanguages(input);
    expectOffsets(input, segments);
    expect(segments.map((s) => s.language)).toEqual(['en', 'ru', 'en']);
    expect(segments[0]?.text).toContain('most points');
  });

  it('cuts a sentence where the script changes', () => {
    const input = 'He read the headline aloud: Правительство объявило о снижении налогов';
    const segments = detectLanguages(input);
    expectOffsets(input, segments);
    expect(segments.map((s) => s.language)).toEqual(['en', 'ru']);
  });

  it('returns nothing for an empty text and throws on non-strings', () => {
    expect(detectLanguages('')).toEqual([]);
    expect(() => detectLanguages(undefined as unknown as string)).toThrow(TypeError);
  });
});
