/**
 * franc's trigram engine, restricted to the candidates at hand. franc ranks the 300 commonest
 * trigrams of each language's UDHR text and scores an input by how far its own trigram ranks sit
 * from them. Importing `franc` itself decodes every table at load (~70 ms), so this module reads
 * franc's raw data and decodes the tables of a candidate list only when it is first needed.
 *
 * A text's trigrams are counted as numbers, not strings: the first UTF-16 code unit, and the
 * other two packed into one 32-bit integer, in an open-addressing hash table that serves every
 * call, so counting allocates nothing. The languages' tables are native Maps of strings (quick to
 * build on a script's first text, which runs in the interpreter); each remembers the rows of the
 * trigrams met by number, so a trigram becomes a string only on its first sight. This part was a
 * third of a short text's detection.
 */
import { data } from 'franc/data.js';

/** franc's penalty for a trigram a language's table lacks (its table length). */
const MAX_DIFFERENCE = 300;

/** franc's name of the trigram group for an ISO 15924 script. */
export const FRANC_SCRIPT: Readonly<Record<string, string>> = {
  Latn: 'Latin', Cyrl: 'Cyrillic', Arab: 'Arabic', Deva: 'Devanagari', Hebr: 'Hebrew',
  Mymr: 'Myanmar', Ethi: 'Ethiopic',
};

/**
 * franc's language codes that have a trigram table for a script.
 *
 * @param script - ISO 15924 code.
 * @returns ISO 639-3 codes as franc spells them.
 */
export function francLanguages(script: string): string[] {
  return Object.keys(data[FRANC_SCRIPT[script] ?? ''] ?? {});
}

/**
 * A set of trigrams with one integer per trigram, by open addressing. Slot i is the four cells
 * from 4i: the trigram's first code unit (-1 while the slot is free), the other two packed, the
 * value, and one unused, so a lookup reads one cache line (not one in each of three arrays: the
 * tables are large, and whole-page analysis runs other work between two detections).
 */
interface TrigramTable {
  cells: Int32Array;
  mask: number;
}

const HEAD = 0;
const TAIL = 1;
const VALUE = 2;

function trigramTable(capacity: number): TrigramTable {
  let size = 16;
  while (size < 2 * capacity) size *= 2;
  const cells = new Int32Array(4 * size);
  for (let at = HEAD; at < cells.length; at += 4) cells[at] = -1;
  return { cells, mask: size - 1 };
}

/** Where the slot holding the trigram begins in `cells`, or that of the free slot where it would go. */
function slotOf(table: TrigramTable, head: number, tail: number): number {
  const { cells, mask } = table;
  let slot = (Math.imul(head ^ Math.imul(tail, 0x9e3779b1), 0x85ebca6b) >>> 15) & mask;
  while (cells[4 * slot + HEAD] !== -1 && (cells[4 * slot + HEAD] !== head || cells[4 * slot + TAIL] !== tail)) slot = (slot + 1) & mask;
  return 4 * slot;
}

/** One lookup table for several languages: trigram → row, and per row every language's rank (-1: absent). */
export interface FrancTable {
  /** franc's codes of the languages, in column order. */
  readonly codes: readonly string[];
  /** Per language, whether franc has a table for it. */
  readonly known: readonly boolean[];
  /** Trigram → row of `ranks`. */
  readonly rows: ReadonlyMap<string, number>;
  /** Row r, column c at r × columns + c. */
  readonly ranks: Int16Array;
  /**
   * The rows of the trigrams met so far (-1: none), by number: after a text's first sight of a
   * trigram, looking it up makes no string. Grows to {@link MAX_CACHED} trigrams.
   */
  cache: TrigramTable;
  cached: number;
}

/** How many trigrams a table remembers the rows of (16,384 slots of 12 bytes at most). */
const MAX_CACHED = 1 << 13;

/**
 * The combined table of several languages' trigram ranks, for {@link francDistances}. Build it
 * once per candidate list and keep it: it decodes every listed table.
 *
 * @param script - ISO 15924 code of the input.
 * @param codes - franc's codes of the languages.
 * @returns The table (languages franc lacks a table for are marked unknown).
 */
export function francTable(script: string, codes: readonly string[]): FrancTable {
  const group = data[FRANC_SCRIPT[script] ?? ''];
  const rows = new Map<string, number>();
  const columns = codes.length;
  let ranks = new Int16Array(columns * 512).fill(-1);
  // Built with the engine's native Map and split: a script's first text runs this in the
  // interpreter, where hashing thousands of trigrams by hand cost several milliseconds more.
  codes.forEach((code, column) => {
    group?.[code]?.split('|').forEach((gram, rank) => {
      let row = rows.get(gram);
      if (row === undefined) {
        row = rows.size;
        rows.set(gram, row);
        if ((row + 1) * columns > ranks.length) {
          const grown = new Int16Array(ranks.length * 2).fill(-1);
          grown.set(ranks);
          ranks = grown;
        }
      }
      ranks[row * columns + column] = rank;
    });
  });
  return { codes, known: codes.map((code) => group?.[code] !== undefined), rows, ranks, cache: trigramTable(64), cached: 0 };
}

/** Scratch of one call: the text's distinct trigrams in order of first appearance, and their counts. */
let seen = trigramTable(0);
let heads = new Int32Array(0);
let tails = new Int32Array(0);
let counts = new Int32Array(0);
let slots = new Int32Array(0);
let order = new Int32Array(0);

function ensureScratch(trigrams: number): void {
  if (trigrams <= heads.length) return;
  const size = Math.max(256, 2 * trigrams);
  seen = trigramTable(size);
  heads = new Int32Array(size);
  tails = new Int32Array(size);
  counts = new Int32Array(size);
  slots = new Int32Array(size);
  order = new Int32Array(size);
}

/** franc's distances of a text: how many distinct trigrams it has and the distance to each language. */
export interface FrancReading {
  /** Number of distinct trigrams of the text. */
  readonly trigrams: number;
  /**
   * Per table, per language, the mean distance per trigram in [0, 1] (0: identical ranking,
   * 1: nothing in common), or NaN for a language without a table or a text without trigrams.
   */
  readonly distances: readonly Float64Array[];
}

/**
 * franc's distance of a text to each language of some tables: the text's trigrams (lower case,
 * letters only, words padded with one space) ranked by count, ties in order of first appearance;
 * each adds how far its rank sits from the language's, or {@link MAX_DIFFERENCE} when the language
 * lacks it. The text is ranked once; one lookup per distinct trigram serves a table's languages.
 *
 * @param words - The text's lower-cased words.
 * @param tables - From {@link francTable}.
 * @returns The number of distinct trigrams and, per table, the distance per language.
 */
export function francDistances(words: readonly string[], tables: readonly FrancTable[]): FrancReading {
  const distinct = rankTrigrams(words);
  return { trigrams: distinct, distances: tables.map((table) => distancesTo(table, distinct)) };
}

/** Counts and ranks the text's distinct trigrams into the scratch arrays; returns how many there are. */
function rankTrigrams(words: readonly string[]): number {
  let letters = 0;
  for (const word of words) letters += word.length;
  ensureScratch(letters);
  // Count the distinct trigrams, keeping their order of first appearance.
  let distinct = 0;
  let most = 0;
  for (const word of words) {
    const last = word.length + 1;
    for (let i = 0; i + 2 <= last; i++) {
      const a = i === 0 ? 0x20 : word.charCodeAt(i - 1);
      const b = i + 1 === last ? 0x20 : word.charCodeAt(i);
      const c = i + 2 === last ? 0x20 : word.charCodeAt(i + 1);
      const tail = (b << 16) | c;
      const slot = slotOf(seen, a, tail);
      const cells = seen.cells;
      let at: number;
      if (cells[slot + HEAD] === -1) {
        cells[slot + HEAD] = a;
        cells[slot + TAIL] = tail;
        at = distinct++;
        cells[slot + VALUE] = at;
        heads[at] = a;
        tails[at] = tail;
        counts[at] = 0;
        slots[at] = slot;
      } else at = cells[slot + VALUE] as number;
      const count = (counts[at] as number) + 1;
      counts[at] = count;
      if (count > most) most = count;
    }
  }
  for (let t = 0; t < distinct; t++) seen.cells[(slots[t] as number) + HEAD] = -1;
  // Rank: a counting sort by count, descending, stable (franc's order among equal counts).
  if (most > 1) {
    const starts = new Int32Array(most + 1);
    for (let t = 0; t < distinct; t++) {
      const bucket = most - (counts[t] as number) + 1;
      starts[bucket] = (starts[bucket] as number) + 1;
    }
    for (let k = 1; k <= most; k++) starts[k] = (starts[k] as number) + (starts[k - 1] as number);
    for (let t = 0; t < distinct; t++) {
      const bucket = most - (counts[t] as number);
      order[t] = starts[bucket] as number;
      starts[bucket] = (order[t] as number) + 1;
    }
  } else for (let t = 0; t < distinct; t++) order[t] = t;
  return distinct;
}

/** A trigram's row in a table (-1: no listed language has it), remembered by number. */
function rowOf(table: FrancTable, head: number, tail: number): number {
  const slot = slotOf(table.cache, head, tail);
  const cells = table.cache.cells;
  if (cells[slot + HEAD] !== -1) return cells[slot + VALUE] as number;
  const row = table.rows.get(String.fromCharCode(head, tail >>> 16, tail & 0xffff)) ?? -1;
  if (table.cached >= MAX_CACHED) return row;
  if (2 * (table.cached + 1) > table.cache.mask + 1) {
    grow(table);
    return rowOf(table, head, tail);
  }
  cells[slot + HEAD] = head;
  cells[slot + TAIL] = tail;
  cells[slot + VALUE] = row;
  table.cached++;
  return row;
}

/** Doubles a table's cache, moving what it holds. */
function grow(table: FrancTable): void {
  const old = table.cache.cells;
  const cache = trigramTable(old.length / 4);
  for (let at = 0; at < old.length; at += 4) {
    const head = old[at + HEAD] as number;
    if (head === -1) continue;
    const to = slotOf(cache, head, old[at + TAIL] as number);
    cache.cells[to + HEAD] = head;
    cache.cells[to + TAIL] = old[at + TAIL] as number;
    cache.cells[to + VALUE] = old[at + VALUE] as number;
  }
  table.cache = cache;
}

/** The distances of the ranked text (scratch) to every language of a table. */
function distancesTo(table: FrancTable, distinct: number): Float64Array {
  const { codes, known, ranks } = table;
  const columns = codes.length;
  const totals = new Float64Array(columns);
  // A trigram no listed language has costs every language the maximum: counted once at the end.
  let missing = 0;
  for (let t = 0; t < distinct; t++) {
    const row = rowOf(table, heads[t] as number, tails[t] as number);
    if (row < 0) {
      missing++;
      continue;
    }
    const rank = order[t] as number;
    const at = row * columns;
    for (let c = 0; c < columns; c++) {
      const theirs = ranks[at + c] as number;
      totals[c] = (totals[c] as number) + (theirs < 0 ? MAX_DIFFERENCE : Math.abs(rank - theirs));
    }
  }
  const scale = distinct * MAX_DIFFERENCE;
  for (let c = 0; c < columns; c++) totals[c] = distinct === 0 || known[c] !== true ? NaN : ((totals[c] as number) + missing * MAX_DIFFERENCE) / scale;
  return totals;
}
