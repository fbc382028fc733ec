import { SECTION_OPENERS } from '../data/chrome-phrases.js';
import { lineKey } from './fold.js';
import type { LineTable } from './line-table.js';

/** Where a comment section begins, as indices of the page's non-blank lines. */
export interface SectionLines {
  /** The section's first line: its header, or the widget lines right above it, or the opening widget line. */
  readonly first: number;
  /** The header line, or -1 when only widget text marked the section. */
  readonly header: number;
}

/**
 * Where the comment section begins among a page's classified lines: at the last header line that
 * still has comment text after it (a `Comments` link in the navigation does not swallow the
 * article), with the widget lines right above it; without a header, at the first section-opening
 * widget line (`Leave a Reply`, `Subscribe`). Reads the kinds of the lines and the text of a few.
 *
 * @param text - The page.
 * @param lines - Its non-blank lines.
 * @param count - How many of the lines to consider (the first `count`).
 * @returns The indices of the section's first line and header, or `null`.
 */
export function sectionLines(text: string, lines: LineTable, count: number): SectionLines | null {
  let chosen = -1;
  let fallback = -1;
  let textAfter = false;
  for (let index = count - 1; index >= 0; index--) {
    const kind = lines.kind(index);
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
    const opener = firstOpenerBeforeText(text, lines, count);
    return opener < 0 ? null : { first: opener, header: -1 };
  }
  // Widget lines right above the header (a wpDiscuz form: Subscribe, Notify of, …) belong to it.
  let first = chosen;
  while (first > 0 && lines.kind(first - 1) !== 'text') first--;
  return { first, header: chosen };
}

let openers: Set<string> | undefined;

/** The first section-opening widget line (`Leave a Reply`, `Subscribe`) that has comment text after it, or -1. */
function firstOpenerBeforeText(text: string, lines: LineTable, count: number): number {
  openers ??= new Set(SECTION_OPENERS.map(lineKey));
  let lastText = count - 1;
  while (lastText >= 0 && lines.kind(lastText) !== 'text') lastText--;
  for (let index = 0; index < lastText; index++) {
    if (lines.kind(index) === 'widget' && openers.has(lineKey(text.slice(lines.start(index), lines.end(index))))) return index;
  }
  return -1;
}
