import type { LineClass, LineKind } from './classify-line.js';

/** Lines per chunk: a chunk's columns stay under V8's large-object threshold (128 KB) as they grow. */
const CHUNK_BITS = 13;
const CHUNK = 1 << CHUNK_BITS;

interface Chunk {
  readonly starts: number[];
  readonly ends: number[];
  readonly blanks: number[];
  readonly classes: LineClass[];
}

/**
 * The non-blank lines of a scrape, trimmed and classified, as columns of numbers and shared
 * classes (a long scrape's lines are not objects each), stored in chunks of 8,192 lines. Why
 * chunks: a column grown by `push` past about 16,000 entries is re-made in V8's large-object
 * space at every growth step, on fresh pages; on an 8 MB scrape (85,000 lines) those pages cost
 * more per line than a 1 MB scrape's columns did.
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
