import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage } from './coverage.js';
import { CHROME_LINES, CHROME_PREFIXES } from './data/page-chrome.js';
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

  it('reads long lines by their start only, with the answer of the whole line', () => {
    const long = (head: string): string => `${head} ${'and the council met again on Tuesday '.repeat(8)}`;
    const input = [long('We use cookies to improve'), long('Read More about'), long('We  \u00a0 USE\tcookies'), long('Our view:')].join('\n');
    expect(findChromeLines(input).map((span) => span.text.slice(0, 17))).toEqual(['We use cookies to', 'Read More about a', 'We  \u00a0 USE\tcookies']);
    // Long only in what normalising strips: still an exact chrome line.
    const padded = `Share ${'.'.repeat(150)}\n  Advertisement${' '.repeat(140)}› (12)\n${'  '.repeat(80)}Subscribe`;
    expect(findChromeLines(padded).map((span) => span.text.slice(0, 13))).toEqual([`Share ${'.'.repeat(7)}`, 'Advertisement', 'Subscribe']);
  });

  it('finds exactly the lines whose normalised form is a chrome line or starts with a chrome prefix', () => {
    const phrase = fc.constantFrom(...CHROME_LINES, ...CHROME_PREFIXES, 'The council', 'Share', 'SHARE', 'İstanbul', 'ΣΟΦΊΑ');
    const filler = fc.constantFrom(' ', '  ', '\t', '\u00a0', '.', '!', '›', '(12)', ' (3)', 'x', 'word ', 'Ş', '😀', '…');
    const line = fc.tuple(fc.stringMatching(/^[ \t]{0,3}$/), phrase, fc.array(filler, { maxLength: 120 })).map(([lead, head, tail]) => lead + head + tail.join(''));
    const exact = new Set(CHROME_LINES);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const input = lines.join('\n');
        const expected = lines.filter((text) => text.trim() !== '' && text.length <= 600).filter((text) => {
          const key = normalizeChromeLine(text);
          return exact.has(key) || CHROME_PREFIXES.some((prefix) => key.startsWith(prefix));
        });
        expect(findChromeLines(input).map((span) => span.text)).toEqual(expected.map((text) => text.trim()));
      }),
      { seed: 8, numRuns: 300 },
    );
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
