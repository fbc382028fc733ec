import { assertString } from './assert.js';
import { codePointEnd, isAsciiDigit, isAsciiLetter } from './code-units.js';
import { isSpaceCode, type TextSpan } from './span.js';

/** What a token is made of. */
export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol';

/** A token with its offsets into the input. */
export interface Token extends TextSpan {
  /** Word (letters, possibly with digits), number (digits and separators), punctuation or symbol. */
  readonly kind: TokenKind;
}

// Letters and digits, joined by an apostrophe or hyphen between two of them (don't, well-known),
// or by a separator between digits (3,400.5). Each joiner needs a letter on both sides, so the
// repetition cannot backtrack.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’\-\u2010\u2011]|(?<=\p{Nd})[.,](?=\p{Nd}))[\p{L}\p{M}\p{N}]+)*/uy;
const NUMBER = /^\p{Nd}+(?:[.,]\p{Nd}+)*$/u;
const PUNCTUATION = /\p{P}/u;
// Characters that stay glued to the symbol before them: combining marks, variation selectors,
// emoji modifiers, and a zero-width joiner with the character it joins.
const GLUE = /[\p{M}\p{Emoji_Modifier}\u{e0020}-\u{e007f}]/uy;

/**
 * Splits text into words, numbers, punctuation and symbols, skipping white space and invisible
 * formatting characters. Emoji sequences joined by ZWJ stay one symbol.
 *
 * @param input - Any text.
 * @returns Tokens in document order, each with `input.slice(start, end) === text`.
 * @throws TypeError when `input` is not a string.
 * @example
 * ```ts
 * tokenize("Don't pay $3,400.50!").map((t) => t.text) // ["Don't", 'pay', '$', '3,400.50', '!']
 * ```
 */
export function tokenize(input: string): Token[] {
  assertString(input, 'input');
  return scan(input, true);
}

/**
 * Just the word and number tokens of a text.
 *
 * @param input - Any text.
 * @returns Word and number tokens in document order.
 * @throws TypeError when `input` is not a string.
 * @example
 * ```ts
 * words('Hello, world!').map((t) => t.text) // ['Hello', 'world']
 * ```
 */
export function words(input: string): Token[] {
  assertString(input, 'input');
  return scan(input, false);
}

/**
 * Tokens are gathered in chunks this long: below the size at which V8 moves an array's storage to
 * its large-object space, where every growth of one array of a million tokens is a fresh
 * allocation of pages (three times the final array in all) that the system must hand over.
 */
const CHUNK = 8192;
/** How many chunks one `concat` call takes as arguments. */
const JOIN_BATCH = 4096;

function scan(input: string, withSymbols: boolean): Token[] {
  // A token stays alive as long as the result, so each costs its object and its text and
  // nothing else: `test` and `lastIndex` instead of `exec` (whose match array would double the
  // allocation and with it the garbage collector's share on large inputs), and no punctuation
  // tokens made only to be filtered out by `words`.
  const chunks: Token[][] = [];
  let tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    if (tokens.length === CHUNK) {
      chunks.push(tokens);
      tokens = [];
    }
    WORD.lastIndex = i;
    if (!isAsciiPunctuationOrSymbol(code) && WORD.test(input)) {
      const end = WORD.lastIndex;
      const text = input.slice(i, end);
      tokens.push({ text, start: i, end, kind: isAsciiLetter(code) || !NUMBER.test(text) ? 'word' : 'number' });
      i = end;
      continue;
    }
    const end = symbolEnd(input, i);
    if (withSymbols) {
      const text = input.slice(i, end);
      tokens.push({ text, start: i, end, kind: PUNCTUATION.test(text) ? 'punctuation' : 'symbol' });
    }
    i = end;
  }
  chunks.push(tokens);
  return joined(chunks);
}

/** The chunks as one array: `concat` allocates it at its final size and copies each chunk once. */
function joined(chunks: Token[][]): Token[] {
  let parts = chunks;
  while (parts.length > 1) {
    const batches: Token[][] = [];
    for (let start = 0; start < parts.length; start += JOIN_BATCH) batches.push(([] as Token[]).concat(...parts.slice(start, start + JOIN_BATCH)));
    parts = batches;
  }
  return parts[0] ?? [];
}

// A quick answer for ASCII, which most news text is made of, before asking a Unicode regex.
function isAsciiPunctuationOrSymbol(code: number): boolean {
  return code < 0x80 && !isAsciiLetter(code) && !isAsciiDigit(code);
}

function symbolEnd(input: string, start: number): number {
  let end = codePointEnd(input, start);
  for (;;) {
    GLUE.lastIndex = end;
    if (GLUE.test(input)) {
      end = GLUE.lastIndex;
    } else if (input.charCodeAt(end) === 0x200d && end + 1 < input.length) {
      end = codePointEnd(input, end + 1);
    } else {
      return end;
    }
  }
}
