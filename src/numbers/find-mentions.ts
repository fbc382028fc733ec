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
  const limit = Math.min(input.length, start + LOOK);
  let line = -1;
  for (let i = input.indexOf('\n', start); i >= 0 && i < limit; i = input.indexOf('\n', i + 1)) {
    if (isBlankLineAt(input, i, limit)) return i + 1;
    if (line < 0) line = i + 1;
  }
  if (line >= 0) return line;
  const sentence = input.indexOf('. ', start);
  if (sentence >= 0 && sentence < limit) return sentence + 2;
  const hard = Math.min(input.length, from + HARD_LIMIT);
  const space = input.indexOf(' ', start);
  return space >= 0 && space < hard ? space + 1 : hard;
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
