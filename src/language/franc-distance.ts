/**
 * franc's trigram engine, restricted to the candidates at hand. franc ranks the 300 commonest
 * trigrams of each language's UDHR text and scores an input by how far its own trigram ranks sit
 * from them. Importing `franc` itself decodes every table at load (~70 ms), so this module reads
 * franc's raw data and decodes the tables of a candidate list only when it is first needed.
 *
 * A text's trigrams are counted as numbers, not strings: each trigram met gets a number on its
 * first sight (one hash per trigram of the text), so counting allocates nothing. The languages'
 * tables are native Maps of strings (quick to build on a script's first text, which runs in the
 * interpreter); each remembers the rows of the trigrams met in an array indexed by their numbers,
 * so a trigram becomes a string only on its first sight and a table costs no hashing at all. This
 * part was a third of a short text's detection.
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
   * Per trigram number (see {@link internTrigram}), its row + 2 (1: no listed language has it, 0: not
   * looked up yet): after a trigram's first sight, finding its row is one array read.
   */
  rowCache: Int32Array;
  /** The numbering `rowCache` belongs to (it is emptied when the numbers are dealt anew). */
  numbering: number;
}

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
  return { codes, known: codes.map((code) => group?.[code] !== undefined), rows, ranks, rowCache: new Int32Array(0), numbering: -1 };
}

/**
 * Every trigram met so far gets a number, in order of first sight, which indexes the per-call
 * scratch and each table's row cache: a trigram is hashed once per sight in the text, never per
 * table. Up to {@link MAX_NUMBERED} trigrams are numbered (more only for a text that has more);
 * then the numbers are dealt anew (the tables' row caches with them), so memory stays bounded.
 * The table is open addressing, slot i the four cells from 4i: the trigram's first code unit + 1
 * (0 while the slot is free), the other two packed, the number, and one unused, so a lookup reads
 * one cache line. Everything is sized once, on the first text: growing it on the way would take
 * paths that the optimised code has not seen, and each would deoptimise it.
 */
const MAX_NUMBERED = 1 << 14;
let numbered = new Int32Array(0);
let numberedMask = 0;
let numberedCount = 0;
/** Which dealing of numbers is current. */
let numbering = 0;
/** Scratch of one call: per trigram number, the last call that met it and its place among the text's distinct trigrams. */
let seenIn = new Int32Array(0);
let positions = new Int32Array(0);
let call = 0;

function hashOf(head: number, tail: number): number {
  const h = Math.imul(head ^ Math.imul(tail, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** The number of a trigram, giving it the next one on its first sight (room was reserved by {@link reserveNumbers}). */
function internTrigram(head: number, tail: number): number {
  const cells = numbered;
  let slot = hashOf(head, tail) & numberedMask;
  for (;;) {
    const at = 4 * slot;
    const found = cells[at] as number;
    if (found === head + 1 && cells[at + 1] === tail) return cells[at + 2] as number;
    if (found === 0) {
      cells[at] = head + 1;
      cells[at + 1] = tail;
      cells[at + 2] = numberedCount;
      return numberedCount++;
    }
    slot = (slot + 1) & numberedMask;
  }
}

/** Makes room for a text's `trigrams` before it is counted: the numbers are dealt anew when they would run out. */
function reserveNumbers(trigrams: number): void {
  if (numberedCount + trigrams <= seenIn.length) return;
  const room = Math.max(MAX_NUMBERED, trigrams);
  if (seenIn.length < room) {
    let slots = 16;
    while (slots < 2 * room) slots *= 2;
    numbered = new Int32Array(4 * slots);
    numberedMask = slots - 1;
    seenIn = new Int32Array(room);
    positions = new Int32Array(room);
    call = 0;
  } else numbered.fill(0);
  numberedCount = 0;
  numbering++;
}

/** Scratch of one call: the text's distinct trigrams in order of first appearance (number, letters), their counts and ranks. */
let ids = new Int32Array(0);
let heads = new Int32Array(0);
let tails = new Int32Array(0);
let counts = new Int32Array(0);
let order = new Int32Array(0);
let starts = new Int32Array(64);

function ensureScratch(trigrams: number): void {
  if (trigrams <= heads.length) return;
  const size = Math.max(256, 2 * trigrams);
  ids = new Int32Array(size);
  heads = new Int32Array(size);
  tails = new Int32Array(size);
  counts = new Int32Array(size);
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
  for (let w = 0; w < words.length; w++) letters += (words[w] as string).length;
  ensureScratch(letters);
  reserveNumbers(letters);
  if (++call === 0x7fffffff) {
    seenIn.fill(0);
    call = 1;
  }
  // Count the distinct trigrams, keeping their order of first appearance.
  let distinct = 0;
  let most = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    const last = word.length + 1;
    for (let i = 0; i + 2 <= last; i++) {
      const a = i === 0 ? 0x20 : word.charCodeAt(i - 1);
      const b = i + 1 === last ? 0x20 : word.charCodeAt(i);
      const c = i + 2 === last ? 0x20 : word.charCodeAt(i + 1);
      const tail = (b << 16) | c;
      const id = internTrigram(a, tail);
      let at: number;
      if (seenIn[id] !== call) {
        seenIn[id] = call;
        at = distinct++;
        positions[id] = at;
        ids[at] = id;
        heads[at] = a;
        tails[at] = tail;
        counts[at] = 0;
      } else at = positions[id] as number;
      const count = (counts[at] as number) + 1;
      counts[at] = count;
      if (count > most) most = count;
    }
  }
  // Rank: a counting sort by count, descending, stable (franc's order among equal counts).
  if (most > 1) {
    if (starts.length <= most) starts = new Int32Array(2 * (most + 1));
    starts.fill(0, 0, most + 1);
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

/** A table's row cache for the current numbering, emptied when the numbers were dealt anew and long enough for every number. */
function rowCacheOf(table: FrancTable): Int32Array {
  if (table.numbering !== numbering) {
    table.rowCache.fill(0);
    table.numbering = numbering;
  }
  if (table.rowCache.length < numberedCount) {
    const grown = new Int32Array(Math.max(1024, 2 * numberedCount));
    grown.set(table.rowCache);
    table.rowCache = grown;
  }
  return table.rowCache;
}

/** The distances of the ranked text (scratch) to every language of a table. */
function distancesTo(table: FrancTable, distinct: number): Float64Array {
  const { codes, known, ranks } = table;
  const columns = codes.length;
  const totals = new Float64Array(columns);
  // A trigram no listed language has costs every language the maximum: counted once at the end.
  let missing = 0;
  const rowCache = rowCacheOf(table);
  for (let t = 0; t < distinct; t++) {
    const id = ids[t] as number;
    let row = (rowCache[id] as number) - 2;
    if (row === -2) {
      const tail = tails[t] as number;
      row = table.rows.get(String.fromCharCode(heads[t] as number, tail >>> 16, tail & 0xffff)) ?? -1;
      rowCache[id] = row + 2;
    }
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
