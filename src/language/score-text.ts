/**
 * Scores every candidate language of a text: script first, then letter n-gram profiles,
 * frequent-word evidence and franc's trigram distance, summed into one log-likelihood-like score.
 */
import { LANGUAGE_ROWS } from './data/languages.js';
import { WEB_SHARE_FLOOR, WEB_SHARE_TIERS } from './data/web-shares.js';
import type { DetectLanguageOptions } from './detect-language.js';
import { francDistances, francLanguages, francTable, type FrancTable } from './franc-distance.js';
import { languageInfo } from './languages.js';
import { addWordScores, scriptModel, type ScriptModel } from './profile-model.js';
import { textScript } from './script.js';
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

/**
 * Weight of a language's log web share (data/web-shares.ts), its prior: a lone word that reads as
 * well as Spanish as Galician is far more often Spanish. At full weight (1) the prior would suit
 * text drawn in the web's proportions; 0.5 is the largest weight that did not lower the macro
 * accuracy of the short-text development set over all its languages, the rare ones included
 * (scripts/language/tune-short.ts: word pairs 71.6 → 71.5 %, single words 51.6 → 51.8 % over 39
 * languages; over the 34 of lingua's core set 77.1 → 77.6 % and 55.5 → 56.4 %). Sentences hold
 * evidence worth hundreds, so the prior decides only short text.
 */
const PRIOR_WEIGHT = 0.5;

/** The weights of the score's parts (the defaults are {@link SCORE_WEIGHTS}); tuning scripts vary them. */
export interface ScoreWeights {
  /** Score per frequent word a language lists (before the sharing discount). */
  readonly wordBonus: number;
  /** Weight of franc's distance for franc-only languages. */
  readonly francWeight: number;
  /** How far behind the best profiled language a franc-only language starts. */
  readonly francOnlyPenalty: number;
  /** Weight of the log web share of a language (its prior). */
  readonly prior: number;
}

/** The weights detectLanguage scores with. */
export const SCORE_WEIGHTS: ScoreWeights = {
  wordBonus: WORD_BONUS,
  francWeight: FRANC_WEIGHT,
  francOnlyPenalty: FRANC_ONLY_PENALTY,
  prior: PRIOR_WEIGHT,
};

/** The scores of a text's candidates, with what they rest on. */
export interface TextScores {
  /** ISO 15924 code of the text's letters. */
  readonly script: string;
  /** Number of letters read. */
  readonly letters: number;
  /** Number of words read (the amount of evidence). */
  readonly evidence: number;
  /** Candidates allowed by the options, unsorted. */
  readonly languages: readonly string[];
  /** Per candidate, its score (higher is likelier). */
  readonly scores: Float64Array;
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

/**
 * What scoring a script's text needs, worked out on the script's first text and kept: the
 * profiled languages (the script model's, or the script's only language), the franc-only ones
 * and franc's table for both, and each language's prior.
 */
interface Plan {
  readonly model: ScriptModel | null;
  /** The profiled languages, then the franc-only ones: the order of every array below. */
  readonly languages: readonly string[];
  /** How many of `languages` are profiled. */
  readonly profiled: number;
  readonly script: string;
  /** franc's table of the franc-only languages, or `null` when the script has none. */
  readonly franc: FrancTable | null;
  /** Per profiled language, franc's table of it alone, decoded when first needed (`null` till then). */
  readonly profiledTables: (FrancTable | null)[];
  /** Per language, its log web share. */
  readonly logShares: Float64Array;
  /** Per language, whether it is in the default (news) candidate set. */
  readonly news: readonly boolean[];
  /** Whether every language is in the default set (then the default set needs no filtering). */
  readonly allNews: boolean;
  /** Scratch of {@link scoreWords} (scoring is synchronous, so one per script serves every call). */
  readonly sums: Float64Array;
  readonly gaps: Float64Array;
  readonly alive: number[];
}

const plans = new Map<string, Plan>();

function planOf(script: string, all: boolean): Plan {
  const key = all ? `${script}:all` : script;
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = makePlan(script, all);
    plans.set(key, plan);
  }
  return plan;
}

function makePlan(script: string, all: boolean): Plan {
  const model = scriptModel(script);
  const single = SINGLE_SCRIPT[script];
  const profiled = model ? model.languages : single ? [single] : [];
  const francOnly = francOnlyCandidates(script, profiled, all);
  const languages = [...profiled, ...francOnly.map(([, language]) => language)];
  const news = languages.map((language) => languageInfo(language)?.news ?? false);
  return {
    model,
    languages,
    profiled: profiled.length,
    script,
    franc: francOnly.length > 0 ? francTable(script, francOnly.map(([code]) => code)) : null,
    profiledTables: profiled.map(() => null),
    logShares: Float64Array.from(languages, logWebShare),
    news,
    allNews: news.every(Boolean),
    sums: new Float64Array(profiled.length),
    gaps: new Float64Array(profiled.length),
    alive: [],
  };
}

/**
 * The log of a language's web share (data/web-shares.ts), its prior before {@link ScoreWeights.prior}.
 *
 * @param language - Our code of a language (ISO 639-1 where one exists).
 * @returns The natural log of its share of websites in %.
 * @example
 * ```ts
 * logWebShare('es') > logWebShare('gl'); // true
 * ```
 */
export function logWebShare(language: string): number {
  const tier = WEB_SHARE_TIERS.find(([, languages]) => languages.split(' ').includes(language));
  return Math.log(tier?.[0] ?? WEB_SHARE_FLOOR);
}

/**
 * Sums n-gram log probabilities and frequent-word evidence per language over the words. Every
 * {@link BEAM_EVERY} words, languages more than {@link BEAM} behind the leader stop being scored
 * and keep their gap to the leader, extrapolated to the whole text (`gaps`, -1 for those still scored): a long text
 * costs little more than its first words for the languages it clearly is not. Leaves the sums and
 * gaps in the plan's scratch.
 */
function scoreWords(model: ScriptModel, plan: Plan, words: readonly string[], wordBonus: number): void {
  const columns = model.languages.length;
  const { sums, gaps, alive } = plan;
  sums.fill(0);
  gaps.fill(-1);
  alive.length = 0;
  for (let c = 0; c < columns; c++) alive.push(c);
  for (let index = 0; index < words.length; index++) {
    addWordScores(model, words[index] as string, sums, alive, wordBonus);
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
}

/**
 * Score arrays are cut from a shared buffer, each from fresh (zeroed) bytes, never reused: a typed
 * array of more than 64 bytes made on its own gets its own buffer outside the heap, which cost
 * more than the rest of a short text's softmax. A buffer is freed with the last array cut from it.
 */
const SCORE_BUFFER = 1 << 14;
let scoreBuffer = new ArrayBuffer(0);
let scoreBufferUsed = 0;

function scoreArray(length: number): Float64Array {
  const bytes = 8 * length;
  if (scoreBufferUsed + bytes > scoreBuffer.byteLength) {
    scoreBuffer = new ArrayBuffer(Math.max(SCORE_BUFFER, bytes));
    scoreBufferUsed = 0;
  }
  const scores = new Float64Array(scoreBuffer, scoreBufferUsed, length);
  scoreBufferUsed += bytes;
  return scores;
}

/** Every language's raw score, in the plan's order (profiled ones first). */
function scoreLanguages(words: readonly string[], plan: Plan, weights: ScoreWeights): Float64Array {
  const scores = scoreArray(plan.languages.length);
  const { model } = plan;
  if (model) {
    scoreWords(model, plan, words, weights.wordBonus);
    const { sums, gaps } = plan;
    // Languages dropped from scoring early keep their (extrapolated) gap to the leader.
    let leader = -Infinity;
    for (let c = 0; c < plan.profiled; c++) if ((gaps[c] as number) < 0) leader = Math.max(leader, sums[c] as number);
    for (let c = 0; c < plan.profiled; c++) scores[c] = (gaps[c] as number) < 0 ? (sums[c] as number) : leader - (gaps[c] as number);
  }
  if (plan.franc) francOnly(words, plan, scores, weights);
  return scores;
}

const FRANC_CODES = new Map<string, string>();

/** franc's code for one of our languages (franc names some by a macrolanguage member: arb, pes). */
function francCode(language: string): string {
  let code = FRANC_CODES.get(language);
  if (code === undefined) {
    const row = LANGUAGE_ROWS.find(([iso1, iso3]) => (iso1 || iso3) === language);
    code = row?.[4] || (row?.[1] ?? language);
    FRANC_CODES.set(language, code);
  }
  return code;
}

/** franc's languages of a script that are not profiled: the news ones, or all of them. */
function francOnlyCandidates(script: string, profiled: readonly string[], all: boolean): readonly (readonly [code: string, language: string])[] {
  return (
    francLanguages(script)
      .map((code) => [code, languageInfo(code)] as const)
      // A known language counts only in the scripts it is listed with (franc also has a Cyrillic
      // Azerbaijani table, for instance, which news no longer uses).
      .filter(([, info]) => (all && !info) || (info?.scripts.includes(script) === true && (all || info.news)))
      .map(([code, info]) => [code, info?.code ?? code] as const)
      .filter(([, language]) => !profiled.includes(language))
  );
}

/**
 * Languages without a profile, which only franc's tables know (news languages such as Malay or
 * Urdu, and with `candidates: 'all'` every language franc has): each scores like the best profiled
 * language, moved by how much closer (or farther) franc finds it, so it wins only when franc
 * clearly prefers it. Fills the franc-only part of `scores`.
 */
function francOnly(words: readonly string[], plan: Plan, scores: Float64Array, weights: ScoreWeights): void {
  let best = -1;
  for (let c = 0; c < plan.profiled; c++) if (best < 0 || (scores[c] as number) > (scores[best] as number)) best = c;
  // franc's distance of the best profiled language, or the closest franc finds among the profiled
  // ones when franc has no table for it (so a missing table never favours the franc-only languages).
  const own = best < 0 ? null : profiledTable(plan, best);
  const known = own !== null && own.known[0] === true;
  const tables = [plan.franc as FrancTable];
  if (known) tables.push(own);
  else for (let c = 0; c < plan.profiled; c++) tables.push(profiledTable(plan, c));
  const { trigrams, distances } = francDistances(words, tables);
  let bestDistance = known ? ((distances[1] as Float64Array)[0] as number) : NaN;
  if (Number.isNaN(bestDistance)) {
    bestDistance = 1;
    for (let k = 1; k < distances.length; k++) {
      const d = (distances[k] as Float64Array)[0] as number;
      if (!Number.isNaN(d)) bestDistance = Math.min(d, bestDistance);
    }
  }
  const base = best < 0 ? 0 : (scores[best] as number);
  const theirs = distances[0] as Float64Array;
  for (let c = plan.profiled; c < plan.languages.length; c++) {
    const d = theirs[c - plan.profiled] as number;
    scores[c] = base - weights.francOnlyPenalty - weights.francWeight * ((Number.isNaN(d) ? 1 : d) - bestDistance) * trigrams;
  }
}

/** franc's table of one profiled language (built on its first use as the best one). */
function profiledTable(plan: Plan, column: number): FrancTable {
  let table = plan.profiledTables[column] ?? null;
  if (table === null) {
    table = francTable(plan.script, [francCode(plan.languages[column] as string)]);
    plan.profiledTables[column] = table;
  }
  return table;
}

/**
 * Scores the candidate languages of a text.
 *
 * @param text - The text to read whole (`detectLanguage` passes long texts' sample).
 * @param options - Candidate options of `detectLanguage`.
 * @param weights - The weights of the score's parts (tuning scripts vary them).
 * @returns The script, letter and word counts, and the allowed candidates with their scores.
 */
export function scoreText(text: string, options?: DetectLanguageOptions, weights: ScoreWeights = SCORE_WEIGHTS): TextScores {
  const { script, letters } = textScript(text);
  if (letters === 0) return { script, letters, evidence: 0, languages: [], scores: new Float64Array(0) };
  const words = letterWords(text);
  const plan = planOf(script, options?.candidates === 'all');
  const scores = scoreLanguages(words, plan, weights);
  if (weights.prior !== 0) for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] as number) + weights.prior * (plan.logShares[c] as number);
  const custom = options?.only !== undefined || options?.ignore !== undefined || options?.candidates === 'all';
  if (!custom && plan.allNews) return { script, letters, evidence: words.length, languages: plan.languages, scores };
  const allowed = custom ? allowedBy(plan, options as DetectLanguageOptions) : plan.news;
  const languages: string[] = [];
  const kept: number[] = [];
  for (let c = 0; c < plan.languages.length; c++) {
    if (allowed[c] !== true) continue;
    languages.push(plan.languages[c] as string);
    kept.push(scores[c] as number);
  }
  return { script, letters, evidence: words.length, languages, scores: Float64Array.from(kept) };
}

/** Which of the plan's languages the options allow. */
function allowedBy(plan: Plan, options: DetectLanguageOptions): boolean[] {
  const only = options.only ? new Set(options.only.map(normalizeCode)) : null;
  const ignore = new Set((options.ignore ?? []).map(normalizeCode));
  const anyLanguage = options.candidates === 'all' || only !== null;
  return plan.languages.map((language, c) => (only === null || only.has(language)) && !ignore.has(language) && (anyLanguage || plan.news[c] === true));
}
