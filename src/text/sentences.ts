import { split } from 'sentence-splitter';
import { assertString } from './assert.js';
import { NON_TERMINAL_ABBREVIATIONS } from './data/abbreviations.js';
import { quoteMarkAt, type QuoteMark } from './marks.js';
import { ChunkedList } from './chunked-list.js';
import { forEachParagraph } from './paragraphs.js';
import { isSpaceCode, trimSpan, type TextSpan } from './span.js';

type Range = [start: number, end: number];

const TERMINAL = /[.!?…]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CONTINUATION = /[\p{Ll},;:\u2013\u2014]/u;
const ABBREVIATION_BEFORE_PERIOD = /(?:^|[^\p{L}.])((?:\p{L}\.)*\p{L}+)\.$/u;

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
  const sentences = new ChunkedList<TextSpan>();
  forEachSentence(input, (sentence) => sentences.push(sentence));
  return sentences.toArray();
}

/**
 * Walks the sentences {@link splitSentences} finds, one at a time, for callers that keep little
 * of each: a long text's sentences are then never all alive at once.
 *
 * @param input - Any text.
 * @param visit - Called with each trimmed, non-empty sentence in document order.
 */
export function forEachSentence(input: string, visit: (sentence: TextSpan) => void): void {
  forEachParagraph(input, (paragraph) => {
    for (const [start, end] of splitParagraph(input, paragraph.start, paragraph.end)) {
      const span = trimSpan(input, start, end);
      if (span.end > span.start) visit(span);
    }
  });
}

function splitParagraph(input: string, from: number, to: number): Range[] {
  const raw: Range[] = [];
  let start = from;
  const decided = new Map<string, boolean>();
  for (const boundary of candidateBoundaries(input, from, to)) {
    if (isClearBoundary(input, boundary, from) || splitterBreaksAt(input, boundary, from, to, decided)) {
      raw.push([start, boundary.end]);
      start = boundary.next;
    }
  }
  raw.push([start, to]);
  const refined: Range[] = [];
  for (const range of raw) {
    for (const piece of splitAfterClosingQuotes(input, range)) refined.push(piece);
  }
  return mergeFalseBreaks(input, detachOpeningMarks(input, refined));
}

interface Boundary {
  /** The first terminal punctuation mark. */
  readonly terminal: number;
  /** Just past the terminal punctuation (and any closing marks or brackets after it). */
  readonly end: number;
  /** Where the next sentence would start. */
  readonly next: number;
}

const CLOSER_AFTER_TERMINAL = /[)\]"'”’»“]/u;

/** Places where a sentence may end: terminal punctuation, closing marks, then white space. */
function* candidateBoundaries(input: string, from: number, to: number): Generator<Boundary> {
  for (let i = from; i < to; i++) {
    if (!TERMINAL.test(input.charAt(i))) continue;
    let end = i + 1;
    while (end < to && (TERMINAL.test(input.charAt(end)) || CLOSER_AFTER_TERMINAL.test(input.charAt(end)))) end++;
    const next = skipSpace(input, end, to);
    if (next > end && next < to) yield { terminal: i, end, next };
    i = end - 1;
  }
}

const LETTER = /\p{L}/u;

/**
 * `… rose sharply. The …`: a period after a word of four or more letters, then a capital, needs no
 * second opinion. Shorter words (Mr., U.S., A.M., initials), listed abbreviations and `!`/`?`
 * (Yahoo!) go to sentence-splitter.
 */
function isClearBoundary(input: string, boundary: Boundary, from: number): boolean {
  if (input.charAt(boundary.terminal) !== '.' || !UPPER.test(input.charAt(boundary.next))) return false;
  let wordStart = boundary.terminal;
  while (wordStart > from && LETTER.test(input.charAt(wordStart - 1))) wordStart--;
  if (boundary.terminal - wordStart < 4 || input.charAt(wordStart - 1) === '.') return false;
  return !NON_TERMINAL_ABBREVIATIONS.has(input.slice(wordStart, boundary.terminal).toLowerCase());
}

const WINDOW_WORDS_BEFORE = 2;
const WINDOW_LIMIT = 64;

/**
 * Asks sentence-splitter whether a candidate boundary is a real one, showing it only a window of
 * the words around it (its abbreviation rules look at the previous, current and next word). Whole
 * paragraphs cost it about a microsecond per character; bounded windows keep splitting linear
 * with a small constant.
 */
function splitterBreaksAt(input: string, boundary: Boundary, from: number, to: number, decided: Map<string, boolean>): boolean {
  let windowStart = boundary.end;
  for (let words = 0; words <= WINDOW_WORDS_BEFORE && windowStart > from; ) {
    windowStart--;
    if (isSpaceCode(input.charCodeAt(windowStart)) && !isSpaceCode(input.charCodeAt(windowStart + 1))) words++;
    if (boundary.end - windowStart > WINDOW_LIMIT) break;
  }
  let windowEnd = boundary.next;
  while (windowEnd < to && windowEnd - boundary.next < WINDOW_LIMIT && !isSpaceCode(input.charCodeAt(windowEnd))) windowEnd++;
  const window = input.slice(windowStart, windowEnd);
  const cut = boundary.end - windowStart;
  const key = `${cut}:${boundary.next - windowStart}:${window}`;
  let breaks = decided.get(key);
  if (breaks === undefined) {
    breaks = false;
    for (const node of split(window)) {
      if (node.type !== 'Sentence') continue;
      if (node.range[1] >= cut && node.range[1] <= boundary.next - windowStart) breaks = true;
      if (node.range[1] >= cut) break;
    }
    // Repeated windows (lists, tables, adversarial input) are decided once per paragraph.
    if (decided.size < 4096) decided.set(key, breaks);
  }
  return breaks;
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
    if (UPPER.test(next) || (opening !== null && opensHere(input, opening))) {
      pieces.push([pieceStart, j]);
      pieceStart = k;
    }
    i = j - 1;
  }
  pieces.push([pieceStart, end]);
  return pieces;
}

/**
 * A mark after white space opens a quotation when it can only open, or when it can do both
 * (straight marks; ” and “, which close quotations in Swedish and German) and a word follows it
 * at once: `close.” “We won`.
 */
function opensHere(input: string, mark: QuoteMark): boolean {
  return mark.opens && (!mark.closes || WORD_CHAR.test(input.charAt(mark.end)));
}

function mergeFalseBreaks(input: string, ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const range of ranges) {
    const previous = out.at(-1);
    if (previous === undefined) {
      out.push([...range]);
      continue;
    }
    // Only the tail of the previous sentence matters; looking at all of it would be quadratic
    // when many pieces merge into one.
    const prevEnd = trimEndOffset(input, previous[0], previous[1]);
    const prevTail = tail(input, previous[0], prevEnd);
    let start = skipSpace(input, range[0], range[1]);
    // Closing marks that the splitter put at the start of the next sentence belong to this one.
    let moved = false;
    for (let mark = quoteMarkAt(input, start); mark !== null && mark.closes && start < range[1]; mark = quoteMarkAt(input, start)) {
      if (!TERMINAL.test(prevTail.at(-1) ?? '') && !moved) break;
      if (WORD_CHAR.test(input.charAt(mark.end))) break; // an opening mark: “We …
      if (mark.opens && isSpaceCode(input.charCodeAt(mark.start - 1)) && UPPER.test(input.charAt(skipSpace(input, mark.end, range[1])))) break; // spaced: `left. " We`
      start = mark.end;
      moved = true;
    }
    if (moved) previous[1] = start;
    const rest = skipSpace(input, start, range[1]);
    if (rest >= range[1]) continue;
    const first = input.charAt(rest);
    if ((moved && CONTINUATION.test(first)) || LOWER.test(first) || endsWithAbbreviation(prevTail)) {
      previous[1] = range[1];
      continue;
    }
    if (endsWithInitial(input, previous[0], prevEnd)) {
      // “on Jan. 5. J. K. Rowling”: a sentence ended before the initial, or the initial is mid-name.
      const initialStart = prevEnd - 2;
      const beforeEnd = trimEndOffset(input, previous[0], initialStart);
      const beforeTail = tail(input, previous[0], beforeEnd);
      if (beforeEnd > previous[0] && TERMINAL.test(beforeTail.at(-1) ?? '') && !endsWithAbbreviation(beforeTail)) {
        previous[1] = beforeEnd;
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

const TAIL_LENGTH = 32;

function tail(input: string, start: number, end: number): string {
  return input.slice(Math.max(start, end - TAIL_LENGTH), end);
}

function trimEndOffset(input: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpaceCode(input.charCodeAt(e - 1))) e--;
  return e;
}

/** A single capital and a period, alone as a word: “J.” */
function endsWithInitial(input: string, start: number, end: number): boolean {
  return (
    end - start >= 2 &&
    input.charAt(end - 1) === '.' &&
    UPPER.test(input.charAt(end - 2)) &&
    (end - 2 === start || isSpaceCode(input.charCodeAt(end - 3)))
  );
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
