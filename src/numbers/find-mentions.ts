import { Parser, type Found } from './parse.js';
import { scan, type Lexeme } from './scan.js';
import { vocabularyFor, type Locale } from './vocabulary.js';

/** Scanned text together with what the parser found in it. */
export interface Findings {
  readonly lexemes: readonly Lexeme[];
  readonly found: readonly Found[];
}

// Text is read a chunk at a time so the lexemes of a long text never all live at once. Chunks
// are small: everything a chunk allocates then dies young, before the garbage collector moves it
// to the old generation (with 16 KB chunks, peak memory was 16× the input instead of 2×).
export const CHUNK = 2_048;
// A cut can fall anywhere, even inside `Lot 1750`, so chunks overlap: twice the parser's
// look-ahead (LOOK_AHEAD lexemes past where it stands) is read after the cut, so a mention that
// starts before it is read whole and sees what it would in one pass; the next chunk scans a few
// lexemes before where it resumes, so words that change how a number reads (`Lot`, `in`, `rose`)
// are still in sight.
const LOOK_AHEAD = 32;
const BEHIND_LEXEMES = 16;
const BEHIND_CHARS = 256;
// Lexemes scanned at a time, and let go of at a time.
const READ_AHEAD = 512;

/**
 * Runs the pipeline (scan → parse and refine) a chunk at a time, without turning the result into
 * public output; the evaluation script uses it to see hedge and amount positions. The parser
 * resumes each chunk exactly where it stopped in the previous one, so the mentions are those of
 * one pass over the whole text.
 *
 * @param input - Text to read.
 * @param locale - Its language.
 * @param bareRelative - Whether a bare `last`, `next`, `previous` or `current` is a rank.
 * @param visit - Called with each chunk's lexemes and the mentions found in them, in document order.
 */
export function findMentions(input: string, locale: Locale, bareRelative: boolean, visit: (findings: Findings) => void): void {
  const vocabulary = vocabularyFor(locale);
  const stream = new LexemeStream(input);
  // Where reading resumes, and the chunk's first lexeme (a few before it, as context), by index
  // among the lexemes of the whole text.
  let from = 0;
  let first = 0;
  while (from < input.length) {
    const cut = Math.min(input.length, from + CHUNK);
    // The chunk: the lexemes that start before the cut, then as many again as the parser may look ahead.
    const past = stream.firstAt(cut, first);
    let ahead = 2 * LOOK_AHEAD;
    for (;;) {
      const end = stream.readTo(past + ahead);
      const lexemes = stream.slice(first, end);
      const start = firstFrom(lexemes, 0, from);
      const parser = new Parser(lexemes, vocabulary, bareRelative);
      const found = parser.run(start, firstFrom(lexemes, start, cut));
      const next = parser.stoppedAt;
      // A mention or skip that ran into the last lexemes read may go on, or read differently, past them.
      if (end - past === ahead && next + LOOK_AHEAD > lexemes.length) {
        ahead *= 4;
        continue;
      }
      visit({ lexemes, found });
      from = lexemes[next]?.start ?? input.length;
      first += contextStart(lexemes, next, from);
      stream.forget(first);
      break;
    }
  }
}

/**
 * The lexemes of a whole text, scanned once and on demand, so that chunks, which overlap, share
 * the lexemes they have in common instead of scanning them again. Lexemes are numbered from the
 * start of the text; those before the current chunk are let go.
 */
class LexemeStream {
  #kept: Lexeme[] = [];
  /** Number of the first kept lexeme. */
  #base = 0;
  /** Where scanning resumes: the end of the last lexeme read (so its gap is that of one pass). */
  #scanned = 0;

  constructor(private readonly input: string) {}

  /**
   * Reads lexemes until there are `count` in all or the text ends.
   *
   * @returns How many lexemes there are up to there.
   */
  readTo(count: number): number {
    while (this.#base + this.#kept.length < count && this.#scanned < this.input.length) {
      const more = scan(this.input, this.#scanned, this.input.length, Math.max(count - this.#base - this.#kept.length, READ_AHEAD));
      // Never an index past either end (`more[-1]`): V8 deoptimises code that reads one.
      this.#scanned = more.length > 0 ? (more[more.length - 1]?.end ?? this.input.length) : this.input.length;
      for (let k = 0; k < more.length; k++) this.#kept.push(more[k] as Lexeme);
    }
    return Math.min(count, this.#base + this.#kept.length);
  }

  /** Number of the first lexeme at or after `offset`, searching from lexeme `from`. */
  firstAt(offset: number, from: number): number {
    let k = from;
    while (this.readTo(k + 1) > k && (this.#kept[k - this.#base]?.start ?? offset) < offset) k++;
    return k;
  }

  /** Lexemes `from` (inclusive) to `to` (exclusive). */
  slice(from: number, to: number): Lexeme[] {
    return this.#kept.slice(from - this.#base, to - this.#base);
  }

  /** Lets go of the lexemes before `first`, a batch at a time. */
  forget(first: number): void {
    if (first - this.#base < READ_AHEAD) return;
    this.#kept.splice(0, first - this.#base);
    this.#base = first;
  }
}

/** Index of the first lexeme at or after `offset`, searching from `i`. */
function firstFrom(lexemes: readonly Lexeme[], i: number, offset: number): number {
  let k = i;
  while (k < lexemes.length && (lexemes[k]?.start ?? offset) < offset) k++;
  return k;
}

/**
 * Where the next chunk starts so it sees the few lexemes before `next` as context: their index,
 * or 0 when the context reaches back to the chunk's first lexeme (which then stays first).
 */
function contextStart(lexemes: readonly Lexeme[], next: number, from: number): number {
  let k = next;
  while (k > 0 && next - k < BEHIND_LEXEMES && (lexemes[k - 1]?.start ?? 0) >= from - BEHIND_CHARS) k--;
  return k;
}
