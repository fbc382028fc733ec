import type { Comment, CommentThread, CommentWarning } from '../comments/types.js';
import type { LanguageDetection } from '../language/index.js';
import type { NumberMention } from '../numbers/index.js';
import type { Quote, SpeakerCluster } from '../quotes/index.js';
import type { TextSpan } from '../text/span.js';

/** The analyses {@link analyzeArticle} can run; see {@link AnalyzeArticleOptions.only}. */
export type ArticleFeature = 'quotes' | 'numbers' | 'language' | 'comments';

/** Options of {@link analyzeArticle}. */
export interface AnalyzeArticleOptions {
  /** Run only these analyses (default: all). Skipped ones come back as `[]` or `null`. */
  readonly only?: readonly ArticleFeature[];
  /** Also extract quotes and numbers inside every comment (default `false`: comments get their language only). */
  readonly commentDetails?: boolean;
  /** `'auto'` (default) treats input that starts like an HTML document as HTML. */
  readonly format?: 'auto' | 'text' | 'html';
}

/** A reader comment with what {@link analyzeArticle} found in it. */
export interface ArticleComment extends Comment {
  /** The comment's own language, or `null` when language detection was not asked for. */
  readonly language: LanguageDetection | null;
  /**
   * Quotes inside the comment, with `commentDetails` only. Offsets refer to the input for text
   * input, and to the comment's `text` for HTML.
   */
  readonly quotes?: readonly Quote[];
  /** Numbers inside the comment, with `commentDetails` only. */
  readonly numbers?: readonly NumberMention[];
  /** Direct replies (not enumerable, as in {@link Comment}). */
  readonly children: readonly ArticleComment[];
}

/** The comment thread of a page, each comment annotated. */
export interface ArticleThread extends Omit<CommentThread, 'comments' | 'roots'> {
  /** Every comment in document order. */
  readonly comments: readonly ArticleComment[];
  /** The top-level comments, each with its `children`. */
  readonly roots: readonly ArticleComment[];
}

/** Something {@link analyzeArticle} could not read or had to guess, with the reason (quote and comment warnings). */
export type ArticleWarning = CommentWarning;

/** Everything {@link analyzeArticle} reads off one page. */
export interface Article {
  /** Whether the input was read as plain text or HTML. */
  readonly format: 'text' | 'html';
  /**
   * HTML input only: the page's headline and article as readable text, which the spans of
   * `title`, `byline`, `body`, `quotes`, `numbers` and `boilerplate` refer to. For text input
   * those spans refer to the input itself.
   */
  readonly text?: string;
  /** The headline, or `null` when the page does not start with one. */
  readonly title: TextSpan | null;
  /** Byline and date lines under the headline ("By Jane Roe", "Published 3 May 2026"), or `null`. */
  readonly byline: TextSpan | null;
  /** The article text from its first to its last paragraph (empty at 0 when there is none). */
  readonly body: TextSpan;
  /** The language of the body, or `null` when not asked for. */
  readonly language: LanguageDetection | null;
  /** Quotes in the body, in document order. */
  readonly quotes: readonly Quote[];
  /** The body's speakers, name variants clustered, with their quote counts: a who-said-what table. */
  readonly speakers: readonly SpeakerCluster[];
  /** Numbers in the body, in document order. */
  readonly numbers: readonly NumberMention[];
  /** The reader comments, or `null` when not asked for. */
  readonly comments: ArticleThread | null;
  /** Page and comment-widget chrome kept out of the body and the comments, in document order. */
  readonly boilerplate: readonly TextSpan[];
  /** What the quote and comment parsers could not read or had to repair, in that order. */
  readonly warnings: readonly ArticleWarning[];
}
