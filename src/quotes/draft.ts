import type { TextSpan } from '../text/span.js';
import type { Mention } from './find-mentions.js';
import type { Entity } from './speaker-registry.js';
import type { QuoteKind, QuoteRule, Speaker } from './types.js';

/** Who a draft quote is attributed to, before canonical names are final. */
export interface DraftSpeaker {
  readonly entity: Entity;
  readonly kind: Mention['kind'];
  readonly start: number;
  readonly end: number;
  /** The mention's own name, for an entity without a real name (its canonical name is used otherwise). */
  readonly name: string;
  /** `false` when a pronoun or description could not be linked to anyone named. */
  readonly resolved: boolean;
  /** The output's speaker, made once for all the quotes that share this one. */
  published: Speaker | null;
}

/**
 * A quote while the pipeline is still working on it. It has the properties of a `Quote`, in
 * the same order, and becomes that quote in place when it is final (see `publish`): a long text
 * has tens of thousands of quotes, and drafts and quotes side by side doubled the peak memory.
 */
export interface Draft {
  /** Empty until published. */
  text: string;
  readonly start: number;
  end: number;
  group: number;
  kind: QuoteKind;
  speaker: DraftSpeaker | null;
  cue: TextSpan | null;
  rule: QuoteRule;
  /** Set when published. */
  confidence: number;
}
