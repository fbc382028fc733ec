import { describe, expect, it } from 'vitest';
import { renderReport } from './render-report.js';
import { toRecord } from './to-record.js';
import { analyzeArticle } from '../article/index.js';
import { FLOOD_PAGE, HTML_PAGE } from '../../test/fixtures/article/pages.js';
import { FEATURES } from './args.js';

describe('renderReport', () => {
  const report = renderReport('flood.txt', FLOOD_PAGE, analyzeArticle(FLOOD_PAGE), FEATURES);

  it('opens with the headline, byline and a summary', () => {
    const [title, byline, summary] = report.split('\n');
    expect(title).toBe('River defences fail as Bellmere counts the cost of the storm');
    expect(byline).toBe('By Omar Lindgren · Updated 2 February 2026');
    expect(summary).toMatch(/^flood\.txt · \d+ words · language en \(\d+%/u);
  });

  it('has a who-said-what row with counts per kind', () => {
    const row = report.split('\n').find((line) => line.trimStart().startsWith('Karin Holm'));
    expect(row?.trim().split(/ {2,}/u).slice(-4)).toEqual(['2', '0', '0', '2']);
  });

  it('shows each number with its value and context', () => {
    expect(report).toMatch(/£62 million +currency +62,000,000 GBP +….*The barrier cost \[£62 million\] when it opened/u);
  });

  it('draws the comment tree with authors, languages and depth', () => {
    expect(report).toContain('  • Anna Petrakis · en · 2 February 2026 at 08:40');
    expect(report).toContain('    └ (anonymous) · en');
    expect(report).toContain('  • Sebastián Ortega · es');
  });

  it('leaves out what --only did not ask for', () => {
    const short = renderReport('flood.txt', FLOOD_PAGE, analyzeArticle(FLOOD_PAGE, { only: ['numbers'] }), ['numbers']);
    expect(short).not.toContain('Who said what');
    expect(short).not.toContain('Comments');
    expect(short).toContain('Numbers');
  });

  it('quotes the context of an HTML page from its readable text', () => {
    const page = analyzeArticle(HTML_PAGE);
    expect(renderReport('page.html', page.text ?? '', page, FEATURES)).toContain('…torm closes ferry routes All [14] ferry routes');
  });
});

describe('toRecord', () => {
  it('writes comments flat and only the analyses asked for', () => {
    const record = JSON.parse(JSON.stringify(toRecord('flood.txt', analyzeArticle(FLOOD_PAGE), ['comments', 'quotes']))) as Record<string, unknown>;
    expect(Object.keys(record)).toEqual(['file', 'format', 'title', 'byline', 'body', 'quotes', 'speakers', 'comments', 'boilerplate', 'warnings']);
    const comments = record.comments as { comments: { parentId: string | null }[]; roots?: unknown };
    expect(comments.roots).toBeUndefined();
    expect(comments.comments.map((c) => c.parentId)).toEqual([null, 'c1', null]);
  });
});
