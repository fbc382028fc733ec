// INTERIM: quotes and language are stand-ins until their branches are merged; numbers and
// comments are the real capabilities. Replaced by direct imports at the next merge.
import type { TextSpan } from '../text/span.js';

export { extractNumbers, type NumberMention } from '../numbers/index.js';

export interface Quote extends TextSpan {
  readonly kind: 'direct' | 'mixed' | 'indirect' | 'scare';
  readonly speaker: { readonly name: string; readonly mention: TextSpan } | null;
  readonly cue: TextSpan | null;
}
export interface LanguageGuess {
  readonly language: string;
  readonly confidence: number;
  readonly reliable: boolean;
}
export function extractQuotes(text: string): Quote[] {
  return text === '' ? [] : [];
}
export function detectLanguage(text: string): LanguageGuess {
  return { language: text === '' ? 'und' : 'en', confidence: 0, reliable: false };
}
