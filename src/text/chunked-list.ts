/**
 * Entries per chunk: a chunk's 64 KB of pointers stays under V8's large-object threshold
 * (128 KB), so chunks are made in the young generation's pages, which are used over and over.
 */
const CHUNK = 8192;

/**
 * A list that grows in fixed-size chunks and becomes one array, of its exact length, at the end.
 *
 * Why not `push` on an array: past about 16,000 entries an array's store moves to V8's
 * large-object space, and every growth step then allocates a new store on fresh pages and copies
 * the old one. On megabyte inputs those fresh pages, not the work, made a result of eight times
 * the entries take more than eight times as long.
 */
export class ChunkedList<T> {
  private readonly full: T[][] = [];
  private current: T[] = [];

  /** Appends an entry. */
  push(entry: T): void {
    if (this.current.length === CHUNK) {
      this.full.push(this.current);
      this.current = [];
    }
    this.current.push(entry);
  }

  /** The entries in order, as a new array (the only chunk itself when there is just one). */
  toArray(): T[] {
    if (this.full.length === 0) return this.current;
    // One allocation of the exact length (`flat` grows its result step by step).
    return ([] as T[]).concat(...this.full, this.current);
  }
}
