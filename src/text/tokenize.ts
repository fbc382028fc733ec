import { assertString } from './assert.js';
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

/**
 * Tokens are gathered in chunks this long: below the size at which V8 moves an array's storage to
 * its large-object space, where every growth of one array of a million tokens is a fresh
 * allocation of pages (three times the final array in all) that the system must hand over.
 */
const CHUNK = 8192;
/** How many chunks one `concat` call takes as arguments. */
const JOIN_BATCH = 4096;

function gather(input: string, withSymbols: boolean): Token[] {
  // A token stays alive as long as the result, so each costs its object and its text and
  // nothing else: no punctuation tokens made only to be filtered out by `words`.
  const chunks: Token[][] = [];
  let tokens: Token[] = [];
  scanTokens(input, (start, end, kind) => {
    if (!withSymbols && (kind === 'punctuation' || kind === 'symbol')) return;
    if (tokens.length === CHUNK) {
      chunks.push(tokens);
      tokens = [];
    }
    tokens.push({ text: input.slice(start, end), start, end, kind });
  });
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
