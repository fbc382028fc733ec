/**
 * Encodes per-language n-gram profiles into src/language/data/models.ts: one precomputed table per
 * script that the runtime decodes in a single pass over a few strings, with no parsing of n-gram
 * text and no per-n-gram allocation (import + first call must stay well under 100 ms).
 *
 * Format of one script's model (see src/language/profile-model.ts, the decoder):
 * - `languages`: the columns, space-separated.
 * - `alphabet`: the letters written as ASCII codes. Bundlers write a module's strings in ASCII, each
 *   other character as a 4- or 6-character escape that gzip codes poorly, so the trie and the words
 *   write the letter `alphabet[i]` as the ASCII code `LETTER_CODES[i]` (encoded-model.ts): every ASCII letter
 *   of the model, then its commonest other letters. The rest are written as themselves. Orders
 *   (trie children, word lists) are those of the written codes; the decoder writes a text's letters
 *   the same way before looking them up.
 * - `trie`: every n-gram of orders 1–4 any language keeps, plus the prefixes they need, as a trie in
 *   breadth-first order. Segment i (segments split by ",") lists the next letters of node i (in
 *   UTF-16 code order, a space for the word boundary); the root is node 0 and children are
 *   numbered in the order they are listed.
 * - `levels`: per node after the root (segments split by ","), pairs of characters: column
 *   (`a` + column) and quantised level (`-` + level, skipping `\\`; never the separator `,`). A language without the n-gram scores its
 *   floor; a node no language lists (a bare prefix) scores nothing.
 * - `tops`: per order 1–4, per column, the log probability of level 0 (log p = top − level × step).
 * - `floors`: per order 1–4, per column, the score of an n-gram the language never showed: a
 *   fixed penalty below its rarest kept n-gram of that order.
 * - `words`: per column, its frequent words in code-unit order, front-coded in buckets: buckets are
 *   separated by a space; a bucket starts with one word written out, then each next word is written
 *   as a digit, how many leading letters (up to 9) it shares with the word before, followed by its
 *   other letters (no letter is written as a digit). The decoder
 *   searches the buckets in place (binary search over their first words, then a walk through one
 *   bucket), so nothing is unpacked on first use.
 */
import { LETTER_CODES, type EncodedModel } from '../../src/language/data/encoded-model.js';

/** Quantisation step of the levels (natural log units). */
export const STEP = 0.5;

const COLUMN_BASE = 0x61;
const LEVEL_BASE = 0x2d;
/** Levels are printable ASCII from `-` (after the separator `,`), skipping `\\` (0x5c), so the strings need no escapes. */
const MAX_LEVEL = 0x7e - LEVEL_BASE - 1;

function levelChar(level: number): string {
  const code = LEVEL_BASE + level;
  return String.fromCharCode(code >= 0x5c ? code + 1 : code);
}

// Profile keys with a script suffix ("sr-Latn") belong to that script; the others to their
// language's script.
const PROFILE_SCRIPT: Readonly<Record<string, string>> = {
  ru: 'Cyrl', uk: 'Cyrl', be: 'Cyrl', bg: 'Cyrl', mk: 'Cyrl', kk: 'Cyrl',
  ar: 'Arab', fa: 'Arab', ur: 'Arab', hi: 'Deva', mr: 'Deva', ne: 'Deva',
};

/**
 * The script a profile key belongs to.
 *
 * @param key - `code` or `code-Script`.
 * @returns ISO 15924 code.
 */
export function scriptOfKey(key: string): string {
  const dash = key.indexOf('-');
  return dash > 0 ? key.slice(dash + 1) : (PROFILE_SCRIPT[key] ?? 'Latn');
}

/**
 * Whether an n-gram is written in a script: its letters are the script's own, or common to all
 * scripts (µ, ʼ) or inherited (combining marks). Web vocabularies hold foreign words (Greek,
 * Cyrillic, kana in a Latin one) whose n-grams a text never reaches: script detection sends only
 * text of the model's script to it, and a stray foreign letter inside a word scores nothing.
 *
 * @param gram - An n-gram (a space for the word boundary).
 * @param script - ISO 15924 code of the model.
 * @returns Whether the model keeps the n-gram.
 */
export function inScript(gram: string, script: string): boolean {
  return new RegExp(`^[\\p{Script=${script}}\\p{Script=Zyyy}\\p{Script=Zinh}]*$`, 'u').test(gram);
}

/** One language's profile: per order 1–4, n-gram → level, and the top log probability. */
export interface Profile {
  readonly orders: readonly ReadonlyMap<string, number>[];
  readonly tops: readonly number[];
}


/** How far below a language's rarest kept n-gram an n-gram it never showed is scored. */
const UNSEEN_PENALTY = 1.5;

/** The score of an n-gram of order `o + 1` that a profile never showed. */
function floorOf(profile: Profile, o: number): number {
  const lowest = Math.max(0, ...(profile.orders[o] as ReadonlyMap<string, number>).values());
  return Math.round(((profile.tops[o] as number) - lowest * STEP - UNSEEN_PENALTY) * 1000) / 1000;
}

/**
 * Sums a word's n-gram scores per profile the way the runtime decoder does (profile-model.ts):
 * every n-gram of orders 1–4 of the padded word that some profile lists adds, per profile, its
 * decoded log probability or that profile's floor. For choosing data at build time.
 *
 * @param keys - Profile keys of one script, in column order.
 * @param profiles - Per profile key, its quantised n-gram levels.
 * @returns A function from a lower-cased word to its per-column sums.
 */
export function ngramScorer(keys: readonly string[], profiles: Readonly<Record<string, Profile>>): (word: string) => Float64Array {
  const rows = new Map<string, Float64Array>();
  const script = scriptOfKey(keys[0] ?? '');
  keys.forEach((key, column) => {
    const profile = profiles[key] as Profile;
    profile.orders.forEach((order, o) => {
      for (const [gram, level] of order) {
        if (!inScript(gram, script)) continue;
        let row = rows.get(gram);
        if (!row) {
          row = new Float64Array(keys.map((other) => floorOf(profiles[other] as Profile, o)));
          rows.set(gram, row);
        }
        row[column] = Math.round(((profile.tops[o] as number) - level * STEP) * 1e6) / 1e6;
      }
    });
  });
  return (word) => {
    const sums = new Float64Array(keys.length);
    const padded = ` ${word} `;
    for (let n = 1; n <= 4; n++) {
      for (let i = 0; i + n <= padded.length; i++) {
        const row = rows.get(padded.slice(i, i + n));
        if (row) for (let c = 0; c < keys.length; c++) sums[c] = (sums[c] as number) + (row[c] as number);
      }
    }
    return sums;
  };
}

/** Which letters of a model are written as ASCII codes (format in this file's header). */
function alphabetOf(grams: readonly string[], words: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of [...grams, ...words]) for (const letter of text) if (letter !== ' ') counts.set(letter, (counts.get(letter) ?? 0) + 1);
  const ascii = [...counts.keys()].filter((letter) => letter.charCodeAt(0) < 0x80);
  if (ascii.length > LETTER_CODES.length || [...counts.keys()].some((letter) => letter.length > 1)) throw new Error('letters not encodable');
  const others = [...counts.keys()].filter((letter) => letter.charCodeAt(0) >= 0x80).sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || (a < b ? -1 : 1));
  return [...ascii.sort(), ...others].slice(0, LETTER_CODES.length).join('');
}

/** Writes a text's letters in a model's codes (space stays space). */
function writerOf(alphabet: string): (text: string) => string {
  if (/[\s\d,"'`\\$]/u.test(LETTER_CODES)) throw new Error('a letter code is a mark, a separator or escaped');
  const codes = new Map([...alphabet].map((letter, i) => [letter, LETTER_CODES.charAt(i)]));
  return (text) => text.replace(/[^ ]/gu, (letter) => codes.get(letter) ?? letter);
}

/** Words per bucket of a front-coded list: a bigger bucket gzips smaller but is walked longer per look-up. */
const BUCKET = 16;
/** The longest shared prefix a mark can say (one digit). */
const MAX_SHARED = 9;

/**
 * Front-codes a word list in buckets (format in this file's header).
 *
 * @param words - Distinct words without digits or spaces, in code-unit order.
 * @returns The encoded list.
 */
export function frontCode(words: readonly string[]): string {
  let out = '';
  let previous = '';
  words.forEach((word, i) => {
    if (/[\s0-9]/u.test(word) || word === '') throw new Error(`cannot front-code the word "${word}"`);
    if (i > 0 && !(previous < word)) throw new Error(`word list not sorted or repeated at "${word}"`);
    if (i % BUCKET === 0) {
      out += (i > 0 ? ' ' : '') + word;
    } else {
      let shared = 0;
      while (shared < MAX_SHARED && shared < previous.length && previous[shared] === word[shared]) shared++;
      out += String(shared) + word.slice(shared);
    }
    previous = word;
  });
  return out;
}

interface Node {
  readonly gram: string;
  readonly children: Map<string, Node>;
}

/** Encodes the profiles of one script's languages (floors from every kept n-gram, the trie from those in the script). */
function encodeScript(script: string, keys: readonly string[], profiles: Readonly<Record<string, Profile>>, words: Readonly<Record<string, string>>): EncodedModel {
  // Scores only ever compare the languages of a script (a language franc alone knows is placed
  // relative to the best profiled one), so a script with one profiled language needs no n-grams.
  const raw = (keys.length > 1 ? keys : []).map((key) => (profiles[key] as Profile).orders.map((order) => new Map([...order].filter(([gram]) => inScript(gram, script)))));
  const wordLists = keys.map((key) => [...new Set((words[key] ?? '').split(' '))].filter(Boolean));
  const alphabet = alphabetOf(raw.flatMap((orders) => orders.flatMap((order) => [...order.keys()])), wordLists.flat());
  const write = writerOf(alphabet);
  // Per column, per order: written n-gram → level.
  const written = raw.map((orders) => orders.map((order) => new Map([...order].map(([gram, level]) => [write(gram), level]))));
  const root: Node = { gram: '', children: new Map() };
  for (const orders of written) {
    for (const order of orders) {
      for (const gram of order.keys()) {
        let node = root;
        for (const ch of gram.split('')) {
          let child = node.children.get(ch);
          if (!child) {
            child = { gram: node.gram + ch, children: new Map() };
            node.children.set(ch, child);
          }
          node = child;
        }
      }
    }
  }
  // Breadth-first, children in UTF-16 code order: the decoder numbers nodes in this same order and
  // finds a child by binary search.
  const queue: Node[] = [root];
  const trie: string[] = [];
  const levels: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as Node;
    const children = [...node.children.values()].sort((a, b) => (a.gram.at(-1) as string).charCodeAt(0) - (b.gram.at(-1) as string).charCodeAt(0));
    trie.push(children.map((child) => child.gram.at(-1)).join(''));
    queue.push(...children);
    if (i === 0) continue;
    let pairs = '';
    written.forEach((orders, column) => {
      const level = orders[node.gram.length - 1]?.get(node.gram);
      if (level === undefined) return;
      if (level > MAX_LEVEL) throw new Error(`level ${level} of ${keys[column] as string} "${node.gram}" exceeds ${MAX_LEVEL}`);
      pairs += String.fromCharCode(COLUMN_BASE + column) + levelChar(level);
    });
    levels.push(pairs);
  }
  return {
    languages: keys.map((key) => key.split('-')[0]).join(' '),
    alphabet,
    trie: trie.join(','),
    levels: levels.join(','),
    tops: [0, 1, 2, 3].map((o) => keys.map((key) => (profiles[key] as Profile).tops[o] as number)),
    floors: [0, 1, 2, 3].map((o) => keys.map((key) => floorOf(profiles[key] as Profile, o))),
    // Sorted and front-coded, since the decoder only asks whether a list holds a word.
    words: wordLists.map((list) => frontCode(list.map(write).sort())),
  };
}

/**
 * Encodes every profile, grouped by script, as the text of src/language/data/models.ts.
 *
 * @param profiles - Per profile key (`code` or `code-Script`), its quantised n-gram levels.
 * @param words - Per profile key, its frequent words, space-separated.
 * @returns The TypeScript module text.
 */
export function encodeModels(profiles: Readonly<Record<string, Profile>>, words: Readonly<Record<string, string>>): string {
  const scripts = new Map<string, string[]>();
  for (const key of Object.keys(profiles)) {
    const script = scriptOfKey(key);
    scripts.set(script, [...(scripts.get(script) ?? []), key]);
  }
  const models = Object.fromEntries([...scripts].map(([script, keys]) => [script, encodeScript(script, keys, profiles, words)]));
  return `// Generated by scripts/language/build-data.ts (encoder: scripts/language/encode-models.ts) — do not
// edit. Sources and licences: README.md. The format is described in encode-models.ts.

import type { EncodedModel } from './encoded-model.js';

/** Letter n-gram models and frequent words, keyed by ISO 15924 script code. */
export const MODELS: Readonly<Record<string, EncodedModel>> = ${JSON.stringify(models, null, 1)};

/** Quantisation step of the levels (natural log units). */
export const LEVEL_STEP = ${STEP};
`;
}
