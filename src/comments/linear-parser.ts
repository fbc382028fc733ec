import { Parser } from 'htmlparser2';

/**
 * The open-element stack in the shape htmlparser2's `Parser` uses it (top at index 0, grown with
 * `unshift`, shrunk with `shift`), but stored bottom first so both are constant time. Once the
 * stack is deep, a count per name answers `includes` at once and lets `indexOf` give up at once on
 * an end tag that closes nothing; shallow stacks (every real page) are just scanned. htmlparser2's
 * own array makes every open tag cost the current depth: 5 MB of unclosed `<div>` took hours.
 */
class TopFirstStack<T extends string | number> {
  readonly #items: T[] = [];
  /** Open elements per name, kept only once the stack has been deep; null prototype, so no name reaches a prototype. */
  #counts: Record<string | number, number> | null = null;

  get length(): number {
    return this.#items.length;
  }

  /** The parser only ever empties the stack this way (`reset`). */
  set length(value: number) {
    while (this.#items.length > value) this.shift();
  }

  /** The top of the stack. */
  get 0(): T | undefined {
    return this.#items[this.#items.length - 1];
  }

  unshift(item: T): number {
    if (this.#counts === null && this.#items.length >= SCANNED_DEPTH) this.#startCounting();
    const counts = this.#counts;
    if (counts !== null) counts[item] = (counts[item] ?? 0) + 1;
    return this.#items.push(item);
  }

  shift(): T | undefined {
    const item = this.#items.pop();
    const counts = this.#counts;
    if (item !== undefined && counts !== null) counts[item] = (counts[item] ?? 1) - 1;
    return item;
  }

  includes(item: T): boolean {
    return this.#counts === null ? this.#items.includes(item) : (this.#counts[item] ?? 0) > 0;
  }

  /** Distance from the top; the search costs what the parser then pops, so it stays amortised linear. */
  indexOf(item: T): number {
    const last = this.#items.length - 1;
    if (this.#items[last] === item) return 0;
    if (this.#counts !== null && !this.includes(item)) return -1;
    const index = this.#items.lastIndexOf(item);
    return index < 0 ? -1 : last - index;
  }

  /** The elements top first, as a plain array (what the parser's end-of-input loop indexes). */
  toTopFirstArray(): T[] {
    return this.#items.slice().reverse();
  }

  #startCounting(): void {
    const counts = Object.create(null) as Record<string | number, number>;
    for (const open of this.#items) counts[open] = (counts[open] ?? 0) + 1;
    this.#counts = counts;
  }
}

/** Up to this depth a stack search is cheaper than keeping counts. */
const SCANNED_DEPTH = 256;

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

  /**
   * Whether an element of this name is open (in constant time once the stack is deep).
   *
   * @param name - A tag name as the parser reports it.
   * @returns `true` when an end tag of that name would close something.
   */
  hasOpenElement(name: string): boolean {
    return (this as unknown as ParserStacks).stack.includes(name);
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
