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
  return locateCommentSection(
    lines,
    lines.map((line) => classifyLine(line.text).kind),
  );
}

/**
 * {@link findCommentSection} on lines already trimmed and classified (the text parser has them).
 *
 * @param lines - The non-blank lines, trimmed.
 * @param kinds - Each line's kind.
 * @returns The section's start, or `null`.
 */
export function locateCommentSection(lines: readonly TextSpan[], kinds: readonly LineKind[]): CommentSection | null {
  let chosen = -1;
  let fallback = -1;
  let textAfter = false;
  for (let index = kinds.length - 1; index >= 0; index--) {
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
    const opener = firstOpenerBeforeText(lines, kinds);
    return opener === null ? null : { start: opener.start, header: null };
  }
  // Widget lines right above the header (a wpDiscuz form: Subscribe, Notify of, …) belong to it.
  let first = chosen;
  while (first > 0 && kinds[first - 1] !== 'text') first--;
  return { start: (lines[first] as TextSpan).start, header: lines[chosen] as TextSpan };
}

let openers: Set<string> | undefined;

/** The first section-opening widget line (`Leave a Reply`, `Subscribe`) that has comment text after it. */
function firstOpenerBeforeText(lines: readonly TextSpan[], kinds: readonly LineKind[]): TextSpan | null {
  openers ??= new Set(SECTION_OPENERS.map(lineKey));
  let lastText = -1;
  kinds.forEach((kind, index) => {
    if (kind === 'text') lastText = index;
  });
  for (let index = 0; index < lastText; index++) {
    const line = lines[index] as TextSpan;
    if (kinds[index] === 'widget' && openers.has(lineKey(line.text))) return line;
  }
  return null;
}
