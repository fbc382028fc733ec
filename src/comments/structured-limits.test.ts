import { describe, expect, it } from 'vitest';
import { parseCommentoJson } from './parse-commento-json.js';
import { parseDiscourseJson } from './parse-discourse-json.js';
import { parseDisqusXml } from './parse-disqus-xml.js';
import { parseHackerNewsJson } from './parse-hacker-news-json.js';
import { parseRedditJson } from './parse-reddit-json.js';
import { parseWordpressWxr } from './parse-wordpress-wxr.js';
import { parseYoutubeJson } from './parse-youtube-json.js';
import type { CommentThread } from './types.js';

const DEEP = 10_000;
const MANY = 50_000;

const maxDepth = (thread: CommentThread) => thread.comments.reduce((max, comment) => Math.max(max, comment.depth), 0);

/** Generated inputs are built as strings: JSON.stringify itself recurses and would overflow. */
function redditChain(depth: number): string {
  let json = '""';
  for (let level = depth - 1; level >= 0; level--) {
    const parent = level === 0 ? 't3_s' : `t1_c${level - 1}`;
    json = `{"kind":"Listing","data":{"children":[{"kind":"t1","data":{"id":"c${level}","parent_id":"${parent}","author":"u${level}","body":"reply ${level}","created_utc":1700000000,"score":1,"replies":${json}}}]}}`;
  }
  return `[{"kind":"Listing","data":{"children":[{"kind":"t3","data":{"id":"s"}}]}},${json}]`;
}

function hackerNewsChain(depth: number): string {
  const open: string[] = [];
  for (let level = 0; level < depth; level++) open.push(`{"id":${level + 2},"type":"comment","author":"u","text":"<p>r${level}","children":[`);
  return `{"id":1,"type":"story","children":[${open.join('')}${']}'.repeat(depth)}]}`;
}

/** Generous: these run on a shared 2-core machine; speed is measured by the eval script, not here. */
const TIMEOUT = 60_000;

describe(`structured parsers read ${DEEP}-deep reply chains without recursion`, () => {
  it('Reddit nested listings', { timeout: TIMEOUT }, () => {
    const reddit = parseRedditJson(redditChain(DEEP));
    expect(reddit.comments).toHaveLength(DEEP);
    expect(maxDepth(reddit)).toBe(DEEP);
    expect(JSON.parse(JSON.stringify(reddit.comments)).length).toBe(DEEP);
  });

  it('Hacker News nested children', { timeout: TIMEOUT }, () => {
    expect(maxDepth(parseHackerNewsJson(hackerNewsChain(DEEP)))).toBe(DEEP);
  });

  it('WordPress parent ids', { timeout: TIMEOUT }, () => {
    const wxr = parseWordpressWxr(
      `<rss><channel><item>${Array.from({ length: DEEP }, (_, index) => `<wp:comment><wp:comment_id>${index + 1}</wp:comment_id><wp:comment_parent>${index}</wp:comment_parent><wp:comment_content>r</wp:comment_content></wp:comment>`).join('')}</item></channel></rss>`,
    );
    expect(maxDepth(wxr)).toBe(DEEP);
  });

  it('Commento parent hexes', { timeout: TIMEOUT }, () => {
    const commento = parseCommentoJson({ comments: Array.from({ length: DEEP }, (_, index) => ({ commentHex: `h${index}`, parentHex: index === 0 ? 'root' : `h${index - 1}`, markdown: 'r' })) });
    expect(maxDepth(commento)).toBe(DEEP);
  });
});

describe(`structured parsers read ${MANY}-comment threads`, () => {
  it('Disqus XML', { timeout: TIMEOUT }, () => {
    const disqus = parseDisqusXml(
      `<disqus><thread dsq:id="t"/>${Array.from({ length: MANY }, (_, index) => `<post dsq:id="${index}"><message>m</message><thread dsq:id="t"/>${index % 2 === 1 ? `<parent dsq:id="${index - 1}"/>` : ''}</post>`).join('')}</disqus>`,
    );
    expect(disqus.comments).toHaveLength(MANY);
    expect(disqus.roots).toHaveLength(MANY / 2);
  });

  it('Discourse JSON', { timeout: TIMEOUT }, () => {
    const posts = Array.from({ length: MANY + 1 }, (_, index) => ({ id: index + 1, post_number: index + 1, reply_to_post_number: index % 3 === 0 ? index : null, username: 'u', cooked: '<p>x</p>' }));
    const discourse = parseDiscourseJson(JSON.stringify({ post_stream: { posts, stream: [] } }));
    expect(discourse.comments).toHaveLength(MANY);
    expect(maxDepth(discourse)).toBe(2);
  });
});

describe('prototype pollution', () => {
  const payloads = [
    '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "post_stream": {"posts": [{"id": 2, "post_number": 2, "cooked": "x", "__proto__": {"polluted": "yes"}}], "stream": []}}',
    '[{"kind": "Listing", "data": {"children": [{"kind": "t1", "__proto__": {"polluted": "yes"}, "data": {"id": "a", "__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "body": "x"}}]}}]',
    '{"comments": [{"commentHex": "__proto__", "parentHex": "constructor", "commenterHex": "__proto__", "markdown": "x"}], "commenters": [{"commenterHex": "__proto__", "name": "polluter"}]}',
  ];

  it('never touches Object.prototype, in strict, lenient and recovering parses', () => {
    for (const payload of payloads) {
      for (const text of [payload, `${payload} ,`]) {
        parseDiscourseJson(text);
        parseRedditJson(text);
        parseCommentoJson(text);
        parseYoutubeJson(text);
        parseHackerNewsJson(text);
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('treats such keys as plain data', () => {
    const commento = parseCommentoJson(payloads[2] as string);
    expect(commento.comments[0]).toMatchObject({ id: '__proto__', parentId: 'constructor', author: 'polluter' });
    const xml = parseDisqusXml('<disqus><post dsq:id="__proto__" constructor="x"><message>m</message></post></disqus>');
    expect(xml.comments[0]?.id).toBe('__proto__');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
