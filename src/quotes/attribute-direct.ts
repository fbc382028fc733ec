import { countWords } from '../text/count-words.js';
import type { TextSpan } from '../text/span.js';
import { NAMING_VERBS } from './data/cue-verbs.js';
import type { Draft, DraftSpeaker } from './draft.js';
import type { Report } from './find-cues.js';
import { mentionAt, signatureAt } from './find-mentions.js';
import type { FrameItem, Word } from './frame.js';
import type { QuoteKind, QuoteRule } from './types.js';

/** What the words around one quotation say about it. */
export interface LocalAttribution {
  readonly kind: QuoteKind;
  readonly rule: QuoteRule;
  readonly report: Report | null;
  /** Speaker found without a report (`Marin: “…”`, `“…” — Marin`). */
  readonly speaker: DraftSpeaker | null;
  readonly cue: TextSpan | null;
}

/** A sentence of a frame with what was found in it. */
export interface SentenceView {
  readonly items: readonly FrameItem[];
  readonly from: number;
  readonly to: number;
  readonly reports: readonly Report[];
  /** Resolves a report's mention (memoised by the caller). */
  readonly speakerOf: (report: Report) => DraftSpeaker;
  /** Resolves a mention found without a cue. */
  readonly speakerFor: (mention: NonNullable<ReturnType<typeof mentionAt>>) => DraftSpeaker;
}

const LEAD_PUNCTUATION = new Set([':', ',', '—', '–', '-', '…']);
const DASHES = new Set(['—', '–', '-', '―']);
const OBJECT_WORDS = 4;
const ARTICLES = new Set(['a', 'an', 'the']);
const SO_CALLED = /^so[-\u2010\u2011]?called$/u;
const LOWER_START = /^\P{L}*\p{Ll}/u;

/**
 * Attributes one quotation from the words of its own sentence, trying the news layouts in order:
 * `“…,” Marin said` / `“…,” said Marin`, `“…” — Marin`, `Marin said: “…”`, `Marin: “…”`; a
 * quotation that is part of the sentence's syntax (`urged ministers “to hold the line”`) is a
 * mixed quote when the sentence reports speech and a scare quote when it does not.
 *
 * @param view - The sentence.
 * @param q - Index of the quotation item.
 * @param content - The quoted words.
 * @param maxScareWords - Longest unattributed term that counts as a scare quote.
 * @returns The local attribution, or `null` when the quotation stands alone.
 */
export function attributeLocally(view: SentenceView, q: number, content: string, maxScareWords: number): LocalAttribution | null {
  const { items, from, to, reports } = view;
  let leadStart = q;
  while (leadStart > from && items[leadStart - 1]?.type === 'word') leadStart--;
  let tailEnd = q + 1;
  while (tailEnd < to && items[tailEnd]?.type === 'word') tailEnd++;
  const leadLast = wordAt(items, q - 1);
  const embedded = leadLast !== null && leadLast.kind === 'word' && q - 1 >= leadStart;
  const lowerContent = LOWER_START.test(content);
  // Counted and compared once for every quotation, cheaply: done where first needed, these were
  // operations that only rare layouts reach, and reaching them threw away the optimised code.
  const wordCount = countWords(content);
  const short = wordCount <= maxScareWords;
  const oneWord = wordCount <= 1;
  if (embedded && SO_CALLED.test(leadLast.lower)) return scare('so-called');
  if (embedded && leadLast.lower === 'called' && wordAt(items, q - 2)?.lower === 'so') return scare('so-called');

  // “…,” Marin said / “…,” said Marin
  let first = q + 1;
  while (first < tailEnd && LEAD_PUNCTUATION.has(wordAt(items, first)?.text ?? '') && !DASHES.has(wordAt(items, first)?.text ?? '')) first++;
  const tailReport = reports.find((report) => report.from === first && first < tailEnd);
  if (tailReport !== undefined) {
    const kind: QuoteKind = embedded && (lowerContent || short) ? 'mixed' : 'direct';
    return { kind, rule: tailReport.inverted ? 'quote-cue-speaker' : 'quote-speaker-cue', report: tailReport, speaker: null, cue: null };
  }

  // “…” — Marin
  const dash = wordAt(items, q + 1);
  if (!embedded && dash !== null && DASHES.has(dash.text)) {
    const mention = signatureAt(items, q + 2, to);
    if (mention !== null) {
      return { kind: 'direct', rule: 'dash-signoff', report: null, speaker: view.speakerFor(mention), cue: span(dash) };
    }
  }

  // Marin said: “…” / Marin told reporters “…”
  let k = q;
  while (k > leadStart && LEAD_PUNCTUATION.has(wordAt(items, k - 1)?.text ?? '')) k--;
  const punctuated = k < q;
  const term = ARTICLES.has(leadLast?.lower ?? '') && short;
  const leadReport = reports.find((report) => report.to <= k && report.to >= k - OBJECT_WORDS && report.from >= leadStart && objectBetween(items, report, k, term));
  if (leadReport !== undefined && (punctuated || leadReport.to === k || lowerContent)) {
    if (embedded && (lowerContent || short)) {
      return { kind: 'mixed', rule: 'reported-fragment', report: leadReport, speaker: null, cue: null };
    }
    return { kind: 'direct', rule: 'speaker-cue-quote', report: leadReport, speaker: null, cue: null };
  }

  // Marin: “…” / From Marin: “…”
  const colon = wordAt(items, q - 1);
  if (colon !== null && colon.text === ':') {
    let start = leadStart;
    if (wordAt(items, start)?.lower === 'from') start++;
    const mention = mentionAt(items, start, q - 1);
    if (mention !== null && mention.to === q - 1 && mention.kind !== 'pronoun') {
      return { kind: 'direct', rule: 'speaker-colon', report: null, speaker: view.speakerFor(mention), cue: span(colon) };
    }
  }

  if (!embedded) return null;
  // A quotation inside the syntax of a sentence that reports speech is a mixed quote.
  const nearest = [...reports].reverse().find((report) => report.to <= q && !(report.cue.verb?.weak ?? false)) ??
    reports.find((report) => report.from > q && !(report.cue.verb?.weak ?? false));
  if (nearest !== undefined && !(oneWord && !lowerContent)) {
    return { kind: 'mixed', rule: 'reported-fragment', report: nearest, speaker: null, cue: null };
  }
  if (short) return scare('unattributed-term');
  return { kind: 'mixed', rule: 'none', report: null, speaker: null, cue: null };
}

/** Only the cue's object (`told reporters`, `urged ministers`) lies between a report and a quote. */
function objectBetween(items: readonly FrameItem[], report: Report, k: number, term: boolean): boolean {
  if (report.to === k) return true;
  const verb = report.cue.verb;
  const following = k - report.to <= 2 && wordAt(items, report.to)?.lower === 'the' && wordAt(items, report.to + 1)?.lower === 'following';
  if (following) return true;
  if (verb === null || !(verb.takesObject || (NAMING_VERBS.has(verb.base) && !term))) return false;
  for (let i = report.to; i < k; i++) {
    const word = wordAt(items, i);
    if (word === null || word.kind !== 'word') return false;
  }
  return true;
}

function scare(rule: QuoteRule): LocalAttribution {
  return { kind: 'scare', rule, report: null, speaker: null, cue: null };
}

function span(word: Word): TextSpan {
  return { text: word.text, start: word.start, end: word.end };
}

function wordAt(items: readonly FrameItem[], i: number): Word | null {
  const item = items[i];
  return item?.type === 'word' ? item : null;
}

/** Copies a draft's attribution onto another (interrupted and continued quotes). */
export function inherit(target: Draft, source: Draft, rule: Draft['rule']): void {
  target.speaker = source.speaker;
  target.cue = source.cue;
  target.rule = rule;
}
