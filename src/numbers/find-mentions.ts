import { Parser, type Found } from './parse.js';
import { scan, type Lexeme } from './scan.js';
import { vocabularyFor, type Locale } from './vocabulary.js';

/** Scanned text together with what the parser found in it. */
export interface Findings {
  readonly lexemes: readonly Lexeme[];
  readonly found: readonly Found[];
}

/**
 * Runs the pipeline (scan → parse and refine) without turning the result into public output;
 * the evaluation script uses it to see hedge and amount positions.
 *
 * @param input - Text to read.
 * @param locale - Its language.
 * @returns The lexemes and the mentions found, in document order.
 */
export function findMentions(input: string, locale: Locale): Findings {
  const lexemes = scan(input);
  return { lexemes, found: new Parser(lexemes, vocabularyFor(locale)).run() };
}
