import { splitLines } from '../text/lines.js';
import { isSpaceCode, type Span } from '../text/span.js';

/** Answers "is this range inside one of these spans?" in logarithmic time. */
export interface Coverage {
  /** Whether `[start, end)` lies inside one span. */
  covers(start: number, end: number): boolean;
  /** Whether every non-blank line of `input` between `start` and `end` lies inside a span. */
  coversLines(input: string, start: number, end: number): boolean;
}

/**
 * Indexes spans (in any order, possibly overlapping) for containment queries, so filtering a
 * page's paragraphs, quotes and numbers against its boilerplate stays linear overall.
 *
 * @param spans - The covering spans.
 * @returns The query functions.
 */
export function coverage(spans: readonly Span[]): Coverage {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // Both lists are built by pushing onto a literal, so they have one array shape however many
  // spans there are (a `map` of no spans made another, and the searches were compiled again).
  const starts: number[] = [];
  // maxEnd[i]: the furthest end among the first i + 1 spans, so one lookup settles overlaps.
  const maxEnd: number[] = [];
  for (const span of sorted) {
    starts.push(span.start);
    maxEnd.push(Math.max(span.end, maxEnd.at(-1) ?? -1));
  }
  const covers = (start: number, end: number): boolean => {
    const index = lastAtOrBefore(starts, start);
    return index >= 0 && (maxEnd[index] as number) >= end;
  };
  const coversLines = (input: string, start: number, end: number): boolean => {
    // Most paragraphs and comments touch no span at all: then only a blank range is covered, and
    // the lines need not be cut.
    const last = lastAtOrBefore(starts, end - 1);
    if (last < 0 || (maxEnd[last] as number) <= start) return isBlank(input, start, end);
    return splitLines(input.slice(start, end)).every((line) => line.blank || covers(start + firstVisible(line.text) + line.start, start + line.start + line.text.trimEnd().length));
  };
  return { covers, coversLines };
}

function isBlank(input: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!isSpaceCode(input.charCodeAt(index))) return false;
  }
  return true;
}

function firstVisible(text: string): number {
  return text.length - text.trimStart().length;
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
