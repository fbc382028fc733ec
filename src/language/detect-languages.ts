/**
 * detectLanguages: the language of each part of a mixed-language text (a German quote inside an
 * English article, a Russian comment in an English thread), adjacent parts of one language merged.
 *
 * Pipeline: sentences (never crossing paragraphs) → cut further where the script changes → detect
 * each piece → short, unsure pieces take a neighbour's language when they find it plausible →
 * merge neighbours that agree.
 */
import { assertString } from '../text/assert.js';
import { ChunkedList } from '../text/chunked-list.js';
import { forEachSentence } from '../text/sentences.js';
import { textSpan, trimSpan, type TextSpan } from '../text/span.js';
import { detectLanguage, type DetectLanguageOptions, type LanguageDetection } from './detect-language.js';
import { scriptOf, textScript } from './script.js';

/** One stretch of text in a single language. */
export interface LanguageSegment extends TextSpan {
  /** ISO 639-1 code where one exists, else ISO 639-3 (`'und'` for a text without letters). */
  readonly language: string;
  /** Calibrated probability of `language`, averaged over the merged pieces by letter count. */
  readonly confidence: number;
}

/** Pieces with fewer letters than this are too short to overrule their neighbours. */
const SHORT = 24;
/** A short piece joins a neighbour's language when it gives that language at least this probability. */
const PLAUSIBLE = 0.05;
/** A change of script cuts a sentence only when both sides have at least this many letters. */
const MIN_RUN = 4;

interface Piece extends TextSpan {
  readonly letters: number;
  detection: LanguageDetection;
  language: string;
  probability: number;
}

/** Cuts a sentence where its letters switch script (a Cyrillic quote in a Latin sentence). */
function splitByScript(input: string, span: TextSpan): TextSpan[] {
  const runs: { script: string; start: number; end: number; letters: number }[] = [];
  for (let i = span.start; i < span.end; i++) {
    const code = input.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const script = scriptOf(code);
    if (script !== null) {
      const last = runs[runs.length - 1];
      if (last && last.script === script) {
        last.end = i + width;
        last.letters++;
      } else runs.push({ script, start: i, end: i + width, letters: 1 });
    }
    i += width - 1;
  }
  const strong = runs.filter((r) => r.letters >= MIN_RUN);
  if (strong.length < 2) return [span];
  const pieces: TextSpan[] = [];
  let start = span.start;
  for (let k = 1; k < strong.length; k++) {
    const previous = strong[k - 1] as (typeof strong)[number];
    const current = strong[k] as (typeof strong)[number];
    if (previous.script === current.script) continue;
    // Cut in the gap between the two runs, at its first white space if there is one.
    let cut = current.start;
    for (let i = previous.end; i < current.start; i++) {
      if (/\s/u.test(input[i] ?? '')) {
        cut = i;
        break;
      }
    }
    pieces.push(trimSpan(input, start, cut));
    start = cut;
  }
  pieces.push(trimSpan(input, start, span.end));
  return pieces.filter((p) => p.text.length > 0);
}

function probabilityOf(detection: LanguageDetection, language: string): number {
  return detection.alternatives.find((a) => a.language === language)?.probability ?? 0;
}

/**
 * Splits a text into stretches of one language each.
 *
 * @param text - Any text, possibly mixing languages.
 * @param options - Same candidate options as `detectLanguage`.
 * @returns Segments in document order, each with `text.slice(start, end) === segment.text`;
 *   neighbours of one language are merged (the merged span includes the white space between).
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * detectLanguages('The minister said it plainly. «Мы не будем платить за это». Then he left.')
 *   .map((s) => s.language) // ['en', 'ru', 'en']
 * ```
 */
export function detectLanguages(text: string, options?: DetectLanguageOptions): LanguageSegment[] {
  assertString(text, 'text');
  // Pieces are read one at a time and only three are alive at once: a piece's language is final
  // once its neighbours are known, and then it goes into the segment being merged.
  const segments = new SegmentMerger(text);
  let previous: Piece | undefined;
  let current: Piece | undefined;
  forEachSentence(text, (sentence) => {
    for (const span of splitByScript(text, sentence)) {
      const detection = detectLanguage(span.text, options);
      const next: Piece = { ...span, letters: textScript(span.text).letters, detection, language: detection.language, probability: detection.confidence };
      if (current !== undefined) {
        smoothShortPiece(current, previous, next);
        segments.add(current);
      }
      previous = current;
      current = next;
    }
  });
  if (current !== undefined) {
    smoothShortPiece(current, previous, undefined);
    segments.add(current);
  }
  return segments.finish();
}

/**
 * A short, unsure piece takes the language of a neighbour (the one before it first) if it finds
 * that language plausible. The piece before has already been smoothed, the one after not yet.
 */
function smoothShortPiece(piece: Piece, before: Piece | undefined, after: Piece | undefined): void {
  if (piece.letters === 0 || piece.letters >= SHORT) return;
  for (const neighbour of [before, after]) {
    if (!neighbour || neighbour.letters < piece.letters || neighbour.language === piece.language) continue;
    const p = probabilityOf(piece.detection, neighbour.language);
    if (p >= PLAUSIBLE && piece.probability < 0.99) {
      piece.language = neighbour.language;
      piece.probability = p;
      return;
    }
  }
}

/**
 * Merges neighbouring pieces of one language into segments, keeping of the open segment only its
 * bounds and sums, not its pieces.
 */
class SegmentMerger {
  private readonly segments = new ChunkedList<LanguageSegment>();
  private open = false;
  private start = 0;
  private end = 0;
  private language = 'und';
  private letters = 0;
  /** Sum of each piece's probability times its letters, for the letter-weighted confidence. */
  private weighted = 0;

  constructor(private readonly text: string) {}

  add(piece: Piece): void {
    // Pieces without letters (a dash, a number) belong to the stretch they sit in.
    if (this.open && piece.language !== 'und' && piece.language !== this.language) this.flush();
    if (!this.open) {
      this.open = true;
      this.start = piece.start;
      this.language = piece.language;
      this.letters = 0;
      this.weighted = 0;
    }
    this.end = piece.end;
    this.letters += piece.letters;
    this.weighted += piece.probability * piece.letters;
  }

  finish(): LanguageSegment[] {
    this.flush();
    return this.segments.toArray();
  }

  private flush(): void {
    if (!this.open) return;
    const confidence = this.letters === 0 ? 0 : this.weighted / this.letters;
    this.segments.push({ ...textSpan(this.text, this.start, this.end), language: this.language, confidence: Math.round(confidence * 1000) / 1000 });
    this.open = false;
  }
}
