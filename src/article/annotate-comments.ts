import type { Comment, CommentThread } from '../comments/types.js';
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
 * Adds each comment's language (and, with `details`, its quotes and numbers) and links the
 * annotated comments into the thread's reply tree, so `children` point at annotated comments too.
 * Offsets of a comment's quotes and numbers refer to the input for text input, and to the
 * comment's `text` otherwise (HTML, where a comment's offsets cover its element).
 *
 * @param thread - The parsed comment thread.
 * @param annotations - Which annotations to add.
 * @returns The thread with annotated comments.
 */
export function annotateComments(thread: CommentThread, annotations: CommentAnnotations): ArticleThread {
  const annotated = new Map<Comment, ArticleComment & { readonly children: ArticleComment[] }>();
  const comments = thread.comments.map((comment) => {
    const { text } = comment;
    const fields: Record<string, unknown> = { language: annotations.language === null ? null : annotations.language(text) };
    if (annotations.details) {
      const delta = annotations.offsetsIntoInput ? (comment.start ?? 0) : 0;
      fields.quotes = shiftSpans(extractQuotes(text), delta);
      fields.numbers = shiftSpans(extractNumbers(text), delta);
    }
    const copy = withFields(comment, fields);
    annotated.set(comment, copy);
    return copy;
  });
  // The thread's tree is already built and repaired: the annotated comments take its links. A
  // reply the thread no longer lists (page chrome dropped after parsing) is left out.
  for (const comment of thread.comments) {
    const { children } = annotated.get(comment) as { children: ArticleComment[] };
    for (const child of comment.children) {
      const reply = annotated.get(child);
      if (reply !== undefined) children.push(reply);
    }
  }
  const roots: ArticleComment[] = [];
  for (const root of thread.roots) {
    const comment = annotated.get(root);
    if (comment !== undefined) roots.push(comment);
  }
  return { ...thread, comments, roots };
}

/**
 * A comment's fields, then `fields`, with `children` hidden as in a parsed comment (not
 * enumerable, so JSON of a thread stays flat). Copied one by one: a spread of a parsed comment,
 * with its hidden property, takes a slow path on every comment.
 */
function withFields(comment: Comment, fields: Readonly<Record<string, unknown>>): ArticleComment & { readonly children: ArticleComment[] } {
  const copy = Object.defineProperty({}, 'children', { value: [], enumerable: false }) as Record<string, unknown>;
  const source = comment as unknown as Record<string, unknown>;
  for (const key of Object.keys(source)) copy[key] = source[key];
  for (const key of Object.keys(fields)) copy[key] = fields[key];
  return copy as unknown as ArticleComment & { readonly children: ArticleComment[] };
}
