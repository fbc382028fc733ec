import { IntegerIndex } from '../text/integer-index.js';
import { ThreadBuilder } from './build-thread.js';
import { finishThread, toCommentRecord } from './comment-record.js';
import { arrayField, field, idField, isJsonObject, numberField, readJsonInput, stringField } from './json-input.js';
import type { CommentStatus, CommentThread, ParseCommentsOptions, UnloadedComments } from './types.js';

/** Discourse's action type id for a like, in `actions_summary`. */
const LIKE_ACTION = 2;

/**
 * Parses a Discourse topic as `/t/<id>.json` returns it. Post 1 opens the topic (the article) and
 * is not a comment; later posts are, with `reply_to_post_number` as the parent (absent or 1: top
 * level). Ids are post ids; a reply to a post that is not in the payload keeps `parentId`
 * `#<post_number>` and is reported as an orphan. `post_stream.stream` lists every post id while
 * `posts` holds only the first page: the ids left out are reported in `unloaded` (kind `stream`).
 * The author is the username (what Discourse shows first by default), or the full name when there
 * is none; `score` is the like count.
 *
 * @param input - The JSON text, or the value already parsed.
 * @param options - `strict: true` throws a `MalformedInputError` on malformed JSON.
 * @returns The thread of replies, with the unloaded post ids.
 * @example
 * ```ts
 * const thread = parseDiscourseJson(await (await fetch('https://meta.discourse.org/t/1234.json')).text())
 * thread.unloaded[0]?.ids // post ids still to fetch from /t/1234/posts.json
 * ```
 */
export function parseDiscourseJson(input: string | object, options: ParseCommentsOptions = {}): CommentThread {
  const { value, warnings } = readJsonInput(input, options.strict === true);
  const postStream = field(value, 'post_stream');
  if (!isJsonObject(postStream)) warnings.push({ code: 'unrecognised-input', message: 'The input has no Discourse `post_stream`.' });
  const posts = arrayField(postStream, 'posts');

  // Post ids by post number, for replies, and the ids loaded, for the stream: both read in one
  // pass before the records. `loaded` holds the ids as JSON wrote them (numbers, as Discourse
  // does), not as strings: no string is made per id, and a number is looked up without reading
  // a string from memory, which on a large topic is no longer in the cache. Post numbers count
  // up from 1 with gaps, so they index slots. Numbers past twice the post count go to the map
  // inside the index: on a later page of a long topic that is every number, and the page is small.
  const idByNumber = new IntegerIndex<string>(2 * posts.length + 16);
  const loaded = new Set<unknown>();
  for (const post of posts) {
    const id = idField(post, 'id');
    if (id === undefined) continue;
    loaded.add(idKey(field(post, 'id')));
    const number = numberField(post, 'post_number');
    if (number !== undefined) idByNumber.set(number, id);
  }

  const thread = new ThreadBuilder();
  for (const post of posts) {
    const id = idField(post, 'id');
    if (id === undefined) {
      warnings.push({ code: 'malformed-record', message: 'Skipped a Discourse post without an id.' });
      continue;
    }
    if (numberField(post, 'post_number') === 1) continue; // the opening post is the topic itself
    const replyTo = numberField(post, 'reply_to_post_number');
    thread.add(
      toCommentRecord(
        {
          id,
          parentId: replyTo === undefined || replyTo === 1 ? null : (idByNumber.get(replyTo) ?? `#${replyTo}`),
          author: stringField(post, 'username') ?? stringField(post, 'name') ?? null,
          status: readStatus(post),
          html: stringField(post, 'cooked'),
          time: stringField(post, 'created_at'),
          score: numberField(post, 'like_count') ?? likeCount(post),
        },
        warnings,
      ),
    );
  }

  const missing: string[] = [];
  for (const id of arrayField(postStream, 'stream')) {
    if ((typeof id === 'number' || typeof id === 'string') && !loaded.has(idKey(id))) missing.push(String(id));
  }
  const unloaded: UnloadedComments[] =
    missing.length === 0 ? [] : [{ kind: 'stream', parentId: null, ids: missing, count: missing.length, note: 'Post ids in post_stream.stream that the payload does not include.' }];
  return finishThread('discourse-json', thread, warnings, unloaded);
}

/**
 * One key for the spellings of an id that read the same as a string: `5` and `"5"` (a stream may
 * write numbers where the posts write strings), but not `"05"`. Numbers stay numbers.
 */
function idKey(id: unknown): unknown {
  if (typeof id !== 'string') return id;
  const number = Number(id);
  return String(number) === id ? number : id;
}

function readStatus(post: unknown): CommentStatus {
  if (stringField(post, 'deleted_at') !== undefined || field(post, 'user_deleted') === true) return 'deleted';
  if (field(post, 'hidden') === true) return 'removed';
  return 'visible';
}

function likeCount(post: unknown): number | undefined {
  const like = arrayField(post, 'actions_summary').find((action) => numberField(action, 'id') === LIKE_ACTION);
  return numberField(like, 'count');
}
