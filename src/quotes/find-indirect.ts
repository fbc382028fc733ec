import { cueVerb } from './cue-lexicon.js';
import type { Report } from './find-cues.js';
import type { FrameItem, Word } from './frame.js';
import type { QuoteRule } from './types.js';

/** Reported content found in one sentence, over the items `[from, to)`. */
export interface IndirectMatch {
  readonly report: Report;
  readonly rule: QuoteRule;
  readonly from: number;
  readonly to: number;
}

const TERMINAL = new Set(['.', '!', '?', '…', ';']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
  'today', 'tonight', 'earlier', 'later', 'recently', 'previously', 'again', 'also', 'repeatedly',
  'privately', 'publicly', 'separately', 'afterwards', 'then', 'once',
]);
const NOT_CLAUSE_START = new Set([
  'to', 'nothing', 'so', 'goodbye', 'hello', 'yes', 'no', 'sorry', 'thanks', 'thank', 'for', 'of',
  'with', 'about', 'in', 'on', 'at', 'by', 'from', 'as', 'and', 'or', 'but', 'what', 'how', 'why',
  'when', 'where', 'whether', 'if', 'little', 'much', 'more', 'something', 'anything', 'everything',
  'hi', 'good', 'goodnight', 'farewell', 'grace', 'amen', 'otherwise', 'aloud', 'out', 'up', 'down',
  'into', 'over', 'after', 'before', 'during', 'that', 'please', 'okay', 'ok', 'few', 'word', 'words',
]);
const SUBORDINATORS = new Set(['as', 'while', 'after', 'before', 'when', 'but', 'and', 'although', 'though', 'because', 'since', 'adding', 'citing']);
const MIN_CONTENT_WORDS = 3;
const MAX_OBJECT_WORDS = 6;

/**
 * Finds indirect speech in a sentence without a direct quotation: `Marin said (that) …`,
 * `according to Marin, …`, `…, according to Marin.`, and `…, Marin said.`.
 *
 * @param items - A frame's items.
 * @param from - First item of the sentence.
 * @param to - End of the sentence.
 * @param reports - Reports of the sentence.
 * @returns The matches, not overlapping, in order.
 */
export function findIndirect(items: readonly FrameItem[], from: number, to: number, reports: readonly Report[]): IndirectMatch[] {
  const matches: IndirectMatch[] = [];
  let end = to;
  while (end > from && TERMINAL.has(wordAt(items, end - 1)?.text ?? '')) end--;
  for (const report of reports) {
    const match = matchReport(items, from, end, report);
    if (match === null || countWords(items, match.from, match.to) < MIN_CONTENT_WORDS) continue;
    if (matches.some((other) => other.from < match.to && match.from < other.to)) continue;
    matches.push(match);
  }
  return matches;
}

function matchReport(items: readonly FrameItem[], from: number, end: number, report: Report): IndirectMatch | null {
  const { cue } = report;
  if (cue.kind === 'source') {
    if (wordAt(items, report.to)?.text === ',' && report.from === from) return { report, rule: 'according-to', from: report.to + 1, to: end };
    if (wordAt(items, report.from - 1)?.text === ',' && afterIsEnd(items, report.to, end)) {
      return { report, rule: 'according-to', from, to: report.from - 1 };
    }
    return null;
  }
  if (cue.verb === null || cue.verb.weak || (cue.verb.form === 'gerund' && !cue.that)) return null;
  // `…, Marin said.` / `…, said Marin.`
  if (report.from > from + 1 && wordAt(items, report.from - 1)?.text === ',' && (afterIsEnd(items, report.to, end) || clauseFollows(items, report.to))) {
    return { report, rule: 'trailing-attribution', from, to: report.from - 1 };
  }
  if (report.inverted) return null;
  if (cue.that) return { report, rule: 'that-clause', from: cue.to, to: end };
  let k = skipTime(items, cue.to, end);
  if (wordAt(items, k)?.lower === 'that') return { report, rule: 'that-clause', from: k + 1, to: end };
  if (cue.verb.takesObject) {
    // `told The Associated Press that …`: the addressee comes before “that”.
    for (let j = k; j < Math.min(end, k + MAX_OBJECT_WORDS); j++) {
      const word = wordAt(items, j);
      if (word === null || word.kind !== 'word') break;
      if (word.lower === 'that') return { report, rule: 'that-clause', from: j + 1, to: end };
    }
  }
  if (!cue.verb.takesClause || (cue.verb.takesObject && cue.to - cue.from < 2)) return null;
  if (wordAt(items, k)?.text === ',') k++;
  const next = wordAt(items, k);
  // `said, adding that …`: another reporting verb starts no clause of its own.
  if (next === null || next.kind !== 'word' || NOT_CLAUSE_START.has(next.lower) || cueVerb(next.lower) !== undefined) return null;
  return { report, rule: 'bare-clause', from: k, to: end };
}

/** `on Monday`, `Tuesday`, `last week`: time words between a cue and its clause. */
function skipTime(items: readonly FrameItem[], at: number, end: number): number {
  let k = at;
  while (k < end) {
    const word = wordAt(items, k);
    if (word === null) return k;
    if (TIME_WORDS.has(word.lower)) k++;
    else if ((word.lower === 'on' || word.lower === 'last' || word.lower === 'this') && TIME_WORDS.has(wordAt(items, k + 1)?.lower ?? '')) k += 2;
    else if ((word.lower === 'last' || word.lower === 'this') && /^(?:week|month|year|weekend)$/u.test(wordAt(items, k + 1)?.lower ?? '')) k += 2;
    else return k;
  }
  return k;
}

/** `…, the military said, as talks resumed`: a subordinate clause after the attribution. */
function clauseFollows(items: readonly FrameItem[], at: number): boolean {
  return wordAt(items, at)?.text === ',' && SUBORDINATORS.has(wordAt(items, at + 1)?.lower ?? '');
}

function afterIsEnd(items: readonly FrameItem[], at: number, end: number): boolean {
  return skipTime(items, at, end) >= end;
}

function countWords(items: readonly FrameItem[], from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const item = items[k];
    if (item?.type === 'quote' || item?.kind === 'word' || item?.kind === 'number') count++;
  }
  return count;
}

function wordAt(items: readonly FrameItem[], i: number): Word | null {
  const item = items[i];
  return item?.type === 'word' ? item : null;
}
