/**
 * detectLanguage: which language a text is written in, from one word to a whole page.
 *
 * Pipeline: sample long text → script of its letters → candidates written in that script
 * (the news set, or every language with `candidates: 'all'`, narrowed by `only` / `ignore`) →
 * score each candidate with letter n-gram profiles, frequent-word evidence and franc's trigram
 * distance → turn scores into calibrated probabilities.
 */
import { assertString } from '../text/assert.js';
import { scoreText, type Scored } from './score-text.js';

/** One ranked candidate language. */
export interface LanguageGuess {
  /** ISO 639-1 code where one exists, else ISO 639-3. */
  readonly language: string;
  /** Probability that this is the text's language. */
  readonly probability: number;
}

/** What {@link detectLanguage} found. */
export interface LanguageDetection {
  /** ISO 639-1 code where one exists, else ISO 639-3; `'und'` when the text has no letters. */
  readonly language: string;
  /** Calibrated probability that `language` is right (0 for `'und'`). */
  readonly confidence: number;
  /** Whether the guess is trustworthy: confidence ≥ 0.75. */
  readonly reliable: boolean;
  /** ISO 15924 code of the text's letters (`Zyyy` without letters, `Zzzz` for other scripts). */
  readonly script: string;
  /** Up to five candidates with their probabilities, most likely first (the first is `language`). */
  readonly alternatives: readonly LanguageGuess[];
}

/** Options of {@link detectLanguage} and `detectLanguages`. */
export interface DetectLanguageOptions {
  /** Candidate languages to allow (ISO 639-1 or 639-3 codes). */
  readonly only?: readonly string[];
  /** Candidate languages to leave out (ISO 639-1 or 639-3 codes). */
  readonly ignore?: readonly string[];
  /** Texts with fewer letters than this are `'und'` (default 1). */
  readonly minLength?: number;
  /**
   * `'news'` (default): the languages news is published in. `'all'`: also every language of franc's
   * trigram tables (decided by those tables alone).
   */
  readonly candidates?: 'news' | 'all';
}

/** Probability from which a detection counts as reliable. */
const RELIABLE = 0.75;
/** Scores are log likelihoods summed over n-grams; this softens them into probabilities. */
export const TEMPERATURE = 5;

const UNDETERMINED = (script: string): LanguageDetection => ({
  language: 'und',
  confidence: 0,
  reliable: false,
  script,
  alternatives: [],
});

/**
 * Softmax of the scores. Scores are sums over n-grams and words, so their gaps grow with the
 * text; the temperature grows with the square root of the evidence, fitted on a development set
 * (scripts/language/calibrate.ts) so that stated probabilities match observed accuracy.
 */
export function toProbabilities(scored: readonly Scored[], evidence: number, temperature = TEMPERATURE): LanguageGuess[] {
  let max = -Infinity;
  for (const s of scored) max = Math.max(max, s.score);
  const t = temperature * Math.sqrt(Math.max(1, evidence));
  const guesses: LanguageGuess[] = [];
  let total = 0;
  for (const s of scored) {
    const weight = Math.exp((s.score - max) / t);
    total += weight;
    guesses.push({ language: s.language, probability: weight });
  }
  return guesses.map((g) => ({ language: g.language, probability: g.probability / total })).sort((a, b) => b.probability - a.probability);
}

/**
 * Detects the language of a text.
 *
 * @param text - Any text: a word, a headline, a comment, an article.
 * @param options - Candidate set (`only`, `ignore`, `candidates`) and `minLength`.
 * @returns The language (ISO 639-1, else 639-3; `'und'` only without letters), a calibrated
 *   confidence, whether it is reliable, the ISO 15924 script, and ranked alternatives.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * detectLanguage('Влада је усвојила нови закон о медијима.').language // 'sr'
 * detectLanguage('Hvorfor er det så vanskelig?', { only: ['da', 'nb', 'sv'] }).alternatives
 * ```
 */
export function detectLanguage(text: string, options?: DetectLanguageOptions): LanguageDetection {
  assertString(text, 'text');
  const { script, letters, scored, evidence } = scoreText(text, options);
  if (letters === 0 || letters < (options?.minLength ?? 1) || scored.length === 0) return UNDETERMINED(script);
  const alternatives = toProbabilities(scored, evidence).slice(0, 5);
  const top = alternatives[0] as LanguageGuess;
  return {
    language: top.language,
    confidence: round(top.probability),
    reliable: top.probability >= RELIABLE,
    script,
    alternatives: alternatives.map((a) => ({ language: a.language, probability: round(a.probability) })),
  };
}

function round(p: number): number {
  return Math.round(p * 1000) / 1000;
}
