import { describe, expect, it } from 'vitest';
import { ARTICLE, TRICKY } from '../../test/fixtures/text/articles.js';
import { splitLines } from './lines.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';
import type { TextSpan } from './span.js';

const INPUTS = [ARTICLE, ...TRICKY];

function expectExactSpans(input: string, spans: readonly TextSpan[]): void {
  let previousStart = -1;
  for (const span of spans) {
    expect(input.slice(span.start, span.end)).toBe(span.text);
    expect(span.start).toBeGreaterThanOrEqual(Math.max(0, previousStart));
    expect(span.end).toBeLessThanOrEqual(input.length);
    previousStart = span.start;
  }
}

describe('offset property: input.slice(start, end) === text', () => {
  it.each(INPUTS.map((input, i) => [i, input] as const))('holds for lines, paragraphs, sentences and tokens (input %i)', (_, input) => {
    expectExactSpans(input, splitLines(input));
    expectExactSpans(input, splitParagraphs(input));
    expectExactSpans(input, splitSentences(input));
    expectExactSpans(input, tokenize(input));
  });
});

describe('every function rejects non-strings with a TypeError naming the argument', () => {
  it.each([splitParagraphs, splitSentences, tokenize])('%o', (fn) => {
    expect(() => fn(42 as unknown as string)).toThrow(new TypeError('presslens: `input` must be a string, got number'));
    expect(() => fn(null as unknown as string)).toThrow(TypeError);
  });
});
