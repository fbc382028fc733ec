import { ARRAY_PIECE, ARRAY_PIECE_BITS } from './young-sizes.js';

/**
 * A map from integers to values for keys that are mostly small and dense, such as the post
 * numbers of a forum topic (1, 2, 3, … with gaps). Keys in `[0, bound)` are slots of arrays made
 * as they are first used; any other key (negative, fractional, past the bound) goes to a `Map`.
 *
 * Why not only a `Map`: a hash table of tens of thousands of entries grows by rehashing into a new
 * table in V8's large-object space, fresh pages each step (see young-sizes.ts), and each lookup
 * hashes; here a slot is found by two array reads, and no piece grows once made.
 */
export class IntegerIndex<V> {
  readonly #pieces: (V | undefined)[][] = [];
  readonly #others = new Map<number, V>();

  /**
   * @param bound - Keys below this (and not negative) are held in slots; choose about the largest
   *   key expected, as every slot up to the largest key used is made.
   */
  constructor(private readonly bound: number) {}

  /** Sets the value of `key`, replacing any earlier one. */
  set(key: number, value: V): void {
    if (!this.#isSlot(key)) {
      this.#others.set(key, value);
      return;
    }
    const pieceIndex = key >>> ARRAY_PIECE_BITS;
    // Pieces before this one are filled in too, so the outer array stays packed.
    while (this.#pieces.length <= pieceIndex) this.#pieces.push(new Array<V | undefined>(ARRAY_PIECE).fill(undefined));
    (this.#pieces[pieceIndex] as (V | undefined)[])[key & (ARRAY_PIECE - 1)] = value;
  }

  /** The value of `key`, or `undefined` when it has none. */
  get(key: number): V | undefined {
    if (!this.#isSlot(key)) return this.#others.get(key);
    return this.#pieces[key >>> ARRAY_PIECE_BITS]?.[key & (ARRAY_PIECE - 1)];
  }

  #isSlot(key: number): boolean {
    return Number.isInteger(key) && key >= 0 && key < this.bound;
  }
}
