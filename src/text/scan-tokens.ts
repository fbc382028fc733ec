import { codePointEnd, isAsciiDigit, isAsciiLetter } from './code-units.js';
import { isSpaceCode } from './span.js';
import type { TokenKind } from './tokenize.js';

/** Receives each token's offsets and kind; the caller slices the text if it needs it. */
export type TokenVisitor = (start: number, end: number, kind: TokenKind) => void;

// The token grammar of `tokenize` (see there for why each pattern is safe from backtracking).
// The scan below answers plain ASCII words and punctuation without them, and asks them for
// everything else, so both readers cut every text the same way.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’\-\u2010\u2011]|(?<=\p{Nd})[.,](?=\p{Nd}))[\p{L}\p{M}\p{N}]+)*/uy;
const NUMBER = /^\p{Nd}+(?:[.,]\p{Nd}+)*$/u;
const PUNCTUATION = /\p{P}/u;
const GLUE = /[\p{M}\p{Emoji_Modifier}\u{e0020}-\u{e007f}]/uy;

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const COMMA = 0x2c;
const FULL_STOP = 0x2e;
const ZWJ = 0x200d;

/** Kind of each ASCII punctuation or symbol character, read from `PUNCTUATION` once. */
let asciiKinds: TokenKind[] | undefined;

/**
 * Visits the tokens `tokenize` would return for `input`, in order, without building token
 * objects or slicing their text. For readers that keep only some tokens, or keep them in their
 * own shape: on news text most tokens are plain ASCII words, which this reads with character
 * comparisons where `tokenize` runs a Unicode regular expression on each.
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
  asciiKinds ??= readAsciiKinds();
  const kinds = asciiKinds;
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    if (code < 0x80) {
      if (isAsciiLetter(code) || isAsciiDigit(code)) {
        const end = asciiWordEnd(input, i);
        if (end > 0) {
          visit(i, end, isAsciiLetter(code) || !allDigits(input, i, end) ? 'word' : 'number');
          i = end;
          continue;
        }
      } else if (!(input.charCodeAt(i + 1) >= 0x80)) {
        // Nothing that glues to a symbol (marks, modifiers, a joiner) is ASCII.
        visit(i, i + 1, kinds[code] as TokenKind);
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
 * letters and digits only and what follows cannot extend it; otherwise -1 (the regex decides).
 * Only an apostrophe or hyphen, or a `.` or `,` after a digit, joins an ASCII run to more of it.
 */
function asciiWordEnd(input: string, start: number): number {
  let end = start + 1;
  let code = input.charCodeAt(end);
  while (isAsciiLetter(code) || isAsciiDigit(code)) code = input.charCodeAt(++end);
  if (end === input.length) return end;
  if (code >= 0x80 || code === APOSTROPHE || code === HYPHEN) return -1;
  if ((code === FULL_STOP || code === COMMA) && isAsciiDigit(input.charCodeAt(end - 1))) return -1;
  return end;
}

function allDigits(input: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isAsciiDigit(input.charCodeAt(k))) return false;
  return true;
}

function readAsciiKinds(): TokenKind[] {
  const kinds: TokenKind[] = [];
  for (let code = 0; code < 0x80; code++) kinds.push(PUNCTUATION.test(String.fromCharCode(code)) ? 'punctuation' : 'symbol');
  return kinds;
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
    } else if (input.charCodeAt(end) === ZWJ && end + 1 < input.length) {
      end = codePointEnd(input, end + 1);
    } else {
      return end;
    }
  }
}
