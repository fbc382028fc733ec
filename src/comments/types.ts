import type { TextSpan } from '../text/span.js';

/** Every input kind the comment parser reads. */
export type CommentFormat =
  | 'text'
  | 'html'
  | 'wordpress-wxr'
  | 'disqus-xml'
  | 'reddit-json'
  | 'hn-algolia-json'
  | 'hn-html'
  | 'discourse-json'
  | 'youtube-json'
  | 'commento-json';

/** Moderation state of a comment, as far as the source tells it. */
export type CommentStatus = 'visible' | 'deleted' | 'removed' | 'spam' | 'pending';

/** One reader comment. */
export interface Comment {
  /** The source's id, or a generated one (`c1`, `c2`, …) for text and HTML without ids. */
  readonly id: string;
  /** The id of the comment it replies to, or `null` for a top-level comment. */
  readonly parentId: string | null;
  /** 1 for a top-level comment, 2 for a reply to it, and so on. */
  readonly depth: number;
  /** Display name of the author, or `null` when anonymous or unknown. */
  readonly author: string | null;
  /** Plain text; paragraphs separated by a blank line. */
  readonly text: string;
  /** The comment's HTML body, when the source has one. */
  readonly html?: string;
  /** Publication time as ISO 8601, when it could be read. */
  readonly publishedAt?: string;
  /** The time exactly as the source wrote it (“3 years ago”, a Unix timestamp, …). */
  readonly publishedRaw?: string;
  /** Votes, likes or points, when the source has them. */
  readonly score?: number;
  /** Moderation state: deleted, removed, spam and pending comments are kept, with their status. */
  readonly status: CommentStatus;
  /**
   * Direct replies, in document order. Not enumerable, so `JSON.stringify` writes each comment
   * once (the tree is rebuilt from `parentId`) and deep reply chains serialise without recursion.
   */
  readonly children: readonly Comment[];
  /**
   * Offsets into the input, for text and HTML input only. For text input
   * `input.slice(start, end) === text`; for HTML they cover the comment's element in the source.
   */
  readonly start?: number;
  /** End offset (exclusive) matching `start`. */
  readonly end?: number;
}

/** Something the parser skipped or could not read, with the reason. */
export interface CommentWarning {
  /** Stable machine-readable code, e.g. `'orphan'`, `'malformed-record'`, `'javascript-embed'`. */
  readonly code: string;
  /** A human-readable explanation. */
  readonly message: string;
  /** Offset into the input, when it has one. */
  readonly start?: number;
  /** End offset (exclusive) matching `start`. */
  readonly end?: number;
}

/** Comments the source says exist but did not include. */
export interface UnloadedComments {
  /** `more` (Reddit stubs), `stream` (Discourse post ids not in the payload), `embed` (a JavaScript widget), `page` (further pages). */
  readonly kind: 'more' | 'stream' | 'embed' | 'page';
  /** Where they would hang in the tree (`null` for top level or unknown). */
  readonly parentId: string | null;
  /** Their ids, when the source lists them. */
  readonly ids: readonly string[];
  /** How many, when the source says. */
  readonly count: number | null;
  /** A short human-readable description (the embed's system, the stub's label). */
  readonly note: string;
}

/** The one result every comment parser returns. */
export interface CommentThread {
  /** The format that was parsed (detected or given). */
  readonly format: CommentFormat;
  /** Every comment in document order. */
  readonly comments: readonly Comment[];
  /** The top-level comments (and orphans), each with its `children`. */
  readonly roots: readonly Comment[];
  /** Widget and reply chrome removed from text and HTML input (“Reply”, “Leave a Reply”, …). */
  readonly boilerplate: readonly TextSpan[];
  /** Every record or line that was skipped or repaired, and why: nothing is dropped silently. */
  readonly warnings: readonly CommentWarning[];
  /** Comments the source says exist but did not include (load-more stubs, JavaScript embeds). */
  readonly unloaded: readonly UnloadedComments[];
}

/** Options shared by every comment parser. */
export interface ParseCommentsOptions {
  /** Throw a `MalformedInputError` on malformed input instead of recovering with a warning. */
  readonly strict?: boolean;
}
