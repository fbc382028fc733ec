import { CUE_NOUNS, SOURCE_PREPOSITIONS } from './data/cue-phrases.js';
import { cuePhrasesFor, cueStartWords, cueVerb, foreignCuesFor, foreignVerb, phraseVerb, type CueVerb } from './cue-lexicon.js';
import { FOREIGN_SOURCE_PREPOSITIONS } from './data/foreign-cues.js';
import type { FrameItem, Word } from './frame.js';
import { describedNameAt, mentionAt, type Mention } from './find-mentions.js';

/** A reporting cue over the items `[from, to)` of a frame. */
export interface Cue {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  /** `verb` (said, made it clear), `source` (according to). */
  readonly kind: 'verb' | 'source';
  readonly verb: CueVerb | null;
  /** The cue's span ends with “that”. */
  readonly that: boolean;
}

/** A cue with the mention that does the reporting. */
export interface Report {
  readonly cue: Cue;
  readonly mention: Mention;
  /** `said Marin` (cue first) rather than `Marin said`. */
  readonly inverted: boolean;
  /** Role written in apposition (`Sanna Marin, Finland's prime minister, said`). */
  readonly apposition: Mention | null;
  /** First and last item covered by mention, cue and what lies between them. */
  readonly from: number;
  readonly to: number;
}

const AUXILIARIES = new Set([
  'has', 'had', 'have', 'was', 'is', 'were', 'will', 'would', 'also', 'later', 'then', 'again',
  'once', 'previously', 'further', 'recently', 'repeatedly', 'only', 'never', 'first', 'finally',
  'subsequently', 'earlier', 'had', 'did', 'does', 'do', 'may', 'might', 'could', 'can', 'should',
  'must', 'reportedly', 'allegedly', 'publicly', 'privately', 'simply', 'just', 'even', 'still',
]);
const BASE_FORM_SUBJECTS = new Set(['i', 'we', 'they', 'you', 'will', 'would', 'to', 'can', 'could', 'might', 'may', 'must', 'should', 'did', 'does', 'do', 'not']);
const PREPOSITIONS_BEFORE_NOUN = new Set(['in', 'on', 'at', 'during', 'via', 'through']);
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'one']);
const MAX_APPOSITION = 14;
const ADVERB = /^\p{Ll}+ly$/u;

/**
 * Finds the reporting cues among the words of `items[from, to)`: inflected reporting verbs, with
 * the words of a multi-word cue (`made it clear that`, `told reporters`) or a medium
 * (`said in a statement`), and source prepositions (`according to`).
 *
 * @param items - A frame's items.
 * @param from - First item of the sentence.
 * @param to - End of the sentence.
 * @returns Cues in order.
 */
export function findCues(items: readonly FrameItem[], from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    const word = wordAt(items, i);
    if (word === null || word.kind !== 'word' || !cueStarts().has(word.lower)) continue;
    const source = sourceAt(items, i, to);
    if (source > i) {
      cues.push(makeCue(items, i, source, 'source', null));
      i = source - 1;
      continue;
    }
    let verb = cueVerb(word.lower);
    let end = i + 1;
    for (const phrase of cuePhrasesFor(word.lower)) {
      if (phrase.rest.every((part, k) => wordAt(items, i + 1 + k)?.lower === part)) {
        end = i + 1 + phrase.rest.length;
        verb ??= phraseVerb(phrase.base, word.lower);
        break;
      }
    }
    if (verb === undefined) {
      const foreign = foreignCueAt(items, i, word.lower);
      if (foreign > i) {
        cues.push(makeCue(items, i, foreign, 'verb', foreignVerb(spanLower(items, i, foreign))));
        i = foreign - 1;
      }
      continue;
    }
    if (!formFits(items, i, verb)) continue;
    end = mediumEnd(items, end, to);
    if (wordAt(items, end)?.lower === 'that' && end < to) end++;
    cues.push(makeCue(items, i, end, 'verb', verb));
    i = end - 1;
  }
  return cues;
}

/**
 * Pairs each cue with the mention that reports: just before it (`Marin said`, `Marin, 36, said`,
 * `she later told`), or just after it (`said Marin`) for verbs that do not take a person as object.
 *
 * @param items - A frame's items.
 * @param cues - Cues of one sentence.
 * @param mentions - Mentions of the same sentence.
 * @param from - First item of the sentence.
 * @param to - End of the sentence.
 * @returns The reports, in order of their cues.
 */
export function pairReports(items: readonly FrameItem[], cues: readonly Cue[], mentions: readonly Mention[], from: number, to: number): Report[] {
  const reports: Report[] = [];
  for (const cue of cues) {
    if (cue.kind === 'source') {
      const mention = mentionAt(items, cue.to, to);
      if (mention !== null) reports.push({ cue, mention, inverted: true, apposition: null, from: cue.from, to: mention.to });
      continue;
    }
    const previous = reports.at(-1);
    if (cue.verb?.form === 'gerund' && wordAt(items, cue.from - 1)?.text === ',' && previous !== undefined) {
      // `Marin said …, adding that …`: the participle shares the subject of the clause before it.
      reports.push({ ...previous, cue, inverted: false, from: cue.from, to: cue.to });
      continue;
    }
    const before = subjectBefore(items, cue, mentions, from);
    if (before !== null) {
      const start = Math.min(before.mention.from, before.apposition?.from ?? before.mention.from);
      reports.push({ cue, mention: before.mention, inverted: false, apposition: before.apposition, from: start, to: cue.to });
      continue;
    }
    if (previous !== undefined && previous.from >= from && !previous.inverted && coordinated(items, cue.from, from)) {
      // `Marin called the plan “…” and urged ministers “…”`: the second verb shares the subject.
      reports.push({ ...previous, cue, from: cue.from, to: cue.to });
      continue;
    }
    // `“…?” asked Sanders`: right after a quotation even verbs that take an object invert.
    if ((cue.verb?.takesObject === true && !followsQuote(items, cue.from, from)) || cue.verb?.form === 'gerund') continue;
    // `said harbour master Ole Brun`: the words before the name describe the speaker.
    const after = mentions.find((mention) => mention.from === cue.to) ?? describedNameAt(items, cue.to, to) ?? undefined;
    if (after !== undefined) {
      const apposition = appositionAfter(items, after.to, to);
      reports.push({ cue, mention: after, inverted: true, apposition: apposition?.mention ?? null, from: cue.from, to: apposition?.end ?? after.to });
    }
  }
  return reports;
}

function subjectBefore(items: readonly FrameItem[], cue: Cue, mentions: readonly Mention[], from: number): { mention: Mention; apposition: Mention | null } | null {
  let k = cue.from;
  while (k > from && isFiller(wordAt(items, k - 1))) k--;
  let apposition: Mention | null = null;
  if (wordAt(items, k - 1)?.text === ',') {
    // `Sanna Marin, Finland's prime minister, said`: skip back over the apposition.
    let open = k - 2;
    while (open > from && open > k - MAX_APPOSITION && wordAt(items, open)?.text !== ',' && items[open]?.type === 'word') open--;
    if (wordAt(items, open)?.text === ',') {
      const inner = mentions.find((mention) => mention.from === open + 1 && mention.to === k - 1);
      const subject = mentions.find((mention) => mention.to === open);
      // `The mayor of Lviv, Andriy Sadovyi, said`: the name in apposition is the speaker.
      if (subject?.kind === 'nominal' && inner?.kind === 'name') return { mention: inner, apposition: subject };
      if (subject !== undefined && subject.kind !== 'pronoun') {
        apposition = inner?.kind === 'nominal' ? inner : null;
        return { mention: subject, apposition };
      }
    }
    return null;
  }
  const mention = mentions.find((candidate) => candidate.to === k);
  return mention === undefined ? null : { mention, apposition };
}

/** `… and urged`, `…, and later warned`: a verb joined to the clause before it. */
function coordinated(items: readonly FrameItem[], at: number, from: number): boolean {
  let k = at;
  while (k > from && isFiller(wordAt(items, k - 1))) k--;
  return k > from && wordAt(items, k - 1)?.lower === 'and';
}

function followsQuote(items: readonly FrameItem[], at: number, from: number): boolean {
  let k = at - 1;
  while (k >= from && wordAt(items, k)?.kind === 'punctuation') k--;
  return items[k]?.type === 'quote';
}

function appositionAfter(items: readonly FrameItem[], at: number, to: number): { mention: Mention; end: number } | null {
  if (wordAt(items, at)?.text !== ',') return null;
  const mention = mentionAt(items, at + 1, to);
  return mention !== null && mention.kind === 'nominal' ? { mention, end: mention.to } : null;
}

function isFiller(word: Word | null): boolean {
  // Most words do not end in -ly: that is told before the regex is asked.
  return word !== null && word.kind === 'word' && (AUXILIARIES.has(word.lower) || (word.text.endsWith('ly') && ADVERB.test(word.text)) || word.lower === 'not');
}

/** Base forms only after a pronoun or an auxiliary (`they say`, `will tell`); `the report` is a noun. */
function formFits(items: readonly FrameItem[], i: number, verb: CueVerb): boolean {
  if (verb.form !== 'base') return true;
  const previous = wordAt(items, i - 1);
  return previous !== null && BASE_FORM_SUBJECTS.has(previous.lower);
}

/** `sagte`, `a déclaré`: where a non-English cue starting at `i` ends, or `i`. */
function foreignCueAt(items: readonly FrameItem[], i: number, first: string): number {
  for (const rest of foreignCuesFor(first)) {
    if (rest.every((part, k) => wordAt(items, i + 1 + k)?.lower === part)) return i + 1 + rest.length;
  }
  return i;
}

function spanLower(items: readonly FrameItem[], from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(wordAt(items, k)?.lower ?? '');
  return words.join(' ');
}

let cueStartSet: ReadonlySet<string> | undefined;

/** The words a cue or a source (`according to`, `según`) can start with: most words start none. */
function cueStarts(): ReadonlySet<string> {
  cueStartSet ??= new Set([...cueStartWords(), ...FOREIGN_SOURCE_PREPOSITIONS, ...SOURCE_PREPOSITIONS.map((phrase) => phrase.split(' ')[0] ?? phrase)]);
  return cueStartSet;
}

function sourceAt(items: readonly FrameItem[], i: number, to: number): number {
  const first = wordAt(items, i)?.lower ?? '';
  // `según Sánchez, …`: one-word source prepositions of other languages.
  if (FOREIGN_SOURCE_PREPOSITIONS.includes(first) && i + 1 < to) return i + 1;
  for (const phrase of SOURCE_PREPOSITIONS) {
    if (!phrase.startsWith(first) || phrase.charAt(first.length) !== ' ') continue;
    const parts = phrase.split(' ');
    if (i + parts.length <= to && parts.every((part, k) => wordAt(items, i + k)?.lower === part)) return i + parts.length;
  }
  return i;
}

/** `said in a statement`, `told in an interview`: the medium lengthens the cue. */
function mediumEnd(items: readonly FrameItem[], at: number, to: number): number {
  if (!PREPOSITIONS_BEFORE_NOUN.has(wordAt(items, at)?.lower ?? '')) return at;
  let k = at + 1;
  if (NOUN_DETERMINERS.has(wordAt(items, k)?.lower ?? '')) k++;
  for (let limit = k + 3; k < Math.min(limit, to); k++) {
    const word = wordAt(items, k);
    if (word === null || word.kind !== 'word') return at;
    if (CUE_NOUNS.has(word.lower)) {
      // `in his nightly video address`: the medium ends with the last noun of communication.
      while (k + 1 < to && CUE_NOUNS.has(wordAt(items, k + 1)?.lower ?? '')) k++;
      return k + 1;
    }
  }
  return at;
}

function makeCue(items: readonly FrameItem[], from: number, to: number, kind: Cue['kind'], verb: CueVerb | null): Cue {
  const first = wordAt(items, from) as Word;
  const last = wordAt(items, to - 1) as Word;
  return { from, to, start: first.start, end: last.end, kind, verb, that: last.lower === 'that' };
}

function wordAt(items: readonly FrameItem[], i: number): Word | null {
  const item = items[i];
  return item?.type === 'word' ? item : null;
}
