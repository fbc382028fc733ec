import { ARRAY_PIECE } from './young-sizes.js';

/** How many chunks one `concat` call takes as arguments (each is a stack slot). */
const JOIN_BATCH = 4096;

/**
 * A list that grows in fixed-size chunks and becomes one array, of its exact length, at the end.
 *
 * Why not `push` on an array: past about 16,000 entries an array's store moves to V8's
 * large-object space, and every growth step then allocates a new store on fresh pages and copies
 * the old one (see young-sizes.ts).
 */
export class ChunkedList<T> {
  private readonly full: T[][] = [];
  private current: T[] = [];

  /**
   * @param chunk - Entries per chunk.
   * @param joinBatch - Chunks joined by one `concat` call.
   */
  constructor(
    private readonly chunk = ARRAY_PIECE,
    private readonly joinBatch = JOIN_BATCH,
  ) {}

  /** Appends an entry. */
  push(entry: T): void {
    if (this.current.length === this.chunk) {
      this.full.push(this.current);
      this.current = [];
    }
    this.current.push(entry);
  }

  /** The entries in order, as a new array (the only chunk itself when there is just one). */
  toArray(): T[] {
    let parts = [...this.full, this.current];
    // `concat` allocates its result at the final length and copies each part once (`flat` grows
    // its result step by step); in batches, so that a list of any length fits the stack.
    while (parts.length > 1) {
      const batches: T[][] = [];
      for (let start = 0; start < parts.length; start += this.joinBatch) batches.push(([] as T[]).concat(...parts.slice(start, start + this.joinBatch)));
      parts = batches;
    }
    return parts[0] as T[];
  }
}
