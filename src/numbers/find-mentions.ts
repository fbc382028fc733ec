import { Parser, type Found } from './parse.js';
import { scan, type Lexeme } from './scan.js';
import { vocabularyFor, type Locale } from './vocabulary.js';

/** Scanned text together with what the parser found in it. */
export interface Findings {
  readonly lexemes: readonly Lexeme[];
  readonly found: readonly Found[];
}

// Text is read a chunk at a time so the lexemes of a long text never all live at once: memory
// stays proportional to the output, and the garbage collector only sees short-lived objects.
const CHUNK = 16_384;
const LOOK = 65_536;
const HARD_LIMIT = 1_048_576;

function isBlankLineAt(input: string, i: number, limit: number): boolean {
  // `i` is a line feed; a paragraph break is another one after nothing but spaces.
  for (let k = i + 1; k < limit; k++) {
    const code = input.charCodeAt(k);
    if (code === 0x0a) return true;
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false;
  }
  return false;
}

/**
 * Where the chunk that starts at `from` ends: at a paragraph break past the chunk size, else at
 * a line break, else after a full stop, else at a space, and only in a text without any at a hard
 * limit. Mentions never cross a line break or a sentence, so cutting there changes nothing.
 */
function chunkEnd(input: string, from: number): number {
  const start = from + CHUNK;
  if (start >= input.length) return input.length;
  // Every search stops at `limit`, so each chunk costs a bounded look and the whole cut is linear.
  const limit = Math.min(input.length, start + LOOK);
  let line = -1;
  let sentence = -1;
  let space = -1;
  for (let i = start; i < limit; i++) {
    const code = input.charCodeAt(i);
    if (code === 0x0a) {
      if (isBlankLineAt(input, i, limit)) return i + 1;
      if (line < 0) line = i + 1;
    } else if (code === 0x20) {
      if (space < 0) space = i + 1;
      if (sentence < 0 && input.charCodeAt(i - 1) === 0x2e) sentence = i + 1;
    }
  }
  if (line >= 0) return line;
  if (sentence >= 0) return sentence;
  if (space >= 0) return space;
  return Math.min(input.length, Math.max(limit, from + HARD_LIMIT));
}

/**
 * Runs the pipeline (scan → parse and refine) a chunk at a time, without turning the result into
 * public output; the evaluation script uses it to see hedge and amount positions.
 *
 * @param input - Text to read.
 * @param locale - Its language.
 * @param bareRelative - Whether a bare `last`, `next`, `previous` or `current` is a rank.
 * @param visit - Called with each chunk's lexemes and the mentions found in them, in document order.
 */
export function findMentions(input: string, locale: Locale, bareRelative: boolean, visit: (findings: Findings) => void): void {
  const vocabulary = vocabularyFor(locale);
  let from = 0;
  while (from < input.length) {
    const end = chunkEnd(input, from);
    const lexemes = scan(input, from, end);
    // A lexeme that began before the cut was read whole (`1 234 567`), so the next chunk starts after it.
    from = Math.max(end, lexemes[lexemes.length - 1]?.end ?? end);
    visit({ lexemes, found: new Parser(lexemes, vocabulary, bareRelative).run() });
  }
}
