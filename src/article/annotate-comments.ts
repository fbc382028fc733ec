import { buildThread, type CommentRecord } from '../comments/build-thread.js';
import type { CommentThread } from '../comments/types.js';
import type { LanguageDetection } from '../language/index.js';
import { extractNumbers } from '../numbers/index.js';
import { extractQuotes } from '../quotes/index.js';
import { shiftSpans } from './shift-spans.js';
import type { ArticleComment, ArticleThread } from './types.js';

/** What to add to each comment. */
export interface CommentAnnotations {
  /** Detects a comment's language (one detector for the page), or `null` to leave it out. */
  readonly language: ((text: string) => LanguageDetection) | null;
  readonly details: boolean;
  /** Whether each comment's `start` is where its `text` begins in the input (text input). */
  readonly offsetsIntoInput: boolean;
}

/**
 * Adds each comment's language (and, with `details`, its quotes and numbers) and rebuilds the
 * reply tree over the annotated comments, so `children` point at annotated comments too. Offsets
 * of a comment's quotes and numbers refer to the input for text input, and to the comment's
 * `text` otherwise (HTML, where a comment's offsets cover its element).
 *
 * @param thread - The parsed comment thread.
 * @param annotations - Which annotations to add.
 * @returns The thread with annotated comments.
 */
export function annotateComments(thread: CommentThread, annotations: CommentAnnotations): ArticleThread {
  const records = thread.comments.map((comment): CommentRecord & Omit<ArticleComment, 'depth' | 'children'> => {
    const { text } = comment;
    const base = withField(comment, 'language', annotations.language === null ? null : annotations.language(text));
    if (!annotations.details) return base;
    const delta = annotations.offsetsIntoInput ? (comment.start ?? 0) : 0;
    return { ...base, quotes: shiftSpans(extractQuotes(text), delta), numbers: shiftSpans(extractNumbers(text), delta) };
  });
  // The records are the parser's own, already repaired, so rebuilding raises only the parser's
  // warnings again (orphans): those are in `thread.warnings` once.
  const rebuilt = buildThread(records);
  return { ...thread, comments: rebuilt.comments as ArticleComment[], roots: rebuilt.roots as ArticleComment[] };
}

/**
 * `{ ...comment, [key]: value }`, copying the fields one by one: a built comment holds its
 * `children` as a hidden property, which sends a spread down a slow path on every comment.
 */
function withField<T extends object, K extends string, V>(comment: T, key: K, value: V): T & Record<K, V> {
  const copy: Record<string, unknown> = {};
  const source = comment as Record<string, unknown>;
  for (const field of Object.keys(source)) copy[field] = source[field];
  copy[key] = value;
  return copy as T & Record<K, V>;
}
