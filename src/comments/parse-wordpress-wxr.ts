import { assertString } from '../text/assert.js';
import { ThreadBuilder, type CommentRecord } from './build-thread.js';
import { finishThread, toCommentRecord } from './comment-record.js';
import type { CommentStatus, CommentThread, CommentWarning, ParseCommentsOptions } from './types.js';
import { childText, readXmlRecords, xmlProblemHandler, type XmlElement } from './xml-records.js';

/** `wp:comment_approved` values and the status each means (a missing value is `visible`). */
const APPROVAL_STATUS: ReadonlyMap<string, CommentStatus> = new Map([
  ['1', 'visible'],
  ['approve', 'visible'],
  ['0', 'pending'],
  ['hold', 'pending'],
  ['spam', 'spam'],
  ['trash', 'deleted'],
  ['post-trashed', 'deleted'],
]);

/** The elements of a comment this parser reads; the rest (e-mail, IP address, meta) are skipped. */
const COMMENT_FIELDS: ReadonlySet<string> = new Set([
  'wp:comment_id',
  'wp:comment_parent',
  'wp:comment_author',
  'wp:comment_content',
  'wp:comment_approved',
  'wp:comment_date',
  'wp:comment_date_gmt',
]);

/** WordPress writes this for a time it never set (pending comments' GMT time). */
const ZERO_DATE = '0000-00-00 00:00:00';

/**
 * Parses a WordPress eXtended RSS (WXR) export: every `<wp:comment>` of every post, page and
 * attachment, joined by `wp:comment_parent` (`0` = top level; ids are unique across the site, so
 * all posts share one thread result, each post's top-level comments among the roots). Pingbacks
 * and trackbacks are comments too. `wp:comment_approved` gives the status (`0` pending, `spam`,
 * `trash` deleted); the time is `wp:comment_date_gmt` (UTC), or the zone-less local
 * `wp:comment_date` when the GMT time was never set. The body is read as WordPress renders it:
 * a newline is a line break, a blank line a paragraph break.
 *
 * The XML is read by htmlparser2 in XML mode. Malformed XML throws a `MalformedInputError` in
 * strict mode; otherwise every comment that can be read is kept and each problem is a warning.
 *
 * @param input - The WXR file's text.
 * @param options - `strict: true` throws on malformed XML.
 * @returns The comments of the whole export.
 * @example
 * ```ts
 * const thread = parseWordpressWxr(readFileSync('site.WordPress.xml', 'utf8'))
 * thread.comments.filter((comment) => comment.status === 'pending')
 * ```
 */
export function parseWordpressWxr(input: string, options: ParseCommentsOptions = {}): CommentThread {
  assertString(input, 'input');
  const warnings: CommentWarning[] = [];
  const thread = new ThreadBuilder();
  readXmlRecords(input, {
    isRecord: (name) => name === 'wp:comment',
    keep: (name) => COMMENT_FIELDS.has(name),
    onRecord: (element) => thread.add(readComment(element, thread.size, warnings)),
    onProblem: xmlProblemHandler(options.strict === true, warnings),
  });
  // An export of posts without comments is valid, but a caller should not mistake it for a parse that found nothing to read.
  if (thread.size === 0) warnings.push({ code: 'no-comments', message: 'The export holds no <wp:comment> elements: no comments to read.' });
  return finishThread('wordpress-wxr', thread, warnings);
}

function readComment(element: XmlElement, index: number, warnings: CommentWarning[]): CommentRecord {
  let id = childText(element, 'wp:comment_id');
  if (id === undefined || id === '') {
    id = `wxr-${index + 1}`;
    warnings.push({ code: 'missing-id', message: `A comment has no wp:comment_id; called it ${id}.`, start: element.start, end: element.end });
  }
  const parent = childText(element, 'wp:comment_parent');
  const approved = childText(element, 'wp:comment_approved') ?? '1';
  const status = APPROVAL_STATUS.get(approved);
  if (status === undefined) {
    warnings.push({ code: 'invalid-field', message: `Comment ${id} has wp:comment_approved ${JSON.stringify(approved)}; read as visible.`, start: element.start, end: element.end });
  }
  const gmt = childText(element, 'wp:comment_date_gmt');
  const useGmt = gmt !== undefined && gmt !== '' && gmt !== ZERO_DATE;
  const author = childText(element, 'wp:comment_author');
  return toCommentRecord(
    {
      id,
      parentId: parent === undefined || parent === '' || parent === '0' ? null : parent,
      author: author === undefined || author === '' ? null : author,
      status: status ?? 'visible',
      html: childText(element, 'wp:comment_content'),
      newlines: 'keep',
      time: useGmt ? gmt : childText(element, 'wp:comment_date'),
      timeIsUtc: useGmt,
    },
    warnings,
  );
}
