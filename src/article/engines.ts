// INTERIM stand-ins until the quotes, numbers, language and comments branches are merged; replaced
// by re-exports of the real capabilities at the first merge. Never released.
import type { CommentThread } from '../comments/types.js';
import type { TextSpan } from '../text/span.js';

export interface Quote extends TextSpan {
  readonly kind: 'direct' | 'mixed' | 'indirect' | 'scare';
  readonly speaker: { readonly name: string; readonly mention: TextSpan } | null;
  readonly cue: TextSpan | null;
}
export interface NumberMention extends TextSpan {
  readonly kind: string;
  readonly value?: number;
}
export interface LanguageGuess {
  readonly language: string;
  readonly confidence: number;
  readonly reliable: boolean;
}
export function extractQuotes(text: string): Quote[] {
  return text === '' ? [] : [];
}
export function extractNumbers(text: string): NumberMention[] {
  return text === '' ? [] : [];
}
export function detectLanguage(text: string): LanguageGuess {
  return { language: text === '' ? 'und' : 'en', confidence: 0, reliable: false };
}
export function parseTextComments(text: string): CommentThread {
  return { format: 'text', comments: [], roots: [], boilerplate: [], warnings: [], unloaded: text === '' ? [] : [] };
}
