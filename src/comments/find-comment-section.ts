import { assertString } from '../text/assert.js';
import { splitLines } from '../text/lines.js';
import { trimSpan, type TextSpan } from '../text/span.js';
import { SECTION_OPENERS } from './data/chrome-phrases.js';
import { classifyLine, type LineKind } from './text/classify-line.js';
import { lineKey } from './text/fold.js';

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
  const lines = splitLines(text)
    .filter((line) => !line.blank)
    .map((line) => trimSpan(text, line.start, line.end));
  const found = sectionLines(
    lines.map((line) => classifyLine(line.text).kind),
    lines.length,
    (index) => (lines[index] as TextSpan).text,
  );
  return found === null ? null : { start: (lines[found.first] as TextSpan).start, header: found.header < 0 ? null : (lines[found.header] as TextSpan) };
}

/** Where a comment section begins, as indices of the page's non-blank lines. */
export interface SectionLines {
  /** The section's first line: its header, or the widget lines right above it, or the opening widget line. */
  readonly first: number;
  /** The header line, or -1 when only widget text marked the section. */
  readonly header: number;
}

/**
 * {@link findCommentSection} on lines already classified (the text parser has them), reading only
 * the kinds of the lines and the text of a few: a long scrape's lines need not be objects.
 *
 * @param kinds - The kind of each non-blank line.
 * @param count - How many of the lines to consider (the first `count`).
 * @param textAt - The trimmed text of a line, by index.
 * @returns The indices of the section's first line and header, or `null`.
 */
export function sectionLines(kinds: readonly LineKind[], count: number, textAt: (index: number) => string): SectionLines | null {
  let chosen = -1;
  let fallback = -1;
  let textAfter = false;
  for (let index = count - 1; index >= 0; index--) {
    const kind = kinds[index];
    if (kind === 'text') textAfter = true;
    else if (kind === 'header') {
      if (fallback < 0) fallback = index;
      if (textAfter) {
        chosen = index;
        break;
      }
    }
  }
  if (chosen < 0) chosen = fallback;
  if (chosen < 0) {
    const opener = firstOpenerBeforeText(kinds, count, textAt);
    return opener < 0 ? null : { first: opener, header: -1 };
  }
  // Widget lines right above the header (a wpDiscuz form: Subscribe, Notify of, …) belong to it.
  let first = chosen;
  while (first > 0 && kinds[first - 1] !== 'text') first--;
  return { first, header: chosen };
}

let openers: Set<string> | undefined;

/** The first section-opening widget line (`Leave a Reply`, `Subscribe`) that has comment text after it, or -1. */
function firstOpenerBeforeText(kinds: readonly LineKind[], count: number, textAt: (index: number) => string): number {
  openers ??= new Set(SECTION_OPENERS.map(lineKey));
  let lastText = count - 1;
  while (lastText >= 0 && kinds[lastText] !== 'text') lastText--;
  for (let index = 0; index < lastText; index++) {
    if (kinds[index] === 'widget' && openers.has(lineKey(textAt(index)))) return index;
  }
  return -1;
}
