/**
 * A list of unsigned 32-bit integers that grows by doubling: four bytes an entry instead of a
 * JavaScript array's eight, and the buffers it outgrows are freed with their small wrapper
 * objects instead of staying on the heap until a full collection.
 */
export class Uint32List {
  // Small enough to live on V8's heap (an off-heap buffer costs more to make, and most texts are
  // short); outgrown ones are off the heap.
  private values = new Uint32Array(16);
  private size = 0;

  /** How many values the list holds. */
  get length(): number {
    return this.size;
  }

  /**
   * Appends a value.
   *
   * @param value - An integer from 0 to 2^32 - 1.
   */
  push(value: number): void {
    if (this.size === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = value;
  }

  /**
   * The value at `index`.
   *
   * @param index - From 0 to `length - 1`.
   * @returns The value (0 past the end).
   */
  at(index: number): number {
    return index < this.size ? (this.values[index] as number) : 0;
  }
}
