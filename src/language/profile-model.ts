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
  /** Per order n (index n), integer n-gram key → offset of its row in `values[n]`. */
  readonly grams: readonly ReadonlyMap<number, number>[];
  /**
   * Per order n, one row per n-gram of log probabilities per language (a language that never
   * showed the n-gram holds its floor). One flat array per order, not one small array per n-gram.
   */
  readonly values: readonly Float32Array[];
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

/** A profile decoded to integer n-gram keys: per order, parallel arrays of keys and log probabilities. */
interface DecodedProfile {
  readonly keys: number[][];
  readonly logPs: number[][];
  readonly floors: number[];
}

/** Every letter the profiles of a script use gets a small code (space is 1), in one scan. */
function buildAlphabet(profiles: readonly string[]): Map<number, number> {
  const alphabet = new Map<number, number>([[0x20, 1]]);
  for (const profile of profiles) {
    // The first line holds numbers; n-gram lines only letters, spaces and "|" separators.
    for (let i = profile.indexOf('\n') + 1; i < profile.length; i++) {
      const code = profile.charCodeAt(i);
      if (code !== 0x7c && code !== 0x0a && !alphabet.has(code)) alphabet.set(code, alphabet.size + 1);
    }
  }
  return alphabet;
}

/** Reads a profile straight into integer keys (no substring per n-gram). */
function decodeProfile(profile: string, alphabet: ReadonlyMap<number, number>, base: number): DecodedProfile {
  const lines = profile.split('\n');
  const tops = (lines[0] ?? '').split(' ').map(Number);
  const keys: number[][] = [[]];
  const logPs: number[][] = [[]];
  const floors: number[] = [0];
  for (let n = 1; n <= 4; n++) {
    const line = lines[n] ?? '';
    const top = tops[n - 1] ?? 0;
    const orderKeys: number[] = [];
    const orderLogPs: number[] = [];
    let level = 0;
    let lowest = top;
    let i = 0;
    while (i < line.length) {
      if (line.charCodeAt(i) === 0x7c) {
        level++;
        i++;
        continue;
      }
      let key = 0;
      for (let k = 0; k < n; k++) key = key * base + (alphabet.get(line.charCodeAt(i + k)) as number);
      orderKeys.push(key);
      lowest = top - level * PROFILE_STEP;
      orderLogPs.push(lowest);
      i += n;
    }
    keys.push(orderKeys);
    logPs.push(orderLogPs);
    floors.push(lowest - UNSEEN_PENALTY);
  }
  return { keys, logPs, floors };
}

function buildModel(script: string): ScriptModel | null {
  const keys = Object.keys(NGRAM_PROFILES).filter((key) => scriptOfKey(key) === script);
  if (keys.length === 0) return null;
  const languages = keys.map((key) => key.split('-')[0] as string);
  const profiles = keys.map((key) => NGRAM_PROFILES[key] ?? '');
  const alphabet = buildAlphabet(profiles);
  const base = alphabet.size + 1;
  const decoded = profiles.map((profile) => decodeProfile(profile, alphabet, base));
  const columns = keys.length;
  const grams = [0, 1, 2, 3, 4].map(() => new Map<number, number>());
  for (const profile of decoded) {
    profile.keys.forEach((orderKeys, n) => {
      const order = grams[n] as Map<number, number>;
      for (const key of orderKeys) if (!order.has(key)) order.set(key, order.size * columns);
    });
  }
  const values = grams.map((order, n) => {
    const flat = new Float32Array(order.size * columns);
    decoded.forEach(({ floors }, c) => {
      const floor = floors[n] ?? 0;
      for (let row = c; row < flat.length; row += columns) flat[row] = floor;
    });
    return flat;
  });
  decoded.forEach((profile, column) => {
    profile.keys.forEach((orderKeys, n) => {
      const order = grams[n] as Map<number, number>;
      const flat = values[n] as Float32Array;
      const logPs = profile.logPs[n] as number[];
      orderKeys.forEach((key, k) => {
        flat[(order.get(key) as number) + column] = logPs[k] as number;
      });
    });
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
  return { languages, alphabet, base, grams, values, words };
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
