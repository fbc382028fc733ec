import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze-article.js';
import type { Article } from './types.js';
import { FLOOD_PAGE, HTML_PAGE, NO_COMMENTS_PAGE } from '../../test/fixtures/article/pages.js';
import type { Span } from '../text/span.js';

interface Spanned extends Span {
  readonly text: string;
}

/** Every span in a result, nested ones included (speaker mentions, cues). */
function spansOf(value: unknown, found: Spanned[] = []): Spanned[] {
  if (Array.isArray(value)) for (const item of value) spansOf(item, found);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string') found.push(record as unknown as Spanned);
    for (const item of Object.values(record)) spansOf(item, found);
  }
  return found;
}

function expectExactOffsets(input: string, article: Article): void {
  const spans = spansOf({ ...article, comments: article.comments?.comments ?? [] });
  expect(spans.length).toBeGreaterThan(3);
  for (const span of spans) expect(input.slice(span.start, span.end)).toBe(span.text);
}

describe('analyzeArticle on a plain-text page', () => {
  const page = analyzeArticle(FLOOD_PAGE, { commentDetails: true });

  it('keeps every offset exact, in comments too', () => {
    expectExactOffsets(FLOOD_PAGE, page);
  });

  it('reads the headline, byline and a body that stops before the comment section', () => {
    expect(page.format).toBe('text');
    expect(page.title?.text).toBe('River defences fail as Bellmere counts the cost of the storm');
    expect(page.byline?.text).toBe('By Omar Lindgren\nUpdated 2 February 2026');
    expect(page.body.text.startsWith('BELLMERE — Floodwater')).toBe(true);
    expect(page.body.text.endsWith('according to a council report.')).toBe(true);
  });

  it('sets share bars, advertising, comment widgets and cookie banners apart', () => {
    const chrome = page.boilerplate.map((span) => span.text);
    expect(chrome).toEqual(expect.arrayContaining(['Share this article', 'Copy link', 'ADVERTISEMENT', 'Leave a Reply', 'Reply', 'This website uses cookies to ensure you get the best experience.']));
    for (const span of page.boilerplate) expect(page.comments?.comments.some((c) => c.text.includes(span.text))).toBe(false);
  });

  it('takes numbers from the body only', () => {
    expect(page.numbers.map((n) => n.text)).toEqual(expect.arrayContaining(['1.8 metres', '2,300', '£62 million', '2009']));
    expect(page.numbers.every((n) => n.start >= page.body.start && n.end <= page.body.end)).toBe(true);
  });

  it('reads the comments with authors, replies and each comment’s language and numbers', () => {
    const comments = page.comments?.comments ?? [];
    expect(comments.map((c) => [c.author, c.depth])).toEqual([['Anna Petrakis', 1], [null, 2], ['Sebastián Ortega', 1]]);
    expect(comments.every((c) => c.language !== null)).toBe(true);
    expect(comments[1]?.numbers?.map((n) => n.text)).toEqual(['20 centimetres']);
  });

  it('serialises the tree flat, with annotated children', () => {
    const root = page.comments?.roots[0];
    expect(root?.children[0]?.language).not.toBeUndefined();
    const json = JSON.parse(JSON.stringify(page.comments?.comments)) as Record<string, unknown>[];
    expect(json.every((c) => !('children' in c))).toBe(true);
  });
});

describe('analyzeArticle options and edge cases', () => {
  it('skips what `only` leaves out, but still ends the body before the comments', () => {
    const page = analyzeArticle(FLOOD_PAGE, { only: ['numbers'] });
    expect([page.quotes, page.language, page.comments]).toEqual([[], null, null]);
    expect(page.body.text).not.toContain('Anna Petrakis');
    expect(page.numbers.length).toBeGreaterThan(3);
  });

  it('reads a page without comments as all article', () => {
    const page = analyzeArticle(NO_COMMENTS_PAGE);
    expectExactOffsets(NO_COMMENTS_PAGE, page);
    expect(page.title?.text).toBe('Central bank holds rates at 3.5%');
    expect(page.body.text.endsWith('before cutting.')).toBe(true);
    expect(page.comments?.comments).toEqual([]);
  });

  it('handles empty input', () => {
    const page = analyzeArticle('');
    expect([page.title, page.body, page.quotes, page.numbers]).toEqual([null, { text: '', start: 0, end: 0 }, [], []]);
  });

  it('rejects a non-string with a TypeError naming the argument', () => {
    expect(() => analyzeArticle(42 as unknown as string)).toThrow(new TypeError('presslens: `text` must be a string, got number'));
  });
});

describe('analyzeArticle on HTML', () => {
  const page = analyzeArticle(HTML_PAGE);

  it('reads the article as text that the spans refer to', () => {
    expect(page.format).toBe('html');
    const text = page.text ?? '';
    expect(page.title?.text).toBe('Storm closes ferry routes');
    expect(page.body.text).toContain('All 14 ferry routes');
    expect(page.body.text).not.toContain('Third storm');
    for (const span of [page.title, page.body, ...page.numbers]) if (span !== null) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('reads the comments from the markup, each with its language', () => {
    const comments = page.comments?.comments ?? [];
    expect(comments.map((c) => [c.author, c.depth])).toEqual([['Mia Lund', 1], ['Jonas Berg', 2]]);
    expect(comments.every((c) => c.language !== null)).toBe(true);
  });
});
