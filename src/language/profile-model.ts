/**
 * Decodes the precomputed letter n-gram model of one script (data/models.ts, written by
 * scripts/language/encode-models.ts): a trie of n-grams whose nodes index rows of log
 * probabilities, one value per language. Built lazily on first use of a script
 * (`models[script] ??= build()`), never at import; a node's row is decoded when a text first reaches it.
 */
import type { EncodedModel } from './data/encoded-model.js';
import { LEVEL_STEP, MODELS } from './data/models.js';
import { SIBLING_WORDS } from './data/sibling-words.js';

/** The scored languages of one script and their n-gram and frequent-word tables. */
export interface ScriptModel {
  /** Language codes, in the column order of every table below. */
  readonly languages: readonly string[];
  /**
   * The n-gram trie, numbered breadth-first (the root is node 0): node i's children are listed by
   * `children[i]` (the UTF-16 codes of their last letters, sorted; a space marks the word
   * boundary) and numbered from `firstChild[i]` on. Nodes past the end of `children` are leaves.
   */
  readonly children: readonly string[];
  /** Per node listed in `children`, the number of its first child. */
  readonly firstChild: Int32Array;
  /** Per UTF-16 code, the root's child for that letter (0: none): every n-gram starts there. */
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
  /** word → row in {@link wordWeights}. */
  readonly words: ReadonlyMap<string, number>;
  /** Per word, its evidence weight per language (frequent word 1, sibling-telling word {@link SIBLING_WEIGHT}). */
  readonly wordWeights: Float32Array;
}

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

function decodeWords(model: EncodedModel, languages: readonly string[]): { words: Map<string, number>; wordWeights: Float32Array } {
  const columns = languages.length;
  // Per column its frequent words (weight 1), then per column its sibling-telling words.
  const lists = [
    ...model.words.map((list, column) => [column, 1, list.split(' ')] as const),
    ...languages.map((language, column) => [column, SIBLING_WEIGHT, (SIBLING_WORDS[language] ?? '').split(' ')] as const),
  ];
  let capacity = 0;
  for (const [, , list] of lists) capacity += list.length;
  const words = new Map<string, number>();
  const wordWeights = new Float32Array(capacity * columns);
  // Per word, how many languages list it; and every cell set, so the discount below visits only those.
  const sharing = new Uint8Array(capacity);
  const cells: number[] = [];
  for (const [column, weight, list] of lists) {
    for (const word of list) {
      if (!word) continue;
      let row = words.get(word);
      if (row === undefined) {
        row = words.size;
        words.set(word, row);
      }
      const cell = row * columns + column;
      const before = wordWeights[cell] as number;
      if (before === 0) {
        sharing[row] = (sharing[row] as number) + 1;
        cells.push(cell);
      }
      if (weight > before) wordWeights[cell] = weight;
    }
  }
  // A word many languages list tells little ("to", "je"): its weight shrinks with the number of
  // languages sharing it, like an inverse document frequency (1 for a word of one language).
  const norm = Math.log(1 + columns);
  const discount = [0];
  for (let shared = 1; shared <= columns; shared++) discount.push(Math.log(1 + columns / shared));
  for (const cell of cells) {
    const shared = sharing[(cell - (cell % columns)) / columns] as number;
    wordWeights[cell] = ((wordWeights[cell] as number) * (discount[shared] as number)) / norm;
  }
  return { words, wordWeights };
}

function buildModel(script: string): ScriptModel | null {
  const model = MODELS[script];
  if (!model) return null;
  const languages = model.languages.split(' ');
  const children = model.trie.split(',');
  const { firstChild, nodes } = numberChildren(children);
  const orderStarts = orderStartsOf(children, firstChild, nodes);
  const rootChild = new Uint16Array(0x10000);
  const first = children[0] ?? '';
  for (let k = 0; k < first.length; k++) rootChild[first.charCodeAt(k)] = (firstChild[0] as number) + k;
  const values = new Float32Array(nodes * languages.length);
  const state = new Uint8Array(nodes);
  const levels = model.levels.split(',');
  const { words, wordWeights } = decodeWords(model, languages);
  return { languages, children, firstChild, rootChild, nodes, orderStarts, values, state, levels, encoded: model, words, wordWeights };
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
  if (node === 0) return (model.rootChild[letter] ?? 0) || -1;
  const letters = model.children[node];
  if (letters === undefined) return -1;
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
  if (levels.length === 0) {
    model.state[node] = 2;
    return -1;
  }
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
