import { assertString } from '../text/assert.js';
import type { TextSpan } from '../text/span.js';
import { attributeLocally, inherit, type SentenceView } from './attribute-direct.js';
import { clusterSpeakers } from './cluster-speakers.js';
import { CUE_NOUNS } from './data/cue-phrases.js';
import type { Draft, DraftSpeaker } from './draft.js';
import { findCues, pairReports, type Report } from './find-cues.js';
import { findIndirect } from './find-indirect.js';
import { findMentions, mentionAt, signatureAt, type Mention } from './find-mentions.js';
import { QuoteSpanReader, type MarkedSpan } from './find-quote-spans.js';
import { buildFrame, type Frame, type FrameItem } from './frame.js';
import { ParagraphOffsets } from './paragraph-offsets.js';
import { ShortTextPool } from './short-text-pool.js';
import { SpeakerRegistry } from './speaker-registry.js';
import type { ExtractQuotesOptions, Quote, QuoteAnalysis, QuoteBase, QuoteKind, QuoteRule, Speaker } from './types.js';

const DEFAULT_MAX_SCARE_WORDS = 4;
const SIGNOFF_MAX_ITEMS = 14;
const DASHES = new Set(['—', '–', '-', '―']);

/** How much a rule can be trusted when the speaker is named outright. */
const RULE_CONFIDENCE: Readonly<Record<QuoteRule, number>> = {
  'quote-speaker-cue': 0.95,
  'quote-cue-speaker': 0.95,
  'speaker-cue-quote': 0.9,
  'speaker-colon': 0.85,
  interrupted: 0.95,
  introduction: 0.85,
  'dash-signoff': 0.9,
  epigraph: 0.8,
  continuation: 0.7,
  'same-paragraph': 0.75,
  'reported-fragment': 0.8,
  'that-clause': 0.85,
  'bare-clause': 0.7,
  'according-to': 0.9,
  'trailing-attribution': 0.8,
  'so-called': 0.9,
  'unattributed-term': 0.6,
  none: 0.5,
};

/**
 * Extracts the quotes of a news text and attributes each to its speaker: direct quotations in
 * any mark style, mixed fragments inside reported speech, indirect speech (`X said that …`,
 * `according to X, …`) and scare quotes, in document order. Pronouns are resolved to the latest
 * speaker, role nouns (`the Ukrainian leader`) through titles seen earlier, and name variants
 * (`Zelensky`, `Zelenskyy`, `Mr. Zelensky`) share one canonical name.
 *
 * @param text - The text, paragraphs separated by blank lines.
 * @param options - Which kinds to return and the lowest confidence to keep.
 * @returns The quotes, each with `text.slice(start, end) === quote.text`.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * extractQuotes('“We will not back down,” Prime Minister Sanna Marin said.')
 * // [{ kind: 'direct', text: 'We will not back down', start: 1, end: 22,
 * //    speaker: { name: 'Sanna Marin', role: 'Prime Minister', mention: { text: 'Prime Minister Sanna Marin', … } },
 * //    cue: { text: 'said', … }, rule: 'quote-speaker-cue', confidence: 0.95, group: 0 }]
 * ```
 */
export function extractQuotes(text: string, options?: ExtractQuotesOptions): Quote[] {
  return findQuotes(text, options).quotes;
}

/**
 * Does what {@link extractQuotes} does and also returns the speakers as clusters (a “who said
 * what” table) and warnings about quotation marks that could not be paired.
 *
 * @param text - The text, paragraphs separated by blank lines.
 * @param options - As for {@link extractQuotes}.
 * @returns Quotes, speakers (most quoted first) and warnings.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * const { speakers } = analyzeQuotes('“No,” Zelensky said. “Never,” Mr. Zelenskyy added.')
 * speakers[0] // { name: 'Zelensky', aliases: ['Zelensky', 'Mr. Zelenskyy'], quoteCount: 2, … }
 * ```
 */
export function analyzeQuotes(text: string, options?: ExtractQuotesOptions): QuoteAnalysis {
  const { quotes, warnings } = findQuotes(text, options);
  return { quotes, speakers: clusterSpeakers(quotes), warnings };
}

/** The quotes and warnings, without the speaker table (which `extractQuotes` does not return). */
function findQuotes(text: string, options: ExtractQuotesOptions | undefined): Pick<QuoteAnalysis, 'quotes' | 'warnings'> {
  assertString(text, 'text');
  const maxScareWords = options?.maxScareWords ?? DEFAULT_MAX_SCARE_WORDS;
  // Packed offsets only: paragraph and line objects for a long text would cost several times its size.
  const paragraphs = new ParagraphOffsets(text);
  const reader = new QuoteSpanReader(text, paragraphs);
  const pipeline = new Pipeline(text, reader, paragraphs, maxScareWords);
  const { drafts, groupCount } = pipeline.run();
  const kinds = options?.kinds;
  const minConfidence = options?.minConfidence ?? 0;
  const keep = (quote: Quote): boolean => (kinds === undefined || kinds.includes(quote.kind)) && quote.confidence >= minConfidence;
  return { quotes: publishAll(text, drafts, groupCount, pipeline.pool, keep), warnings: reader.warnings };
}

/** A quotation its own sentence did not attribute. */
interface Pending {
  readonly draft: Draft;
  /** It reopens a quotation of the previous paragraph. */
  readonly continued: boolean;
}

interface ParagraphState {
  /** The last attributed direct quote of the paragraph. */
  lastSpoken: Draft | null;
  /** `Marin said the following:` / `From Marin:` at the end of the paragraph. */
  introduction: { speaker: DraftSpeaker; cue: TextSpan } | null;
}

/** Runs the attribution over the paragraphs in document order, keeping the discourse state. */
class Pipeline {
  private readonly registry = new SpeakerRegistry();
  /** Cue words and speakers' mentions, which the quotes keep. */
  readonly pool = new ShortTextPool();
  private readonly drafts: Draft[] = [];
  /**
   * The latest marked span and its draft, which a quotation continued in the next paragraph
   * extends. Two fields, not a pair object: one per span would outlive the young generation.
   */
  private lastSpan = -1;
  private lastDraft: Draft | null = null;
  private group = 0;

  constructor(
    private readonly text: string,
    private readonly reader: QuoteSpanReader,
    private readonly paragraphs: ParagraphOffsets,
    private readonly maxScareWords: number,
  ) {}

  /** The drafts in document order, and how many group numbers they use (each below that count). */
  run(): { drafts: Draft[]; groupCount: number } {
    let previous: ParagraphState = { lastSpoken: null, introduction: null };
    // Frames, and the marked spans in them, are built one paragraph ahead and dropped after use,
    // so neither tokens nor spans pile up.
    let firstSpan = 0;
    const frameAt = (index: number): Frame | undefined => {
      const paragraph = this.paragraphs.at(index);
      if (paragraph === undefined) return undefined;
      const spans = this.reader.read(index);
      const frame = buildFrame(this.text, paragraph, index, spans, firstSpan);
      firstSpan += spans.length;
      return frame;
    };
    let frame = frameAt(0);
    for (let index = 0; frame !== undefined; index++) {
      const next = frameAt(index + 1);
      previous = this.paragraph(frame, previous, next);
      frame = next;
    }
    this.fillGroups();
    return { drafts: this.drafts.sort((a, b) => a.start - b.start || a.end - b.end), groupCount: this.group };
  }

  private paragraph(frame: Frame, previous: ParagraphState, next: Frame | undefined): ParagraphState {
    const pending: Pending[] = [];
    const local: Draft[] = [];
    let lastTail: { report: Report; draft: Draft } | null = null;
    let introduction: ParagraphState['introduction'] = null;
    for (const [from, to] of frame.sentences) {
      const mentions = findMentions(frame.items, from, to);
      for (const mention of mentions) {
        if (mention.kind === 'name') {
          const entity = this.registry.name(mention);
          if (mention.from === from) this.registry.subject(entity);
        }
      }
      const reports = pairReports(frame.items, findCues(frame.items, from, to), mentions, from, to);
      const resolved = new Map<Report, DraftSpeaker>();
      const view: SentenceView = {
        items: frame.items,
        from,
        to,
        reports,
        speakerOf: (report) => resolved.get(report) as DraftSpeaker,
        speakerFor: (mention) => this.speaker(mention, null),
      };
      for (const report of reports) {
        const speaker = this.speaker(report.mention, report.apposition);
        resolved.set(report, speaker);
        if (report.cue.kind === 'verb' && !(report.cue.verb?.weak ?? false)) this.registry.spoke(speaker.entity);
      }
      const directItems: number[] = [];
      const directReports = new Set<Report>();
      for (let q = from; q < to; q++) {
        const item = frame.items[q] as FrameItem;
        if (item.type !== 'quote') continue;
        const span = frame.spans[item.quote] as MarkedSpan;
        const draft = this.draftFor(frame.firstSpan + item.quote, span);
        const found = attributeLocally(view, q, this.text.slice(span.start, span.end), this.maxScareWords);
        if (found === null) {
          directItems.push(q);
          pending.push({ draft, continued: span.continued });
          continue;
        }
        draft.kind = found.kind;
        draft.rule = found.rule;
        if (found.kind === 'direct') directItems.push(q);
        if (found.report !== null) {
          if (found.kind === 'direct') directReports.add(found.report);
          draft.speaker = view.speakerOf(found.report);
          draft.cue = this.cueSpan(found.report.cue.start, found.report.cue.end);
          if (lastTail !== null && lastTail.report === found.report && found.rule === 'speaker-cue-quote') {
            draft.rule = 'interrupted';
            draft.group = lastTail.draft.group;
          }
          if (found.rule === 'quote-speaker-cue' || found.rule === 'quote-cue-speaker') lastTail = { report: found.report, draft };
        } else {
          draft.speaker = found.speaker;
          draft.cue = found.cue;
        }
        if (draft.kind === 'direct' && draft.speaker !== null) local.push(draft);
      }
      for (const match of findIndirect(frame.items, from, to, reports)) {
        // Content that spans a direct quotation is that quotation's attribution, not indirect speech.
        if (directReports.has(match.report) || directItems.some((q) => q >= match.from && q < match.to)) continue;
        this.indirect(frame, match.from, match.to, match.rule, match.report, resolved);
      }
      introduction = this.introductionAt(frame, from, to, reports, resolved);
    }
    this.fallback(frame, pending, local, previous, next);
    let lastSpoken: Draft | null = null;
    for (const draft of local) lastSpoken = laterSpoken(draft, lastSpoken);
    for (const entry of pending) lastSpoken = laterSpoken(entry.draft, lastSpoken);
    return { lastSpoken, introduction };
  }

  /** Attributes quotations that their own sentence does not attribute, from the paragraph's layout. */
  private fallback(frame: Frame, pending: readonly Pending[], local: readonly Draft[], previous: ParagraphState, next: Frame | undefined): void {
    const allQuote = frame.items.every((item) => item.type === 'quote' || item.kind === 'punctuation');
    for (const { draft, continued } of pending) {
      if (continued && draft.speaker !== null) continue;
      const before = local.findLast((other) => other.start < draft.start);
      const signoff = allQuote ? this.signoff(next) : null;
      if (before !== undefined) inherit(draft, before, 'same-paragraph');
      else if (previous.introduction !== null && allQuote) {
        draft.speaker = previous.introduction.speaker;
        draft.cue = previous.introduction.cue;
        draft.rule = 'introduction';
      } else if (signoff !== null) {
        draft.speaker = signoff.speaker;
        draft.cue = signoff.cue;
        draft.rule = signoff.cue === null ? 'epigraph' : 'dash-signoff';
      } else if (allQuote && previous.lastSpoken !== null) inherit(draft, previous.lastSpoken, 'continuation');
    }
  }

  /** A short line after a quotation paragraph that names its author: `— Sanna Marin, prime minister`. */
  private signoff(next: Frame | undefined): { speaker: DraftSpeaker; cue: TextSpan | null } | null {
    if (next === undefined || next.items.length > SIGNOFF_MAX_ITEMS || next.items.some((item) => item.type === 'quote')) return null;
    let k = 0;
    const first = next.items[0];
    const dash = first?.type === 'word' && DASHES.has(first.text) ? first : null;
    if (dash !== null) k++;
    const mention = signatureAt(next.items, k, next.items.length);
    if (mention === null) return null;
    const after = next.items[mention.to];
    if (after !== undefined && !(after.type === 'word' && (after.text === ',' || after.text === '.'))) return null;
    const cue = dash === null ? null : this.cueSpan(dash.start, dash.end);
    return { speaker: this.speaker(mention, null), cue };
  }

  /** A sentence that ends the paragraph with a colon after a speaker introduces the next paragraph. */
  private introductionAt(frame: Frame, from: number, to: number, reports: readonly Report[], resolved: ReadonlyMap<Report, DraftSpeaker>): ParagraphState['introduction'] {
    const last = frame.items[to - 1];
    if (to !== frame.items.length || last?.type !== 'word' || last.text !== ':') return null;
    const colon = this.cueSpan(last.start, last.end);
    const report = reports.at(-1);
    if (report !== undefined && to - 1 - report.to <= 3) {
      return { speaker: resolved.get(report) as DraftSpeaker, cue: this.cueSpan(report.cue.start, report.cue.end) };
    }
    const mention = mentionAt(frame.items, sourceStart(frame.items, from, to), to - 1);
    if (mention !== null && mention.to === to - 1 && mention.kind !== 'pronoun') return { speaker: this.speaker(mention, null), cue: colon };
    return null;
  }

  private indirect(frame: Frame, from: number, to: number, rule: QuoteRule, report: Report, resolved: ReadonlyMap<Report, DraftSpeaker>): void {
    const start = itemStart(frame, from);
    const end = itemEnd(frame, to - 1);
    if (end <= start) return;
    this.drafts.push({
      text: '',
      start,
      end,
      group: this.group++,
      kind: 'indirect',
      speaker: resolved.get(report) ?? null,
      cue: this.cueSpan(report.cue.start, report.cue.end),
      rule,
      confidence: Number.NaN,
    });
  }

  /**
   * A new draft for the marked span `index`. Spans come here in document order, each once (a
   * quotation is one item of one sentence), so only the latest draft is looked back at.
   */
  private draftFor(index: number, span: MarkedSpan): Draft {
    const last = this.lastDraft;
    const previous = span.continued && last !== null && this.lastSpan === index - 1 ? last : undefined;
    // NaN, a double, from the start: the confidence set later is one, and the field keeps one shape.
    const draft: Draft = { text: '', start: span.start, end: span.end, group: previous?.group ?? this.group++, kind: 'direct', speaker: null, cue: null, rule: 'none', confidence: Number.NaN };
    if (previous !== undefined) inherit(draft, previous, previous.rule);
    this.lastSpan = index;
    this.lastDraft = draft;
    this.drafts.push(draft);
    return draft;
  }

  private cueSpan(start: number, end: number): TextSpan {
    return this.pool.span(this.text, start, end);
  }

  private speaker(mention: Mention, apposition: Mention | null): DraftSpeaker {
    const { entity, resolved } = this.registry.resolve(mention);
    if (apposition !== null) this.registry.describe(entity, apposition);
    // Only what the output needs: drafts live to the end of the text, the mention's details do not.
    const { kind, start, end } = mention;
    return { entity, kind, start, end, name: entity.named ? '' : mention.name, resolved, published: null };
  }

  /**
   * Parts of one quotation share the attribution found for any of them. Group numbers are dense,
   * so an array indexes them: a Map of tens of thousands of groups grew, rehashed and left its old
   * tables behind on the heap.
   */
  private fillGroups(): void {
    const byGroup = new Array<Draft | undefined>(this.group).fill(undefined);
    for (const draft of this.drafts) {
      if (draft.speaker !== null && byGroup[draft.group] === undefined) byGroup[draft.group] = draft;
    }
    for (const draft of this.drafts) {
      const source = byGroup[draft.group];
      if (draft.speaker === null && source !== undefined && source !== draft && draft.kind !== 'scare') inherit(draft, source, source.rule);
    }
  }
}

/** `draft` when it is an attributed direct quote after `latest`, else `latest`. */
function laterSpoken(draft: Draft, latest: Draft | null): Draft | null {
  return draft.kind === 'direct' && draft.speaker !== null && (latest === null || draft.start > latest.start) ? draft : latest;
}

/** `From Marin:`, `From the statement by the WHO:`: where the source's name starts. */
function sourceStart(items: readonly FrameItem[], from: number, to: number): number {
  const word = (k: number): string => {
    const item = items[k];
    return item?.type === 'word' ? item.lower : '';
  };
  if (word(from) !== 'from') return from;
  let k = from + 1;
  if (word(k) === 'the' || word(k) === 'a' || word(k) === 'an') k++;
  if (CUE_NOUNS.has(word(k)) && (word(k + 1) === 'by' || word(k + 1) === 'of' || word(k + 1) === 'from') && k + 2 < to) return k + 2;
  return from + 1;
}

function itemStart(frame: Frame, i: number): number {
  const item = frame.items[i] as FrameItem;
  return item.type === 'word' ? item.start : (frame.spans[item.quote] as MarkedSpan).openStart;
}

function itemEnd(frame: Frame, i: number): number {
  const item = frame.items[i] as FrameItem;
  if (item.type === 'word') return item.end;
  const span = frame.spans[item.quote] as MarkedSpan;
  return span.closeEnd ?? span.end;
}

/**
 * Turns the drafts into the public, plain quote objects with final names and renumbered groups, in
 * place: the array and its objects become the result, and drafts that are not kept are dropped.
 */
function publishAll(text: string, drafts: Draft[], groupCount: number, pool: ShortTextPool, keep: (quote: Quote) => boolean): Quote[] {
  // Groups are renumbered in order of first appearance; -1 for a number not seen yet.
  const groups = new Array<number>(groupCount).fill(-1);
  let groupsSeen = 0;
  const quotes = drafts as unknown[] as Quote[];
  let kept = 0;
  for (const draft of drafts) {
    let group = groups[draft.group] as number;
    if (group < 0) {
      group = groupsSeen++;
      groups[draft.group] = group;
    }
    const quote = publish(text, draft, group, pool);
    if (quote !== null && keep(quote)) quotes[kept++] = quote;
  }
  quotes.length = kept;
  return quotes;
}

/** A published draft: the same object, its properties now those of a quote. */
type Published = { -readonly [K in keyof QuoteBase]: QuoteBase[K] } & { kind: QuoteKind; speaker: Speaker | null };

/** Makes a draft its quote (or `null` for indirect speech nobody is credited with). */
function publish(text: string, draft: Draft, group: number, pool: ShortTextPool): Quote | null {
  const { start, rule, kind, cue } = draft;
  const drafted = draft.speaker;
  const factor = drafted === null ? 1 : drafted.resolved ? (drafted.kind === 'name' ? 1 : 0.9) : 0.6;
  // Scare quotes are nobody's, even when inherited from the quotation they continue.
  const speaker = drafted === null || kind === 'scare' ? null : publicSpeaker(text, drafted, pool);
  if (kind === 'indirect' && (speaker === null || cue === null)) return null;
  const end = trimEnd(text, start, draft.end, kind);
  const quote = draft as unknown as Published;
  quote.text = text.slice(start, end);
  quote.end = end;
  quote.group = group;
  quote.confidence = Math.round(RULE_CONFIDENCE[rule] * factor * 100) / 100;
  quote.speaker = speaker;
  if (kind === 'scare') quote.cue = null;
  return quote as Quote;
}

/** The comma that replaced a full stop before the attribution (`“We won,” she said`) is not quoted. */
function trimEnd(text: string, start: number, end: number, kind: Draft['kind']): number {
  let e = end;
  if (kind !== 'indirect' && text.charAt(e - 1) === ',' && e - 1 > start) e--;
  return e;
}

/** Made once per draft speaker: the quotes that share one (parts of a quotation, one report) share its output. */
function publicSpeaker(text: string, speaker: DraftSpeaker, pool: ShortTextPool): Speaker {
  if (speaker.published !== null) return speaker.published;
  const { entity } = speaker;
  const mention = pool.span(text, speaker.start, speaker.end);
  const name = entity.named ? entity.canonical : speaker.name;
  speaker.published = entity.role === null ? { name, mention } : { name, mention, role: entity.role };
  return speaker.published;
}
