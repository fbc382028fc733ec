import type { TextSpan } from '../text/span.js';
import type { Mention } from './find-mentions.js';
import type { Entity } from './speaker-registry.js';
import type { QuoteKind, QuoteRule } from './types.js';

/** Who a draft quote is attributed to, before canonical names are final. */
export interface DraftSpeaker {
  readonly entity: Entity;
  readonly mention: Pick<Mention, 'kind' | 'start' | 'end' | 'name'>;
  /** `false` when a pronoun or description could not be linked to anyone named. */
  readonly resolved: boolean;
}

/** A quote while the pipeline is still working on it. */
export interface Draft {
  kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  /** Index of the marked span, or -1 for indirect speech. */
  readonly span: number;
  speaker: DraftSpeaker | null;
  cue: TextSpan | null;
  rule: QuoteRule;
  group: number;
}
