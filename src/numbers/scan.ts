import { isSpaceCode } from '../text/span.js';
import { isAsciiDigit, isAsciiLetter } from '../text/code-units.js';

/** What a lexeme is made of. */
export type LexemeKind = 'digits' | 'word' | 'mark';

/**
 * One run of the input: a digit literal with its separators (`3,400.50`, `1 234 567`), a run of
 * letters, or a single other character. `gap` is the number of characters skipped before it, so
 * `gap === 0` means glued to the previous lexeme (`3.4bn`, `5km`, `$20`).
 */
export interface Lexeme {
  readonly kind: LexemeKind;
  readonly text: string;
  /** Lower-cased `text` (letters only change). */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly gap: number;
  /** Whether a line break is among the skipped characters. */
  readonly newline: boolean;
}

/**
 * A lexeme as the scanner makes it. Built with `new` rather than as an object literal: V8 moves
 * objects of an object literal straight to the old generation once many of them outlive a young
 * collection (allocation-site pretenuring), and lexemes, which die with their chunk, then piled
 * up there as garbage (peak memory 16× the input instead of 2×, depending on GC timing).
 */
class Scanned implements Lexeme {
  constructor(
    readonly kind: LexemeKind,
    readonly text: string,
    readonly lower: string,
    readonly start: number,
    readonly end: number,
    readonly gap: number,
    readonly newline: boolean,
  ) {}
}

// Compiling a Unicode-property class costs milliseconds, so it is built only for scripts the
// ranges below do not settle. It is made from a string because V8 checks every regular expression
// literal while parsing the module, and checking `\p{L}` already builds the whole property set
// (about 3 million instructions, paid at import even when no such script ever comes).
const LETTER_CLASS = '[\\p{L}\\p{M}]';
let letter: RegExp | undefined;
const DIGIT_SEPARATORS = new Set([0x2c, 0x2e, 0xa0, 0x202f, 0x2009, 0x27, 0x2019]);

/**
 * Whether the character at `i` is a letter or a combining mark; common scripts are settled by
 * code ranges, the rest by a Unicode property class compiled on first need.
 *
 * @param input - The text.
 * @param i - A UTF-16 index into it.
 * @returns `true` for a letter.
 */
export function isLetterAt(input: string, i: number): boolean {
  const code = input.charCodeAt(i);
  if (code < 0x80) return isAsciiLetter(code);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x300 && code <= 0x36f) return true;
  if (code >= 0x386 && code <= 0x52f) return code !== 0x387 && code !== 0x3f6 && code !== 0x482 && !(code >= 0x483 && code <= 0x489);
  if (code >= 0x2000 && code <= 0x2bff) return false;
  // Kana and CJK ideographs (`円`, `元`) are letters.
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)) return true;
  letter ??= new RegExp(LETTER_CLASS, 'u');
  return letter.test(input[i] ?? '');
}

function isThreeDigitGroup(input: string, separator: number): boolean {
  return isAsciiDigit(input.charCodeAt(separator + 3)) && !isAsciiDigit(input.charCodeAt(separator + 4));
}

/** Digits, then separator-and-digits groups; plain-space groups only as `1 234 567`. */
function digitsEnd(input: string, start: number): number {
  let i = start;
  while (isAsciiDigit(input.charCodeAt(i))) i++;
  let firstGroup = i - start;
  for (;;) {
    const code = input.charCodeAt(i);
    if (DIGIT_SEPARATORS.has(code) && isAsciiDigit(input.charCodeAt(i + 1))) {
      // `1'000'000` groups thousands; an apostrophe before anything else is a quote mark.
      if ((code === 0x27 || code === 0x2019) && !isThreeDigitGroup(input, i)) break;
      i++;
      while (isAsciiDigit(input.charCodeAt(i))) i++;
      firstGroup = 0;
      continue;
    }
    if (
      code === 0x20 &&
      firstGroup > 0 &&
      firstGroup <= 3 &&
      isAsciiDigit(input.charCodeAt(i + 1)) &&
      isAsciiDigit(input.charCodeAt(i + 2)) &&
      isAsciiDigit(input.charCodeAt(i + 3)) &&
      !isAsciiDigit(input.charCodeAt(i + 4)) &&
      input.charCodeAt(i + 4) !== 0x2c &&
      input.charCodeAt(i + 4) !== 0x2e
    ) {
      // `1 234 567`: only groups of exactly three after a short first group, so `in 2019 200` stays apart.
      i += 4;
      while (input.charCodeAt(i) === 0x20 && isAsciiDigit(input.charCodeAt(i + 1)) && isAsciiDigit(input.charCodeAt(i + 2)) && isAsciiDigit(input.charCodeAt(i + 3)) && !isAsciiDigit(input.charCodeAt(i + 4))) i += 4;
      // A decimal part may follow the last group (`1 234 567,89`).
      const mark = input.charCodeAt(i);
      if ((mark === 0x2c || mark === 0x2e) && isAsciiDigit(input.charCodeAt(i + 1))) {
        i++;
        while (isAsciiDigit(input.charCodeAt(i))) i++;
      }
      return i;
    }
    return i;
  }
  return i;
}

/**
 * The lower case of a word, made without `toLowerCase` when the word is ASCII lower case after its
 * first letter: in a text with any character beyond Latin-1 (a curly quote will do),
 * `toLowerCase` is a call into ICU for every word.
 */
function lowerCase(input: string, text: string, start: number, first: number, plain: boolean): string {
  if (!plain) return text.toLowerCase();
  if (first >= 0x61 && first <= 0x7a) return text;
  if (first >= 0x41 && first <= 0x5a) return String.fromCharCode(first + 0x20) + input.slice(start + 1, start + text.length);
  return text.toLowerCase();
}

/**
 * Splits text into lexemes in one left-to-right pass; every character is looked at a bounded
 * number of times, so the pass is linear in the input.
 *
 * @param input - The text to scan.
 * @param from - Where to start (0 by default); offsets stay those of `input`.
 * @param to - Where to stop (the end by default); a lexeme that starts before it is read whole.
 * @param limit - The most lexemes to read (no limit by default).
 * @returns Lexemes in document order.
 */
export function scan(input: string, from = 0, to = input.length, limit = Infinity): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let i = from;
  let gap = 0;
  let newline = false;
  while (i < to && lexemes.length < limit) {
    const code = input.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (code === 0x0a || code === 0x0d || code === 0x2029) newline = true;
      gap++;
      i++;
      continue;
    }
    let end: number;
    let kind: LexemeKind;
    // Whether a word is ASCII lower case after its first letter: most words are.
    let plain = true;
    if (isAsciiDigit(code)) {
      kind = 'digits';
      end = digitsEnd(input, i);
    } else if (isLetterAt(input, i)) {
      kind = 'word';
      end = i + 1;
      while (end < input.length) {
        const next = input.charCodeAt(end);
        if (next >= 0x61 && next <= 0x7a) end++;
        else if (isLetterAt(input, end)) {
          plain = false;
          end++;
        } else break;
      }
    } else {
      kind = 'mark';
      end = code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1;
    }
    const text = input.slice(i, end);
    lexemes.push(new Scanned(kind, text, kind === 'word' ? lowerCase(input, text, i, code, plain) : text, i, end, gap, newline));
    gap = 0;
    newline = false;
    i = end;
  }
  return lexemes;
}
