import { quoteMarkAt, singleQuoteRole, type QuoteMark, type QuoteMarkWeight } from '../text/marks.js';
import { isSpaceCode, type Span } from '../text/span.js';
import type { ParagraphList } from './paragraph-offsets.js';
import type { QuoteWarning } from './types.js';
import { Uint32List } from '../text/uint32-list.js';

/** A stretch of text between quotation marks, within one paragraph. */
export interface MarkedSpan {
  /** Where the opening mark starts. Offsets, not the marks themselves: a long text has many spans. */
  readonly openStart: number;
  /** Where the closing mark ends, or `null` when the quotation runs to the end of the paragraph. */
  readonly closeEnd: number | null;
  /** Start of the quoted words (after the opening mark and white space). */
  readonly start: number;
  /** End of the quoted words (before the closing mark and white space). */
  readonly end: number;
  /** This piece reopens a quotation left open at the end of the previous paragraph. */
  readonly continued: boolean;
}


type Role = 'open' | 'close' | 'either' | 'none';

// First code units of every quotation mark, so the scan skips ordinary characters cheaply.
const MARK_CODES = new Set([0x22, 0x27, 0x60, 0x201c, 0x201d, 0x201e, 0xab, 0xbb, 0x2039, 0x203a, 0x2018, 0x2019, 0x201a, 0x300c, 0x300d, 0x300e, 0x300f]);
const NATURAL_CLOSERS = new Set(['”', '’', "''", '»', '›', '」', '』']);
const OPEN_CONTEXT = /[([{\u2014\u2013\-/]/u;
const CLOSE_CONTEXT = /[,.;:!?)\]}\u2026\u2014\u2013]/u;

/**
 * Finds the stretches of each paragraph that are in quotation marks, in one linear pass with
 * constant state (no stack). Marks of the document's main weight (double in most news, single in
 * British style) delimit quotations; marks of the other weight inside them are nested quotes and
 * stay part of the text. A quotation still open at the end of a paragraph continues when the next
 * paragraph opens with a mark of the same weight (the news convention for multi-paragraph quotes);
 * otherwise it ends with the paragraph and a warning says so.
 *
 * The marks of the whole text are read first (the main weight depends on all of them); the spans
 * are then given paragraph by paragraph, so a reader that is done with a paragraph drops them.
 */
export class QuoteSpanReader {
  /** Warnings for unpaired marks, in document order, of the paragraphs read so far. */
  readonly warnings: QuoteWarning[] = [];
  private readonly marks: Marks;
  private carried: QuoteMark | null = null;

  /**
   * Reads the marks of a text.
   *
   * @param input - The whole text.
   * @param paragraphs - Its paragraphs, as `splitParagraphs` finds them.
   */
  constructor(
    private readonly input: string,
    private readonly paragraphs: ParagraphList,
  ) {
    this.marks = readMarks(input, paragraphs);
  }

  /**
   * The marked spans of one paragraph. Paragraphs must be read in order, each once: a quotation
   * left open at the end of one may continue in the next.
   *
   * @param index - The paragraph's index, one more than the last one read.
   * @returns Its spans in document order.
   */
  read(index: number): MarkedSpan[] {
    const spans: MarkedSpan[] = [];
    const paragraph = this.paragraphs.at(index) as Span;
    this.carried = scanParagraph(this.input, paragraph, index, this.marks, this.carried, this.paragraphs.at(index + 1), spans, this.warnings);
    return spans;
  }
}

/** The marks of a text, read once for both the main weight and the pairing. */
interface Marks {
  /** Each mark's start and role, packed by {@link packMark}, in document order. */
  readonly found: Uint32List;
  /** Index in `found` of each paragraph's first mark; one more entry for the end. */
  readonly firstOf: number[];
  readonly primary: QuoteMarkWeight;
}

const ROLES: readonly Role[] = ['open', 'close', 'either', 'none'];

/**
 * A mark as one integer (start times four plus role): a text can hold millions of marks, and the
 * role is what costs to read again. Fits 32 bits, since strings are shorter than 2^29.
 */
function packMark(start: number, role: Role): number {
  return start * ROLES.length + ROLES.indexOf(role);
}

/**
 * Finds every quotation mark of every paragraph with the role its context gives it, and the weight
 * with more opening marks (double when tied), which decides how the marks pair.
 */
function readMarks(input: string, paragraphs: ParagraphList): Marks {
  const found = new Uint32List();
  // Sized once (no garbage from growing): a typed array would cost more to make for a short text.
  const firstOf = new Array<number>(paragraphs.length + 1).fill(0);
  let doubles = 0;
  let singles = 0;
  let candidate = -1;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs.at(index) as Span;
    firstOf[index] = found.length;
    if (candidate < paragraph.start) candidate = nextMarkCode(input, paragraph.start);
    while (candidate < paragraph.end) {
      const mark = quoteMarkAt(input, candidate);
      if (mark === null) {
        candidate = nextMarkCode(input, candidate + 1);
        continue;
      }
      const role = roleOf(input, mark, paragraph);
      found.push(packMark(mark.start, role));
      if (role === 'open') {
        if (mark.weight === 'double') doubles++;
        else singles++;
      }
      candidate = nextMarkCode(input, mark.end);
    }
  }
  firstOf[paragraphs.length] = found.length;
  return { found, firstOf, primary: singles > doubles ? 'single' : 'double' };
}

function scanParagraph(
  input: string,
  paragraph: Span,
  index: number,
  marks: Marks,
  carried: QuoteMark | null,
  next: Span | undefined,
  spans: MarkedSpan[],
  warnings: QuoteWarning[],
): QuoteMark | null {
  let open: QuoteMark | null = null;
  let contentStart = paragraph.start;
  let continued = false;
  if (carried !== null) {
    const reopen = quoteMarkAt(input, paragraph.start);
    if (reopen !== null && reopen.weight === carried.weight) {
      open = reopen;
      contentStart = reopen.end;
      continued = true;
    }
  }
  const emit = (close: QuoteMark | null, end: number): void => {
    if (open === null) return;
    const span = trimmed(input, contentStart, end);
    if (span[1] > span[0]) {
      spans.push({ openStart: open.start, closeEnd: close?.end ?? null, start: span[0], end: span[1], continued });
    }
    open = null;
    continued = false;
  };
  // A quotation reopened at the paragraph's start has used its first mark.
  const from = open === null ? paragraph.start : contentStart;
  const { found, firstOf, primary } = marks;
  for (let k = firstOf[index] as number; k < (firstOf[index + 1] as number); k++) {
    const packed = found.at(k);
    const start = Math.floor(packed / ROLES.length);
    if (start < from) continue;
    const mark = quoteMarkAt(input, start) as QuoteMark;
    let current: QuoteMark | null = open;
    if (current !== null && mark.weight !== current.weight) {
      if (current.weight === primary) continue; // a nested quotation stays part of the text
      // A minor-weight mark left open (a stray apostrophe) must not hide the main quotations.
      warnings.push(warning('unclosed-quote', current, 'a quotation mark opened and never closed'));
      open = null;
      current = null;
    }
    const role = ROLES[packed % ROLES.length] as Role;
    if (role === 'none') continue;
    if (current === null) {
      if (role === 'open' || (role === 'either' && !NATURAL_CLOSERS.has(mark.text))) {
        open = mark;
        contentStart = mark.end;
      } else if (mark.weight === primary) {
        warnings.push(warning('stray-closing-mark', mark, 'a closing quotation mark with no opening mark'));
      }
      continue;
    }
    // Curly, straight and wrong-direction marks close each other; another style is a nested quote.
    const sameStyle = mark.style === current.style || current.closers.includes(mark.text);
    if (!sameStyle) continue;
    if (role === 'open') {
      // An opening mark while a quotation is open: the earlier one was never closed.
      warnings.push(warning('unclosed-quote', current, 'a quotation mark opened and never closed'));
      emit(null, mark.start);
      open = mark;
      contentStart = mark.end;
      continue;
    }
    emit(mark, mark.start);
  }
  if (open === null) return null;
  const left: QuoteMark = open;
  const reopens = left.weight === primary && next !== undefined && startsWithOpening(input, next, left.weight);
  if (left.weight !== primary) {
    warnings.push(warning('unclosed-quote', left, 'a quotation mark still open at the end of the paragraph'));
    return null;
  }
  if (!reopens) warnings.push(warning('unclosed-quote', left, 'a quotation mark still open at the end of the paragraph'));
  emit(null, paragraph.end);
  return reopens ? left : null;
}

function startsWithOpening(input: string, paragraph: Span, weight: QuoteMarkWeight): boolean {
  const mark = quoteMarkAt(input, paragraph.start);
  return mark !== null && mark.weight === weight && roleOf(input, mark, paragraph) !== 'close';
}

/** Reads whether a mark opens or closes from the characters around it. */
function roleOf(input: string, mark: QuoteMark, paragraph: Span): Role {
  if (mark.text === "'" || mark.text === '‘' || mark.text === '’') {
    const role = singleQuoteRole(input, mark.start);
    if (role === 'apostrophe') return 'none';
    return role === 'ambiguous' ? 'close' : role;
  }
  if (!mark.closes) return 'open';
  if (!mark.opens) return 'close';
  const before = mark.start > paragraph.start ? input.charAt(mark.start - 1) : '';
  const after = mark.end < paragraph.end ? input.charAt(mark.end) : '';
  const spaceBefore = before === '' || isSpaceCode(before.charCodeAt(0)) || OPEN_CONTEXT.test(before) || isMarkChar(before);
  const spaceAfter = after === '' || isSpaceCode(after.charCodeAt(0));
  const punctAfter = CLOSE_CONTEXT.test(after) || isMarkChar(after);
  if (spaceBefore && !spaceAfter && !punctAfter) return 'open';
  if (!spaceBefore && (spaceAfter || punctAfter)) return 'close';
  if (spaceBefore && spaceAfter) return 'either';
  // Between two letters or digits (6"2, O"Neil): not a quotation mark.
  return spaceBefore || CLOSE_CONTEXT.test(before) ? 'either' : 'none';
}

let markSearch: RegExp | undefined;

/**
 * Where the next character that may start a quotation mark is, at `from` or after; the text's
 * length when there is none. A regex skips the text between marks far faster than a loop.
 */
function nextMarkCode(input: string, from: number): number {
  markSearch ??= new RegExp(`[${[...MARK_CODES].map((code) => `\\u{${code.toString(16)}}`).join('')}]`, 'gu');
  markSearch.lastIndex = from;
  return markSearch.test(input) ? markSearch.lastIndex - 1 : input.length;
}

function isMarkChar(char: string): boolean {
  return char !== '' && isMarkCode(char.charCodeAt(0));
}

/** Letters and digits, most of any text, are rejected before the set lookup. */
function isMarkCode(code: number): boolean {
  if (code < 0xab) return code === 0x22 || code === 0x27 || code === 0x60;
  return MARK_CODES.has(code);
}

function trimmed(input: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(input.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(input.charCodeAt(e - 1))) e--;
  return [s, e];
}

function warning(code: QuoteWarning['code'], mark: QuoteMark, message: string): QuoteWarning {
  return { code, message: `${message} (${mark.text} at ${mark.start})`, start: mark.start, end: mark.end };
}
