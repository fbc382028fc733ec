import { describe, expect, it } from 'vitest';
import { parseHtmlComments } from '../parse-html.js';
import type { Comment } from '../types.js';

const ARTICLE = '<article><p>Die Stadt baut die Radwege am Ring aus; der Rat hat am Dienstag zugestimmt, die Arbeiten beginnen im Mai.</p></article>';
const tree = (comments: readonly Comment[]): Array<[string, string | null, number, string | null]> =>
  comments.map((comment) => [comment.id, comment.parentId, comment.depth, comment.author]);

/** Each comment's range is its element in the page, holding its own id. */
function expectElementRanges(html: string, comments: readonly Comment[], idAttribute: (comment: Comment) => string): void {
  for (const comment of comments) {
    const source = html.slice(comment.start, comment.end);
    expect(source.startsWith('<')).toBe(true);
    expect(source.endsWith('>')).toBe(true);
    expect(source.slice(0, source.indexOf('>'))).toContain(idAttribute(comment));
  }
}

describe('Hacker News rows', () => {
  const row = (id: string, indent: string, user: string | null, body: string, extraClass = ''): string =>
    `<tr class="athing comtr${extraClass}" id="${id}"><td><table><tr>${indent}` +
    `<td class="default"><div><span class="comhead">${user === null ? '' : `<a href="user?id=${user}" class="hnuser">${user}</a> `}` +
    `<span class="age" title="2019-06-02T08:15:00"><a href="item?id=${id}">on June 2, 2019</a></span></span></div>` +
    `<div class="comment">${body}</div></td></tr></table></td></tr>\n`;

  it('takes the depth from the spacer width on older pages without an indent attribute', () => {
    const html =
      `<html><body><table class="comment-tree">\n` +
      row('20101', '<td class="ind"><img src="https://news.ycombinator.com/s.gif" height="1" width="0"></td>', 'tptacek', '<span class="commtext c00">Rotate the keys first.</span>') +
      row('20102', '<td class="ind"><img src="https://news.ycombinator.com/s.gif" height="1" width="40"></td>', 'patio11', '<span class="commtext c00">And audit who had them.</span>') +
      row('20103', '<td class="ind"><img src="https://news.ycombinator.com/s.gif" height="1" width="80"></td>', 'tptacek', '<span class="commtext c00">Both, yes.</span>') +
      row('20104', '<td class="ind"><img src="https://news.ycombinator.com/s.gif" height="1" width="0"></td>', 'jacquesm', '<span class="commtext c00">Late to this, but agreed.</span>') +
      `</table></body></html>`;
    const thread = parseHtmlComments(html);
    expect(thread.system).toBe('Hacker News');
    expect(tree(thread.comments)).toEqual([
      ['20101', null, 1, 'tptacek'],
      ['20102', '20101', 2, 'patio11'],
      ['20103', '20102', 3, 'tptacek'],
      ['20104', null, 1, 'jacquesm'],
    ]);
    expect(thread.comments.map((comment) => comment.text)).toEqual(['Rotate the keys first.', 'And audit who had them.', 'Both, yes.', 'Late to this, but agreed.']);
    expectElementRanges(html, thread.comments, (comment) => `id="${comment.id}"`);
  });

  it('marks [flagged] and [deleted] rows as removed, without an author', () => {
    const html =
      `<html><body><table class="comment-tree">\n` +
      row('30201', '<td class="ind" indent="0"><img src="s.gif" height="1" width="0"></td>', 'throwaway9', '[flagged]') +
      row('30202', '<td class="ind" indent="1"><img src="s.gif" height="1" width="40"></td>', 'nostrademons', '<span class="commtext c00">The flagged comment was off topic.</span>') +
      row('30203', '<td class="ind" indent="0"><img src="s.gif" height="1" width="0"></td>', null, ' [deleted] ') +
      `</table></body></html>`;
    const thread = parseHtmlComments(html);
    expect(tree(thread.comments)).toEqual([
      ['30201', null, 1, null],
      ['30202', '30201', 2, 'nostrademons'],
      ['30203', null, 1, null],
    ]);
    expect(thread.comments.map((comment) => comment.status)).toEqual(['deleted', 'visible', 'deleted']);
    expectElementRanges(html, thread.comments, (comment) => `id="${comment.id}"`);
  });
});

describe('wpDiscuz', () => {
  const comment = (id: string, parent: string, level: string, author: string, vote: string, body: string, replies = ''): string =>
    `<div id="wpd-comm-${id}_${parent}" class="comment depth-1 wpd-comment${level}">` +
    `<div class="wpd-comment-wrap"><div id="comment-${id}" class="wpd-comment-right">` +
    `<div class="wpd-comment-header"><div class="wpd-comment-author">${author}</div><div class="wpd-comment-date">vor 2 Tagen</div></div>` +
    `<div class="wpd-comment-text"><p>${body}</p></div>` +
    `<div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up">+</div><div class="wpd-vote-result">${vote}</div></div></div>` +
    `</div></div>${replies}</div>\n`;

  it('reads a typographic minus in votes, leaves a blank vote unscored and keeps the parent from the id without a level class', () => {
    const html =
      `<html><body>${ARTICLE}<div id="wpdcom"><div class="wpd-thread-list">\n` +
      comment('811', '0', '', 'Petra', '−4', 'Viel zu teuer für so wenig Strecke.', comment('812', '811', '', 'Jan', '', 'Die Strecke ist aber die gefährlichste der Stadt.')) +
      comment('813', '0', ' wpd_comment_level-1', 'Mehmet', '12', 'Endlich, ich fahre da jeden Morgen.') +
      `</div></div></body></html>`;
    const thread = parseHtmlComments(html);
    expect(thread.system).toBe('wpDiscuz');
    expect(tree(thread.comments)).toEqual([
      ['811', null, 1, 'Petra'],
      ['812', '811', 2, 'Jan'],
      ['813', null, 1, 'Mehmet'],
    ]);
    // Jan's blank vote is not Petra's: nested replies carry their own votes.
    expect(thread.comments.map((c) => c.score)).toEqual([-4, undefined, 12]);
    expect(thread.comments[1]?.text).toBe('Die Strecke ist aber die gefährlichste der Stadt.');
    expectElementRanges(html, thread.comments, (c) => `id="wpd-comm-${c.id}_`);
  });
});

describe('WordPress comment_class()', () => {
  it('reads an inner <article> that repeats the classes as the same comment, and pending trackbacks', () => {
    const html =
      `<html><body>${ARTICLE}<ol class="comment-list">\n` +
      `<li id="comment-71" class="comment byuser depth-1"><article id="div-comment-71" class="comment depth-1 comment-body">` +
      `<footer class="comment-meta"><b class="fn">Sabine Kraus</b> <span class="says">sagt:</span> <time datetime="2025-04-08T18:02:00+02:00">8. April 2025 um 18:02 Uhr</time></footer>` +
      `<div class="comment-content"><p>Wann wird die Kreuzung am Bahnhof umgebaut?</p></div></article>\n` +
      `<ol class="children"><li id="comment-72" class="comment depth-2 unapproved"><article class="comment-body">` +
      `<footer class="comment-meta"><b class="fn">Tom Weller</b></footer><div class="comment-content"><p>Laut Plan erst 2027.</p></div></article></li></ol></li>\n` +
      `<li id="comment-73" class="trackback depth-1 comment-awaiting-moderation"><div class="comment-body">Trackback: Radverkehr in Zahlen</div></li>\n` +
      `</ol></body></html>`;
    const thread = parseHtmlComments(html);
    expect(thread.system).toBe('WordPress');
    expect(tree(thread.comments)).toEqual([
      ['comment-71', null, 1, 'Sabine Kraus'],
      ['comment-72', 'comment-71', 2, 'Tom Weller'],
      ['comment-73', null, 1, null],
    ]);
    expect(thread.comments.map((c) => c.status)).toEqual(['visible', 'pending', 'pending']);
    expect(thread.comments[2]?.text).toBe('Trackback: Radverkehr in Zahlen');
    expect(thread.comments[0]?.text).toBe('Wann wird die Kreuzung am Bahnhof umgebaut?');
    expectElementRanges(html, thread.comments, (c) => `id="${c.id}"`);
  });
});

describe('schema.org', () => {
  const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

  it('reads JSON-LD comments from @graph, with author lists, commentText and string vote counts', () => {
    const html =
      '<html><head>' +
      ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Bridge closes for repairs', author: { '@type': 'Person', name: 'Dana Whitfield' } }) +
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': 'https://example.com/bridge#page' },
          {
            '@type': 'DiscussionForumPosting',
            headline: 'Bridge closes for repairs',
            comment: [
              {
                '@type': ['Comment'],
                author: [{ '@type': 'Person', name: ' Priya Nair ' }],
                datePublished: '2025-11-03T07:55:00Z',
                commentText: 'My commute just doubled.',
                upvoteCount: '17',
                comment: { '@type': 'https://schema.org/Comment', author: { '@type': 'Person' }, dateCreated: 'yesterday', text: 'Take the ferry instead.', upvoteCount: 'n/a' },
              },
              { '@type': 'UserComments', author: '   ', text: 'How long will it be shut?' },
            ],
          },
        ],
      }) +
      '</head><body><p>The Old Mill bridge closes on Monday for six weeks of repairs.</p></body></html>';
    const thread = parseHtmlComments(html);
    expect(thread.system).toBe('schema.org JSON-LD');
    expect(thread.warnings).toEqual([]);
    expect(tree(thread.comments)).toEqual([
      ['ld1', null, 1, 'Priya Nair'],
      ['ld2', 'ld1', 2, null],
      ['ld3', null, 1, null],
    ]);
    expect(thread.comments.map((c) => c.text)).toEqual(['My commute just doubled.', 'Take the ferry instead.', 'How long will it be shut?']);
    expect(thread.comments.map((c) => c.score)).toEqual([17, undefined, undefined]);
    expect(thread.comments[0]).toMatchObject({ publishedRaw: '2025-11-03T07:55:00Z', publishedAt: '2025-11-03T07:55:00Z' });
    // A relative date is kept as written, not turned into a time.
    expect(thread.comments[1]?.publishedRaw).toBe('yesterday');
    expect(thread.comments[1]?.publishedAt).toBeUndefined();
  });

  it('takes a microdata comment id from itemid, or numbers it', () => {
    const html =
      `<html><body>${ARTICLE}<section id="kommentare">\n` +
      `<div itemscope itemtype="https://schema.org/Comment" itemid="https://zeitung.example/ring#k-1"><span itemprop="author">Birgit Lang</span>` +
      `<time itemprop="dateCreated" datetime="2025-05-02T07:30:00+02:00">2. Mai, 7:30</time><p itemprop="text">Gute Nachricht für alle Pendler.</p>` +
      `<div itemscope itemtype="http://schema.org/Comment"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ole Jensen</span></span>` +
      `<p itemprop="text">Und für die Kinder auf dem Schulweg.</p></div></div>\n` +
      `</section></body></html>`;
    const thread = parseHtmlComments(html);
    expect(thread.system).toBe('schema.org microdata');
    expect(tree(thread.comments)).toEqual([
      ['https://zeitung.example/ring#k-1', null, 1, 'Birgit Lang'],
      ['c2', 'https://zeitung.example/ring#k-1', 2, 'Ole Jensen'],
    ]);
    expect(thread.comments[0]?.publishedAt).toBe('2025-05-02T07:30:00+02:00');
    expect(thread.comments[1]?.text).toBe('Und für die Kinder auf dem Schulweg.');
    expectElementRanges(html, thread.comments, () => 'itemtype=');
  });
});

describe('Reddit', () => {
  it('marks an old-Reddit row of class deleted as removed and keeps its replies under it; a bare load-more stub belongs to the thread', () => {
    const html = `<html><body><div class="commentarea"><div class="sitetable nestedlisting">
<div class="thing id-t1_k1 comment" data-fullname="t1_k1" data-author="harbourwatcher" id="thing_t1_k1">
 <div class="entry"><p class="tagline"><a class="author">harbourwatcher</a> <time datetime="2021-08-14T19:05:00+00:00">3 years ago</time></p>
 <div class="usertext-body"><div class="md"><p>The new ferry timetable is a mess.</p></div></div></div>
 <div class="child"><div class="sitetable listing">
  <div class="thing id-t1_k2 deleted comment" data-fullname="t1_k2" id="thing_t1_k2">
   <div class="entry"><p class="tagline"><em>[deleted]</em></p><div class="usertext-body"><div class="md"><p>[removed]</p></div></div></div>
   <div class="child"><div class="sitetable listing">
    <div class="thing id-t1_k3 comment" data-fullname="t1_k3" data-author="skipper_jo" id="thing_t1_k3">
     <div class="entry"><p class="tagline"><a class="author">skipper_jo</a></p><div class="usertext-body"><div class="md"><p>Whatever it said, I agree.</p></div></div></div>
    </div>
   </div></div>
  </div>
 </div></div>
</div>
<div class="thing morechildren"><span class="morecomments"><a></a></span></div>
</div></div></body></html>`;
    const thread = parseHtmlComments(html);
    expect(thread.system).toBe('Reddit');
    expect(tree(thread.comments)).toEqual([
      ['t1_k1', null, 1, 'harbourwatcher'],
      ['t1_k2', 't1_k1', 2, null],
      ['t1_k3', 't1_k2', 3, 'skipper_jo'],
    ]);
    expect(thread.comments.map((c) => c.status)).toEqual(['visible', 'deleted', 'visible']);
    expect(thread.unloaded).toEqual([{ kind: 'more', parentId: null, ids: [], count: null, note: 'load more comments' }]);
    expectElementRanges(html, thread.comments, (c) => `data-fullname="${c.id}"`);
  });

  it('leaves a shreddit comment without author or score attributes anonymous and unscored', () => {
    const html = `<html><body><shreddit-comment-tree>
<shreddit-comment thingid="t1_p1" depth="0" author="quaymaster" score="12"><div slot="comment"><p>Parking at the terminal doubled in price.</p></div>
 <shreddit-comment thingid="t1_p2" depth="1" parentid="t1_p1"><div slot="comment"><p>Score hidden for the first hour here.</p></div></shreddit-comment>
</shreddit-comment>
</shreddit-comment-tree></body></html>`;
    const thread = parseHtmlComments(html);
    expect(tree(thread.comments)).toEqual([
      ['t1_p1', null, 1, 'quaymaster'],
      ['t1_p2', 't1_p1', 2, null],
    ]);
    expect(thread.comments.map((c) => c.score)).toEqual([12, undefined]);
    expect(thread.comments[1]?.text).toBe('Score hidden for the first hour here.');
    expectElementRanges(html, thread.comments, (c) => `thingid="${c.id}"`);
  });
});
