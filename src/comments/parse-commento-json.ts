import { ThreadBuilder } from './build-thread.js';
import { finishThread, toCommentRecord } from './comment-record.js';
import { arrayField, field, idField, readJsonInput, stringField, numberField } from './json-input.js';
import type { CommentStatus, CommentThread, ParseCommentsOptions } from './types.js';

/** Commento's parent id for a top-level comment. */
const ROOT = 'root';
/** Commento's commenter id for a comment posted without an account. */
const ANONYMOUS = 'anonymous';

/** Commento's `state` values and the status each means (`flagged` is its spam filter's verdict). */
const STATES: ReadonlyMap<string, CommentStatus> = new Map([
  ['approved', 'visible'],
  ['unapproved', 'pending'],
  ['flagged', 'spam'],
]);

/**
 * Parses a Commento export (`{ version, comments, commenters }`): flat comments joined by
 * `parentHex` (`"root"` for top level), authors resolved through `commenters` (anonymous comments
 * have `author: null`). An export covers every page of a site; all of them land in one thread,
 * each page's top-level comments among the roots. Text comes from `html` when the export has
 * rendered it, else from `markdown` as written.
 *
 * @param input - The JSON text, or the value already parsed.
 * @param options - `strict: true` throws a `MalformedInputError` on malformed JSON.
 * @returns The thread.
 * @example
 * ```ts
 * const thread = parseCommentoJson(exportText)
 * thread.roots.length // top-level comments across all pages
 * ```
 */
export function parseCommentoJson(input: string | object, options: ParseCommentsOptions = {}): CommentThread {
  const { value, warnings } = readJsonInput(input, options.strict === true);
  const names = new Map<string, string>();
  for (const commenter of arrayField(value, 'commenters')) {
    const hex = stringField(commenter, 'commenterHex');
    const name = stringField(commenter, 'name');
    if (hex !== undefined && name !== undefined) names.set(hex, name);
  }
  if (!Array.isArray(field(value, 'comments'))) warnings.push({ code: 'unrecognised-input', message: 'The input has no Commento `comments` array.' });

  const thread = new ThreadBuilder();
  for (const comment of arrayField(value, 'comments')) {
    const id = idField(comment, 'commentHex');
    if (id === undefined) {
      warnings.push({ code: 'malformed-record', message: 'Skipped a Commento comment without a commentHex.' });
      continue;
    }
    const parent = stringField(comment, 'parentHex');
    const commenter = stringField(comment, 'commenterHex');
    const html = stringField(comment, 'html');
    thread.add(
      toCommentRecord(
        {
          id,
          parentId: parent === undefined || parent === ROOT ? null : parent,
          author: commenter === undefined || commenter === ANONYMOUS ? null : (names.get(commenter) ?? null),
          status: field(comment, 'deleted') === true ? 'deleted' : (STATES.get(stringField(comment, 'state') ?? 'approved') ?? 'visible'),
          html,
          text: html === undefined || html.trim() === '' ? (stringField(comment, 'markdown') ?? '').trim() : undefined,
          time: stringField(comment, 'creationDate'),
          score: numberField(comment, 'score'),
        },
        warnings,
      ),
    );
  }
  return finishThread('commento-json', thread, warnings);
}
