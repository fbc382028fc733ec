import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/comments/load.js';
import { MalformedInputError } from '../errors.js';
import { parseHtmlComments } from './parse-html.js';
import type { Comment } from './types.js';

const page = (name: string): string => loadFixture(`html/${name}`);
const tree = (comments: readonly Comment[]): Array<[string, string | null, number, string | null]> =>
  comments.map((comment) => [comment.id, comment.parentId, comment.depth, comment.author]);

function expectElementRanges(html: string, comments: readonly Comment[]): void {
  for (const comment of comments) {
    const source = html.slice(comment.start, comment.end);
    expect(source.startsWith('<')).toBe(true);
    expect(source.endsWith('>')).toBe(true);
    if (comment.html !== undefined) expect(source).toContain(comment.html);
  }
}

describe('parseHtmlComments', () => {
  it('takes the WordPress tree from depth-N classes when the DOM is flat', () => {
    const html = page('wordpress-flat.html');
    const thread = parseHtmlComments(html);
    expect(thread.system).toBe('WordPress');
    expect(tree(thread.comments)).toEqual([
      ['comment-11', null, 1, 'Jane Miller'],
      ['comment-12', 'comment-11', 2, 'Bob Hart'],
      ['comment-13', 'comment-12', 3, 'Jane Miller'],
      ['comment-14', null, 1, 'Paul Ostrowski'],
    ]);
    expect(thread.roots.map((root) => root.id)).toEqual(['comment-11', 'comment-14']);
    expect(thread.roots[0]?.children.map((child) => child.id)).toEqual(['comment-12']);
    expect(thread.comments[0]?.text).toBe('Finally! I have waited years for this.\n\nMy kids can bike to school now.');
    expect(thread.comments[1]?.text).toBe('Same here & thanks.');
    expect(thread.comments[0]?.publishedRaw).toBe('Mar 3rd at 10:14 am');
    expectElementRanges(html, thread.comments);
    expect(html.slice(thread.comments[0]?.start, thread.comments[0]?.end)).toMatch(/^<li class="comment even thread-even depth-1" id="comment-11">[\s\S]*<\/li>$/u);
  });

  it('reads the core HTML5 walker: time[datetime], says:, pending notes, pingbacks', () => {
    const html = page('wordpress-html5.html');
    const thread = parseHtmlComments(html);
    expect(tree(thread.comments)).toEqual([
      ['comment-201', null, 1, 'Klaus Becker'],
      ['comment-202', 'comment-201', 2, 'Anna Schmidt'],
      ['comment-203', null, 1, null],
    ]);
    expect(thread.comments[0]).toMatchObject({ publishedAt: '2024-03-05T09:41:00+01:00', publishedRaw: '5. März 2024 um 9:41 Uhr', status: 'visible' });
    expect(thread.comments[0]?.text).toBe('Endlich passiert mal was.\nIch fahre die Strecke jeden Tag.');
    expect(thread.comments[0]?.html).toBe('<div class="comment-content"><p>Endlich passiert mal was.<br>Ich fahre die Strecke jeden Tag.</p></div>');
    expect(thread.comments[1]?.status).toBe('pending');
    expect(thread.comments[1]?.text).toBe('Die Ampelschaltung muss auch geändert werden.');
    expect(thread.comments[2]?.text).toBe('Pingback: Radwege im Überblick');
    expectElementRanges(html, thread.comments);
  });

  it('reads wpDiscuz ids, parents, votes and relative dates', () => {
    const thread = parseHtmlComments(page('wpdiscuz.html'));
    expect(thread.system).toBe('wpDiscuz');
    expect(tree(thread.comments)).toEqual([
      ['501', null, 1, 'Luise'],
      ['502', '501', 2, 'Jonas'],
    ]);
    expect(thread.comments.map((comment) => comment.score)).toEqual([3, -1]);
    expect(thread.comments[1]?.text).toBe('Stimmt, bei mir war es Ultima Online.');
    expect(thread.comments[0]?.publishedRaw).toBe('vor 1 Stunde');
  });

  it('reports an empty wpDiscuz thread as no comments, not as a guess', () => {
    const thread = parseHtmlComments(page('wpdiscuz-empty.html'));
    expect(thread.comments).toEqual([]);
    expect(thread.system).toBeNull();
  });

  it('reads Hacker News rows by indent', () => {
    const thread = parseHtmlComments(page('hacker-news.html'));
    expect(thread.format).toBe('hn-html');
    expect(tree(thread.comments)).toEqual([
      ['40001', null, 1, 'pg'],
      ['40002', '40001', 2, 'dang'],
      ['40003', null, 1, null],
    ]);
    expect(thread.comments[0]).toMatchObject({ publishedAt: '2024-01-05T12:00:00', text: 'Ship early.\n\nThen listen.' });
  });

  it('reads new-Reddit shreddit-comment attributes', () => {
    const thread = parseHtmlComments(page('reddit-shreddit.html'));
    expect(tree(thread.comments)).toEqual([
      ['t1_aaa', null, 1, 'alice'],
      ['t1_bbb', 't1_aaa', 2, 'bob'],
      ['t1_ccc', null, 1, null],
    ]);
    expect(thread.comments.map((comment) => comment.score)).toEqual([42, 7, 1]);
    expect(thread.comments[2]?.status).toBe('deleted');
    expect(thread.comments[0]?.text).toBe('Use a virtual environment.');
  });

  it('reads old Reddit by nesting, with its load-more stubs', () => {
    const thread = parseHtmlComments(page('reddit-old.html'));
    expect(tree(thread.comments)).toEqual([
      ['t1_o1', null, 1, 'carol'],
      ['t1_o2', 't1_o1', 2, 'dave'],
    ]);
    expect(thread.comments[0]).toMatchObject({ text: 'Old Reddit still works.', publishedAt: '2019-05-01T10:00:00+00:00' });
    expect(thread.unloaded).toEqual([{ kind: 'more', parentId: 't1_o1', ids: [], count: 3, note: 'load more comments (3 replies)' }]);
  });

  it('reads 2020 Reddit rows by their level label and reports continue-thread stubs', () => {
    const thread = parseHtmlComments(page('reddit-2020.html'));
    expect(tree(thread.comments)).toEqual([
      ['t1_x1', null, 1, null],
      ['t1_x2', 't1_x1', 2, null],
      ['t1_x3', null, 1, null],
    ]);
    expect(thread.unloaded).toEqual([
      { kind: 'more', parentId: 't1_x2', ids: [], count: null, note: 'Continue this thread' },
      { kind: 'more', parentId: null, ids: ['t1_x4', 't1_x5'], count: 2, note: 'in the page state (window.___r), not rendered as rows' },
    ]);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(thread.comments.map((comment) => comment.score)).toEqual([12, undefined, undefined]);
    expect(thread.comments[0]?.text).toBe('First row.');
  });

  it('reads schema.org microdata and nests replies', () => {
    const thread = parseHtmlComments(page('microdata.html'));
    expect(thread.system).toBe('schema.org microdata');
    expect(tree(thread.comments)).toEqual([
      ['r1', null, 1, 'Marie Dupont'],
      ['r2', 'r1', 2, 'Luc Martin'],
    ]);
    expect(thread.comments[0]?.publishedAt).toBe('2023-03-12T09:41:00Z');
    expect(thread.comments[0]?.text).toBe("Merci pour l'alerte.");
  });

  it('reads JSON-LD comments without touching Object.prototype', () => {
    const thread = parseHtmlComments(page('json-ld.html'));
    expect(thread.system).toBe('schema.org JSON-LD');
    expect(tree(thread.comments)).toEqual([
      ['#c1', null, 1, 'Иван Петров'],
      ['#c2', '#c1', 2, 'Ольга'],
      ['ld3', null, 1, 'Пётр'],
    ]);
    expect(thread.comments[1]?.score).toBe(4);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('warns on malformed JSON-LD, and throws in strict mode', () => {
    const html = '<script type="application/ld+json">{"@type":"Comment", "text": </script>';
    expect(parseHtmlComments(html).warnings.map((warning) => warning.code)).toEqual(['malformed-json-ld']);
    expect(() => parseHtmlComments(html, { strict: true })).toThrow(MalformedInputError);
  });

  it.each([
    ['disqus-embed.html', 'Disqus'],
    ['commento-embed.html', 'Commento'],
  ])('reports the JavaScript-only %s embed', (name, system) => {
    const html = page(name);
    const thread = parseHtmlComments(html);
    expect(thread.comments).toEqual([]);
    expect(thread.unloaded).toEqual([{ kind: 'embed', parentId: null, ids: [], count: null, note: `${system} widget; its comments load by JavaScript` }]);
    expect(thread.warnings[0]?.code).toBe('javascript-embed');
    const warning = thread.warnings[0];
    expect(html.slice(warning?.start, warning?.end).startsWith('<')).toBe(true);
  });

  it('falls back to repeated elements under a comment container', () => {
    const thread = parseHtmlComments(page('unknown-system.html'));
    expect(thread.system).toBe('repeated elements');
    expect(tree(thread.comments)).toEqual([
      ['c1', null, 1, 'Heike'],
      ['c2', null, 1, 'Tom'],
      ['c3', 'c2', 2, 'Heike'],
    ]);
    expect(thread.comments[1]?.text).toBe('Die Briefwahl hat bei mir wunderbar geklappt.');
  });

  it('falls back to DOM nesting for a theme without comment_class()', () => {
    const thread = parseHtmlComments(page('custom-walker.html'));
    expect(thread.system).toBe('repeated elements');
    expect(tree(thread.comments)).toEqual([
      ['c-1', null, 1, 'Marie'],
      ['c-2', 'c-1', 2, 'Luc'],
      ['c-3', null, 1, 'Paul'],
    ]);
    expect(thread.comments[0]?.text).toBe('Très bon article, merci.');
  });

  it('finds nothing on a page without comments', () => {
    const thread = parseHtmlComments('<html><body><nav class="menu"><a href="/">Home</a></nav><p>Just an article.</p></body></html>');
    expect(thread).toMatchObject({ comments: [], roots: [], system: null, unloaded: [], warnings: [] });
  });

  // Sizes from the issue's acceptance criteria; htmlparser2 itself takes most of the time here.
  it('parses a 50,000-comment thread', { timeout: 30_000 }, () => {
    const html = `<ol class="comment-list">${Array.from({ length: 50_000 }, (_, index) => `<li class="comment depth-${(index % 3) + 1}" id="c-${index}"><p>T${index}</p></li>`).join('')}</ol>`;
    const thread = parseHtmlComments(html);
    expect(thread.comments).toHaveLength(50_000);
    expect(thread.roots).toHaveLength(16_667);
    expect(thread.comments[49_999]?.text).toBe('T49999');
  });

  it('parses a 10,000-deep reply chain without recursion', { timeout: 30_000 }, () => {
    const depth = 10_000;
    const html = `<ol class="comment-list">${Array.from({ length: depth }, (_, index) => `<li class="comment depth-${index + 1}" id="c-${index}"><b class="fn">R</b><div class="comment-content">T${index}</div><ol class="children">`).join('')}${'</ol></li>'.repeat(depth)}</ol>`;
    const thread = parseHtmlComments(html);
    expect(thread.comments).toHaveLength(depth);
    expect(thread.comments.at(-1)?.depth).toBe(depth);
    expect(thread.comments.at(-1)?.parentId).toBe(`c-${depth - 2}`);
    expect(thread.comments[0]?.text).toBe('T0');
    expect(JSON.parse(JSON.stringify(thread.comments))).toHaveLength(depth);
  });

  it('nests 5,000-deep repeated elements and microdata by their enclosing comment', { timeout: 30_000 }, () => {
    const depth = 5_000;
    const chain = (open: (index: number) => string, close: string): string =>
      `${Array.from({ length: depth }, (_, index) => `${open(index)}<p>Comment number ${index} says this.</p>`).join('')}${close.repeat(depth)}`;
    const repeated = parseHtmlComments(`<div id="comments"><div class="entry" id="first"><p>A comment on its own.</p></div>${chain((index) => `<div class="entry" id="e${index}">`, '</div>')}</div>`);
    expect(repeated.system).toBe('repeated elements');
    expect(repeated.comments).toHaveLength(depth + 1);
    expect(repeated.comments.at(-1)).toMatchObject({ id: `e${depth - 1}`, parentId: `e${depth - 2}`, depth });
    const microdata = parseHtmlComments(chain((index) => `<div itemscope itemtype="https://schema.org/Comment" id="m${index}">`, '</div>'));
    expect(microdata.comments.at(-1)).toMatchObject({ id: `m${depth - 1}`, parentId: `m${depth - 2}`, depth });
  });

  it('reads comments below 100,000 unclosed elements', { timeout: 30_000 }, () => {
    const html = `${'<div>'.repeat(100_000)}<ol class="comment-list">${'<li class="comment depth-1"><p>Under the pile.</p></li>'.repeat(1_000)}</ol>`;
    const thread = parseHtmlComments(html);
    expect(thread.comments).toHaveLength(1_000);
    for (const comment of thread.comments.slice(0, 3)) expect(html.slice(comment.start, comment.end)).toContain(comment.text);
  });

  it('rejects non-strings', () => {
    expect(() => parseHtmlComments(null as unknown as string)).toThrow(TypeError);
  });
});
