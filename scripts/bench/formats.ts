/**
 * Generators of reader-comment threads in every input format the comments capability reads,
 * written from each platform's documented shape (no sample file copied). Sizes are set by comment
 * count or by target length; `chain` makes every comment reply to the previous one (deep threads).
 *
 * Strings are assembled directly, not with JSON.stringify on nested objects, so a 10,000-deep
 * reply chain can be written without recursion.
 */
import { createRng } from './corpus.js';

const AUTHORS = ['jane_m', 'Bob Hart', 'kiwi_reader', 'Ana Lucía', 'M. Dubois', 'sven42', 'Olga K.', 'deleted'];
const BODIES = [
  'Free trade, bring it on!',
  'This is exactly what I said last year. Nobody listened.',
  'Does anyone have the original report? The link is broken & the PDF is 404.',
  'Prices have doubled since 2021 — “temporary”, they said.',
  'Das stimmt so nicht, die Zahlen sind von 2019.',
  'Полностью согласен с автором.',
  'I disagree: 3% of what? <b>Source</b> please.',
  'First paragraph.\n\nSecond paragraph with a link: https://example.org/a?b=1&c=2',
];

export interface ThreadShape {
  /** How many comments. */
  readonly count: number;
  /** Every comment replies to the one before it (one reply chain `count` deep). */
  readonly chain?: boolean;
  readonly seed?: number;
}

interface Plan {
  readonly id: number;
  /** Index of the parent comment, or -1 for top level. */
  readonly parent: number;
  readonly author: string;
  readonly body: string;
  readonly time: number;
  readonly score: number;
}

function plan({ count, chain = false, seed = 1 }: ThreadShape): Plan[] {
  const rng = createRng(seed);
  const comments: Plan[] = [];
  for (let i = 0; i < count; i++) {
    const parent = chain ? i - 1 : i > 0 && rng.chance(0.5) ? rng.int(i) : -1;
    comments.push({ id: 1000 + i, parent, author: rng.pick(AUTHORS), body: rng.pick(BODIES), time: 1_700_000_000 + i * 60, score: rng.int(50) - 5 });
  }
  return comments;
}

const json = (value: string | number | boolean | null): string => JSON.stringify(value);
const escapeXml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeHtml = escapeXml;
const paragraphsHtml = (body: string): string => body.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('');
const iso = (seconds: number): string => new Date(seconds * 1000).toISOString();

/** Children of each comment, for the formats that nest replies. */
function childrenOf(comments: readonly Plan[]): number[][] {
  const children: number[][] = comments.map(() => []);
  comments.forEach((comment, index) => {
    if (comment.parent >= 0) children[comment.parent]?.push(index);
  });
  return children;
}

/**
 * Writes nested JSON without recursion: `open(i)` is the comment's text up to its replies,
 * `between(i)` opens its replies and `close(i)` ends both. Siblings are joined with `separator`.
 */
function nest(
  comments: readonly Plan[],
  open: (i: number) => string,
  between: (i: number) => string,
  close: (i: number) => string,
  separator = ',',
): string {
  const children = childrenOf(comments);
  const roots = comments.flatMap((comment, index) => (comment.parent < 0 ? [index] : []));
  const parts: string[] = [];
  const stack: { list: number[]; next: number; owner: number }[] = [{ list: roots, next: 0, owner: -1 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { list: number[]; next: number; owner: number };
    if (frame.next >= frame.list.length) {
      stack.pop();
      if (frame.owner >= 0) parts.push(close(frame.owner));
      continue;
    }
    const index = frame.list[frame.next] as number;
    if (frame.next > 0) parts.push(separator);
    frame.next++;
    parts.push(open(index));
    parts.push(between(index));
    stack.push({ list: children[index] as number[], next: 0, owner: index });
  }
  return parts.join('');
}

/** Reddit `/comments/<id>.json`: the post listing, then nested `t1` listings with a `more` stub. */
export function redditJson(shape: ThreadShape): string {
  const comments = plan(shape);
  const post = `{"kind":"Listing","data":{"children":[{"kind":"t3","data":{"id":"abc12","name":"t3_abc12","title":"Council approves new rail line","author":"newsbot","selftext":"","created_utc":1700000000,"score":120}}]}}`;
  const tree = nest(
    comments,
    (i) => {
      const c = comments[i] as Plan;
      const parent = c.parent < 0 ? 't3_abc12' : `t1_${(comments[c.parent] as Plan).id.toString(36)}`;
      const id = c.id.toString(36);
      const deleted = c.author === 'deleted';
      return `{"kind":"t1","data":{"id":${json(id)},"name":${json(`t1_${id}`)},"parent_id":${json(parent)},"link_id":"t3_abc12","author":${json(deleted ? '[deleted]' : c.author)},"body":${json(deleted ? '[deleted]' : c.body)},"body_html":${json(`&lt;div class="md"&gt;${escapeHtml(escapeHtml(c.body))}&lt;/div&gt;`)},"created_utc":${c.time},"score":${c.score},"replies":`;
    },
    () => '{"kind":"Listing","data":{"children":[',
    () => ']}}}}',
  );
  const more = `{"kind":"more","data":{"count":3,"name":"t1_zz1","id":"zz1","parent_id":"t3_abc12","children":["zz1","zz2","zz3"]}}`;
  return `[${post},{"kind":"Listing","data":{"children":[${tree}${tree === '' ? '' : ','}${more}]}}]`;
}

/** Hacker News through Algolia (`/api/v1/items/<id>`): the story with nested `children`. */
export function hnAlgoliaJson(shape: ThreadShape): string {
  const comments = plan(shape);
  const tree = nest(
    comments,
    (i) => {
      const c = comments[i] as Plan;
      const parent = c.parent < 0 ? 1 : (comments[c.parent] as Plan).id;
      return `{"id":${c.id},"created_at":${json(iso(c.time))},"created_at_i":${c.time},"type":"comment","author":${json(c.author)},"title":null,"url":null,"text":${json(paragraphsHtml(c.body))},"points":null,"parent_id":${parent},"story_id":1,"children":[`;
    },
    () => '',
    () => ']}',
  );
  return `{"id":1,"created_at":"2023-11-14T22:13:20.000Z","created_at_i":1700000000,"type":"story","author":"pg","title":"Council approves new rail line","url":"https://example.org/rail","text":null,"points":120,"parent_id":null,"story_id":1,"children":[${tree}]}`;
}

/** Discourse `/t/<id>.json`: a flat `post_stream` with `reply_to_post_number`, and stream ids not loaded. */
export function discourseJson(shape: ThreadShape): string {
  const comments = plan(shape);
  const posts = comments.map((c, i) => {
    const replyTo = c.parent < 0 ? 'null' : String(c.parent + 2);
    return `{"id":${c.id},"name":${json(c.author)},"username":${json(c.author.replace(/\W/gu, '_'))},"created_at":${json(iso(c.time))},"cooked":${json(paragraphsHtml(c.body))},"post_number":${i + 2},"reply_to_post_number":${replyTo},"reply_count":0,"score":${Math.abs(c.score)},"deleted_at":null,"hidden":false}`;
  });
  const first = `{"id":999,"name":"Editor","username":"editor","created_at":"2023-11-14T22:13:20.000Z","cooked":"<p>Discuss the rail line.</p>","post_number":1,"reply_to_post_number":null,"score":0}`;
  const stream = [999, ...comments.map((c) => c.id), 99_998, 99_999].join(',');
  return `{"id":42,"title":"Council approves new rail line","posts_count":${comments.length + 3},"post_stream":{"posts":[${[first, ...posts].join(',')}],"stream":[${stream}]}}`;
}

/** YouTube Data API v3 `commentThreads.list` with replies (one level, as YouTube has). */
export function youtubeJson(shape: ThreadShape): string {
  const comments = plan(shape);
  // Replies hang under their thread's top-level comment (plan order puts parents first).
  const top: number[] = comments.map(() => 0);
  const replies = new Map<number, number[]>();
  comments.forEach((c, i) => {
    top[i] = c.parent < 0 ? i : (top[c.parent] as number);
    if (c.parent >= 0) {
      const list = replies.get(top[i] as number) ?? [];
      list.push(i);
      replies.set(top[i] as number, list);
    }
  });
  const snippet = (c: Plan, parentId?: string): string =>
    `{"authorDisplayName":${json(`@${c.author}`)},"textDisplay":${json(escapeHtml(c.body).replace(/\n/gu, '<br>'))},"textOriginal":${json(c.body)},${parentId === undefined ? '' : `"parentId":${json(parentId)},`}"likeCount":${Math.max(0, c.score)},"publishedAt":${json(iso(c.time))},"updatedAt":${json(iso(c.time))}}`;
  const items = comments.flatMap((c, i) => {
    if (c.parent >= 0) return [];
    const id = `Ug${c.id}`;
    const own = replies.get(i) ?? [];
    const replyJson = own.map((r) => `{"kind":"youtube#comment","id":${json(`${id}.r${(comments[r] as Plan).id}`)},"snippet":${snippet(comments[r] as Plan, id)}}`);
    return [`{"kind":"youtube#commentThread","id":${json(id)},"snippet":{"videoId":"dQw4w9WgXcQ","topLevelComment":{"kind":"youtube#comment","id":${json(id)},"snippet":${snippet(c)}},"canReply":true,"totalReplyCount":${own.length},"isPublic":true},"replies":{"comments":[${replyJson.join(',')}]}}`];
  });
  return `{"kind":"youtube#commentThreadListResponse","nextPageToken":"QURTSl9p","pageInfo":{"totalResults":${items.length},"resultsPerPage":${items.length}},"items":[${items.join(',')}]}`;
}

/** Commento export: flat comments with `parentHex` (`root` for top level) and a commenters list. */
export function commentoJson(shape: ThreadShape): string {
  const comments = plan(shape);
  const hex = (c: Plan): string => c.id.toString(16).padStart(64, '0');
  const rows = comments.map((c) => {
    const parentHex = c.parent < 0 ? 'root' : hex(comments[c.parent] as Plan);
    return `{"commentHex":${json(hex(c))},"domain":"example.org","url":"/rail","commenterHex":${json(`${c.author.length}`.padStart(64, 'a'))},"markdown":${json(c.body)},"html":${json(paragraphsHtml(c.body))},"parentHex":${json(parentHex)},"score":${c.score},"state":"approved","creationDate":${json(iso(c.time))},"direction":0,"deleted":${c.author === 'deleted'}}`;
  });
  const commenters = [...new Set(comments.map((c) => c.author))].map(
    (name) => `{"commenterHex":${json(`${name.length}`.padStart(64, 'a'))},"email":"reader@example.org","name":${json(name)},"link":"undefined","photo":"undefined","provider":"commento","joinDate":"2021-03-12T11:21:56Z","isModerator":false}`,
  );
  return `{"version":1,"comments":[${rows.join(',')}],"commenters":[${commenters.join(',')}]}`;
}

/** WordPress eXtended RSS 1.2 export: one post whose `wp:comment` elements name their parent. */
export function wordpressWxr(shape: ThreadShape): string {
  const comments = plan(shape);
  const items = comments.map((c) => {
    const parent = c.parent < 0 ? 0 : (comments[c.parent] as Plan).id;
    const date = iso(c.time).replace('T', ' ').slice(0, 19);
    return `<wp:comment><wp:comment_id>${c.id}</wp:comment_id><wp:comment_author><![CDATA[${c.author}]]></wp:comment_author><wp:comment_author_email><![CDATA[reader@example.org]]></wp:comment_author_email><wp:comment_date><![CDATA[${date}]]></wp:comment_date><wp:comment_date_gmt><![CDATA[${date}]]></wp:comment_date_gmt><wp:comment_content><![CDATA[${c.body}]]></wp:comment_content><wp:comment_approved><![CDATA[${c.score < 0 ? 'spam' : '1'}]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Example News</title><wp:wxr_version>1.2</wp:wxr_version><item><title>Council approves new rail line</title><link>https://example.org/rail</link><dc:creator><![CDATA[editor]]></dc:creator><content:encoded><![CDATA[<p>The council voted 7–2.</p>]]></content:encoded><wp:post_id>7</wp:post_id><wp:post_type><![CDATA[post]]></wp:post_type>${items.join('\n')}</item></channel></rss>\n`;
}

/** Disqus export: the thread, then flat `post` elements with `dsq:id` parents. */
export function disqusXml(shape: ThreadShape): string {
  const comments = plan(shape);
  const posts = comments.map((c) => {
    const parent = c.parent < 0 ? '' : `<parent dsq:id="${(comments[c.parent] as Plan).id}"/>`;
    return `<post dsq:id="${c.id}"><id/><message><![CDATA[${paragraphsHtml(c.body)}]]></message><createdAt>${iso(c.time).slice(0, 19)}Z</createdAt><isDeleted>${c.author === 'deleted'}</isDeleted><isSpam>${c.score < -3}</isSpam><author><name>${escapeXml(c.author)}</name><isAnonymous>false</isAnonymous><username>${escapeXml(c.author.replace(/\W/gu, '_'))}</username></author><thread dsq:id="77"/>${parent}</post>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals"><category dsq:id="1"><forum>example</forum><title>General</title><isDefault>true</isDefault></category><thread dsq:id="77"><id/><forum>example</forum><category dsq:id="1"/><link>https://example.org/rail</link><title>Council approves new rail line</title><createdAt>2023-11-14T22:13:20Z</createdAt><author><name>Editor</name><isAnonymous>false</isAnonymous><username>editor</username></author><isClosed>false</isClosed><isDeleted>false</isDeleted></thread>\n${posts.join('\n')}\n</disqus>\n`;
}

/** A news page with WordPress core comment markup (`comment_class()` with `depth-N`). */
export function wordpressHtml(shape: ThreadShape): string {
  const comments = plan(shape);
  const depth = new Array<number>(comments.length);
  comments.forEach((c, i) => {
    depth[i] = c.parent < 0 ? 1 : (depth[c.parent] as number) + 1;
  });
  const tree = nest(
    comments,
    (i) => {
      const c = comments[i] as Plan;
      return `<li id="comment-${c.id}" class="comment ${i % 2 ? 'odd' : 'even'} depth-${depth[i]}"><article id="div-comment-${c.id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${escapeHtml(c.author)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${c.id}"><time datetime="${iso(c.time)}">${iso(c.time).slice(0, 10)}</time></a></div></footer><div class="comment-content">${paragraphsHtml(c.body)}</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article>`;
    },
    () => '<ol class="children">',
    () => '</ol></li>',
    '',
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves new rail line</title></head><body><article class="post"><h1>Council approves new rail line</h1><p>The council voted 7–2 on Tuesday. “It is a good day,” the mayor said.</p></article><div id="comments" class="comments-area"><h2 class="comments-title">${comments.length} thoughts on “Council approves new rail line”</h2><ol class="comment-list">${tree}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be published.</p></div></div></body></html>\n`;
}

/** A Hacker News item page: flat `comtr` rows whose `indent` attribute gives the depth. */
export function hnHtml(shape: ThreadShape): string {
  const comments = plan(shape);
  const depth = new Array<number>(comments.length);
  comments.forEach((c, i) => {
    depth[i] = c.parent < 0 ? 0 : (depth[c.parent] as number) + 1;
  });
  // HN lists comments in tree order; the plan is in time order, so walk the tree.
  const order: number[] = [];
  nest(comments, (i) => (order.push(i), ''), () => '', () => '', '');
  const rows = order.map((i) => {
    const c = comments[i] as Plan;
    return `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr><td class="ind" indent="${depth[i]}"><img src="s.gif" height="1" width="${(depth[i] as number) * 40}"></td><td valign="top" class="votelinks"><center><a id="up_${c.id}" href="vote?id=${c.id}&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${encodeURIComponent(c.author)}" class="hnuser">${escapeHtml(c.author)}</a> <span class="age" title="${iso(c.time).slice(0, 19)}"><a href="item?id=${c.id}">3 hours ago</a></span></span></div><br><div class="comment"><div class="commtext c00">${escapeHtml(c.body).replace(/\n\n/gu, '<p>')}</div><div class="reply"><p><font size="1"><u><a href="reply?id=${c.id}">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;
  });
  return `<html lang="en" op="item"><head><title>Council approves new rail line | Hacker News</title></head><body><center><table id="hnmain"><tr><td><table class="fatitem"><tr class="athing submission" id="1"><td class="title"><span class="titleline"><a href="https://example.org/rail">Council approves new rail line</a></span></td></tr></table><br><table class="comment-tree" border="0">${rows.join('')}</table></td></tr></table></center></body></html>\n`;
}

/** Plain text of a scraped comment section: author lines, bodies, chrome, separated by blank lines. */
export function textComments(shape: ThreadShape): string {
  const comments = plan(shape);
  return comments
    .map((c) => `${c.author}\n${c.parent >= 0 ? `@${(comments[c.parent] as Plan).author} ` : ''}${c.body}\nReply`)
    .join('\n\n\n');
}

/** Every generator by the comment format name the parsers use. */
export const FORMAT_GENERATORS: Readonly<Record<string, (shape: ThreadShape) => string>> = {
  text: textComments,
  html: wordpressHtml,
  'wordpress-wxr': wordpressWxr,
  'disqus-xml': disqusXml,
  'reddit-json': redditJson,
  'hn-algolia-json': hnAlgoliaJson,
  'hn-html': hnHtml,
  'discourse-json': discourseJson,
  'youtube-json': youtubeJson,
  'commento-json': commentoJson,
};

/** A thread in `format` of about `chars` characters (by comment count, measured on a sample). */
export function threadOfSize(format: string, chars: number, seed = 1): string {
  const generate = FORMAT_GENERATORS[format];
  if (generate === undefined) throw new Error(`No generator for comment format ${format}`);
  const sample = generate({ count: 200, seed });
  const count = Math.max(1, Math.round((200 * chars) / sample.length));
  return generate({ count, seed });
}

