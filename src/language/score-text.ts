/**
 * Scores every candidate language of a text: script first, then letter n-gram profiles,
 * frequent-word evidence and franc's trigram distance, summed into one log-likelihood-like score.
 */
import { LANGUAGE_ROWS } from './data/languages.js';
import type { DetectLanguageOptions } from './detect-language.js';
import { francDistance, francLanguages, rankedTrigrams } from './franc-distance.js';
import { languageInfo } from './languages.js';
import { scriptModel } from './profile-model.js';
import { sampleText } from './sample.js';
import { countScripts, dominantScript } from './script.js';
import { letterWords } from './words.js';

/** Score added for each input word a language lists as frequent. */
const WORD_BONUS = 2;
/** Weight of franc's per-trigram distance. */
const FRANC_WEIGHT = 2;
/** A language only franc knows starts this far behind the best profiled one (franc is noisy on short text). */
const FRANC_ONLY_PENALTY = 4;

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
  const trigrams = rankedTrigrams(words);
  const scored: Scored[] = [];
  if (model) {
    const sums = new Float64Array(model.languages.length);
    for (const word of words) {
      const padded = ` ${word} `;
      for (let n = 1; n <= 4; n++) {
        for (let i = 0; i + n <= padded.length; i++) {
          const vector = model.grams.get(padded.slice(i, i + n));
          if (vector) for (let c = 0; c < sums.length; c++) sums[c] = (sums[c] as number) + (vector[c] as number);
        }
      }
      const weights = model.words.get(word);
      if (weights) for (let c = 0; c < sums.length; c++) sums[c] = (sums[c] as number) + WORD_BONUS * (weights[c] as number);
    }
    model.languages.forEach((language, c) => {
      const franc = francDistance(trigrams, script, francCode(language));
      const francScore = franc === null ? 0 : -FRANC_WEIGHT * franc * trigrams.length;
      scored.push({ language, score: (sums[c] as number) + francScore });
    });
  } else if (single) {
    scored.push({ language: single, score: 0 });
  }
  scored.push(...francOnly(trigrams, script, scored, all));
  return scored;
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

const FRANC_ONLY = new Map<string, readonly (readonly [code: string, language: string])[]>();

/** franc's languages of a script that are not profiled: the news ones, or all of them. */
function francOnlyCandidates(script: string, profiled: ReadonlySet<string>, all: boolean): readonly (readonly [string, string])[] {
  const key = `${script}:${all}:${[...profiled].join()}`;
  let list = FRANC_ONLY.get(key);
  if (!list) {
    list = francLanguages(script)
      .map((code) => [code, languageInfo(code)] as const)
      .filter(([, info]) => all || info?.news === true)
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
function francOnly(trigrams: readonly string[], script: string, scored: readonly Scored[], all: boolean): Scored[] {
  const known = new Set(scored.map((s) => s.language));
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
  const out: Scored[] = [];
  for (const [code, language] of francOnlyCandidates(script, known, all)) {
    const distance = francDistance(trigrams, script, code) ?? 1;
    out.push({ language, score: (best?.score ?? 0) - FRANC_ONLY_PENALTY - 4 * FRANC_WEIGHT * (distance - (bestDistance ?? 1)) * trigrams.length });
  }
  return out;
}

function isCandidate(language: string, options: DetectLanguageOptions | undefined): boolean {
  if (options?.candidates === 'all' || options?.only) return true;
  return languageInfo(language)?.news ?? false;
}


/**
 * Scores the candidate languages of a text.
 *
 * @param text - Any text (long texts are sampled).
 * @param options - Candidate options of `detectLanguage`.
 * @returns The script, letter and word counts, and the allowed candidates' scores.
 */
export function scoreText(text: string, options?: DetectLanguageOptions): TextScores {
  const sample = sampleText(text);
  const counts = countScripts(sample);
  const script = dominantScript(counts);
  const letters = Object.values(counts).reduce((a, b) => a + b, 0);
  if (letters === 0) return { script, letters, evidence: 0, scored: [] };
  const words = letterWords(sample);
  const { only, ignore } = allowed(options);
  const scored = scoreCandidates(words, script, options?.candidates === 'all').filter(
    (s) => (only === null || only.has(s.language)) && !ignore.has(s.language) && isCandidate(s.language, options),
  );
  return { script, letters, evidence: words.length, scored };
}
