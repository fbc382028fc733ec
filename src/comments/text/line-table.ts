import { ARRAY_PIECE as CHUNK, ARRAY_PIECE_BITS as CHUNK_BITS } from '../../text/young-sizes.js';
import type { LineClass, LineKind } from './classify-line.js';

interface Chunk {
  readonly starts: number[];
  readonly ends: number[];
  readonly blanks: number[];
  readonly classes: LineClass[];
}

/**
 * The non-blank lines of a scrape, trimmed and classified, as columns of numbers and shared
 * classes (a long scrape's lines are not objects each), stored in chunks of 8,192 lines, so no
 * column passes V8's large-object threshold (see young-sizes.ts).
 */
export class LineTable {
  readonly #chunks: Chunk[] = [];
  #length = 0;

  /** How many lines the table holds. */
  get length(): number {
    return this.#length;
  }

  /**
   * Appends a line.
   *
   * @param start - Where the trimmed line starts.
   * @param end - Where it ends.
   * @param blankBefore - How many blank lines come before it.
   * @param line - Its classification.
   */
  push(start: number, end: number, blankBefore: number, line: LineClass): void {
    let chunk = this.#chunks[this.#length >>> CHUNK_BITS];
    if (chunk === undefined) {
      chunk = { starts: [], ends: [], blanks: [], classes: [] };
      this.#chunks.push(chunk);
    }
    chunk.starts.push(start);
    chunk.ends.push(end);
    chunk.blanks.push(blankBefore);
    chunk.classes.push(line);
    this.#length++;
  }

  /** Where line `index` starts (trimmed). */
  start(index: number): number {
    return this.#chunkOf(index).starts[index & (CHUNK - 1)] as number;
  }

  /** Where line `index` ends (trimmed). */
  end(index: number): number {
    return this.#chunkOf(index).ends[index & (CHUNK - 1)] as number;
  }

  /** How many blank lines come before line `index` (none counted before the first). */
  blankBefore(index: number): number {
    return this.#chunkOf(index).blanks[index & (CHUNK - 1)] as number;
  }

  /** The classification of line `index`. */
  lineClass(index: number): LineClass {
    return this.#chunkOf(index).classes[index & (CHUNK - 1)] as LineClass;
  }

  /** The kind of line `index`. */
  kind(index: number): LineKind {
    return this.lineClass(index).kind;
  }

  #chunkOf(index: number): Chunk {
    return this.#chunks[index >>> CHUNK_BITS] as Chunk;
  }
}
