/**
 * Decodes the precomputed letter n-gram model of one script (data/models.ts, written by
 * scripts/language/encode-models.ts) into flat typed arrays: a trie of n-grams whose nodes index
 * rows of log probabilities, one value per language. Built lazily on first use of a script
 * (`models[script] ??= build()`), never at import, in one pass over a few strings.
 */
import type { EncodedModel } from './data/encoded-model.js';
import { LEVEL_STEP, MODELS } from './data/models.js';
import { SIBLING_WORDS } from './data/sibling-words.js';

/** The scored languages of one script and their n-gram and frequent-word tables. */
export interface ScriptModel {
  /** Language codes, in the column order of every table below. */
  readonly languages: readonly string[];
  /**
   * The n-gram trie, numbered breadth-first (the root is node 0): the children of node i are the
   * nodes `firstChild[i]` to `firstChild[i + 1] - 1`, sorted by the UTF-16 code of their last
   * letter (`letters`; a space marks the word boundary).
   */
  readonly firstChild: Int32Array;
  /** Per trie node, the UTF-16 code of its last letter. */
  readonly letters: Uint16Array;
  /** Per trie node, its n-gram order (1–4). */
  readonly depths: Uint8Array;
  /**
   * Per trie node, one row of log probabilities per language (a language that never showed the
   * n-gram holds its floor). Row of node i starts at i × columns; filled by {@link nodeRow}.
   */
  readonly values: Float32Array;
  /** Per trie node: 0 row not decoded yet, 1 decoded, 2 a bare prefix no language lists. */
  readonly state: Uint8Array;
  /** Per trie node, where its segment of the encoded levels starts. */
  readonly segments: Int32Array;
  /** The encoded model (levels, tops and floors are read from it when a row is decoded). */
  readonly encoded: EncodedModel;
  /** word → row in {@link wordWeights}. */
  readonly words: ReadonlyMap<string, number>;
  /** Per word, its evidence weight per language (frequent word 1, sibling-telling word {@link SIBLING_WEIGHT}). */
  readonly wordWeights: Float32Array;
}

/** Weight of a hand-listed word that tells close siblings apart, relative to a frequent word. */
const SIBLING_WEIGHT = 1.5;

const COLUMN_BASE = 0x61;
const LEVEL_BASE = 0x2d;
const SEPARATOR = 0x2c;

function levelOf(code: number): number {
  return (code > 0x5c ? code - 1 : code) - LEVEL_BASE;
}

const models = new Map<string, ScriptModel | null>();

/** Node count of an encoded trie: one per letter listed. */
function countNodes(encoded: string): number {
  let nodes = 1;
  for (let i = 0; i < encoded.length; i++) if (encoded.charCodeAt(i) !== SEPARATOR) nodes++;
  return nodes;
}

/** Children ranges, letters and depths of the trie, read breadth-first from its segments. */
function decodeTrie(encoded: string): { firstChild: Int32Array; letters: Uint16Array; depths: Uint8Array } {
  const nodes = countNodes(encoded);
  const firstChild = new Int32Array(nodes + 1);
  const letters = new Uint16Array(nodes);
  const depths = new Uint8Array(nodes);
  let node = 0;
  let next = 1;
  firstChild[0] = 1;
  for (let i = 0; i < encoded.length; i++) {
    const code = encoded.charCodeAt(i);
    if (code === SEPARATOR) {
      firstChild[++node] = next;
      continue;
    }
    letters[next] = code;
    depths[next++] = (depths[node] as number) + 1;
  }
  // Nodes past the last segment have no children.
  while (node < nodes) firstChild[++node] = next;
  return { firstChild, letters, depths };
}

/**
 * Where each node's segment of the encoded levels starts (native `indexOf` per segment, no
 * per-character loop): rows are decoded from there only when a text first reaches the node.
 */
function segmentStarts(levels: string, nodes: number): Int32Array {
  const starts = new Int32Array(nodes + 1);
  let at = 0;
  for (let node = 1; node <= nodes; node++) {
    starts[node] = at;
    const comma = levels.indexOf(',', at);
    at = comma < 0 ? levels.length : comma + 1;
  }
  return starts;
}

function decodeWords(model: EncodedModel, languages: readonly string[]): { words: Map<string, number>; wordWeights: Float32Array } {
  const columns = languages.length;
  const lists = model.words.map((list) => list.split(' '));
  const siblings = languages.map((language) => (SIBLING_WORDS[language] ?? '').split(' '));
  const words = new Map<string, number>();
  let capacity = 0;
  for (const list of [...lists, ...siblings]) capacity += list.length;
  const wordWeights = new Float32Array(capacity * columns);
  // Per word, how many languages list it; and every cell set, so the discount below visits only those.
  const sharing = new Uint8Array(capacity);
  const cells: number[] = [];
  const add = (word: string, column: number, weight: number): void => {
    if (!word) return;
    let row = words.get(word);
    if (row === undefined) {
      row = words.size;
      words.set(word, row);
    }
    const cell = row * columns + column;
    if (wordWeights[cell] === 0) {
      sharing[row] = (sharing[row] as number) + 1;
      cells.push(cell);
    }
    wordWeights[cell] = Math.max(wordWeights[cell] as number, weight);
  };
  lists.forEach((list, column) => {
    for (const word of list) add(word, column, 1);
  });
  siblings.forEach((list, column) => {
    for (const word of list) add(word, column, SIBLING_WEIGHT);
  });
  // A word many languages list tells little ("to", "je"): its weight shrinks with the number of
  // languages sharing it, like an inverse document frequency (1 for a word of one language).
  const norm = Math.log(1 + columns);
  for (const cell of cells) {
    const shared = sharing[Math.floor(cell / columns)] as number;
    wordWeights[cell] = ((wordWeights[cell] as number) * Math.log(1 + columns / shared)) / norm;
  }
  return { words, wordWeights };
}

function buildModel(script: string): ScriptModel | null {
  const model = MODELS[script];
  if (!model) return null;
  const languages = model.languages.split(' ');
  const { firstChild, letters, depths } = decodeTrie(model.trie);
  const values = new Float32Array(depths.length * languages.length);
  const state = new Uint8Array(depths.length);
  const segments = segmentStarts(model.levels, depths.length);
  const { words, wordWeights } = decodeWords(model, languages);
  return { languages, firstChild, letters, depths, values, state, segments, encoded: model, words, wordWeights };
}

/**
 * The child of a trie node reached by one more letter, by binary search over its sorted children.
 *
 * @param model - A script's model.
 * @param node - The node (0 for the root).
 * @param letter - UTF-16 code of the next letter (0x20 for the word boundary).
 * @returns The child node, or -1 when no n-gram continues that way.
 */
export function childOf(model: ScriptModel, node: number, letter: number): number {
  const { letters } = model;
  let lo = model.firstChild[node] as number;
  let hi = (model.firstChild[node + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const code = letters[mid] as number;
    if (code === letter) return mid;
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
  const { levels, tops, floors } = model.encoded;
  const start = model.segments[node] as number;
  const end = model.segments[node + 1] as number;
  // The last segment has no comma after it.
  const stop = node + 1 < model.depths.length ? end - 1 : levels.length;
  if (stop <= start) {
    model.state[node] = 2;
    return -1;
  }
  const order = (model.depths[node] as number) - 1;
  const row = node * columns;
  const floor = floors[order] as readonly number[];
  const top = tops[order] as readonly number[];
  for (let c = 0; c < columns; c++) model.values[row + c] = floor[c] as number;
  for (let i = start; i < stop; i += 2) {
    const column = levels.charCodeAt(i) - COLUMN_BASE;
    model.values[row + column] = (top[column] as number) - levelOf(levels.charCodeAt(i + 1)) * LEVEL_STEP;
  }
  model.state[node] = 1;
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
