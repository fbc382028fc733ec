import type { Vocabulary } from './vocabulary.js';

const MAX_COMPOUND = 64;
const ORDINAL_ENDINGS = ['ste', 'sten', 'ster', 'stes', 'stem', 'te', 'ten', 'ter', 'tes', 'tem'];

/**
 * The value of a number written as one word in languages that glue their numerals
 * (`zweihundertfünfundvierzig`, `dreiundzwanzigste`). Segments the word into known numerals
 * by dynamic programming over its positions, so the work stays linear in the word length.
 *
 * @param word - A lower-cased word.
 * @param vocabulary - The locale's words; only locales that glue numerals are tried.
 * @returns The value and whether it is an ordinal, or `undefined` when the word is no numeral.
 */
export function compoundValue(word: string, vocabulary: Vocabulary): { value: number; ordinal: boolean } | undefined {
  if (vocabulary.locale !== 'de' || word.length < 6 || word.length > MAX_COMPOUND) return undefined;
  const cardinal = segmentValue(word, vocabulary);
  if (cardinal !== undefined) return { value: cardinal, ordinal: false };
  for (const ending of ORDINAL_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    const known = vocabulary.ordinals.get(stem + 'te') ?? vocabulary.ordinals.get(stem + 'ste');
    const value = segmentValue(stem, vocabulary) ?? vocabulary.cardinals.get(stem) ?? lastOrdinal(stem, vocabulary);
    if (value !== undefined) return { value, ordinal: true };
    if (known !== undefined) return { value: known, ordinal: true };
  }
  return undefined;
}

/** `einundzwanzigs(te)`, `hundertdrit(te)`: a compound whose last part is an irregular ordinal stem. */
function lastOrdinal(stem: string, vocabulary: Vocabulary): number | undefined {
  for (let cut = 1; cut < stem.length; cut++) {
    const ordinal = vocabulary.ordinals.get(`${stem.slice(cut)}te`);
    if (ordinal === undefined) continue;
    const head = segmentValue(stem.slice(0, cut), vocabulary);
    if (head !== undefined) return head + ordinal;
  }
  return undefined;
}

function morphemeValue(part: string, vocabulary: Vocabulary): number | 'hundred' | 'and' | undefined {
  if (vocabulary.hundreds.has(part)) return 'hundred';
  if (vocabulary.joiners.has(part)) return 'and';
  const scale = vocabulary.scales.get(part);
  if (scale !== undefined && scale < 1e6) return scale;
  return vocabulary.cardinals.get(part);
}

function segmentValue(word: string, vocabulary: Vocabulary): number | undefined {
  // best[i] = the parts of a segmentation of word.slice(0, i), fewest parts first found.
  const best: (readonly (number | 'hundred' | 'and')[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 12); start < end; start++) {
      const head = best[start];
      if (head === undefined) continue;
      const part = morphemeValue(word.slice(start, end), vocabulary);
      if (part === undefined) continue;
      best[end] = [...head, part];
      break;
    }
  }
  const parts = best[word.length];
  if (parts === undefined || parts.length < 2) return undefined;
  let total = 0;
  let current = 0;
  let previous: number | 'hundred' | 'and' | undefined;
  for (const part of parts) {
    if (part === 'and') {
      if (typeof previous !== 'number' || previous >= 10) return undefined;
    } else if (part === 'hundred') {
      current = (current || 1) * 100;
    } else if (part >= 1000) {
      total += (current || 1) * part;
      current = 0;
    } else {
      if (previous === 'and' && part % 10 !== 0) return undefined;
      current += part;
    }
    previous = part;
  }
  return total + current;
}
