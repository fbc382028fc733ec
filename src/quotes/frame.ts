import { NON_TERMINAL_ABBREVIATIONS } from '../text/data/abbreviations.js';
import type { Span } from '../text/span.js';
import { scanTokens } from '../text/scan-tokens.js';
import { lowerCase } from './lower-case.js';
import type { Token } from '../text/tokenize.js';
import type { MarkedSpan } from './find-quote-spans.js';

/** A word or punctuation token outside quotation marks, with its lower-cased text. */
export interface Word extends Token {
  readonly type: 'word';
  readonly lower: string;
}

/**
 * One item of a paragraph's frame: a token outside quotation marks, or a whole quotation (by its
 * index in the frame's `spans`).
 */
// A word is its own item (no wrapper object): a long text has millions of them.
export type FrameItem = Word | { readonly type: 'quote'; readonly quote: number };

/** A paragraph seen as the words around its quotations, cut into sentences. */
export interface Frame {
  readonly paragraph: Span;
  readonly index: number;
  readonly items: readonly FrameItem[];
  /** The paragraph's marked spans, which its quotation items index. */
  readonly spans: readonly MarkedSpan[];
  /** Index in the whole text of the first of those spans. */
  readonly firstSpan: number;
  /** Sentences as `[from, to)` ranges of item indexes. */
  readonly sentences: readonly (readonly [number, number])[];
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const UPPER_OR_DIGIT = /^[\p{Lu}\p{Nd}]/u;
const ENDS_TERMINAL = /[.!?…]$/u;
const MAX_SENTENCE_ITEMS = 200;

/**
 * Lays a paragraph out as the tokens outside its quotations, with each quotation as one item,
 * and cuts it into sentences. The sentence cut works on that frame (a full stop inside a quotation
 * never ends the surrounding sentence), which is what attribution needs.
 *
 * @param input - The whole text.
 * @param paragraph - The paragraph.
 * @param index - Its index.
 * @param spans - The paragraph's marked spans.
 * @param firstSpan - Index in the whole text of the first of them.
 * @returns The frame.
 */
export function buildFrame(input: string, paragraph: Span, index: number, spans: readonly MarkedSpan[], firstSpan: number): Frame {
  const items: FrameItem[] = [];
  const offset = paragraph.start;
  const text = input.slice(offset, paragraph.end);
  let next = 0;
  // Tokens are read straight into items: no token objects made only to be copied.
  scanTokens(text, (tokenStart, tokenEnd, kind) => {
    const start = tokenStart + offset;
    let span = spans[next];
    while (span !== undefined && start >= outerEnd(span, paragraph)) {
      next++;
      span = spans[next];
    }
    if (span !== undefined && start >= span.openStart) {
      const last = items.at(-1);
      if (last?.type !== 'quote' || last.quote !== next) items.push({ type: 'quote', quote: next });
      return;
    }
    const word = text.slice(tokenStart, tokenEnd);
    items.push({ type: 'word', text: word, start, end: tokenEnd + offset, kind, lower: lowerCase(word) });
  });
  return { paragraph, index, items, spans, firstSpan, sentences: cutSentences(input, items, spans) };
}

/** Where a quotation ends, its closing mark included. */
export function outerEnd(span: MarkedSpan, paragraph: Span): number {
  return span.closeEnd ?? paragraph.end;
}

function cutSentences(input: string, items: readonly FrameItem[], spans: readonly MarkedSpan[]): [number, number][] {
  const sentences: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as FrameItem;
    const following = items[i + 1];
    if (following === undefined) break;
    if (i + 1 - from >= MAX_SENTENCE_ITEMS) {
      // Run-on text without sentence ends: cutting it bounds the work per quotation.
      sentences.push([from, i + 1]);
      from = i + 1;
      continue;
    }
    const span = item.type === 'quote' ? spans[item.quote] : undefined;
    const ends = item.type === 'word'
      ? TERMINAL.has(item.text) && !isAbbreviationBefore(items, i)
      : span !== undefined && ENDS_TERMINAL.test(input.slice(span.end - 1, span.end));
    if (!ends) continue;
    const starts = following.type === 'quote' || UPPER_OR_DIGIT.test(following.text);
    if (starts) {
      sentences.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < items.length) sentences.push([from, items.length]);
  return sentences;
}

function isAbbreviationBefore(items: readonly FrameItem[], i: number): boolean {
  const stop = items[i];
  if (stop?.type !== 'word' || stop.text !== '.') return false;
  const word = items[i - 1];
  if (word?.type !== 'word' || word.end !== stop.start) return false;
  return NON_TERMINAL_ABBREVIATIONS.has(word.lower) || /^\p{Lu}$/u.test(word.text);
}
