import type { Element } from 'domhandler';
import type { CommentStatus, CommentWarning, UnloadedComments } from '../types.js';
import type { FieldSelectors } from './fields.js';

/** One comment element found by a comment-system reader, before its fields are read. */
export interface CommentElement {
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
  readonly publishedAt?: string;
  readonly publishedRaw?: string;
  readonly score?: number;
  readonly status?: CommentStatus;
}

/** What one comment-system reader found on a page. */
export interface SystemFinding {
  /** Human-readable name of the system (`WordPress`, `wpDiscuz`, …). */
  readonly system: string;
  readonly items: readonly CommentElement[];
  /** Selectors for the fields, tried before the generic ones. */
  readonly selectors?: FieldSelectors;
  readonly unloaded?: readonly UnloadedComments[];
  readonly warnings?: readonly CommentWarning[];
}

/**
 * Turns depth markers into parent links: each comment's parent is the nearest earlier comment one
 * level up. A comment deeper than its predecessor allows (a jump from depth 1 to 3) hangs under the
 * deepest open comment.
 *
 * @param items - Comment elements in document order, with `depth` or `parentId`.
 * @returns The same elements, each with `parentId` set.
 */
export function linkByDepth(items: readonly CommentElement[]): CommentElement[] {
  const open: CommentElement[] = [];
  return items.map((item) => {
    const depth = Math.max(1, item.depth ?? 1);
    while (open.length >= depth) open.pop();
    const parent = open.at(-1);
    const linked = item.parentId !== undefined ? item : { ...item, parentId: parent === undefined ? null : parent.id };
    open.push(linked);
    return linked;
  });
}
