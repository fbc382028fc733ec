import type { TextSpan } from '../text/span.js';

/** Slices shorter than this are copies in V8; longer ones point into the text they come from. */
const COPIED_BELOW = 13;

/**
 * Hands out one string for equal short slices of a text. V8 copies a slice of fewer than 13
 * characters, and a long text repeats the same few cue words and names (`said`, `she`, `Marin`)
 * in tens of thousands of quotes: as copies, they were a tenth of the result's memory.
 */
export class ShortTextPool {
  private readonly texts = new Map<string, string>();

  /**
   * A span of `input` whose text, when short, is the string given before for the same text.
   *
   * @param input - The text.
   * @param start - Start offset.
   * @param end - End offset.
   * @returns `{ text: input.slice(start, end), start, end }`.
   */
  span(input: string, start: number, end: number): TextSpan {
    let text = input.slice(start, end);
    if (text.length < COPIED_BELOW) {
      const known = this.texts.get(text);
      if (known === undefined) this.texts.set(text, text);
      else text = known;
    }
    return { text, start, end };
  }
}
