import { describe, expect, it } from 'vitest';
import { coverage } from './coverage.js';
import { findChromeLines, normalizeChromeLine } from './find-chrome.js';
import { shiftSpans } from './shift-spans.js';
import { splitHeader } from './split-header.js';
import { splitParagraphs } from '../text/paragraphs.js';
import type { TextSpan } from '../text/span.js';

function expectExact(input: string, spans: readonly (TextSpan | null)[]): void {
  for (const span of spans) if (span !== null) expect(input.slice(span.start, span.end)).toBe(span.text);
}

describe('findChromeLines', () => {
  it('finds share bars, ads, teasers and cookie banners as whole lines', () => {
    const input = 'Share on Facebook\n\nThe council voted.\n\nADVERTISEMENT\n\nRead more: Why buses are late\n\nWir verwenden Cookies, um …\n';
    const found = findChromeLines(input);
    expectExact(input, found);
    expect(found.map((span) => span.text)).toEqual(['Share on Facebook', 'ADVERTISEMENT', 'Read more: Why buses are late', 'Wir verwenden Cookies, um …']);
  });

  it('leaves chrome words inside prose alone', () => {
    expect(findChromeLines('She said the advertisement was misleading.\nWe will share the costs.')).toEqual([]);
  });

  it('normalises case, counters and trailing arrows', () => {
    expect(normalizeChromeLine('  Share (12) ')).toBe('share');
    expect(normalizeChromeLine('Read more ›')).toBe('read more');
    expect(normalizeChromeLine('Advertisement:')).toBe('advertisement');
  });
});

describe('splitHeader', () => {
  it('takes a one-line headline and the byline paragraph under it', () => {
    const input = 'Tram line approved\n\nBy Jane Roe\nPublished 3 May 2026\n\nThe council voted on Tuesday.';
    const header = splitHeader(input, splitParagraphs(input));
    expectExact(input, [header.title, header.byline]);
    expect(header.title?.text).toBe('Tram line approved');
    expect(header.byline?.text).toBe('By Jane Roe\nPublished 3 May 2026');
    expect(header.bodyFrom).toBe(2);
  });

  it('finds no headline when the page opens with a sentence', () => {
    const input = 'The council voted on Tuesday.\n\nBy the time it did, the budget had grown.';
    expect(splitHeader(input, splitParagraphs(input))).toEqual({ title: null, byline: null, bodyFrom: 0 });
  });
});

describe('shiftSpans', () => {
  it('moves every nested span and leaves other fields alone', () => {
    const found = [{ text: 'a', start: 1, end: 2, speaker: { name: 'X', mention: { text: 'X', start: 4, end: 5 } }, value: 3 }];
    expect(shiftSpans(found, 10)).toEqual([{ text: 'a', start: 11, end: 12, speaker: { name: 'X', mention: { text: 'X', start: 14, end: 15 } }, value: 3 }]);
    expect(found[0]?.start).toBe(1);
  });
});

describe('coverage', () => {
  it('answers containment for overlapping spans', () => {
    const spans = coverage([{ start: 10, end: 20 }, { start: 0, end: 50 }, { start: 60, end: 70 }]);
    expect(spans.covers(12, 18)).toBe(true);
    expect(spans.covers(30, 40)).toBe(true);
    expect(spans.covers(45, 62)).toBe(false);
    expect(spans.covers(71, 72)).toBe(false);
  });

  it('covers lines only when every non-blank line lies inside a span', () => {
    const input = 'Share\nTweet\n\nThe council met.\n \u200b\t\nEnd';
    const chrome = coverage([{ start: 0, end: 5 }, { start: 6, end: 11 }]);
    expect(chrome.coversLines(input, 0, 11)).toBe(true); // two lines, each its own span
    expect(chrome.coversLines(input, 0, 29)).toBe(false); // and a line of prose
    expect(chrome.coversLines(input, 13, 29)).toBe(false); // prose touching no span
    expect(chrome.coversLines(input, 29, 34)).toBe(true); // blank lines touching no span
    expect(chrome.coversLines(input, 29, 37)).toBe(false);
    expect(coverage([]).coversLines(input, 0, 5)).toBe(false);
    expect(coverage([]).coversLines(input, 3, 3)).toBe(true);
  });
});
