import { ThreadBuilder } from './build-thread.js';
import { PreOrderWalk } from './pre-order-walk.js';
import { finishThread, toCommentRecord } from './comment-record.js';
import { arrayField, field, idField, isJsonObject, numberField, readJsonInput, stringField } from './json-input.js';
import type { CommentStatus, CommentThread, ParseCommentsOptions } from './types.js';

/**
 * Parses a Hacker News item as the Algolia items API returns it (`/api/v1/items/<id>`): the item
 * (a story, poll or comment) with its replies nested in `children` to any depth. The item itself
 * is the subject of the thread, not a comment: its direct replies are the top-level comments. The
 * nesting is walked with an explicit stack, so 10,000-deep reply chains are fine. A reply with
 * neither author nor text is a deleted (or dead) comment.
 *
 * @param input - The JSON text, or the value already parsed.
 * @param options - `strict: true` throws a `MalformedInputError` on malformed JSON.
 * @returns The thread of replies to the item.
 * @example
 * ```ts
 * const thread = parseHackerNewsJson('{"id":1,"type":"story","children":[{"id":2,"type":"comment","author":"pg","text":"<p>Hi</p>","children":[]}]}')
 * thread.comments[0]?.text // 'Hi'
 * ```
 */
export function parseHackerNewsJson(input: string | object, options: ParseCommentsOptions = {}): CommentThread {
  const { value, warnings } = readJsonInput(input, options.strict === true);
  const thread = new ThreadBuilder();
  if (!isJsonObject(value) || !Array.isArray(field(value, 'children'))) {
    warnings.push({ code: 'unrecognised-input', message: 'The input is not a Hacker News item with `children`.' });
  }
  const walk = new PreOrderWalk();
  walk.push(arrayField(value, 'children'), null);
  while (walk.hasNext()) {
    const item = walk.next();
    const parentId = walk.parentId;
    const id = idField(item, 'id');
    const type = stringField(item, 'type') ?? 'comment';
    if (id === undefined || type !== 'comment') {
      warnings.push({ code: 'malformed-record', message: `Skipped a Hacker News child ${id === undefined ? 'without an id' : `${id} of type ${type}`}.` });
      continue;
    }
    const author = stringField(item, 'author') ?? stringField(item, 'by') ?? null;
    const html = stringField(item, 'text');
    thread.add(
      toCommentRecord(
        {
          id,
          parentId,
          author,
          status: readStatus(item, author, html),
          html,
          time: stringField(item, 'created_at') ?? numberField(item, 'created_at_i') ?? numberField(item, 'time'),
          score: numberField(item, 'points') ?? numberField(item, 'score'),
        },
        warnings,
      ),
    );
    walk.push(arrayField(item, 'children'), id);
  }
  return finishThread('hn-algolia-json', thread, warnings);
}

function readStatus(item: unknown, author: string | null, html: string | undefined): CommentStatus {
  // The official API flags `deleted` and `dead`; Algolia just empties author and text.
  if (field(item, 'dead') === true) return 'removed';
  if (field(item, 'deleted') === true || (author === null && html === undefined)) return 'deleted';
  return 'visible';
}
