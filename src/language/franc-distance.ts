/**
 * franc's trigram engine, restricted to the candidates at hand. franc ranks the 300 commonest
 * trigrams of each language's UDHR text and scores an input by how far its own trigram ranks sit
 * from them. Importing `franc` itself decodes every table at load (~70 ms), so this module reads
 * franc's raw data and decodes a language's table only when it is first a candidate.
 */
import { data } from 'franc/data.js';

/** franc's penalty for a trigram a language's table lacks (its table length). */
const MAX_DIFFERENCE = 300;

const tables = new Map<string, Map<string, number> | null>();

/** franc's name of the trigram group for an ISO 15924 script. */
export const FRANC_SCRIPT: Readonly<Record<string, string>> = {
  Latn: 'Latin', Cyrl: 'Cyrillic', Arab: 'Arabic', Deva: 'Devanagari', Hebr: 'Hebrew',
  Mymr: 'Myanmar', Ethi: 'Ethiopic',
};

function table(script: string, code: string): Map<string, number> | null {
  const key = `${script}:${code}`;
  let decoded = tables.get(key);
  if (decoded === undefined) {
    const raw = data[FRANC_SCRIPT[script] ?? '']?.[code];
    decoded = raw === undefined ? null : new Map(raw.split('|').map((gram, rank) => [gram, rank]));
    tables.set(key, decoded);
  }
  return decoded;
}

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
 * The input's trigrams ranked by frequency, the way franc prepares them (lower case, letters only,
 * words padded with one space; ties keep the order of first appearance).
 *
 * @param words - The input's lower-cased words.
 * @returns Trigrams, commonest first.
 */
export function rankedTrigrams(words: readonly string[]): string[] {
  const index = new Map<string, number>();
  const grams: string[] = [];
  const counts: number[] = [];
  let most = 0;
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const gram = padded.slice(i, i + 3);
      const at = index.get(gram);
      if (at === undefined) {
        index.set(gram, grams.length);
        grams.push(gram);
        counts.push(1);
        most = Math.max(most, 1);
      } else {
        const count = (counts[at] as number) + 1;
        counts[at] = count;
        most = Math.max(most, count);
      }
    }
  }
  if (most <= 1) return grams;
  // Counting sort by count, descending: linear, and stable like franc's sort.
  const starts = new Int32Array(most + 2);
  for (const count of counts) starts[most - count + 1] = (starts[most - count + 1] as number) + 1;
  for (let c = 1; c < starts.length; c++) starts[c] = (starts[c] as number) + (starts[c - 1] as number);
  const ranked = new Array<string>(grams.length);
  grams.forEach((gram, i) => {
    const bucket = most - (counts[i] as number);
    const at = starts[bucket] as number;
    starts[bucket] = at + 1;
    ranked[at] = gram;
  });
  return ranked;
}

/**
 * franc's distance of an input to one language: 0 is identical ranking; each trigram adds at most
 * {@link MAX_DIFFERENCE}. Returned per trigram, so 0 (close) … 1 (nothing in common).
 *
 * @param trigrams - Output of {@link rankedTrigrams}.
 * @param script - ISO 15924 code of the input.
 * @param code - franc's code of the language.
 * @returns Mean distance per trigram in [0, 1], or `null` when franc has no table.
 */
export function francDistance(trigrams: readonly string[], script: string, code: string): number | null {
  const ranks = table(script, code);
  if (!ranks || trigrams.length === 0) return null;
  let distance = 0;
  for (let rank = 0; rank < trigrams.length; rank++) {
    const theirs = ranks.get(trigrams[rank] as string);
    distance += theirs === undefined ? MAX_DIFFERENCE : Math.abs(rank - theirs);
  }
  return distance / (trigrams.length * MAX_DIFFERENCE);
}

/** One lookup table for several languages: trigram → row, and per row every language's rank (-1: absent). */
interface Combined {
  readonly rows: Map<string, number>;
  readonly ranks: Int16Array;
  /** Per language, whether franc has a table for it. */
  readonly known: readonly boolean[];
}

const combined = new Map<string, Combined>();

function combine(script: string, codes: readonly string[]): Combined {
  const rows = new Map<string, number>();
  const raws = codes.map((code) => data[FRANC_SCRIPT[script] ?? '']?.[code]?.split('|') ?? []);
  let ranks = new Int16Array(codes.length * 512).fill(-1);
  raws.forEach((grams, column) => {
    grams.forEach((gram, rank) => {
      let row = rows.get(gram);
      if (row === undefined) {
        row = rows.size;
        rows.set(gram, row);
        if ((row + 1) * codes.length > ranks.length) {
          const grown = new Int16Array(ranks.length * 2).fill(-1);
          grown.set(ranks);
          ranks = grown;
        }
      }
      ranks[row * codes.length + column] = rank;
    });
  });
  return { rows, ranks, known: codes.map((code) => data[FRANC_SCRIPT[script] ?? '']?.[code] !== undefined) };
}

/**
 * franc's distances for several languages at once: one lookup per input trigram in a table that
 * holds every listed language's rank, built on first use of that language list.
 *
 * @param trigrams - Output of {@link rankedTrigrams}.
 * @param script - ISO 15924 code of the input.
 * @param codes - franc's codes of the languages.
 * @returns Per language, the mean distance per trigram in [0, 1], or `null` without a table.
 */
export function francDistances(trigrams: readonly string[], script: string, codes: readonly string[]): (number | null)[] {
  const key = `${script}:${codes.join()}`;
  let table = combined.get(key);
  if (!table) {
    table = combine(script, codes);
    combined.set(key, table);
  }
  const { rows, ranks, known } = table;
  const columns = codes.length;
  const totals = new Float64Array(columns);
  for (let rank = 0; rank < trigrams.length; rank++) {
    const row = rows.get(trigrams[rank] as string);
    if (row === undefined) {
      for (let c = 0; c < columns; c++) totals[c] = (totals[c] as number) + MAX_DIFFERENCE;
      continue;
    }
    const at = row * columns;
    for (let c = 0; c < columns; c++) {
      const theirs = ranks[at + c] as number;
      totals[c] = (totals[c] as number) + (theirs < 0 ? MAX_DIFFERENCE : Math.abs(rank - theirs));
    }
  }
  const scale = trigrams.length * MAX_DIFFERENCE;
  return known.map((has, c) => (trigrams.length === 0 || !has ? null : (totals[c] as number) / scale));
}
