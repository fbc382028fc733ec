import type { CommentRecord, ThreadBuilder } from './build-thread.js';
import { htmlToText, type HtmlToTextOptions } from './html-to-text.js';
import { readTimestamp } from './timestamp.js';
import type { CommentFormat, CommentStatus, CommentThread, CommentWarning, UnloadedComments } from './types.js';

/** What a format parser reads from one record, before it becomes a `CommentRecord`. */
export interface RecordFields {
  /** The source's id for the comment. */
  readonly id: string;
  /** The source's id for the comment it replies to; `null` for a top-level comment. */
  readonly parentId: string | null;
  /** The display name, or `null` when the source gives none. */
  readonly author: string | null;
  /** Whether the source shows, hides or holds back the comment. */
  readonly status: CommentStatus;
  /** The HTML body; `text` is derived from it unless given. */
  readonly html?: string | undefined;
  /** How the HTML body treats newlines. */
  readonly newlines?: HtmlToTextOptions['newlines'];
  /** Plain text, when the source has no HTML body. */
  readonly text?: string | undefined;
  /** The time as the source wrote it: a string or Unix seconds. */
  readonly time?: string | number | undefined;
  /** The time is UTC although it carries no zone. */
  readonly timeIsUtc?: boolean;
  /** Votes or likes, when the source counts them. */
  readonly score?: number | undefined;
}

/**
 * Builds a comment record from what a parser read: plain text from the HTML body, ISO time from the
 * raw time (with a warning when the raw time cannot be read), and no `undefined`-valued keys.
 *
 * @param fields - What the parser read.
 * @param warnings - Where an unreadable time is reported.
 * @returns The record, ready for a `ThreadBuilder`.
 */
export function toCommentRecord(fields: RecordFields, warnings: CommentWarning[]): CommentRecord {
  const html = fields.html === undefined || fields.html.trim() === '' ? undefined : fields.html;
  const text = fields.text ?? (html === undefined ? '' : htmlToText(html, fields.newlines === undefined ? {} : { newlines: fields.newlines }));
  const record: { -readonly [K in keyof CommentRecord]: CommentRecord[K] } = {
    id: fields.id,
    parentId: fields.parentId,
    author: fields.author,
    text,
    status: fields.status,
  };
  if (html !== undefined) record.html = html;
  if (fields.time !== undefined && fields.time !== '') {
    record.publishedRaw = String(fields.time);
    const iso = readTimestamp(fields.time, { assumeUtc: fields.timeIsUtc === true });
    if (iso === undefined) warnings.push({ code: 'invalid-date', message: `Comment ${fields.id} has an unreadable time ${JSON.stringify(record.publishedRaw)}; publishedAt left out.` });
    else record.publishedAt = iso;
  }
  if (fields.score !== undefined) record.score = fields.score;
  return record;
}

/**
 * Builds the thread result from a parser's records, warnings and unloaded parts.
 *
 * @param format - The input format.
 * @param thread - The builder the parser added its records to, in document order.
 * @param warnings - What the parser skipped or repaired.
 * @param unloaded - What the source says exists but did not include.
 * @returns The finished thread.
 */
export function finishThread(
  format: CommentFormat,
  thread: ThreadBuilder,
  warnings: readonly CommentWarning[],
  unloaded: readonly UnloadedComments[] = [],
): CommentThread {
  const built = thread.finish();
  return { format, comments: built.comments, roots: built.roots, boilerplate: [], warnings: inDocumentOrder([...warnings, ...built.warnings]), unloaded };
}

/** Warnings with offsets sorted by position (stable, so those without offsets keep their place after them). */
function inDocumentOrder(warnings: CommentWarning[]): CommentWarning[] {
  return warnings
    .map((warning, index) => ({ warning, index }))
    .sort((a, b) => (a.warning.start ?? Infinity) - (b.warning.start ?? Infinity) || a.index - b.index)
    .map(({ warning }) => warning);
}
