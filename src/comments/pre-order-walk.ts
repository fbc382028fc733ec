/**
 * A pre-order walk over nested reply lists with an explicit stack (no recursion, so a 10,000-deep
 * chain is fine). The stack holds one entry per open list with a cursor into it, not every pending
 * item: a thread's 15,000 top-level comments were once copied onto the stack, an array that grew
 * past V8's large-object threshold and was made again on fresh pages at each growth step.
 */
export class PreOrderWalk {
  readonly #lists: (readonly unknown[])[] = [];
  readonly #cursors: number[] = [];
  readonly #parents: (string | null)[] = [];
  /** The parent id of the item `next` returned last. */
  parentId: string | null = null;

  /**
   * Puts `items` next in line, before whatever is pending: pushed while its parent is being read,
   * a reply list is walked before the parent's next sibling.
   *
   * @param items - The items of one list, in document order.
   * @param parentId - The id they reply to; `null` for top level.
   */
  push(items: readonly unknown[], parentId: string | null): void {
    if (items.length === 0) return;
    this.#lists.push(items);
    this.#cursors.push(0);
    this.#parents.push(parentId);
  }

  /** Whether an item is left. */
  hasNext(): boolean {
    for (let top = this.#lists.length - 1; top >= 0; top--) {
      if ((this.#cursors[top] as number) < (this.#lists[top] as readonly unknown[]).length) return true;
      this.#lists.pop();
      this.#cursors.pop();
      this.#parents.pop();
    }
    return false;
  }

  /** The next item in pre-order (call `hasNext` first); its parent id is then in `parentId`. */
  next(): unknown {
    const top = this.#lists.length - 1;
    const cursor = this.#cursors[top] as number;
    this.#cursors[top] = cursor + 1;
    this.parentId = this.#parents[top] ?? null;
    return (this.#lists[top] as readonly unknown[])[cursor];
  }
}
