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
  // Where reading resumes, and where the chunk's scan starts: a lexeme boundary before it.
  let from = 0;
  let scanFrom = 0;
  while (from < input.length) {
    const cut = Math.min(input.length, from + CHUNK);
    const chunk = scan(input, scanFrom, cut);
    const chunkEnd = chunk[chunk.length - 1]?.end ?? scanFrom;
    let ahead = 2 * LOOK_AHEAD;
    for (;;) {
      const beyond = scan(input, chunkEnd, input.length, ahead);
      const lexemes = chunk.concat(beyond);
      const first = firstFrom(lexemes, 0, from);
      const parser = new Parser(lexemes, vocabulary, bareRelative);
      const found = parser.run(first, firstFrom(lexemes, first, cut));
      const next = parser.stoppedAt;
      // A mention or skip that ran into the last lexemes read may go on, or read differently, past them.
      if (beyond.length === ahead && next + LOOK_AHEAD > lexemes.length) {
        ahead *= 4;
        continue;
      }
      visit({ lexemes, found });
      from = lexemes[next]?.start ?? input.length;
      scanFrom = contextStart(lexemes, next, from) ?? (lexemes.length === 0 ? from : scanFrom);
      break;
    }
  }
}

/** Index of the first lexeme at or after `offset`, searching from `i`. */
function firstFrom(lexemes: readonly Lexeme[], i: number, offset: number): number {
  let k = i;
  while (k < lexemes.length && (lexemes[k]?.start ?? offset) < offset) k++;
  return k;
}

/**
 * Where to scan from so the next chunk sees the few lexemes before `next` as context: the end of
 * the lexeme before them, which keeps their gaps and line breaks as they are in the text.
 *
 * @returns The offset, or `undefined` when the context reaches back to the chunk's first lexeme.
 */
function contextStart(lexemes: readonly Lexeme[], next: number, from: number): number | undefined {
  let k = next;
  while (k > 0 && next - k < BEHIND_LEXEMES && (lexemes[k - 1]?.start ?? 0) >= from - BEHIND_CHARS) k--;
  return k > 0 ? lexemes[k - 1]?.end : undefined;
}
