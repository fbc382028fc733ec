import { assertString } from '../text/assert.js';
import type { TextSpan } from '../text/span.js';
import { readTextCommentPage } from './parse-text.js';

/** Where the comment section of a scraped page begins. */
export interface CommentSection {
  /** Offset where the section begins: the start of its header line, or of the first widget line. */
  readonly start: number;
  /** The header line (`3 Comments`, `Kommentare`), or `null` when only widget text marked it. */
  readonly header: TextSpan | null;
}

/**
 * Finds where the reader comments begin in a page copied as text (the article first, then the
 * comments). The section begins at the last header line (`Comments`, `3 Kommentare`, `5 thoughts
 * on “…”`) that still has comment text after it, so a `Comments` link in the navigation at the top
 * does not swallow the article; without a header, at the first comment-widget line (`Leave a Reply`,
 * `Subscribe`, `Notify of`).
 *
 * @param text - The scraped page.
 * @returns The section's start, or `null` when nothing marks a comment section.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * findCommentSection('Storm hits coast.\n\n2 Comments\n\nJane\nStay safe!')?.start // 19
 * ```
 */
export function findCommentSection(text: string): CommentSection | null {
  assertString(text, 'text');
  // The text parser's classification of the lines, without reading the comments.
  return readTextCommentPage(text).section;
}
