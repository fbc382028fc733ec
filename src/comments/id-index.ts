/** Keys an index holds: comment ids and post numbers. */
export type IdKey = string | number;

/**
 * Entries one `Map` takes before the index splits: a `Map`'s table is about 28 bytes an entry, so
 * up to here it stays under V8's large-object threshold (128 KB).
 */
const SPLIT_AT = 4096;
/** Maps after the split: each stays small up to 64 × 4,096 entries (a thread of about 100 MB). */
const SHARDS = 64;

/**
 * A `Map` from ids to values that keeps its tables small. Why not one `Map`: past about 4,000
 * entries its table lives in V8's large-object space, and each time it doubles a new table is made
 * on fresh pages and the old one freed; on an 8 MB thread (20,000 comments) those fresh pages made
 * the index cost more per comment than on a 1 MB one. Split into 64 maps by a hash of the key's
 * last characters, every table stays in the young generation's reused pages. Which map a key goes
 * to only affects speed: a key always goes to the same one.
 */
export class IdIndex<V> {
  #whole: Map<IdKey, V> | null = new Map();
  #shards: Map<IdKey, V>[] = [];

  /** The value stored under `key`, if any. */
  get(key: IdKey): V | undefined {
    return (this.#whole ?? this.#shardOf(key)).get(key);
  }

  /** Whether `key` is stored. */
  has(key: IdKey): boolean {
    return (this.#whole ?? this.#shardOf(key)).has(key);
  }

  /** Stores `value` under `key`. */
  set(key: IdKey, value: V): void {
    const whole = this.#whole;
    if (whole === null) {
      this.#shardOf(key).set(key, value);
      return;
    }
    whole.set(key, value);
    if (whole.size >= SPLIT_AT) this.#split(whole);
  }

  #split(whole: Map<IdKey, V>): void {
    this.#shards = Array.from({ length: SHARDS }, () => new Map<IdKey, V>());
    this.#whole = null;
    for (const [key, value] of whole) this.#shardOf(key).set(key, value);
  }

  #shardOf(key: IdKey): Map<IdKey, V> {
    return this.#shards[shardHash(key)] as Map<IdKey, V>;
  }
}

/**
 * A shard from 0 to 63: for a string, its length and last four characters mixed (ids of one
 * source differ most at the end: counters, hex digests, base-36 numbers); for a number, its low bits.
 */
function shardHash(key: IdKey): number {
  if (typeof key === 'number') return (key | 0) & (SHARDS - 1);
  let hash = key.length;
  for (let i = Math.max(0, key.length - 4); i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x9e3779b1);
  return (hash >>> 26) & (SHARDS - 1);
}
