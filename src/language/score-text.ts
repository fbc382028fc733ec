/**
 * Scores every candidate language of a text: script first, then letter n-gram profiles,
 * frequent-word evidence and franc's trigram distance, summed into one log-likelihood-like score.
 */
import { LANGUAGE_ROWS } from './data/languages.js';
import type { DetectLanguageOptions } from './detect-language.js';
import { francDistance, francDistances, francLanguages, rankedTrigrams } from './franc-distance.js';
import { languageInfo } from './languages.js';
import { addNgramScores, scriptModel, type ScriptModel } from './profile-model.js';
import { countScripts, dominantScript } from './script.js';
import { letterWords } from './words.js';

/**
 * Score added for each input word a language lists as frequent, before the sharing discount of
 * profile-model.ts (2 → 16 with that discount: development set 68.9 → 71.4 %).
 */
const WORD_BONUS = 16;
/**
 * Weight of franc's per-trigram distance of a franc-only language relative to the best profiled
 * one. (franc's distance is not added to the profiled languages' scores: their own n-gram
 * profiles already hold franc's evidence and more; adding it lowered accuracy on the development set.)
 */
const FRANC_WEIGHT = 8;
/** How often (in words) languages far behind are dropped from scoring. */
const BEAM_EVERY = 5;
/** How far behind the leader (in summed log probability) a language is dropped. */
const BEAM = 60;
/**
 * A language only franc knows starts this far behind the best profiled one: franc's UDHR tables are
 * noisy on news and short text (12 rather than 4 raised accuracy on the development set from 65 % to 69 %,
 * 20 rather than 12 from 69.4 % to 70.6 %; Swahili, Afrikaans, Albanian, Tagalog and Azerbaijani news
 * sentences are still recognised).
 */
const FRANC_ONLY_PENALTY = 20;

/** A candidate language and its score (higher is likelier). */
export interface Scored {
  readonly language: string;
  readonly score: number;
}

/** The scores of a text's candidates, with what they rest on. */
export interface TextScores {
  /** ISO 15924 code of the text's letters. */
  readonly script: string;
  /** Number of letters read. */
  readonly letters: number;
  /** Number of words read (the amount of evidence). */
  readonly evidence: number;
  /** Candidates allowed by the options, unsorted. */
  readonly scored: readonly Scored[];
}

const SINGLE_SCRIPT: Readonly<Record<string, string>> = Object.fromEntries(
  LANGUAGE_ROWS.filter(([, , , scripts]) => !scripts.includes(' ') && !['Latn', 'Cyrl', 'Arab', 'Deva'].includes(scripts)).map(
    ([iso1, iso3, , scripts]) => [scripts, iso1 || iso3],
  ),
);

function normalizeCode(code: string): string {
  const info = languageInfo(code);
  return info ? info.code : code.toLowerCase();
}

/** The languages allowed by the options, or `null` for "no restriction beyond the set". */
function allowed(options: DetectLanguageOptions | undefined): { only: Set<string> | null; ignore: Set<string> } {
  return {
    only: options?.only ? new Set(options.only.map(normalizeCode)) : null,
    ignore: new Set((options?.ignore ?? []).map(normalizeCode)),
  };
}

function scoreCandidates(words: readonly string[], script: string, all: boolean): Scored[] {
  const single = SINGLE_SCRIPT[script];
  const model = scriptModel(script);
  const scored: Scored[] = [];
  if (model) {
    const { sums, gaps } = scoreWords(model, words);
    // Languages dropped from scoring early keep their (extrapolated) gap to the leader.
    let leader = -Infinity;
    model.languages.forEach((_, c) => {
      if ((gaps[c] as number) < 0) leader = Math.max(leader, sums[c] as number);
    });
    model.languages.forEach((language, c) => {
      scored.push({ language, score: (gaps[c] as number) < 0 ? (sums[c] as number) : leader - (gaps[c] as number) });
    });
  } else if (single) {
    scored.push({ language: single, score: 0 });
  }
  const candidates = francOnlyCandidates(script, scored, all);
  if (candidates.length > 0) scored.push(...francOnly(rankedTrigrams(words), script, scored, candidates));
  return scored;
}

const FRANC_CODES = new Map<string, string>();

/** franc's code for one of our languages (franc names some by a macrolanguage member: arb, pes). */
/**
 * Sums n-gram log probabilities and frequent-word evidence per language over the words. Every
 * {@link BEAM_EVERY} words, languages more than {@link BEAM} behind the leader stop being scored
 * and keep their gap to the leader, extrapolated to the whole text (`gaps`, -1 for those still scored): a long text
 * costs little more than its first words for the languages it clearly is not.
 */
function scoreWords(model: ScriptModel, words: readonly string[]): { sums: Float64Array; gaps: Float64Array } {
  const columns = model.languages.length;
  const sums = new Float64Array(columns);
  const gaps = new Float64Array(columns).fill(-1);
  const alive: number[] = [];
  for (let c = 0; c < columns; c++) alive.push(c);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    addNgramScores(model, word, sums, alive);
    const wordRow = model.words.get(word);
    if (wordRow !== undefined) {
      const row = wordRow * columns;
      for (let k = 0; k < alive.length; k++) {
        const c = alive[k] as number;
        sums[c] = (sums[c] as number) + WORD_BONUS * (model.wordWeights[row + c] as number);
      }
    }
    if ((index + 1) % BEAM_EVERY === 0 && alive.length > 2) {
      let leader = -Infinity;
      for (let k = 0; k < alive.length; k++) leader = Math.max(leader, sums[alive[k] as number] as number);
      let kept = 0;
      for (let k = 0; k < alive.length; k++) {
        const c = alive[k] as number;
        const gap = leader - (sums[c] as number);
        if (gap <= BEAM) alive[kept++] = c;
        // The gap grows about linearly with the words read, so it is extrapolated to the whole text.
        else gaps[c] = (gap * words.length) / (index + 1);
      }
      alive.length = kept;
    }
  }
  return { sums, gaps };
}

function francCode(language: string): string {
  let code = FRANC_CODES.get(language);
  if (code === undefined) {
    const row = LANGUAGE_ROWS.find(([iso1, iso3]) => (iso1 || iso3) === language);
    code = row?.[4] || (row?.[1] ?? language);
    FRANC_CODES.set(language, code);
  }
  return code;
}

const FRANC_ONLY = new Map<string, readonly (readonly [code: string, language: string])[]>();

/**
 * franc's languages of a script that are not profiled: the news ones, or all of them. The profiled
 * ones (`scored`) depend on the script alone, so the list is kept per script.
 */
function francOnlyCandidates(script: string, scored: readonly Scored[], all: boolean): readonly (readonly [string, string])[] {
  const key = `${script}:${all}`;
  let list = FRANC_ONLY.get(key);
  if (!list) {
    const profiled = new Set(scored.map((s) => s.language));
    list = francLanguages(script)
      .map((code) => [code, languageInfo(code)] as const)
      // A known language counts only in the scripts it is listed with (franc also has a Cyrillic
      // Azerbaijani table, for instance, which news no longer uses).
      .filter(([, info]) => (all && !info) || (info?.scripts.includes(script) === true && (all || info.news)))
      .map(([code, info]) => [code, info?.code ?? code] as const)
      .filter(([, language]) => !profiled.has(language));
    FRANC_ONLY.set(key, list);
  }
  return list;
}

/**
 * Languages without a profile, which only franc's tables know (news languages such as Malay or
 * Urdu, and with `candidates: 'all'` every language franc has): each scores like the best profiled
 * language, moved by how much closer (or farther) franc finds it, so it wins only when franc
 * clearly prefers it.
 */
function francOnly(
  trigrams: readonly string[],
  script: string,
  scored: readonly Scored[],
  candidates: readonly (readonly [code: string, language: string])[],
): Scored[] {
  const best = scored.reduce<Scored | null>((a, b) => (a && a.score >= b.score ? a : b), null);
  // franc's distance of the best profiled language, or the closest franc finds among the profiled
  // ones when franc has no table for it (so a missing table never favours the franc-only languages).
  let bestDistance = best ? francDistance(trigrams, script, francCode(best.language)) : null;
  if (bestDistance === null) {
    for (const s of scored) {
      const d = francDistance(trigrams, script, francCode(s.language));
      if (d !== null) bestDistance = Math.min(d, bestDistance ?? 1);
    }
  }
  const distances = francDistances(trigrams, script, candidates.map(([code]) => code));
  return candidates.map(([, language], i) => ({
    language,
    score: (best?.score ?? 0) - FRANC_ONLY_PENALTY - FRANC_WEIGHT * ((distances[i] ?? 1) - (bestDistance ?? 1)) * trigrams.length,
  }));
}

function isCandidate(language: string, options: DetectLanguageOptions | undefined): boolean {
  if (options?.candidates === 'all' || options?.only) return true;
  return languageInfo(language)?.news ?? false;
}


/**
 * Scores the candidate languages of a text.
 *
 * @param text - The text to read whole (`detectLanguage` passes long texts' sample).
 * @param options - Candidate options of `detectLanguage`.
 * @returns The script, letter and word counts, and the allowed candidates' scores.
 */
export function scoreText(text: string, options?: DetectLanguageOptions): TextScores {
  const counts = countScripts(text);
  const script = dominantScript(counts);
  const letters = Object.values(counts).reduce((a, b) => a + b, 0);
  if (letters === 0) return { script, letters, evidence: 0, scored: [] };
  const words = letterWords(text);
  const { only, ignore } = allowed(options);
  const scored = scoreCandidates(words, script, options?.candidates === 'all').filter(
    (s) => (only === null || only.has(s.language)) && !ignore.has(s.language) && isCandidate(s.language, options),
  );
  return { script, letters, evidence: words.length, scored };
}
