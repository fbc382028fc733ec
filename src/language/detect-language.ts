/**
 * detectLanguage: which language a text is written in, from one word to a whole page.
 *
 * Pipeline: sample long text → script of its letters → candidates written in that script
 * (the news set, or every language with `candidates: 'all'`, narrowed by `only` / `ignore`) →
 * score each candidate with letter n-gram profiles, frequent-word evidence and franc's trigram
 * distance → turn scores into calibrated probabilities. A long text is scored piece by piece and
 * the pieces' probabilities averaged, so a passage in another language cannot tip it.
 */
import { assertString } from '../text/assert.js';
import { evenSample } from '../text/sample.js';
import { isSpaceCode } from '../text/span.js';
import { scoreText } from './score-text.js';

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
/**
 * Scores are log likelihoods summed over n-grams; this softens them into probabilities. Fitted by
 * scripts/language/calibrate.ts for the least calibration error of the top guess on the development
 * set (4.5: 0.028, the former 5: 0.036); the log loss would pick 5.5, pulled up by the set's few
 * mislabelled messages, at a calibration error of 0.051.
 */
export const TEMPERATURE = 4.5;

const UNDETERMINED = (script: string): LanguageDetection => ({
  language: 'und',
  confidence: 0,
  reliable: false,
  script,
  alternatives: [],
});

let weightScratch: Float64Array | undefined;

/**
 * Softmax of the scores. Scores are sums over n-grams and words, so their gaps grow with the
 * text; the temperature grows with the square root of the evidence, fitted on a development set
 * (scripts/language/calibrate.ts) so that stated probabilities match observed accuracy.
 *
 * @param languages - Candidate languages.
 * @param scores - Their scores (higher is likelier), in the same order.
 * @param evidence - Number of words the scores rest on.
 * @param temperature - Base temperature of the softmax.
 * @param limit - How many of the likeliest guesses to return (all by default).
 * @returns The likeliest `limit` guesses, most likely first (equal ones in the order scored).
 */
export function toProbabilities(
  languages: readonly string[],
  scores: ArrayLike<number>,
  evidence: number,
  temperature = TEMPERATURE,
  limit = Infinity,
): LanguageGuess[] {
  const count = languages.length;
  let max = -Infinity;
  for (let i = 0; i < count; i++) max = Math.max(max, scores[i] as number);
  const t = temperature * Math.sqrt(Math.max(1, evidence));
  // Scratch weights (probabilities are computed synchronously): a typed array per call was a
  // noticeable share of a short text's detection.
  if (weightScratch === undefined || weightScratch.length < count) weightScratch = new Float64Array(Math.max(64, count));
  const weights = weightScratch;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const weight = Math.exp(((scores[i] as number) - max) / t);
    weights[i] = weight;
    total += weight;
  }
  // Selection of the likeliest few (a text has dozens of candidates, callers want five): the
  // first of equal weights wins, as in a stable sort; a taken one is marked -1.
  const guesses: LanguageGuess[] = [];
  const wanted = Math.min(limit, count);
  while (guesses.length < wanted) {
    let best = -1;
    for (let i = 0; i < count; i++) if (best < 0 ? (weights[i] as number) >= 0 : (weights[i] as number) > (weights[best] as number)) best = i;
    guesses.push({ language: languages[best] as string, probability: (weights[best] as number) / total });
    weights[best] = -1;
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
  const sample = evenSample(text, SAMPLE_WINDOWS, SAMPLE_WINDOW);
  const reading = sample.length > 2 * PIECE ? readPieces(sample, options) : readWhole(sample, options);
  if (reading.letters === 0 || reading.letters < (options?.minLength ?? 1) || reading.guesses.length === 0) return UNDETERMINED(reading.script);
  const top = reading.guesses[0] as LanguageGuess;
  return {
    language: top.language,
    confidence: round(top.probability),
    reliable: top.probability >= RELIABLE,
    script: reading.script,
    alternatives: reading.guesses.map((a) => ({ language: a.language, probability: round(a.probability) })),
  };
}

/**
 * Long inputs are read on {@link SAMPLE_WINDOWS} evenly spread windows of {@link SAMPLE_WINDOW}
 * code units (4 KB in all), so detection costs a bounded amount of work on any text.
 */
const SAMPLE_WINDOWS = 8;
const SAMPLE_WINDOW = 512;

/**
 * Length of the pieces a long text is scored in. Summed over a whole text, log likelihoods let a
 * mixture win: a German paragraph in an English article pushed both below Dutch, which sits
 * between them. Each piece instead votes with its own probabilities, weighted by its words.
 */
const PIECE = 512;

interface Reading {
  readonly script: string;
  readonly letters: number;
  /** The likeliest languages, most likely first. */
  readonly guesses: readonly LanguageGuess[];
}

function readWhole(text: string, options: DetectLanguageOptions | undefined): Reading {
  const { script, letters, languages, scores, evidence } = scoreText(text, options);
  return { script, letters, guesses: toProbabilities(languages, scores, evidence, TEMPERATURE, ALTERNATIVES) };
}

function readPieces(text: string, options: DetectLanguageOptions | undefined): Reading {
  const votes = new Map<string, number>();
  const scriptLetters = new Map<string, number>();
  let letters = 0;
  let weight = 0;
  for (const piece of pieces(text, PIECE)) {
    const scores = scoreText(piece, options);
    letters += scores.letters;
    scriptLetters.set(scores.script, (scriptLetters.get(scores.script) ?? 0) + scores.letters);
    if (scores.languages.length === 0) continue;
    const pieceWeight = Math.max(1, scores.evidence);
    weight += pieceWeight;
    for (const guess of toProbabilities(scores.languages, scores.scores, scores.evidence)) {
      votes.set(guess.language, (votes.get(guess.language) ?? 0) + guess.probability * pieceWeight);
    }
  }
  const guesses = [...votes]
    .map(([language, vote]) => ({ language, probability: vote / weight }))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, ALTERNATIVES);
  const script = [...scriptLetters].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['Zyyy', 0])[0];
  return { script, letters, guesses };
}

/** The text cut into pieces of about `size` code units, at white space where one is near. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      let cut = end;
      while (cut > start + size / 2 && !isSpaceCode(text.charCodeAt(cut))) cut--;
      if (cut > start + size / 2) end = cut;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

function round(p: number): number {
  return Math.round(p * 1000) / 1000;
}
