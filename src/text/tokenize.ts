import { assertString } from './assert.js';
import { ChunkedList } from './chunked-list.js';
import { scanTokens, type TokenKind } from './scan-tokens.js';
import type { TextSpan } from './span.js';

export type { TokenKind } from './scan-tokens.js';

/** A token with its offsets into the input. */
export interface Token extends TextSpan {
  /** Word (letters, possibly with digits), number (digits and separators), punctuation or symbol. */
  readonly kind: TokenKind;
}

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
  return gather(input, true);
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
  return gather(input, false);
}

function gather(input: string, withSymbols: boolean): Token[] {
  // A token stays alive as long as the result, so each costs its object and its text and
  // nothing else: no punctuation tokens made only to be filtered out by `words`.
  const tokens = new ChunkedList<Token>();
  scanTokens(input, (start, end, kind) => {
    if (!withSymbols && (kind === 'punctuation' || kind === 'symbol')) return;
    tokens.push({ text: input.slice(start, end), start, end, kind });
  });
  return tokens.toArray();
}
