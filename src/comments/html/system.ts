import type { Element } from 'domhandler';
import type { CommentStatus, CommentWarning, UnloadedComments } from '../types.js';
import type { FieldSelectors } from './fields.js';

/** One comment element found by a comment-system reader, before its fields are read. */
export interface CommentElement {
  /** The element that holds the whole comment. */
  readonly element: Element;
  /** The system's id for it (the element id, or a generated one). */
  readonly id: string;
  /**
   * The parent's id when the system names it; `undefined` to derive it from `depth` (the nearest
   * earlier comment one level up).
   */
  readonly parentId?: string | null;
  /** The system's depth marker (1 = top level), when it has one. */
  readonly depth?: number;
  /** Fields the system states directly (attributes), overriding what the generic reader finds. */
  readonly author?: string | null;
  /** The time as ISO 8601. */
  readonly publishedAt?: string;
  /** The time as the page writes it. */
  readonly publishedRaw?: string;
  /** Votes or points. */
  readonly score?: number;
  /** Whether the comment is shown, pending or removed. */
  readonly status?: CommentStatus;
}

/** What one comment-system reader found on a page. */
export interface SystemFinding {
  /** Human-readable name of the system (`WordPress`, `wpDiscuz`, …). */
  readonly system: string;
  /** The comment elements, in document order. */
  readonly items: readonly CommentElement[];
  /** Selectors for the fields, tried before the generic ones. */
  readonly selectors?: FieldSelectors;
  /** Replies the page names but does not hold (load-more stubs). */
  readonly unloaded?: readonly UnloadedComments[];
  /** What the reader could not read as the page said. */
  readonly warnings?: readonly CommentWarning[];
}

/**
 * Turns depth markers into parent links: each comment's parent is the nearest earlier comment one
 * level up. A comment deeper than its predecessor allows (a jump from depth 1 to 3) hangs under the
 * deepest open comment.
 *
 * @param items - Comment elements in document order, with `depth` (the readers that call this
 *   know no parent ids), just made by the reader: each gets its `parentId` set in place (a copy of
 *   each, kept to the end of the parse, was a tenth of its memory on a large thread).
 * @returns The same elements, each with `parentId` set.
 */
export function linkByDepth(items: CommentElement[]): CommentElement[] {
  const open: CommentElement[] = [];
  for (const item of items) {
    const depth = Math.max(1, item.depth ?? 1);
    while (open.length >= depth) open.pop();
    const parent = open.at(-1);
    (item as { parentId?: string | null }).parentId = parent === undefined ? null : parent.id;
    open.push(item);
  }
  return items;
}
