/**
 * analyzeArticle's options and the page shapes its main tests do not reach: features switched
 * off, a forced format, an HTML headline outside the article, quotes inside boilerplate, chrome
 * under a comment thread, counters on chrome lines and over-long byline lines.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze-article.js';
import { detectCommentFormat } from '../comments/detect-comment-format.js';
import { findCommentSection } from '../comments/find-comment-section.js';
import { findChromeLines, normalizeChromeLine } from './find-chrome.js';
import { segmentTextPage } from './segment-text-page.js';
import { splitHeader } from './split-header.js';
import { splitParagraphs } from '../text/paragraphs.js';

const TEXT_PAGE = [
  'Harbour tram approved',
  '',
  'By Jane Roe',
  '',
  '“This is the decision the city needed,” Mayor Helena Voss said on Tuesday.',
  '',
  'The line will cost €480 million and carry 40,000 passengers a day.',
  '',
  'Comments (2)',
  '',
  'Marta Jensen',
  'Finally, a tram that goes somewhere useful.',
  '',
  'Olaf B.',
  'Who pays the 480 million? We do.',
].join('\n');

const HTML_PAGE = `<!doctype html><html><head><title>Harbour tram approved</title></head><body>
<article><p>“This is the decision the city needed,” Mayor Helena Voss said on Tuesday. The line will cost €480 million.</p>
<p>Construction starts next spring and the first trams should run in 2029, officials said.</p></article>
<ol class="commentlist">
<li class="comment depth-1" id="comment-1"><div class="comment-author vcard"><cite class="fn">Marta Jensen</cite></div><div class="comment-content"><p>“Finally,” I said to my husband. It costs 480 million.</p></div></li>
</ol></body></html>`;

describe('analyzeArticle options', () => {
  it('returns empty results for the analyses left out by `only`', () => {
    const page = analyzeArticle(TEXT_PAGE, { only: ['language'] });
    expect(page.language?.language).toBe('en');
    expect(page.quotes).toEqual([]);
    expect(page.speakers).toEqual([]);
    expect(page.numbers).toEqual([]);
    expect(page.comments).toBeNull();
  });

  it('leaves comment languages out when language detection is off', () => {
    const page = analyzeArticle(TEXT_PAGE, { only: ['comments'] });
    expect(page.language).toBeNull();
    expect(page.comments?.comments.map((comment) => comment.author)).toEqual(['Marta Jensen', 'Olaf B.']);
    for (const comment of page.comments?.comments ?? []) expect(comment.language).toBeNull();
  });

  it('reads HTML-looking input as text when told to', () => {
    const page = analyzeArticle(HTML_PAGE, { format: 'text', only: ['quotes'] });
    expect(page.format).toBe('text');
    expect(page.text).toBeUndefined();
    // As text, the body is a range of the markup itself, tags included.
    expect(HTML_PAGE.slice(page.body.start, page.body.end)).toBe(page.body.text);
    expect(page.body.text).toContain('<p>');
  });

  it('cuts the page the same with and without comments, at the section findCommentSection finds', () => {
    const pages = [TEXT_PAGE, 'Article text.\n\nSubscribe\nNotify of\n\n1 Comment\n\nGood.', 'Article.\n\nLeave a Reply\n\nGreat read!', 'Just an article.\n\nWith two paragraphs.'];
    for (const page of pages) {
      const whole = segmentTextPage(page, true);
      const alone = segmentTextPage(page, false);
      expect(alone.thread).toBeNull();
      expect(whole.thread).not.toBeNull();
      // The comment widget's lines are boilerplate only when the comments are read.
      expect([alone.title, alone.byline, alone.body]).toEqual([whole.title, whole.byline, whole.body]);
      const section = findCommentSection(page);
      expect(alone.body.end).toBeLessThanOrEqual(section?.start ?? page.length);
    }
  });

  it('tells the format as detectCommentFormat does, text without tags at once', () => {
    const inputs = ['Prices fell. 3 < 4, says the report.', '  <p>Storm hits coast.</p><p>Trains stopped.</p>', 'athing comtr rows, copied as text', '{"kind": "Listing"}', 'No markup at all.'];
    for (const input of inputs) {
      const detected = detectCommentFormat(input);
      expect(analyzeArticle(input).format).toBe(detected === 'html' || detected === 'hn-html' ? 'html' : 'text');
    }
    expect(analyzeArticle('No markup at all.').format).toBe('text');
    expect(analyzeArticle('<p>Storm hits coast.</p>').format).toBe('html');
  });

  it('reads text as HTML when told to, even without markup', () => {
    const page = analyzeArticle('Plain words only. Nothing more.', { format: 'html' });
    expect(page.format).toBe('html');
    expect(typeof page.text).toBe('string');
  });
});

describe('analyzeArticle on HTML', () => {
  it('puts a <title> headline that the article text lacks in front of it', () => {
    const page = analyzeArticle(HTML_PAGE);
    expect(page.format).toBe('html');
    expect(page.text?.startsWith('Harbour tram approved\n\n')).toBe(true);
    expect(page.title?.text).toBe('Harbour tram approved');
    for (const quote of page.quotes) expect(page.text?.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('skips the comment markup when comments are not asked for', () => {
    const page = analyzeArticle(HTML_PAGE, { only: ['quotes', 'numbers'] });
    expect(page.comments).toBeNull();
    expect(page.numbers.length).toBeGreaterThan(0);
  });

  it('gives comment quotes and numbers offsets into the comment text', () => {
    const page = analyzeArticle(HTML_PAGE, { commentDetails: true });
    const comment = page.comments?.comments[0];
    expect(comment?.author).toBe('Marta Jensen');
    expect(comment?.quotes?.length).toBeGreaterThan(0);
    expect(comment?.numbers?.length).toBeGreaterThan(0);
    for (const found of [...(comment?.quotes ?? []), ...(comment?.numbers ?? [])]) expect(comment?.text.slice(found.start, found.end)).toBe(found.text);
  });
});

describe('boilerplate in the page text', () => {
  it('drops quotes inside a teaser line and re-clusters the speakers', () => {
    const input = [
      'The council voted for the tram on Tuesday after a long debate.',
      '',
      '“We will build it,” Mayor Helena Voss said.',
      '',
      'Read more: “Trams are a waste of money,” Kwame Mensah said last year',
      '',
      'Work starts in the spring.',
    ].join('\n');
    const page = analyzeArticle(input, { only: ['quotes'] });
    const chrome = page.boilerplate.find((span) => span.text.startsWith('Read more:'));
    expect(chrome).toBeDefined();
    expect(page.quotes.map((quote) => quote.text)).toEqual(['We will build it']);
    expect(page.speakers.map((speaker) => speaker.name)).toEqual(['Helena Voss']);
  });

  it('treats a cookie banner under the comment thread as chrome, not as a comment', () => {
    const input = `${TEXT_PAGE}\n\nWe use cookies to improve your experience.\nAccept all`;
    const page = segmentTextPage(input, true);
    expect(page.thread?.comments.map((comment) => comment.author)).toEqual(['Marta Jensen', 'Olaf B.']);
    expect(page.boilerplate.map((span) => span.text)).toEqual(expect.arrayContaining(['We use cookies to improve your experience.', 'Accept all']));
    // Each boilerplate span once, in document order, though both the chrome finder and the
    // comment parser may report the same line.
    const keys = page.boilerplate.map((span) => `${span.start}:${span.end}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 1; i < page.boilerplate.length; i++) expect(page.boilerplate[i]?.start).toBeGreaterThanOrEqual(page.boilerplate[i - 1]?.start ?? 0);
  });
});

describe('chrome line normalisation', () => {
  it('removes a numeric counter but keeps other brackets', () => {
    expect(normalizeChromeLine('Comments (12)')).toBe('comments');
    expect(normalizeChromeLine('Comments (new)')).toBe('comments (new)');
    expect(normalizeChromeLine('(12)')).toBe('(12)');
  });

  it('finds a chrome line with a counter', () => {
    const input = 'Share (12)\n\nThe council voted.';
    expect(findChromeLines(input).map((span) => input.slice(span.start, span.end))).toEqual(['Share (12)']);
  });
});

describe('splitHeader', () => {
  it('does not take an over-long line for a byline', () => {
    const longLine = `By Jane Roe, who has covered the harbour, the council and its budgets ${'for many years '.repeat(8)}`;
    const input = `Tram line approved\n\n${longLine}\n\nThe council voted on Tuesday.`;
    const header = splitHeader(input, splitParagraphs(input));
    expect(header.title?.text).toBe('Tram line approved');
    expect(header.byline).toBeNull();
    expect(header.bodyFrom).toBe(1);
  });
});
