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

/** How many ranked candidates a detection lists. */
const ALTERNATIVES = 5;
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
 *
 * @param scored - Candidate scores (higher is likelier).
 * @param evidence - Number of words the scores rest on.
 * @param temperature - Base temperature of the softmax.
 * @param limit - How many of the likeliest guesses to return (all by default).
 * @returns The likeliest `limit` guesses, most likely first (equal ones in the order scored).
 */
export function toProbabilities(scored: readonly Scored[], evidence: number, temperature = TEMPERATURE, limit = Infinity): LanguageGuess[] {
  let max = -Infinity;
  for (const s of scored) max = Math.max(max, s.score);
  const t = temperature * Math.sqrt(Math.max(1, evidence));
  const weights = new Float64Array(scored.length);
  let total = 0;
  for (let i = 0; i < scored.length; i++) {
    const weight = Math.exp(((scored[i] as Scored).score - max) / t);
    weights[i] = weight;
    total += weight;
  }
  // Selection of the likeliest few (a text has dozens of candidates, callers want five): the
  // first of equal weights wins, as in a stable sort.
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / total;
  const guesses: LanguageGuess[] = [];
  const taken = new Uint8Array(scored.length);
  while (guesses.length < Math.min(limit, scored.length)) {
    let best = -1;
    for (let i = 0; i < scored.length; i++) if (taken[i] === 0 && (best < 0 || (weights[i] as number) > (weights[best] as number))) best = i;
    taken[best] = 1;
    guesses.push({ language: (scored[best] as Scored).language, probability: weights[best] as number });
  }
  return guesses;
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
  const alternatives = toProbabilities(scored, evidence, TEMPERATURE, ALTERNATIVES);
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
