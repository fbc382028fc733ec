import { decodeHTML } from 'entities/decode';
import { ThreadBuilder, type CommentRecord } from './build-thread.js';
import { PreOrderWalk } from './pre-order-walk.js';
import { finishThread, toCommentRecord } from './comment-record.js';
import { arrayField, field, idField, isJsonObject, numberField, readJsonInput, stringField } from './json-input.js';
import type { CommentStatus, CommentThread, CommentWarning, ParseCommentsOptions, UnloadedComments } from './types.js';

/** What Reddit writes in place of a gone author or body. */
const DELETED = '[deleted]';
const REMOVED = '[removed]';

/**
 * Parses a Reddit comment page as the API returns it (`/comments/<id>.json`: a submission listing
 * and a comment listing; a single listing also works). Replies are read from each comment's nested
 * `replies` listing without recursion, so any depth is fine. `more` stubs become `unloaded` entries
 * with their ids and count (`continue this thread` stubs too); `[deleted]` and `[removed]` bodies
 * become the `deleted` and `removed` statuses with empty text, and a `[deleted]` author becomes
 * `null`. Comment ids are Reddit's short ids (`c9x2k1`), parents likewise; a reply to the
 * submission is top level.
 *
 * @param input - The JSON text, or the value already parsed.
 * @param options - `strict: true` throws a `MalformedInputError` on malformed JSON.
 * @returns The thread, with `unloaded` for every `more` stub.
 * @example
 * ```ts
 * const thread = parseRedditJson(await (await fetch(url + '.json')).text())
 * thread.comments[0]?.author // 'johnnwho'
 * ```
 */
export function parseRedditJson(input: string | object, options: ParseCommentsOptions = {}): CommentThread {
  const { value, warnings } = readJsonInput(input, options.strict === true);
  const thread = new ThreadBuilder();
  const unloaded: UnloadedComments[] = [];

  const walk = new PreOrderWalk();
  const childrenOf = (listing: unknown): readonly unknown[] => arrayField(field(listing, 'data'), 'children');
  const listings = Array.isArray(value) ? value : [value];
  // Last listing first: the walk takes what was pushed last first.
  for (let index = listings.length - 1; index >= 0; index--) walk.push(childrenOf(listings[index]), null);
  if (!listings.some((listing) => stringField(listing, 'kind') === 'Listing')) {
    warnings.push({ code: 'unrecognised-input', message: 'The input holds no Reddit Listing.' });
  }

  while (walk.hasNext()) {
    const thing = walk.next();
    const parentId = walk.parentId;
    const kind = stringField(thing, 'kind');
    const data = field(thing, 'data');
    if (kind === 't3') continue; // the submission itself, not a comment
    if (!isJsonObject(data) || (kind !== 't1' && kind !== 'more')) {
      warnings.push({ code: 'malformed-record', message: `Skipped a Reddit thing of kind ${JSON.stringify(kind ?? null)} without readable data.` });
      continue;
    }
    if (kind === 'more') {
      unloaded.push(readMore(data, parentId));
      continue;
    }
    const record = readComment(data, parentId, warnings);
    if (record === null) continue;
    thread.add(record);
    const replies = field(data, 'replies');
    if (isJsonObject(replies)) walk.push(childrenOf(replies), record.id);
  }
  return finishThread('reddit-json', thread, warnings, unloaded);
}

function readComment(data: object, structuralParent: string | null, warnings: CommentWarning[]): CommentRecord | null {
  const id = idField(data, 'id') ?? stripPrefix(stringField(data, 'name'));
  if (id === undefined) {
    warnings.push({ code: 'malformed-record', message: 'Skipped a Reddit comment without an id.' });
    return null;
  }
  const parentId = readParent(data, structuralParent);
  const author = stringField(data, 'author');
  const body = stringField(data, 'body');
  const status = readStatus(data, body);
  const bodyHtml = stringField(data, 'body_html');
  const gone = status === 'deleted' || status === 'removed';
  return toCommentRecord(
    {
      id,
      parentId,
      author: author === undefined || author === DELETED ? null : author,
      status,
      // body_html is entity-escaped HTML; the markdown body is the fallback.
      html: gone || bodyHtml === undefined ? undefined : decodeHTML(bodyHtml),
      text: gone ? '' : bodyHtml === undefined ? (body ?? '') : undefined,
      time: numberField(data, 'created_utc') ?? numberField(data, 'created'),
      score: field(data, 'score_hidden') === true ? undefined : numberField(data, 'score'),
    },
    warnings,
  );
}

function readStatus(data: object, body: string | undefined): CommentStatus {
  if (field(data, 'spam') === true) return 'spam';
  if (body === REMOVED) return 'removed';
  if (body === DELETED) return 'deleted';
  return 'visible';
}

function readMore(data: object, structuralParent: string | null): UnloadedComments {
  const ids = arrayField(data, 'children').filter((id): id is string => typeof id === 'string');
  const parentId = readParent(data, structuralParent);
  const count = numberField(data, 'count') ?? null;
  // `id: "_"` with no children is Reddit's "continue this thread" link.
  const note = idField(data, 'id') === '_' || ids.length === 0 ? 'continue this thread' : `load ${count ?? ids.length} more comments`;
  return { kind: 'more', parentId, ids, count, note };
}

/** `parent_id` names a comment (`t1_…`) or the submission (`t3_…`, top level); nesting is the fallback. */
function readParent(data: object, structuralParent: string | null): string | null {
  const declared = stringField(data, 'parent_id');
  if (declared === undefined) return structuralParent;
  return declared.startsWith('t1_') ? declared.slice(3) : null;
}

function stripPrefix(fullname: string | undefined): string | undefined {
  if (fullname === undefined) return undefined;
  const underscore = fullname.indexOf('_');
  return underscore < 0 ? fullname : fullname.slice(underscore + 1);
}
