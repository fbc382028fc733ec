import { forEachParagraph } from '../text/paragraphs.js';
import type { Span } from '../text/span.js';
import { Uint32List } from '../text/uint32-list.js';

/** Paragraphs read by index: an array of spans, or {@link ParagraphOffsets}. */
export interface ParagraphList {
  readonly length: number;
  at(index: number): Span | undefined;
}

/**
 * The paragraphs of a text (those `splitParagraphs` finds) as packed offsets, two 32-bit integers
 * each: a long text has tens of thousands of paragraphs, and as span objects they outlived the
 * young generation and piled up until a full collection. A span is made when one is asked for.
 */
export class ParagraphOffsets implements ParagraphList {
  private readonly offsets = new Uint32List();

  /**
   * Reads the paragraphs of a text.
   *
   * @param input - The text.
   */
  constructor(input: string) {
    forEachParagraph(input, ({ start, end }) => {
      this.offsets.push(start);
      this.offsets.push(end);
    });
  }

  /** How many paragraphs there are. */
  get length(): number {
    return this.offsets.length / 2;
  }

  /**
   * A paragraph's offsets.
   *
   * @param index - From 0 to `length - 1`.
   * @returns A new `{ start, end }`, or `undefined` past the last paragraph.
   */
  at(index: number): Span | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return { start: this.offsets.at(2 * index), end: this.offsets.at(2 * index + 1) };
  }
}
