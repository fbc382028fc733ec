import { assertString } from './assert.js';
import type { TextSpan } from './span.js';
import { DASHES, ELIDED_WORDS, PRIME_MARKS, QUOTE_MARKS, type QuoteMarkEntry } from './data/marks.js';

/** How a quotation mark looks. */
export type QuoteMarkStyle = 'straight' | 'curly' | 'guillemet' | 'low9' | 'grave' | 'corner';
/** Double (`“`) or single (`‘`) quotation mark. */
export type QuoteMarkWeight = 'double' | 'single';
/** Kinds of dash-like characters. */
export type DashKind = 'hyphen' | 'figure' | 'en' | 'em' | 'bar' | 'minus';

/** A quotation mark found in a text (`text` is the mark itself, one or two characters). */
export interface QuoteMark extends TextSpan {
  /** How the mark looks. */
  readonly style: QuoteMarkStyle;
  /** Double or single. */
  readonly weight: QuoteMarkWeight;
  /** Can it open a quotation (in some language or typing habit)? */
  readonly opens: boolean;
  /** Can it close a quotation? */
  readonly closes: boolean;
  /** The marks that close a quotation this one opens, the usual one first. */
  readonly closers: readonly string[];
}

/**
 * Reads the quotation mark that starts at `index`, if any. Two-character marks (```` `` ```` and
 * `''`) win over one-character ones. Primes (′ ″) are not quotation marks: see {@link isPrime}.
 *
 * @param input - The text.
 * @param index - Offset to look at.
 * @returns The mark with its offsets and properties, or `null`.
 * @example
 * ```ts
 * quoteMarkAt('„Ja“', 0) // { text: '„', style: 'low9', weight: 'double', closers: ['“', '”', '"'], … }
 * ```
 */
export function quoteMarkAt(input: string, index: number): QuoteMark | null {
  assertString(input, 'input');
  // Scanners ask at every offset, and almost every character is no mark: answer those without
  // cutting a string and hashing it.
  markStarts ??= new Set([...QUOTE_MARKS.keys()].map((mark) => mark.charCodeAt(0)));
  if (!markStarts.has(input.charCodeAt(index))) return null;
  const two = input.slice(index, index + 2);
  const entry = two.length === 2 ? QUOTE_MARKS.get(two) : undefined;
  if (entry !== undefined) return markOf(two, index, entry);
  const one = input.charAt(index);
  const single = QUOTE_MARKS.get(one);
  return single === undefined ? null : markOf(one, index, single);
}

/** A literal, not a spread of the entry: quotation scanners build one per mark of a long text. */
function markOf(text: string, start: number, entry: QuoteMarkEntry): QuoteMark {
  return { text, start, end: start + text.length, style: entry.style, weight: entry.weight, opens: entry.opens, closes: entry.closes, closers: entry.closers };
}

let markStarts: Set<number> | undefined;

/**
 * Whether a character is a prime (′ ″ ‴), used for feet, inches, minutes and seconds.
 *
 * @param char - One character.
 * @returns `true` for prime marks.
 * @example
 * ```ts
 * isPrime('″') // true
 * ```
 */
export function isPrime(char: string): boolean {
  assertString(char, 'char');
  return PRIME_MARKS.has(char);
}

/**
 * Classifies a dash-like character.
 *
 * @param char - One character.
 * @returns Its {@link DashKind}, or `null` when it is not a dash.
 * @example
 * ```ts
 * dashKind('—') // 'em'
 * ```
 */
export function dashKind(char: string): DashKind | null {
  assertString(char, 'char');
  return DASHES.get(char) ?? null;
}

/** What a single quote (`'` or `’` or `‘`) is doing at one place in a text. */
export type SingleQuoteRole = 'apostrophe' | 'open' | 'close' | 'ambiguous';

const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{Nd}/u;

/**
 * Tells an apostrophe from a single quotation mark: letters on both sides (don’t, O’Brien), a
 * decade or year (’90s, '22), elisions (’em, rock ’n’ roll) are apostrophes; a mark after a space
 * and before a word opens a quote, one after a word and before a space or punctuation closes it.
 * After a word ending in “s” (the players’ union) it may be either, and the result says so.
 *
 * @param input - The text.
 * @param index - Offset of a `'`, `’` or `‘`.
 * @returns The role of the mark.
 * @example
 * ```ts
 * singleQuoteRole("rock 'n' roll", 5) // 'apostrophe'
 * singleQuoteRole("the ’90s", 4)     // 'apostrophe'
 * ```
 */
export function singleQuoteRole(input: string, index: number): SingleQuoteRole {
  assertString(input, 'input');
  const before = charBefore(input, index);
  const after = charAfter(input, index + 1);
  const letterBefore = before !== '' && LETTER_OR_DIGIT.test(before);
  const letterAfter = after !== '' && LETTER_OR_DIGIT.test(after);
  if (letterBefore && letterAfter) return 'apostrophe';
  if (letterAfter && isElisionAt(input, index + 1)) return 'apostrophe';
  if (letterBefore && isElisionEnd(input, index)) return 'apostrophe';
  if (letterAfter) return 'open';
  if (letterBefore || /[.,!?;:…)\]]/u.test(before)) {
    return (before === 's' || before === 'S') && /\s/u.test(after) ? 'ambiguous' : 'close';
  }
  if (after === '') return 'close';
  return /\s/u.test(before) || before === '' ? 'open' : 'ambiguous';
}

/** ’90s, '22, ’em: the word after a mark that does not follow a letter or digit (the caller checks that). */
function isElisionAt(input: string, wordStart: number): boolean {
  if (
    DIGIT.test(input.charAt(wordStart)) &&
    DIGIT.test(input.charAt(wordStart + 1)) &&
    !DIGIT.test(input.charAt(wordStart + 2))
  ) {
    return true;
  }
  let end = wordStart;
  while (end < input.length && LETTER.test(input.charAt(end))) end++;
  const word = input.slice(wordStart, end).toLowerCase();
  return ELIDED_WORDS.has(word) && (word !== 'n' || /['’]/u.test(input.charAt(end)));
}

/** The closing mark of ’n’ in rock ’n’ roll. */
function isElisionEnd(input: string, index: number): boolean {
  const open = input.charAt(index - 2);
  return (input.charAt(index - 1) === 'n' || input.charAt(index - 1) === 'N') &&
    (open === '’' || open === "'" || open === '‘') &&
    !LETTER_OR_DIGIT.test(charBefore(input, index - 2));
}

function charBefore(input: string, index: number): string {
  if (index <= 0) return '';
  const code = input.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? input.slice(index - 2, index) : input.charAt(index - 1);
}

function charAfter(input: string, index: number): string {
  if (index >= input.length) return '';
  const code = input.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? input.slice(index, index + 2) : input.charAt(index);
}
