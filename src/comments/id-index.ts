/** Keys an index holds: comment ids and post numbers. */
export type IdKey = string | number;

/** The keys that share one hash, newest first. */
interface Entry<V> {
  readonly key: IdKey;
  value: V;
  readonly next: Entry<V> | undefined;
}

/**
 * Hashes one `Map` takes before the index splits: a `Map`'s table is about 28 bytes an entry, so
 * up to here it stays under V8's large-object threshold (128 KB).
 */
const SPLIT_AT = 4096;
/** Maps after the split: each stays small up to 64 × 4,096 keys (a thread of about 100 MB). */
const SHARDS = 64;

/**
 * A map from ids to values for threads of any size. Two things make a plain `Map` of string ids
 * cost more per id on a large thread than on a small one:
 * - past about 4,000 entries its table lives in V8's large-object space, and each time it doubles
 *   a new table is made on fresh pages: this index splits into 64 maps, each of which stays small;
 * - looking a string up compares it with the keys already in its bucket, and each comparison
 *   reads a string made long before (by `JSON.parse`, megabytes back), far out of the cache on a
 *   large input. This index keys its maps by a 32-bit hash of the id, computed here from the id's
 *   characters while they are still in the cache, and compares the ids themselves only when the
 *   hashes match: adding a new id reads no other id.
 */
export class IdIndex<V> {
  // One map until the split, then 64, in the same array: no field of the index is ever assigned
  // again (a field that changes what it holds makes V8 drop the code compiled for it, on every
  // large thread again once a full collection has cleared what it learnt).
  readonly #maps: Map<number, Entry<V>>[] = [new Map()];

  /** The value stored under `key`, if any. */
  get(key: IdKey): V | undefined {
    const hash = hashOf(key);
    for (let entry = this.#mapOf(hash).get(hash); entry !== undefined; entry = entry.next) {
      if (sameKey(entry.key, key)) return entry.value;
    }
    return undefined;
  }

  /** Whether `key` is stored. */
  has(key: IdKey): boolean {
    const hash = hashOf(key);
    for (let entry = this.#mapOf(hash).get(hash); entry !== undefined; entry = entry.next) {
      if (sameKey(entry.key, key)) return true;
    }
    return false;
  }

  /** Stores `value` under `key`. */
  set(key: IdKey, value: V): void {
    const hash = hashOf(key);
    const map = this.#mapOf(hash);
    const first = map.get(hash);
    for (let entry = first; entry !== undefined; entry = entry.next) {
      if (sameKey(entry.key, key)) {
        entry.value = value;
        return;
      }
    }
    map.set(hash, { key, value, next: first });
    if (this.#maps.length === 1 && map.size >= SPLIT_AT) this.#split(map);
  }

  /** Moves the entries of the one map to the 64 that replace it (the first of which it stays). */
  #split(first: Map<number, Entry<V>>): void {
    for (let shard = 1; shard < SHARDS; shard++) this.#maps.push(new Map());
    for (const [hash, entry] of first) {
      const shard = hash & (SHARDS - 1);
      if (shard === 0) continue;
      (this.#maps[shard] as Map<number, Entry<V>>).set(hash, entry);
      first.delete(hash);
    }
  }

  #mapOf(hash: number): Map<number, Entry<V>> {
    return this.#maps[hash & (this.#maps.length - 1)] as Map<number, Entry<V>>;
  }
}

/** `Map`'s key equality (SameValueZero): `NaN` is itself, and `5` is not `"5"`. */
function sameKey(a: IdKey, b: IdKey): boolean {
  return a === b || (a !== a && b !== b);
}

/** A 32-bit hash: FNV-1a over a string's code units; a number's integer part. */
function hashOf(key: IdKey): number {
  if (typeof key === 'number') return key | 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash | 0;
}
