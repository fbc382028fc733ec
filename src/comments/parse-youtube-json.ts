import { ThreadBuilder, type CommentRecord } from './build-thread.js';
import { finishThread, toCommentRecord } from './comment-record.js';
import { arrayField, field, idField, isJsonObject, numberField, readJsonInput, stringField } from './json-input.js';
import type { CommentStatus, CommentThread, CommentWarning, ParseCommentsOptions, UnloadedComments } from './types.js';

/** YouTube's `moderationStatus` values and the status each means. */
const MODERATION_STATUS: ReadonlyMap<string, CommentStatus> = new Map([
  ['published', 'visible'],
  ['heldForReview', 'pending'],
  ['likelySpam', 'spam'],
  ['rejected', 'removed'],
]);

/**
 * Parses a YouTube Data API `commentThreads.list` response (`items` of `youtube#commentThread`,
 * each a `topLevelComment` and the `replies.comments` the API chose to include), a single comment
 * thread, or a `comments.list` response of replies. When `totalReplyCount` is larger than the
 * replies included, the difference is reported in `unloaded` (fetch them with `comments.list`), and
 * a `nextPageToken` is reported as a further page. Text is read from `textDisplay` (HTML), else
 * `textOriginal`; `score` is the like count; `moderationStatus` gives pending, spam and removed.
 *
 * @param input - The JSON text, or the value already parsed.
 * @param options - `strict: true` throws a `MalformedInputError` on malformed JSON.
 * @returns The thread, with `unloaded` for replies and pages not included.
 * @example
 * ```ts
 * const thread = parseYoutubeJson(await (await fetch(commentThreadsUrl)).text())
 * thread.unloaded // [{ kind: 'more', parentId: 'Ugx…', ids: [], count: 12, … }]
 * ```
 */
export function parseYoutubeJson(input: string | object, options: ParseCommentsOptions = {}): CommentThread {
  const { value, warnings } = readJsonInput(input, options.strict === true);
  const thread = new ThreadBuilder();
  const unloaded: UnloadedComments[] = [];
  const items = Array.isArray(value) ? value : Array.isArray(field(value, 'items')) ? arrayField(value, 'items') : [value];

  for (const item of items) {
    const kind = stringField(item, 'kind');
    if (kind === 'youtube#comment') {
      const record = readComment(item, warnings);
      if (record !== null) thread.add(record);
      continue;
    }
    const snippet = field(item, 'snippet');
    const topLevel = readComment(field(snippet, 'topLevelComment'), warnings, null);
    if (topLevel === null) continue;
    thread.add(topLevel);
    const replies = arrayField(field(item, 'replies'), 'comments');
    for (const reply of replies) {
      const record = readComment(reply, warnings, topLevel.id);
      if (record !== null) thread.add(record);
    }
    const total = numberField(snippet, 'totalReplyCount');
    if (total !== undefined && total > replies.length) {
      unloaded.push({ kind: 'more', parentId: topLevel.id, ids: [], count: total - replies.length, note: 'Replies not included in the thread; fetch them with comments.list.' });
    }
  }
  const nextPage = stringField(value, 'nextPageToken');
  if (nextPage !== undefined) unloaded.push({ kind: 'page', parentId: null, ids: [], count: null, note: `More comment threads: pageToken ${nextPage}.` });
  if (items.length > 0 && thread.size === 0 && !isJsonObject(field(items[0], 'snippet'))) {
    warnings.push({ code: 'unrecognised-input', message: 'The input holds no YouTube comment threads.' });
  }
  return finishThread('youtube-json', thread, warnings, unloaded);
}

/** Reads one `youtube#comment`; `parentId` overrides the snippet's own (absent on top-level comments). */
function readComment(comment: unknown, warnings: CommentWarning[], parentId?: string | null): CommentRecord | null {
  const id = idField(comment, 'id');
  const snippet = field(comment, 'snippet');
  if (id === undefined || !isJsonObject(snippet)) {
    warnings.push({ code: 'malformed-record', message: `Skipped a YouTube comment ${id ?? 'without an id'} that has no snippet.` });
    return null;
  }
  const html = stringField(snippet, 'textDisplay');
  return toCommentRecord(
    {
      id,
      parentId: parentId === undefined ? (stringField(snippet, 'parentId') ?? null) : parentId,
      author: stringField(snippet, 'authorDisplayName') ?? null,
      status: MODERATION_STATUS.get(stringField(snippet, 'moderationStatus') ?? 'published') ?? 'visible',
      html,
      text: html === undefined ? (stringField(snippet, 'textOriginal') ?? '') : undefined,
      time: stringField(snippet, 'publishedAt'),
      score: numberField(snippet, 'likeCount'),
    },
    warnings,
  );
}
