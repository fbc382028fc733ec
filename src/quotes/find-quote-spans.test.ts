import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../text/paragraphs.js';
import { QuoteSpanReader, type MarkedSpan } from './find-quote-spans.js';
import type { QuoteWarning } from './types.js';

/** Every paragraph read in order, as the pipeline reads them. */
function findQuoteSpans(input: string, paragraphs: ReturnType<typeof splitParagraphs>): { spans: MarkedSpan[]; warnings: QuoteWarning[] } {
  const reader = new QuoteSpanReader(input, paragraphs);
  const spans = paragraphs.flatMap((_, index) => reader.read(index));
  return { spans, warnings: reader.warnings };
}

function quoted(input: string): string[] {
  const { spans } = findQuoteSpans(input, splitParagraphs(input));
  return spans.map((span) => {
    expect(span.start).toBeLessThanOrEqual(span.end);
    return input.slice(span.start, span.end);
  });
}

describe('findQuoteSpans', () => {
  it('reads every mark style', () => {
    expect(quoted('“a b” and "c d" and «e f» and „g h“ and ``i j\'\' and \'\'k l\'\'')).toEqual(['a b', 'c d', 'e f', 'g h', 'i j', 'k l']);
  });

  it('keeps nested quotes inside the outer quotation', () => {
    expect(quoted('“He called it ‘absurd’ twice,” she said.')).toEqual(['He called it ‘absurd’ twice,']);
    expect(quoted('‘They said “never”,’ he said. ‘Then yes.’')).toEqual(['They said “never”,', 'Then yes.']);
  });

  it('does not take apostrophes, decades or primes for quotes', () => {
    expect(quoted("Don't mention the '90s or rock 'n' roll.")).toEqual([]);
    expect(quoted('He is 6\'5" tall. “Yes,” he said.')).toEqual(['Yes,']);
  });

  it('closes a quotation with a wrong-direction mark', () => {
    expect(quoted('“We will be on time.“, he added.')).toEqual(['We will be on time.']);
  });

  it('continues a quotation reopened in the next paragraph', () => {
    const input = '“First part.\n\n“Second part,” she said.';
    const { spans, warnings } = findQuoteSpans(input, splitParagraphs(input));
    expect(spans.map((span) => [input.slice(span.start, span.end), span.continued, span.closeEnd === null])).toEqual([
      ['First part.', false, true],
      ['Second part,', true, false],
    ]);
    expect(warnings).toEqual([]);
  });

  it('warns about a quotation left open at the end of a paragraph', () => {
    const input = '“Never closed\n\nNext paragraph.';
    const { spans, warnings } = findQuoteSpans(input, splitParagraphs(input));
    expect(spans.map((span) => input.slice(span.start, span.end))).toEqual(['Never closed']);
    expect(warnings.map((warning) => warning.code)).toEqual(['unclosed-quote']);
  });

  it('restarts at a new opening mark when a quotation was never closed', () => {
    expect(quoted('“One. “Two,” he said.')).toEqual(['One.', 'Two,']);
  });

  it('keeps adjacent quotations apart', () => {
    expect(quoted('"No war!" "No draft!"')).toEqual(['No war!', 'No draft!']);
  });
});
