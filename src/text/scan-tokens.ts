import { codePointEnd, isAsciiDigit, isAsciiLetter } from './code-units.js';
import { isSpaceCode } from './span.js';

/** What a token is made of. */
export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol';

/** Receives each token's offsets and kind; the caller slices the text if it needs it. */
export type TokenVisitor = (start: number, end: number, kind: TokenKind) => void;

// The token grammar. A word is letters and digits, joined by an apostrophe or hyphen between two
// of them (don't, well-known), or by a separator between digits (3,400.5); each joiner needs a
// letter on both sides, so the repetition cannot backtrack. The scan below answers plain ASCII
// words and punctuation without these patterns and asks them for everything else.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’\-\u2010\u2011]|(?<=\p{Nd})[.,](?=\p{Nd}))[\p{L}\p{M}\p{N}]+)*/uy;
const WORD_START = /[\p{L}\p{M}\p{N}]/u;
const NUMBER = /^\p{Nd}+(?:[.,]\p{Nd}+)*$/u;
const PUNCTUATION = /\p{P}/u;
// Characters that stay glued to the symbol before them: combining marks, variation selectors,
// emoji modifiers, and a zero-width joiner with the character it joins.
const GLUE = /[\p{M}\p{Emoji_Modifier}\u{e0020}-\u{e007f}]/uy;

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const COMMA = 0x2c;
const FULL_STOP = 0x2e;
const RIGHT_SINGLE_QUOTE = 0x2019;
const UNICODE_HYPHEN = 0x2010;
const NON_BREAKING_HYPHEN = 0x2011;
const ZWJ = 0x200d;

let asciiKinds: (TokenKind | null)[] | undefined;
let otherKinds: Map<number, TokenKind | null> | undefined;

/**
 * Visits the tokens of `input` (those `tokenize` returns, which is built on this), in order,
 * without building token objects or slicing their text: for readers that keep only some tokens,
 * or keep them in their own shape. On news text most tokens are plain ASCII words, which this
 * reads with character comparisons before asking a Unicode regular expression.
 *
 * @param input - Any text.
 * @param visit - Called with `start`, `end` and kind of every token, in document order.
 * @example
 * ```ts
 * scanTokens("Don't pay $3!", (start, end, kind) => console.log(start, end, kind))
 * // 0 5 word · 6 9 word · 10 11 symbol · 11 12 number · 12 13 punctuation
 * ```
 */
export function scanTokens(input: string, visit: TokenVisitor): void {
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    if (isAsciiLetter(code) || isAsciiDigit(code)) {
      const end = asciiWordEnd(input, i);
      if (end > 0) {
        visit(i, end, isAsciiLetter(code) || !isAsciiNumber(input, i, end) ? 'word' : 'number');
        i = end;
        continue;
      }
    } else if (codeAt(input, i + 1) < 0x80) {
      // Before ASCII, a character that starts no word is a token of its own: nothing that glues
      // to a symbol (marks, modifiers, a joiner, the second half of a surrogate pair) is ASCII.
      const kind = lonelyKind(code);
      if (kind !== null) {
        visit(i, i + 1, kind);
        i++;
        continue;
      }
    }
    WORD.lastIndex = i;
    if (!isAsciiPunctuationOrSymbol(code) && WORD.test(input)) {
      const end = WORD.lastIndex;
      visit(i, end, isAsciiLetter(code) || !NUMBER.test(input.slice(i, end)) ? 'word' : 'number');
      i = end;
      continue;
    }
    const end = symbolEnd(input, i);
    visit(i, end, PUNCTUATION.test(input.slice(i, end)) ? 'punctuation' : 'symbol');
    i = end;
  }
}

/**
 * Where the word starting with an ASCII letter or digit at `start` ends, when it is made of ASCII
 * letters and digits, joined as the regex joins them (`well-known`, `don't`, `don’t`, `3,400.50`),
 * and what follows cannot extend it; otherwise -1 (the regex decides). A joiner extends a word
 * only before a letter or digit, and `.` or `,` only between digits; past ASCII, anything might.
 */
function asciiWordEnd(input: string, start: number): number {
  let end = start + 1;
  for (;;) {
    let code = codeAt(input, end);
    while (isAsciiLetter(code) || isAsciiDigit(code)) code = codeAt(input, ++end);
    if (end === input.length) return end;
    const separator = code === FULL_STOP || code === COMMA;
    if (!separator && !isJoiner(code)) return code >= 0x80 ? -1 : end;
    const next = codeAt(input, end + 1);
    if (next >= 0x80) return -1;
    const joins = separator ? isAsciiDigit(input.charCodeAt(end - 1)) && isAsciiDigit(next) : isAsciiLetter(next) || isAsciiDigit(next);
    if (!joins) return end;
    end += 2;
  }
}

/**
 * The code unit at `i`, or -1 past the end. Reading past the end of a string (`NaN`) makes V8 stop
 * inlining that `charCodeAt` and call it instead, on every token.
 */
function codeAt(input: string, i: number): number {
  return i < input.length ? input.charCodeAt(i) : -1;
}

function isJoiner(code: number): boolean {
  return code === APOSTROPHE || code === HYPHEN || code === RIGHT_SINGLE_QUOTE || code === UNICODE_HYPHEN || code === NON_BREAKING_HYPHEN;
}

/** A word of ASCII digits, with `.` and `,` only between digits (as `asciiWordEnd` joins them). */
function isAsciiNumber(input: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = input.charCodeAt(k);
    if (!isAsciiDigit(code) && code !== FULL_STOP && code !== COMMA) return false;
  }
  return true;
}

/**
 * The kind of a one-character token, or `null` for a character that starts a word. Read from the
 * grammar's own patterns once per character: ASCII in a table, the rest (quotation marks, dashes)
 * as they come.
 */
function lonelyKind(code: number): TokenKind | null {
  if (code < 0x80) {
    asciiKinds ??= Array.from({ length: 0x80 }, (_, ascii) => readKind(ascii));
    return asciiKinds[code] as TokenKind | null;
  }
  otherKinds ??= new Map();
  let kind = otherKinds.get(code);
  if (kind === undefined) {
    kind = readKind(code);
    otherKinds.set(code, kind);
  }
  return kind;
}

function readKind(code: number): TokenKind | null {
  const char = String.fromCharCode(code);
  if (WORD_START.test(char)) return null;
  return PUNCTUATION.test(char) ? 'punctuation' : 'symbol';
}

function isAsciiPunctuationOrSymbol(code: number): boolean {
  return code < 0x80 && !isAsciiLetter(code) && !isAsciiDigit(code);
}

function symbolEnd(input: string, start: number): number {
  let end = codePointEnd(input, start);
  for (;;) {
    GLUE.lastIndex = end;
    if (GLUE.test(input)) {
      end = GLUE.lastIndex;
    } else if (codeAt(input, end) === ZWJ && end + 1 < input.length) {
      end = codePointEnd(input, end + 1);
    } else {
      return end;
    }
  }
}
