import { Parser } from 'htmlparser2';

/**
 * The open-element stack in the shape htmlparser2's `Parser` uses it (top at index 0, grown with
 * `unshift`, shrunk with `shift`), but stored bottom first so both are constant time; a count per
 * name answers `includes` at once and lets `indexOf` give up at once on an end tag that closes
 * nothing. htmlparser2's own array makes every open tag cost the current depth: 5 MB of unclosed
 * `<div>` took hours.
 */
class TopFirstStack<T> {
  readonly #items: T[] = [];
  readonly #counts = new Map<T, number>();

  get length(): number {
    return this.#items.length;
  }

  /** The parser only ever empties the stack this way (`reset`). */
  set length(value: number) {
    while (this.#items.length > value) this.shift();
  }

  /** The top of the stack. */
  get 0(): T | undefined {
    return this.#items.at(-1);
  }

  unshift(item: T): number {
    this.#counts.set(item, (this.#counts.get(item) ?? 0) + 1);
    return this.#items.push(item);
  }

  shift(): T | undefined {
    const item = this.#items.pop();
    if (item !== undefined) this.#counts.set(item, (this.#counts.get(item) ?? 1) - 1);
    return item;
  }

  includes(item: T): boolean {
    return (this.#counts.get(item) ?? 0) > 0;
  }

  /** Distance from the top; the search costs what the parser then pops, so it stays amortised linear. */
  indexOf(item: T): number {
    if (!this.includes(item)) return -1;
    const index = this.#items.lastIndexOf(item);
    return this.#items.length - 1 - index;
  }

  /** The elements top first, as a plain array (what the parser's end-of-input loop indexes). */
  toTopFirstArray(): T[] {
    return this.#items.slice().reverse();
  }
}

/** The private fields of htmlparser2's `Parser` that this subclass replaces. */
interface ParserStacks {
  stack: TopFirstStack<string> | string[];
  foreignContext: TopFirstStack<number> | number[];
}

/**
 * htmlparser2's `Parser` with a linear-time open-element stack (see {@link TopFirstStack}); events,
 * options and recovery are unchanged. Relies on the `stack` and `foreignContext` fields of
 * htmlparser2 12, which the tests pin by parsing deep and mis-nested documents.
 */
export class LinearParser extends Parser {
  constructor(...parameters: ConstructorParameters<typeof Parser>) {
    super(...parameters);
    const fields = this as unknown as ParserStacks;
    fields.stack = new TopFirstStack<string>();
    const foreign = new TopFirstStack<number>();
    for (const context of (fields.foreignContext as number[]).slice().reverse()) foreign.unshift(context);
    fields.foreignContext = foreign;
  }

  /** The end-of-input loop reads the stack by index: hand it a plain array for that one pass. */
  override onend(): void {
    const fields = this as unknown as ParserStacks;
    const stack = fields.stack;
    if (stack instanceof TopFirstStack) fields.stack = stack.toTopFirstArray();
    try {
      super.onend();
    } finally {
      fields.stack = new TopFirstStack<string>();
    }
  }
}
