/**
 * Decodes the precomputed letter n-gram model of one script (data/models.ts, written by
 * scripts/language/encode-models.ts): a trie of n-grams whose nodes index rows of log
 * probabilities, one value per language. Built lazily on first use of a script
 * (`models[script] ??= build()`), never at import; a node's row is decoded when a text first reaches it.
 */
import { LETTER_CODES, type EncodedModel } from './data/encoded-model.js';
import { LEVEL_STEP, MODELS } from './data/models.js';
import { SIBLING_WORDS } from './data/sibling-words.js';

/** The scored languages of one script and their n-gram and frequent-word tables. */
export interface ScriptModel {
  /** Language codes, in the column order of every table below. */
  readonly languages: readonly string[];
  /**
   * Per UTF-16 code, the code the model writes that letter as (data/encoded-model.ts): 0 for a letter
   * written as itself, {@link NO_LETTER} for an ASCII letter the model never has.
   */
  readonly letterCodes: Uint16Array;
  /** Per ASCII code a letter is written as, the letter. */
  readonly writtenLetters: Uint16Array;
  /** Every column: 0, 1, … */
  readonly allColumns: readonly number[];
  /**
   * The n-gram trie, numbered breadth-first (the root is node 0): node i's children are listed by
   * `children[i]` (the written codes of their last letters, sorted; a space marks the word
   * boundary) and numbered from `firstChild[i]` on. Nodes past the end of `children` are leaves.
   */
  readonly children: readonly string[];
  /** Per node listed in `children`, the number of its first child. */
  readonly firstChild: Int32Array;
  /** Per written letter code, the root's child for that letter (0: none): every n-gram starts there. */
  readonly rootChild: Uint16Array;
  /** Number of trie nodes, the root included. */
  readonly nodes: number;
  /** The first node of each n-gram order 1–4 (then the node count): the trie is breadth-first. */
  readonly orderStarts: readonly number[];
  /**
   * Per trie node, one row of log probabilities per language (a language that never showed the
   * n-gram holds its floor). Row of node i starts at i × columns; filled by {@link nodeRow}.
   */
  readonly values: Float32Array;
  /** Per trie node: 0 row not decoded yet, 1 decoded, 2 a bare prefix no language lists. */
  readonly state: Uint8Array;
  /** Per node after the root (node i at i - 1), its encoded levels: pairs of column and level. */
  readonly levels: readonly string[];
  /** The encoded model (tops and floors are read from it when a row is decoded). */
  readonly encoded: EncodedModel;
  /**
   * word → row in {@link wordWeights}, for a word some language lists as frequent or as telling
   * siblings apart (`undefined` otherwise).
   */
  readonly words: { get(word: string): number | undefined };
  /**
   * Per listed word, its evidence weight per language (frequent word 1, sibling-telling word
   * {@link SIBLING_WEIGHT}, discounted by how many languages list it). Row r starts at r × columns.
   * One row per listed word seen, filled on its first sight; replaced by a longer copy as rows are added.
   */
  wordWeights: Float32Array;
  /** The word tables, built on the first word looked up, and the n-gram sums of words seen. */
  readonly memo: WordMemo;
}

interface WordMemo {
  /** Per language the buckets of its front-coded frequent words (searched in place by {@link frontCodedHas}). */
  readonly frequent: readonly (readonly string[])[];
  /** Per language its sibling-telling words. */
  readonly siblings: readonly ReadonlySet<string>[];
  /** Listed words whose weights are filled → their row in wordWeights. */
  readonly weightRows: Map<string, number>;
  /** Every listed word, unpacked once {@link SEARCHES_BEFORE_UNPACK} words were searched for (empty till then). */
  readonly listed: Set<string>;
  /** Whether `listed` is unpacked. */
  unpacked: boolean;
  /** Words searched for in the lists so far. */
  searches: number;
  /** Scratch row of a word's weights before it is known to be listed. */
  readonly weightScratch: Float64Array;
  /** Words whose n-gram sums are kept → their row in `ngrams` (at most {@link MEMO_WORDS}). */
  readonly ngramRows: Map<string, number>;
  /**
   * Per kept word, its summed n-gram log probabilities per language (allocated on the first word:
   * an empty array till then, never `null`, so the field keeps one type for the optimising compiler).
   */
  ngrams: Float64Array;
  /** Per kept word, its row in wordWeights, or -1 for a word no list holds. */
  wordRows: Int32Array;
  /** Scratch row for a word not kept. */
  readonly scratch: Float64Array;
}

/**
 * How many distinct words a script model keeps the n-gram sums of: the first ones seen, which in
 * running text include its commonest words. Later new words are summed on every sight, so memory
 * stays bounded (16,384 × 26 Latin languages × 8 bytes ≈ 3.4 MB) and never thrashes.
 */
export const MEMO_WORDS = 1 << 14;

/**
 * How many words are searched for in the front-coded lists (in every language's, to fill a
 * word's weights) before every listed word is unpacked into one set, which then turns away a word
 * no language lists in one look-up. A short text never pays for unpacking; a long run of texts
 * pays once (a few milliseconds) instead of searching 26 lists for each new word.
 */
const SEARCHES_BEFORE_UNPACK = 1024;

/** Weight of a hand-listed word that tells close siblings apart, relative to a frequent word. */
const SIBLING_WEIGHT = 1.5;

const COLUMN_BASE = 0x61;
const LEVEL_BASE = 0x2d;

function levelOf(code: number): number {
  return (code > 0x5c ? code - 1 : code) - LEVEL_BASE;
}

const models = new Map<string, ScriptModel | null>();

/*
 * Decoding happens on a script's first use, when the code still runs in the interpreter, where a
 * loop over every character of a 100 KB string costs tens of milliseconds. So the encoded strings
 * are cut with the engine's native `split` and read in place: the trie's segments are searched
 * directly, and a node's levels are parsed only when a text first reaches the node.
 */

/** Where each listed node's children are numbered from, and the node count. */
function numberChildren(children: readonly string[]): { firstChild: Int32Array; nodes: number } {
  const firstChild = new Int32Array(children.length);
  let next = 1;
  for (let node = 0; node < children.length; node++) {
    firstChild[node] = next;
    next += (children[node] as string).length;
  }
  return { firstChild, nodes: next };
}

/** The first node of each order: breadth-first, order k + 1 starts at the first child of order k's first node. */
function orderStartsOf(children: readonly string[], firstChild: Int32Array, nodes: number): number[] {
  const starts = [1];
  for (let order = 1; order <= 4; order++) {
    const first = starts[order - 1] as number;
    starts.push(first < children.length ? (firstChild[first] as number) : nodes);
  }
  return starts;
}

/**
 * The word tables, built by native calls only (`split`, `new Set` of an array): on a script's
 * first use the code still runs in the interpreter, where a loop over thousands of words costs
 * tens of milliseconds. A language's frequent words stay front-coded, cut into their buckets and
 * searched in place when a word is first seen (its weights are worked out then), so no word of
 * them is unpacked.
 */
function wordTables(model: EncodedModel, languages: readonly string[]): Pick<WordMemo, 'frequent' | 'siblings'> {
  return {
    frequent: model.words.map((list) => (list === '' ? [] : list.split(' '))),
    siblings: languages.map((language) => new Set((SIBLING_WORDS[language] ?? '').split(' '))),
  };
}

/** The number of leading letters a word shares with the one before it, from its mark (a digit); -1 for a letter. */
function sharedOf(code: number): number {
  return code >= 0x30 && code <= 0x39 ? code - 0x30 : -1;
}

/** Where a word of a bucket that starts at `from` ends (the next mark, or the bucket's end). */
function wordEnd(bucket: string, from: number): number {
  let end = from;
  while (end < bucket.length && sharedOf(bucket.charCodeAt(end)) < 0) end++;
  return end;
}

/**
 * Whether a front-coded word list holds a word (format in scripts/language/encode-models.ts):
 * binary search for the last bucket whose first word is not after it, then a walk through that
 * bucket, rebuilding each word from the one before, until it is found or passed.
 *
 * @param buckets - The list's buckets, in order.
 * @param word - A lower-cased word.
 * @returns Whether the list holds `word`.
 */
export function frontCodedHas(buckets: readonly string[], word: string): boolean {
  let lo = 0;
  let hi = buckets.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const bucket = buckets[mid] as string;
    if (bucket.slice(0, wordEnd(bucket, 0)) <= word) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return false;
  const bucket = buckets[found] as string;
  let at = wordEnd(bucket, 0);
  let current = bucket.slice(0, at);
  while (current < word && at < bucket.length) {
    const end = wordEnd(bucket, at + 1);
    current = current.slice(0, sharedOf(bucket.charCodeAt(at))) + bucket.slice(at + 1, end);
    at = end;
  }
  return current === word;
}

/** The code of an ASCII letter the model never has: no n-gram or written word holds it. */
const NO_LETTER = 0xffff;

/**
 * The code a model writes a letter as (its n-grams and words are written that way).
 *
 * @param model - A script's model.
 * @param code - UTF-16 code of a letter of the text.
 * @returns The written code, {@link NO_LETTER} for an ASCII letter the model never has.
 */
export function letterCode(model: ScriptModel, code: number): number {
  const written = model.letterCodes[code] as number;
  return written === 0 ? code : written;
}

/** A word as the model writes it, or '' when a letter of it is one the model never has. */
function writeWord(model: ScriptModel, word: string): string {
  let written = '';
  for (let i = 0; i < word.length; i++) {
    const code = letterCode(model, word.charCodeAt(i));
    if (code === NO_LETTER) return '';
    written += String.fromCharCode(code);
  }
  return written;
}

/** A written word back in its own letters. */
function readWord(model: ScriptModel, written: string): string {
  let word = '';
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    word += String.fromCharCode(code < 0x80 ? (model.writtenLetters[code] as number) : code);
  }
  return word;
}

/** Every word of the front-coded lists and of the sibling-telling lists, in their own letters, into `memo.listed`. */
function unpackListed(model: ScriptModel): void {
  const { memo } = model;
  const { listed } = memo;
  for (const buckets of memo.frequent) {
    for (const bucket of buckets) {
      let at = wordEnd(bucket, 0);
      let current = bucket.slice(0, at);
      listed.add(readWord(model, current));
      while (at < bucket.length) {
        const end = wordEnd(bucket, at + 1);
        current = current.slice(0, sharedOf(bucket.charCodeAt(at))) + bucket.slice(at + 1, end);
        listed.add(readWord(model, current));
        at = end;
      }
    }
  }
  for (const words of memo.siblings) for (const word of words) listed.add(word);
  listed.delete('');
  memo.unpacked = true;
}

/** The row of a listed word's weights (filled on its first sight), or `undefined` for a word no list holds. */
function weightRow(model: ScriptModel, word: string): number | undefined {
  const { memo } = model;
  let row = memo.weightRows.get(word);
  if (row !== undefined) return row;
  countSearch(model);
  if ((memo.unpacked && !memo.listed.has(word)) || !wordWeightsOf(model, word, memo.weightScratch)) return undefined;
  const columns = model.languages.length;
  row = memo.weightRows.size;
  memo.weightRows.set(word, row);
  if ((row + 1) * columns > model.wordWeights.length) {
    const longer = new Float32Array(2 * (row + 1) * columns);
    longer.set(model.wordWeights);
    model.wordWeights = longer;
  }
  model.wordWeights.set(memo.weightScratch, row * columns);
  return row;
}

/** Counts a search for a word in the lists, unpacking them all into one set at the {@link SEARCHES_BEFORE_UNPACK}th. */
function countSearch(model: ScriptModel): void {
  const { memo } = model;
  if (!memo.unpacked && ++memo.searches > SEARCHES_BEFORE_UNPACK) unpackListed(model);
}

/**
 * A word's evidence weight per language: 1 for a language that lists it as frequent,
 * {@link SIBLING_WEIGHT} for one that lists it as telling siblings apart; then, since a word many
 * languages list tells little ("to", "je"), shrunk with the number of languages sharing it like an
 * inverse document frequency (1 for a word of one language).
 *
 * @returns Whether any language lists the word (`into` is filled only then).
 */
function wordWeightsOf(model: ScriptModel, word: string, into: Float64Array): boolean {
  const columns = model.languages.length;
  const { frequent, siblings } = model.memo;
  const written = writeWord(model, word);
  let shared = 0;
  for (let c = 0; c < columns; c++) {
    const weight = siblings[c]?.has(word) === true ? SIBLING_WEIGHT : written !== '' && frontCodedHas(frequent[c] ?? [], written) ? 1 : 0;
    into[c] = weight;
    if (weight > 0) shared++;
  }
  if (shared === 0) return false;
  const discount = Math.log(1 + columns / shared);
  const norm = Math.log(1 + columns);
  for (let c = 0; c < columns; c++) into[c] = ((into[c] as number) * discount) / norm;
  return true;
}

/**
 * Sums the log probabilities of a word's n-grams (orders 1–4, word padded with spaces) per
 * language into `into` from `at`, for the listed columns, walking the trie from each position: an
 * n-gram no profile knows ends the walk, since no longer one can start with it.
 */
function sumNgrams(model: ScriptModel, word: string, into: Float64Array, at: number, columns: readonly number[]): void {
  const { values } = model;
  for (let k = 0; k < columns.length; k++) into[at + (columns[k] as number)] = 0;
  const length = word.length + 2;
  for (let start = 0; start < length; start++) {
    let node = 0;
    for (let end = start; end < start + 4 && end < length; end++) {
      const letter = end === 0 || end === length - 1 ? SPACE : letterCode(model, word.charCodeAt(end - 1));
      node = childOf(model, node, letter);
      if (node < 0) break;
      const row = nodeRow(model, node);
      if (row < 0) continue;
      for (let k = 0; k < columns.length; k++) {
        const c = columns[k] as number;
        into[at + c] = (into[at + c] as number) + (values[row + c] as number);
      }
    }
  }
}

/** The word boundary in n-grams. */
const SPACE = 0x20;

/**
 * Adds a word's evidence to the running sums of the languages still scored: its n-gram log
 * probabilities, then `wordBonus` times its weight for each language that lists it. What a word
 * adds is kept for the first {@link MEMO_WORDS} distinct words, so a word seen again costs one
 * look-up; either way its n-grams are summed per word first, so a kept and a freshly summed word
 * add exactly the same numbers.
 *
 * @param model - A script's model.
 * @param word - A lower-cased word.
 * @param sums - Per language, the running score.
 * @param alive - The columns still scored.
 * @param wordBonus - Score per unit of listed-word weight.
 */
export function addWordScores(model: ScriptModel, word: string, sums: Float64Array, alive: readonly number[], wordBonus: number): void {
  const { memo } = model;
  const width = model.languages.length;
  const row = memo.ngramRows.get(word);
  let from: Float64Array;
  let at: number;
  let wordRow: number;
  if (row !== undefined) {
    from = memo.ngrams;
    at = row * width;
    wordRow = memo.wordRows[row] as number;
    // A word no list holds is searched for again on every sight when it is not kept: counted the
    // same here, so the lists are unpacked at the same word either way.
    if (wordRow < 0) countSearch(model);
  } else {
    // A new word, kept while there is room (one path for both, so the path of a full memory,
    // first taken late in a long run, holds no call the optimised code has not seen).
    const kept = memo.ngramRows.size;
    const keep = kept < MEMO_WORDS;
    if (keep) {
      if (memo.ngrams.length === 0) {
        memo.ngrams = new Float64Array(MEMO_WORDS * width);
        memo.wordRows = new Int32Array(MEMO_WORDS);
      }
      memo.ngramRows.set(word, kept);
    }
    from = keep ? memo.ngrams : memo.scratch;
    at = keep ? kept * width : 0;
    sumNgrams(model, word, from, at, keep ? model.allColumns : alive);
    wordRow = weightRow(model, word) ?? -1;
    if (keep) memo.wordRows[kept] = wordRow;
  }
  for (let k = 0; k < alive.length; k++) {
    const c = alive[k] as number;
    sums[c] = (sums[c] as number) + (from[at + c] as number);
  }
  if (wordRow < 0) return;
  const weights = model.wordWeights;
  const base = wordRow * width;
  for (let k = 0; k < alive.length; k++) {
    const c = alive[k] as number;
    sums[c] = (sums[c] as number) + wordBonus * (weights[base + c] as number);
  }
}

function buildModel(script: string): ScriptModel | null {
  const model = MODELS[script];
  if (!model) return null;
  const languages = model.languages.split(' ');
  const children = model.trie.split(',');
  const { firstChild, nodes } = numberChildren(children);
  const orderStarts = orderStartsOf(children, firstChild, nodes);
  const letterCodes = new Uint16Array(0x10000);
  letterCodes.fill(NO_LETTER, 0, 0x80);
  const writtenLetters = new Uint16Array(0x80);
  for (let i = 0; i < model.alphabet.length; i++) {
    letterCodes[model.alphabet.charCodeAt(i)] = LETTER_CODES.charCodeAt(i);
    writtenLetters[LETTER_CODES.charCodeAt(i)] = model.alphabet.charCodeAt(i);
  }
  const rootChild = new Uint16Array(0x10000);
  const first = children[0] ?? '';
  for (let k = 0; k < first.length; k++) rootChild[first.charCodeAt(k)] = (firstChild[0] as number) + k;
  const values = new Float32Array(nodes * languages.length);
  const state = new Uint8Array(nodes);
  const levels = model.levels.split(',');
  const memo: WordMemo = {
    ...wordTables(model, languages), weightRows: new Map(), listed: new Set(), unpacked: false, searches: 0, weightScratch: new Float64Array(languages.length),
    ngramRows: new Map(), ngrams: new Float64Array(0), wordRows: new Int32Array(0), scratch: new Float64Array(languages.length),
  };
  const built: ScriptModel = {
    languages, letterCodes, writtenLetters, allColumns: languages.map((_, c) => c), children, firstChild, rootChild, nodes, orderStarts, values, state, levels, encoded: model, memo,
    words: { get: (word) => weightRow(built, word) },
    wordWeights: new Float32Array(0),
  };
  // Stored a second time at once: V8 treats a field never stored to after its object was made as
  // constant, and code optimised on that deoptimises when the table is first replaced by a longer one.
  built.wordWeights = new Float32Array(64 * languages.length);
  return built;
}

/**
 * The child of a trie node reached by one more letter, by binary search over its sorted children.
 *
 * @param model - A script's model.
 * @param node - The node (0 for the root).
 * @param letter - The next letter as the model writes it ({@link letterCode}; 0x20 for the word boundary).
 * @returns The child node, or -1 when no n-gram continues that way.
 */
export function childOf(model: ScriptModel, node: number, letter: number): number {
  if (node === 0) return (model.rootChild[letter] ?? 0) || -1;
  // Leaves lie past the end of `children`: checked, not read (a read past an array's end that the
  // optimised code has not seen before deoptimises it).
  if (node >= model.children.length) return -1;
  const letters = model.children[node] as string;
  let lo = 0;
  let hi = letters.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const code = letters.charCodeAt(mid);
    if (code === letter) return (model.firstChild[node] as number) + mid;
    if (code < letter) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The offset of a node's row in `model.values`, decoding the row on first use (every language's
 * floor for the node's order, then the levels of the languages that list the n-gram).
 *
 * @param model - A script's model.
 * @param node - A trie node (not the root).
 * @returns The row offset, or -1 for a bare prefix that no language lists.
 */
export function nodeRow(model: ScriptModel, node: number): number {
  const columns = model.languages.length;
  const state = model.state[node] as number;
  if (state === 1) return node * columns;
  if (state === 2) return -1;
  const levels = model.levels[node - 1] ?? '';
  // One store of the state for either outcome: a bare prefix is first met late in a run, and a
  // store only it made would have no type feedback by then (the optimised code would deoptimise).
  model.state[node] = levels.length === 0 ? 2 : 1;
  if (levels.length === 0) return -1;
  const { orderStarts } = model;
  let order = 0;
  while (order < 3 && node >= (orderStarts[order + 1] as number)) order++;
  const row = node * columns;
  const floor = model.encoded.floors[order] as readonly number[];
  const top = model.encoded.tops[order] as readonly number[];
  for (let c = 0; c < columns; c++) model.values[row + c] = floor[c] as number;
  for (let i = 0; i + 1 < levels.length; i += 2) {
    const column = levels.charCodeAt(i) - COLUMN_BASE;
    model.values[row + column] = (top[column] as number) - levelOf(levels.charCodeAt(i + 1)) * LEVEL_STEP;
  }
  return row;
}

/**
 * The n-gram model of one script, built on first request.
 *
 * @param script - ISO 15924 code.
 * @returns The model, or `null` when no profiled language uses the script.
 */
export function scriptModel(script: string): ScriptModel | null {
  let model = models.get(script);
  if (model === undefined) {
    model = buildModel(script);
    models.set(script, model);
  }
  return model;
}
