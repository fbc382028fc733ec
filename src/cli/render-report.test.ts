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

describe('renderReport on a plain news text without headline, quotes or comments', () => {
  const input =
    'Rents in Harwick rose by 3 to 5 percent last year, while unemployment fell 0.4 percentage points to 6.1%. ' +
    'The council has spent £3,000 on each household since the 2019-2023 plan, and the new cycle path will run between 5 and 8 kilometres. ' +
    'Ferry tickets sold at 4,500 a day; more than 2,000 visitors came on 14 March 2026 to the pier, built in the 1990s.';
  const article = analyzeArticle(input, { only: ['numbers'] });
  const report = renderReport('harwick.txt', input, article, ['numbers']);
  const row = (text: string): string[] | undefined =>
    report
      .split('\n')
      .find((line) => line.trimStart().startsWith(text))
      ?.trim()
      .split(/ {2,}/u);

  it('says there is no headline and lists only the numbers', () => {
    const [title, summary] = report.split('\n');
    expect(title).toBe('(no headline)');
    expect(summary).toMatch(new RegExp(`^harwick\\.txt · \\d+ words · ${article.numbers.length} numbers$`, 'u'));
    expect(report).not.toContain('Who said what');
    expect(report).not.toContain('Comments');
    for (const number of article.numbers) expect(input.slice(number.start, number.end)).toBe(number.text);
  });

  it('writes each kind of value as data', () => {
    expect(row('3 to 5 percent')?.slice(1, 3)).toEqual(['range', '3–5 %']);
    expect(row('0.4 percentage points')?.slice(1, 3)).toEqual(['percentagePoints', '0.4 pp']);
    expect(row('6.1%')?.slice(1, 3)).toEqual(['percent', '6.1 %']);
    expect(row('£3,000')?.slice(1, 3)).toEqual(['currency', '3,000 GBP']);
    expect(row('between 5 and 8')?.slice(1, 3)).toEqual(['range', '5–8 km']);
    expect(row('4,500')?.slice(1, 3)).toEqual(['cardinal', '4,500 per day']);
    expect(row('2,000')?.slice(1, 3)).toEqual(['cardinal', '> 2,000']);
    expect(row('14 March 2026')?.slice(1, 3)).toEqual(['date', '2026-3-14']);
    expect(row('1990s')?.slice(1, 3)).toEqual(['decade', '1990']);
  });

  it('writes a range of years without thousands separators', () => {
    expect(row('2019-2023')?.slice(1, 3)).toEqual(['range', '2019–2023']);
  });

  it('says so when a text has no numbers', () => {
    const words = 'The mayor opened the new library on Friday.';
    expect(renderReport('library.txt', words, analyzeArticle(words, { only: ['numbers'] }), ['numbers'])).toContain('Numbers: none.');
  });
});

describe('toRecord on a plain text', () => {
  const input = 'The harbour reopened on Monday after three weeks of repairs. Fishing boats left before dawn, and the ferry to Lindholm ran on time.';

  it('has no readable-text field and keeps the language when asked', () => {
    const record = toRecord('harbour.txt', analyzeArticle(input), ['language', 'numbers']);
    expect(Object.keys(record)).toEqual(['file', 'format', 'title', 'byline', 'body', 'language', 'numbers', 'boilerplate', 'warnings']);
    expect((record.language as { language: string }).language).toBe('en');
  });

  it('writes the readable text of an HTML page, which the spans refer to', () => {
    const page = analyzeArticle(HTML_PAGE);
    const record = toRecord('page.html', page, ['numbers']);
    expect(record.text).toBe(page.text);
    const numbers = record.numbers as { text: string; start: number; end: number }[];
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect((record.text as string).slice(number.start, number.end)).toBe(number.text);
  });
});

describe('renderReport comment trees from HTML pages', () => {
  const body = '<article><h1>Ferry timetable changes from Monday</h1><p>The harbour authority has cut the late ferry to Lindholm and moved the first crossing to 6:15, citing staff shortages over the winter months.</p></article>';

  it('shows the depth of replies nested deeper than the indent, pending comments and load-more stubs', () => {
    const names = ['Mira', 'Sam', 'Jo', 'Ana', 'Lee', 'Kit', 'Ola', 'Per'];
    let comments = '';
    names.forEach((name, i) => {
      const status = i === 1 ? ' unapproved' : '';
      comments += `<li id="comment-${i + 1}" class="comment depth-${i + 1}${status}"><article class="comment-body"><footer class="comment-meta"><b class="fn">${name}</b></footer><div class="comment-content"><p>Reply number ${i + 1} about the ferry.</p></div></article>`;
    });
    const html = `<html><body>${body}<ol class="comment-list">${comments}${'</li>'.repeat(names.length)}</ol></body></html>`;
    const article = analyzeArticle(html, { only: ['comments'] });
    const lines = renderReport('ferry.html', article.text ?? '', article, ['comments']).split('\n');
    expect(lines).toContain('Comments (8 comments, 1 top-level, deepest reply at depth 8)');
    expect(lines.find((line) => line.includes('Sam'))?.trim()).toMatch(/^└ Sam · .*pending$/u);
    // Depth 7 and 8 keep the indent of depth 6 and say how deep they are.
    const deep = lines.filter((line) => line.includes('Ola') || line.includes('Per'));
    expect(deep.map((line) => line.indexOf('└'))).toEqual([12, 12]);
    expect(deep[0]).toContain('depth 7');
    expect(deep[1]).toContain('depth 8');
  });

  it('lists replies the page did not load', () => {
    const html = `<html><body>${body}<div class="commentarea"><div class="sitetable nestedlisting">
<div class="thing id-t1_f1 comment" data-fullname="t1_f1" data-author="quaymaster"><div class="entry"><div class="usertext-body"><div class="md"><p>Cutting the late ferry strands shift workers.</p></div></div></div>
<div class="child"><div class="sitetable listing"><div class="thing morechildren"><a>load more comments (5 replies)</a></div></div></div></div>
</div></div></body></html>`;
    const article = analyzeArticle(html, { only: ['comments'] });
    expect(renderReport('ferry.html', article.text ?? '', article, ['comments'])).toContain('  (not loaded: 5 more, load more comments (5 replies))');
  });
});
