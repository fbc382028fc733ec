import type { TextSpan } from '../text/span.js';

/**
 * What kind of reported speech a {@link Quote} is:
 * - `direct`: a whole quotation in marks;
 * - `mixed`: a fragment in marks inside reported speech (`She urged ministers “to hold the line.”`);
 * - `indirect`: reported speech without marks (`X said that …`, `according to X, …`);
 * - `scare`: a term in marks that nobody is quoted as saying (`a “special operation”`).
 */
export type QuoteKind = 'direct' | 'mixed' | 'indirect' | 'scare';

/**
 * The layout rule that found a quote's speaker, so results can be filtered and debugged.
 * - `quote-speaker-cue` / `quote-cue-speaker`: `“…,” Marin said` / `“…,” said Marin`
 * - `speaker-cue-quote`: `Marin said: “…”` (also with a comma or nothing before the mark)
 * - `speaker-colon`: `Marin: “…”` (headlines, transcripts)
 * - `interrupted`: the second part of `“A,” she said, “B.”`
 * - `introduction`: a paragraph quoted after `Marin said the following:` or `From Marin:`
 * - `dash-signoff`: `“…” — Marin`
 * - `epigraph`: a quotation followed by the speaker's name on its own line
 * - `continuation`: a paragraph that is all quotation continues the previous speaker's quote
 * - `same-paragraph`: another quotation in the same paragraph names the speaker
 * - `reported-fragment`: a marked fragment inside a sentence with a reporting verb (mixed quotes)
 * - `that-clause`, `bare-clause`, `according-to`, `trailing-attribution`: indirect speech
 * - `so-called`, `unattributed-term`: scare quotes
 * - `none`: no speaker found
 */
export type QuoteRule =
  | 'quote-speaker-cue'
  | 'quote-cue-speaker'
  | 'speaker-cue-quote'
  | 'speaker-colon'
  | 'interrupted'
  | 'introduction'
  | 'dash-signoff'
  | 'epigraph'
  | 'continuation'
  | 'same-paragraph'
  | 'reported-fragment'
  | 'that-clause'
  | 'bare-clause'
  | 'according-to'
  | 'trailing-attribution'
  | 'so-called'
  | 'unattributed-term'
  | 'none';

/** Who said a quote. */
export interface Speaker {
  /** Canonical name: the fullest form of the person's name seen in the text (`Sanna Marin`). */
  readonly name: string;
  /** The words that attribute this quote (`She`, `the Finnish leader`, `Marin`). */
  readonly mention: TextSpan;
  /** The speaker's role or title when the text gives one (`Prime Minister`). */
  readonly role?: string;
}

/** What every {@link Quote} has, whatever its kind. */
export interface QuoteBase extends TextSpan {
  /** The words that report the speech (`said`, `made it clear that`, `according to`, a colon). */
  readonly cue: TextSpan | null;
  /** The rule that attributed the quote. */
  readonly rule: QuoteRule;
  /** How sure the attribution is, from 0 to 1. */
  readonly confidence: number;
  /**
   * Pieces of one quotation share a group number: the parts of an interrupted quote
   * (`“A,” she said, “B.”`) and the paragraphs of a multi-paragraph quote. Numbers start at 0 and
   * follow document order.
   */
  readonly group: number;
}

/** A quotation in marks: `text` is the quoted words without the marks. */
export interface DirectQuote extends QuoteBase {
  /** Discriminant. */
  readonly kind: 'direct';
  /** Who said it, or `null` when no rule found a speaker. */
  readonly speaker: Speaker | null;
}

/** A fragment in marks inside reported speech: `text` is the fragment without the marks. */
export interface MixedQuote extends QuoteBase {
  /** Discriminant. */
  readonly kind: 'mixed';
  /** Who said it: the speaker of the surrounding reported speech, or `null`. */
  readonly speaker: Speaker | null;
}

/** Reported speech without marks: `text` is the reported content. */
export interface IndirectQuote extends QuoteBase {
  /** Discriminant. */
  readonly kind: 'indirect';
  /** Who is reported: indirect speech is only recognised with a speaker. */
  readonly speaker: Speaker;
  /** The reporting verb or phrase (`said that`, `according to`). */
  readonly cue: TextSpan;
}

/** A term in marks that nobody is quoted as saying: `text` is the term without the marks. */
export interface ScareQuote extends QuoteBase {
  /** Discriminant. */
  readonly kind: 'scare';
  /** Nobody is quoted. */
  readonly speaker: null;
  /** No reporting verb. */
  readonly cue: null;
}

/** A quote found by {@link extractQuotes}, discriminated by `kind`. */
export type Quote = DirectQuote | MixedQuote | IndirectQuote | ScareQuote;

/** One person (or organisation) who speaks in a text, with every way the text refers to them. */
export interface SpeakerCluster {
  /** Canonical name, as in {@link Speaker.name}. */
  readonly name: string;
  /** Role or title, when the text gives one. */
  readonly role?: string;
  /** The distinct forms that attribute quotes to this speaker (`Zelensky`, `he`, `the Ukrainian leader`). */
  readonly aliases: readonly string[];
  /** Every attributing mention, in document order. */
  readonly mentions: readonly TextSpan[];
  /** How many quotes the speaker is credited with. */
  readonly quoteCount: number;
}

/** Something the extractor noticed and could not fully handle. */
export interface QuoteWarning {
  /** `unclosed-quote`: an opening mark with no closing mark before the paragraph ends or the next opening mark. */
  readonly code: 'unclosed-quote' | 'stray-closing-mark';
  /** Human-readable explanation. */
  readonly message: string;
  /** Where it happened: the mark. */
  readonly start: number;
  /** End of the mark. */
  readonly end: number;
}

/** Options of {@link extractQuotes}. */
export interface ExtractQuotesOptions {
  /** Which kinds to return; all by default. */
  readonly kinds?: readonly QuoteKind[];
  /** Quotes with a lower confidence are left out; 0 by default. */
  readonly minConfidence?: number;
  /** Longest term (in words) in marks that can be a scare quote when nobody is cited; 4 by default. */
  readonly maxScareWords?: number;
}

/** Everything {@link analyzeQuotes} finds in one pass. */
export interface QuoteAnalysis {
  /** The quotes, in document order. */
  readonly quotes: Quote[];
  /** The speakers, most quoted first. */
  readonly speakers: SpeakerCluster[];
  /** Marks and layouts the extractor could not make sense of. */
  readonly warnings: QuoteWarning[];
}
