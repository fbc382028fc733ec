/**
 * Realistic input of a given size for each public function, and the way to call it on a big
 * input, shared by the linear-time and throughput benchmarks.
 */
import type { Api, ApiEntry } from '../../test/property/public-api.js';
import { newsCorpus } from './corpus.js';
import { threadOfSize } from './formats.js';

type AnyFunction = (...args: unknown[]) => unknown;

/** Distinct short inputs timed in turn: fewer than the words of the smallest size (1 MB). */
const SHORT_POOL = 1 << 16;

/**
 * About `chars` UTF-16 code units of the input this function reads in real use, as real input
 * arrives: one flat string, as `readFileSync` or an HTTP body gives it. The generators cut their
 * text out of a longer one, and V8 keeps such a cut as a view into its parent, read through one
 * more indirection (splitParagraphs ran 10–15 % slower per MB on the 8 MB view than on the same
 * eight 1 MB texts joined).
 */
export function realisticInput(entry: ApiEntry, chars: number, seed = 1): string {
  return asReadFromFile(generatedInput(entry, chars, seed));
}

function generatedInput(entry: ApiEntry, chars: number, seed: number): string {
  switch (entry.input) {
    case 'text':
    case 'name':
      return newsCorpus(chars, seed);
    case 'html':
      return threadOfSize(entry.format ?? 'html', chars, seed);
    case 'comments-any':
    case 'comments-json':
    case 'comments-xml':
      if (entry.format === undefined) throw new Error('a comment-format entry needs its format');
      return threadOfSize(entry.format, chars, seed);
  }
}

/** The text as a new flat string, decoded from its UTF-8 bytes as a file read would be. */
function asReadFromFile(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * Prepares a run of a function over a whole input the way its registry entry says: once on the
 * input, at every offset (one-place readers), or on every word (readers of short strings such as
 * names). Splitting into words and making the arguments happen here, outside the timed run.
 */
export function prepareRun(entry: ApiEntry, fn: AnyFunction, input: string, api: Api): () => void {
  const variant = entry.variants[0];
  if (variant === undefined) throw new Error('registry entry without a variant');
  if (entry.linear === 'input') {
    const args = variant.args(input, '', 0, api);
    return () => fn(...args);
  }
  if (entry.linear === 'per-offset') {
    return () => {
      for (let offset = 0; offset < input.length; offset++) fn(...variant.args(input, '', offset + 2, api));
    };
  }
  // One call per word of the text, each with the arguments of a word from a fixed pool: the
  // number of calls grows with the size, the memory they read does not. Arguments made for every
  // word beforehand were a million small arrays scattered over a heap that grows with the size,
  // and reading them, not calling the function, made the 8 MB time more than 8 times the 1 MB
  // one even for a function that ignores them (supportedLanguages: 33 times).
  const words = input.split(/\s+/u);
  const pool = words.slice(0, SHORT_POOL).map((word, index) => variant.args(word, words[index - 1] ?? '', 0, api));
  return () => {
    for (let index = 0; index < words.length; index++) fn(...(pool[index % pool.length] as readonly unknown[]));
  };
}
