/**
 * Decodes the generated letter n-gram profiles into one dense table per script: for each n-gram,
 * the log probability under every language of that script. Built lazily on first use of a script
 * (`models[script] ??= build()`), never at import.
 */
import { FREQUENT_WORDS, NGRAM_PROFILES, PROFILE_STEP } from './data/profiles.js';
import { SIBLING_WORDS } from './data/sibling-words.js';

/** The scored languages of one script and their n-gram and frequent-word tables. */
export interface ScriptModel {
  /** Language codes, in the column order of every vector below. */
  readonly languages: readonly string[];
  /** Letter → small code (1-based; the padding space is 1), so n-grams become integer keys. */
  readonly alphabet: ReadonlyMap<number, number>;
  /** Base of the integer n-gram keys (alphabet size + 1). */
  readonly base: number;
  /** Per order n (index n), integer n-gram key → log probability per language (absent n-grams hold that language's floor). */
  readonly grams: readonly ReadonlyMap<number, Float32Array>[];
  /** word → evidence weight per language (frequent word 1, sibling-telling word {@link SIBLING_WEIGHT}). */
  readonly words: ReadonlyMap<string, Float32Array>;
}

// Profile keys with a script suffix ("sr-Latn") belong to that script; the others to the script of
// their language's first listed profile, which the build keeps in this order.
const PROFILE_SCRIPT: Readonly<Record<string, string>> = {
  ru: 'Cyrl', uk: 'Cyrl', be: 'Cyrl', bg: 'Cyrl', mk: 'Cyrl', kk: 'Cyrl',
  ar: 'Arab', fa: 'Arab', ur: 'Arab', hi: 'Deva', mr: 'Deva', ne: 'Deva',
};

/** Weight of a hand-listed word that tells close siblings apart, relative to a frequent word. */
const SIBLING_WEIGHT = 1.5;

/** How far below a language's rarest kept n-gram an n-gram it never showed is scored. */
const UNSEEN_PENALTY = 1.5;

const models = new Map<string, ScriptModel | null>();

function scriptOfKey(key: string): string {
  const dash = key.indexOf('-');
  return dash > 0 ? key.slice(dash + 1) : (PROFILE_SCRIPT[key] ?? 'Latn');
}

function decodeProfile(profile: string): { table: Map<string, number>; floors: number[] } {
  const lines = profile.split('\n');
  const tops = (lines[0] ?? '').split(' ').map(Number);
  const table = new Map<string, number>();
  const floors: number[] = [0];
  for (let n = 1; n <= 4; n++) {
    const groups = (lines[n] ?? '').split('|');
    const top = tops[n - 1] ?? 0;
    let lowest = top;
    groups.forEach((group, level) => {
      const logP = top - level * PROFILE_STEP;
      for (let i = 0; i + n <= group.length; i += n) table.set(group.slice(i, i + n), logP);
      if (group.length > 0) lowest = logP;
    });
    floors.push(lowest - UNSEEN_PENALTY);
  }
  return { table, floors };
}

function buildModel(script: string): ScriptModel | null {
  const keys = Object.keys(NGRAM_PROFILES).filter((key) => scriptOfKey(key) === script);
  if (keys.length === 0) return null;
  const languages = keys.map((key) => key.split('-')[0] as string);
  const decoded = keys.map((key) => decodeProfile(NGRAM_PROFILES[key] ?? ''));
  const alphabet = new Map<number, number>([[0x20, 1]]);
  for (const { table } of decoded) {
    for (const gram of table.keys()) {
      for (let i = 0; i < gram.length; i++) {
        const code = gram.charCodeAt(i);
        if (!alphabet.has(code)) alphabet.set(code, alphabet.size + 1);
      }
    }
  }
  const base = alphabet.size + 1;
  const grams = [0, 1, 2, 3, 4].map(() => new Map<number, Float32Array>());
  decoded.forEach(({ table }, column) => {
    for (const [gram, logP] of table) {
      let key = 0;
      for (let i = 0; i < gram.length; i++) key = key * base + (alphabet.get(gram.charCodeAt(i)) as number);
      const order = grams[gram.length] as Map<number, Float32Array>;
      let vector = order.get(key);
      if (!vector) {
        vector = new Float32Array(keys.length);
        decoded.forEach(({ floors }, c) => {
          (vector as Float32Array)[c] = floors[gram.length] ?? 0;
        });
        order.set(key, vector);
      }
      vector[column] = logP;
    }
  });
  const words = new Map<string, Float32Array>();
  const add = (word: string, column: number, weight: number): void => {
    let weights = words.get(word);
    if (!weights) {
      weights = new Float32Array(keys.length);
      words.set(word, weights);
    }
    weights[column] = Math.max(weights[column] as number, weight);
  };
  keys.forEach((key, column) => {
    for (const word of (FREQUENT_WORDS[key] ?? '').split(' ')) if (word) add(word, column, 1);
    for (const word of (SIBLING_WORDS[languages[column] as string] ?? '').split(' ')) if (word) add(word, column, SIBLING_WEIGHT);
  });
  return { languages, alphabet, base, grams, words };
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
