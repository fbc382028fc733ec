import { split } from 'sentence-splitter';
import { assertString } from './assert.js';
import { NON_TERMINAL_ABBREVIATIONS } from './data/abbreviations.js';
import { quoteMarkAt } from './marks.js';
import { splitParagraphs } from './paragraphs.js';
import { isSpaceCode, trimSpan, type TextSpan } from './span.js';

type Range = [start: number, end: number];

const TERMINAL = /[.!?…]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CONTINUATION = /[\p{Ll},;:\u2013\u2014]/u;
const ABBREVIATION_BEFORE_PERIOD = /(?:^|[^\p{L}.])((?:\p{L}\.)*\p{L}+)\.$/u;
const INITIAL_AT_END = /(?:^|\s)\p{Lu}\.$/u;

/**
 * Splits text into sentences with offsets into the input. Sentences never cross a paragraph
 * break. Built on `sentence-splitter`, then corrected for what news text needs: titles and other
 * abbreviations (“Mr.”, “Gov.”, “Jan.”), initials (“J. K. Rowling”), ellipses followed by a
 * lower-case word, and sentences that end inside closing quotation marks (`… he said. “Next.”`,
 * `“Really?” she asked.`).
 *
 * @param input - Any text.
 * @returns Trimmed sentences in document order, each with `input.slice(start, end) === text`.
 * @throws TypeError when `input` is not a string.
 * @example
 * ```ts
 * splitSentences('Mr. Smith left. “Why?” she asked.').map((s) => s.text)
 * // ['Mr. Smith left.', '“Why?” she asked.']
 * ```
 */
export function splitSentences(input: string): TextSpan[] {
  assertString(input, 'input');
  const sentences: TextSpan[] = [];
  for (const paragraph of splitParagraphs(input)) {
    for (const [start, end] of splitParagraph(input, paragraph.start, paragraph.end)) {
      const span = trimSpan(input, start, end);
      if (span.end > span.start) sentences.push(span);
    }
  }
  return sentences;
}

function splitParagraph(input: string, from: number, to: number): Range[] {
  const raw: Range[] = [];
  for (const node of split(input.slice(from, to))) {
    if (node.type === 'Sentence') raw.push([from + node.range[0], from + node.range[1]]);
  }
  const refined: Range[] = [];
  for (const range of raw) {
    for (const piece of splitAfterClosingQuotes(input, range)) refined.push(piece);
  }
  return mergeFalseBreaks(input, detachOpeningMarks(input, refined));
}

/** `The talks failed. “` + `We will…`: an opening mark left after a space starts the next sentence. */
function detachOpeningMarks(input: string, ranges: Range[]): Range[] {
  for (let i = 0; i + 1 < ranges.length; i++) {
    const current = ranges[i] as Range;
    const next = ranges[i + 1] as Range;
    let end = current[1];
    while (end > current[0] && isSpaceCode(input.charCodeAt(end - 1))) end--;
    let cut = end;
    for (;;) {
      const mark = lastMarkBefore(input, cut);
      if (mark === null || !mark.opens || mark.start <= current[0]) break;
      if (!isSpaceCode(input.charCodeAt(mark.start - 1))) break;
      cut = mark.start;
    }
    if (cut < end) {
      current[1] = cut;
      next[0] = cut;
    }
  }
  return ranges;
}

function lastMarkBefore(input: string, end: number): ReturnType<typeof quoteMarkAt> {
  const two = quoteMarkAt(input, end - 2);
  if (two !== null && two.end === end) return two;
  const one = quoteMarkAt(input, end - 1);
  return one !== null && one.end === end ? one : null;
}

/** `… he said. “Next.”`: a sentence that ends inside closing quotation marks, then a capital. */
function splitAfterClosingQuotes(input: string, [start, end]: Range): Range[] {
  const pieces: Range[] = [];
  let pieceStart = start;
  for (let i = start; i < end; i++) {
    if (!TERMINAL.test(input.charAt(i))) continue;
    let j = i + 1;
    let closed = false;
    for (let mark = quoteMarkAt(input, j); mark !== null && mark.closes && j < end; mark = quoteMarkAt(input, j)) {
      j = mark.end;
      closed = true;
    }
    if (!closed || j >= end || !isSpaceCode(input.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpaceCode(input.charCodeAt(k))) k++;
    const next = input.charAt(k);
    const opening = quoteMarkAt(input, k);
    if (UPPER.test(next) || (opening !== null && opening.opens && !opening.closes)) {
      pieces.push([pieceStart, j]);
      pieceStart = k;
    }
    i = j - 1;
  }
  pieces.push([pieceStart, end]);
  return pieces;
}

function mergeFalseBreaks(input: string, ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const range of ranges) {
    const previous = out.at(-1);
    if (previous === undefined) {
      out.push([...range]);
      continue;
    }
    const prevText = input.slice(previous[0], previous[1]).trimEnd();
    let start = skipSpace(input, range[0], range[1]);
    // Closing marks that the splitter put at the start of the next sentence belong to this one.
    let moved = false;
    for (let mark = quoteMarkAt(input, start); mark !== null && mark.closes && start < range[1]; mark = quoteMarkAt(input, start)) {
      if (!TERMINAL.test(prevText.at(-1) ?? '') && !moved) break;
      if (WORD_CHAR.test(input.charAt(mark.end))) break; // an opening mark: “We …
      start = mark.end;
      moved = true;
    }
    if (moved) previous[1] = start;
    const rest = skipSpace(input, start, range[1]);
    if (rest >= range[1]) continue;
    const first = input.charAt(rest);
    if ((moved && CONTINUATION.test(first)) || LOWER.test(first) || endsWithAbbreviation(prevText)) {
      previous[1] = range[1];
      continue;
    }
    if (INITIAL_AT_END.test(prevText)) {
      // “on Jan. 5. J. K. Rowling”: a sentence ended before the initial, or the initial is mid-name.
      const initialStart = previous[0] + prevText.length - 2;
      const before = input.slice(previous[0], initialStart).trimEnd();
      if (before.length > 0 && TERMINAL.test(before.at(-1) ?? '') && !endsWithAbbreviation(before)) {
        previous[1] = previous[0] + before.length;
        out.push([initialStart, range[1]]);
      } else {
        previous[1] = range[1];
      }
      continue;
    }
    out.push([rest, range[1]]);
  }
  return out;
}

function endsWithAbbreviation(text: string): boolean {
  const match = ABBREVIATION_BEFORE_PERIOD.exec(text.slice(-24));
  if (match === null) return false;
  const word = (match[1] ?? '').toLowerCase();
  return NON_TERMINAL_ABBREVIATIONS.has(word);
}

function skipSpace(input: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(input.charCodeAt(i))) i++;
  return i;
}
