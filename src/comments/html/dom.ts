import { compile } from 'css-select';
import { DomHandler, type AnyNode, type ChildNode, type Document, type Element, type ParentNode, type Text } from 'domhandler';
import type { Parser } from 'htmlparser2';
import { LinearParser } from '../linear-parser.js';
import type { Span } from '../../text/span.js';

/** A compiled CSS selector: a test for one element. */
export type Matcher = (element: Element) => boolean;

const compiled = new Map<string, Matcher>();

/**
 * Compiles a CSS selector once and caches it, so hot loops never re-parse selectors.
 *
 * @param selector - A css-select selector.
 * @returns A test for one element.
 */
export function matcher(selector: string): Matcher {
  let test = compiled.get(selector);
  if (test === undefined) {
    const query = compile<AnyNode, Element>(selector);
    test = (element) => query(element);
    compiled.set(selector, test);
  }
  return test;
}

/**
 * Parses HTML leniently (as browsers do) and records every node's source range.
 *
 * @param html - The page source.
 * @returns The document; `startIndex`/`endIndex` are UTF-16 offsets into `html`.
 */
export function parseHtml(html: string): Document {
  const handler = new LeanDomHandler(new StringPool(html.length));
  new LinearParser(handler).end(html);
  return handler.root;
}

/**
 * Once an element is closed its child list is final: a copy of the exact length replaces the
 * array grown by pushes, which holds room for 17 children from the second one on. (A first child
 * gets an array of one, see {@link LeanDomHandler}: most elements have one child.)
 */
function compactChildren(element: Element): void {
  if (element.children.length > 1) element.children = element.children.slice();
}

/**
 * The child list of every element until it gets a child, and for good of the empty ones (`<br>`,
 * `<img>`, …): an element's own empty array, replaced at its first child, was garbage.
 */
const NO_CHILDREN: AnyNode[] = Object.freeze([]) as unknown as AnyNode[];

/**
 * What every node that `parseHtml` makes shares. Its siblings are looked up in its parent's child
 * list when asked, instead of kept in two fields of each of 100,000s of nodes (a fifth of the DOM
 * of a comment section). Only css-select's sibling selectors (`li + li`, `:first-child`) ask, and
 * no reader uses them: such a lookup costs the number of siblings.
 */
abstract class LeanNode {
  parent: ParentNode | null = null;

  get prev(): AnyNode | null {
    return sibling(this, -1);
  }

  get next(): AnyNode | null {
    return sibling(this, 1);
  }
}

/** A node's neighbour in its parent's child list (every node `parseHtml` makes is in one). */
function sibling(node: LeanNode, step: 1 | -1): AnyNode | null {
  const siblings = (node.parent as ParentNode).children as readonly unknown[];
  return (siblings[siblings.indexOf(node) + step] as AnyNode | undefined) ?? null;
}

/**
 * An element with only the fields the readers use (css-select and domutils read fields, never the
 * prototype): domhandler's `Element` class also gives every element three own fields that only
 * parse5 and XML namespaces fill (`namespace`, `x-attribsNamespace`, `x-attribsPrefix`).
 */
class LeanElement extends LeanNode {
  startIndex = null;
  endIndex = null;
  children = NO_CHILDREN;

  constructor(
    readonly name: string,
    readonly attribs: Readonly<Record<string, string>>,
  ) {
    super();
  }

  /** domelementtype's value, read from the prototype: one field less on each of 100,000s of elements. */
  get type(): string {
    return 'tag';
  }
}

/** A `<script>` or `<style>`: domhandler gives them their own types, named as the tags are. */
class LeanRawTextElement extends LeanElement {
  override get type(): string {
    return this.name;
  }
}

/** The attributes of every element that has none (the parser gives each its own empty object). */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** A text node without source offsets, which only elements need (their comments' spans). */
class LeanText extends LeanNode {
  constructor(public data: string) {
    super();
  }

  get type(): string {
    return 'text';
  }
}

/** Strings up to this length are pooled: tag names, class names and labels such as "Reply" repeat on every comment. */
const POOLED_LENGTH = 64;
/**
 * Slots of the pool: a power of two, one per 64 characters of input from 64 up to 4,096. A pool
 * as large as a big page's on each small page (30 kB per parse) was most of what analysing a
 * 7 kB page kept.
 */
const MIN_POOL_SLOTS = 64;
const MAX_POOL_SLOTS = 4096;
const CHARACTERS_PER_SLOT = 64;

function poolSlots(inputLength: number): number {
  let slots = MIN_POOL_SLOTS;
  while (slots < MAX_POOL_SLOTS && slots * CHARACTERS_PER_SLOT < inputLength) slots *= 2;
  return slots;
}

/**
 * One copy of each repeated short string of a page, and one attribute object for each repeated
 * set of attributes. The parser gives every tag name, attribute value and text its own string (a
 * copy, or a 32-byte slice of the source) and every element its own attribute object: on a comment
 * section, where each comment repeats the same markup, those were over a third of the DOM.
 *
 * A cache with one entry per slot, not a map: a string or set that repeats stays in its slot until
 * another one with the same slot number comes, and a page of unique values (ids, dates) costs
 * nothing to remember (a map of them was garbage of its own, as large as the copies it saved).
 */
class StringPool {
  readonly #strings: Array<string | undefined>;
  readonly #attributeSets: Array<Readonly<Record<string, string>> | undefined>;
  /** Slot numbers are hashes masked with this (slots − 1). */
  readonly #mask: number;
  /** How many strings were found in the pool so far. */
  #hits = 0;

  /** @param inputLength - Length of the page, which sizes the pool (see {@link poolSlots}). */
  constructor(inputLength: number) {
    const slots = poolSlots(inputLength);
    this.#strings = new Array<string | undefined>(slots);
    this.#attributeSets = new Array<Readonly<Record<string, string>> | undefined>(slots);
    this.#mask = slots - 1;
  }

  /**
   * The pooled copy of a string, or the string itself (then pooled).
   *
   * @param value - A tag name, attribute value or text.
   * @returns An equal string.
   */
  share(value: string): string {
    if (value.length > POOLED_LENGTH) return value;
    const slot = hashOf(value) & this.#mask;
    const known = this.#strings[slot];
    if (known === value) {
      this.#hits++;
      return known;
    }
    this.#strings[slot] = value;
    return value;
  }

  /**
   * The attributes with pooled values: the frozen attribute object of an earlier element with the
   * same attributes (every comment's `<div class="comment-author vcard">`), or `attribs`.
   *
   * @param attribs - An element's attributes, as the parser made them (values are replaced by pooled ones).
   * @returns An equal attribute object.
   */
  shareAttributes(attribs: Record<string, string>): Readonly<Record<string, string>> {
    const hitsBefore = this.#hits;
    let count = 0;
    let hash = 0;
    for (const name in attribs) {
      if (!Object.hasOwn(attribs, name)) continue;
      const value = this.share(attribs[name] as string);
      attribs[name] = value;
      count++;
      hash = (Math.imul(hash, 31) + hashOf(name) + hashOf(value)) | 0;
    }
    if (count === 0) return NO_ATTRIBUTES;
    // Only a set whose every value was seen before can repeat: elements with ids are not kept.
    if (this.#hits - hitsBefore < count) return attribs;
    const slot = (hash ^ (hash >>> 12)) & this.#mask;
    const known = this.#attributeSets[slot];
    if (known !== undefined && sameAttributes(known, attribs)) return known;
    const shared = Object.freeze(attribs);
    this.#attributeSets[slot] = shared;
    return shared;
  }
}

/** A hash of a string from its length and three of its characters (constant time). */
function hashOf(value: string): number {
  const length = value.length;
  if (length === 0) return 0;
  let hash = Math.imul(length, 0x9e3779b1) ^ value.charCodeAt(0);
  hash = Math.imul(hash, 31) + value.charCodeAt(length - 1);
  hash = Math.imul(hash, 31) + value.charCodeAt(length >> 1);
  hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b);
  return hash ^ (hash >>> 13);
}

function sameAttributes(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  for (const name in a) if (a[name] !== b[name]) return false;
  for (const name in b) if (a[name] !== b[name]) return false;
  return true;
}

/** domhandler's builder, building {@link LeanElement}s and {@link LeanText}s. */
class LeanDomHandler extends DomHandler {
  /** The parser feeding this handler (domhandler keeps its own reference private). */
  #parser: Parser | null = null;

  /** @param pool - The pool for this page's strings and attribute sets. */
  constructor(private readonly pool: StringPool) {
    super(undefined, { withStartIndices: true, withEndIndices: true }, compactChildren);
  }

  override onparserinit(parser: Parser): void {
    super.onparserinit(parser);
    this.#parser = parser;
  }

  override ontext(data: string): void {
    const last = this.lastNode;
    // The parser reports a text in pieces (around character references): one node gets them all.
    if (last !== null && last.type === 'text') {
      last.data += data;
      return;
    }
    const node = new LeanText(this.pool.share(data)) as unknown as Text;
    this.#append(node);
    this.lastNode = node;
  }

  /** domhandler's `addNode` (both source indices, as `parseHtml` asks for them), with {@link #append}'s child lists. */
  protected override addNode(node: ChildNode): void {
    const parser = this.#parser;
    if (parser !== null) {
      node.startIndex = parser.startIndex;
      node.endIndex = parser.endIndex;
    }
    this.#append(node);
    this.lastNode = null;
  }

  /**
   * Links a node as the last child of the open element. A first child gets an array of exactly
   * one entry: a push onto an empty array makes room for 17.
   */
  #append(node: ChildNode): void {
    const parent = this.tagStack[this.tagStack.length - 1] as ParentNode;
    const siblings = parent.children;
    const previous = siblings[siblings.length - 1];
    if (siblings === NO_CHILDREN) parent.children = [node];
    else siblings.push(node);
    // domhandler's own nodes (comments, the doctype) keep their sibling fields; lean nodes look theirs up.
    if (previous !== undefined) {
      if (!((node as object) instanceof LeanNode)) node.prev = previous;
      if (!((previous as object) instanceof LeanNode)) previous.next = node;
    }
    node.parent = parent;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    const shared = this.pool.share(name);
    const attributes = this.pool.shareAttributes(attribs);
    const element = (shared === 'script' || shared === 'style' ? new LeanRawTextElement(shared, attributes) : new LeanElement(shared, attributes)) as unknown as Element;
    this.addNode(element);
    this.tagStack.push(element);
  }
}

/**
 * Whether a node is an element (tag, script or style).
 *
 * @param node - Any DOM node.
 * @returns `true` for elements.
 */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Visits the elements under `root` in document order, without recursion.
 *
 * @param root - Where to start (not visited itself).
 * @param visit - Called for each element; return `false` to skip its subtree.
 */
export function walkElements(root: Document | Element, visit: (element: Element) => boolean | void): void {
  const stack: AnyNode[] = [];
  const pushChildren = (node: Document | Element): void => {
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as AnyNode);
  };
  pushChildren(root);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    if (visit(node) === false) continue;
    pushChildren(node);
  }
}

/**
 * The element's class names.
 *
 * @param element - An element.
 * @returns Its classes, split on white space.
 */
export function classList(element: Element): string[] {
  const value = element.attribs['class'];
  return value === undefined || value === '' ? [] : value.split(/\s+/u).filter((name) => name !== '');
}

/**
 * The source range an element covers, end exclusive.
 *
 * @param element - An element from {@link parseHtml}.
 * @param inputLength - Length of the parsed HTML: an element left open at the end of the input
 *   has its end index at the length, not at its last character.
 * @returns Its span in the input.
 */
export function sourceSpan(element: Element, inputLength: number): Span {
  const start = Math.min(element.startIndex ?? 0, inputLength);
  return { start, end: Math.min((element.endIndex ?? start) + 1, inputLength) };
}

/**
 * A lookup of the nearest ancestor of an element that `values` has an entry for: how comment
 * readers find the enclosing comment. Every ancestor it passes remembers the answer, so a whole
 * walk costs linear time however deep the page nests (a plain walk up to the root for each element
 * is quadratic on 10,000-deep threads). Valid while entries are added only for elements visited
 * after their ancestors, as a document-order walk does.
 *
 * @param values - Values keyed by element; read live, so entries may be added during the walk.
 * @returns A function giving the nearest ancestor with an entry (the element's own entry is not
 *   read), or `null` when none has one.
 */
export function nearestAncestorLookup<T>(values: ReadonlyMap<Element, T>): (element: Element) => Element | null {
  /** For ancestors without an entry: the nearest one above them that has one. */
  const resolved = new Map<AnyNode, Element | null>();
  return (element) => {
    const passed: AnyNode[] = [];
    let found: Element | null = null;
    for (let cursor = element.parent; cursor !== null; cursor = cursor.parent) {
      if (values.has(cursor as Element)) {
        found = cursor as Element;
        break;
      }
      const known = resolved.get(cursor);
      if (known !== undefined) {
        found = known;
        break;
      }
      passed.push(cursor);
    }
    for (const node of passed) resolved.set(node, found);
    return found;
  };
}

/**
 * {@link nearestAncestorLookup} returning the ancestor's value.
 *
 * @param values - Values keyed by element.
 * @returns A function giving the nearest ancestor's value, or `undefined` when none has one.
 */
export function nearestAncestorValueLookup<T>(values: ReadonlyMap<Element, T>): (element: Element) => T | undefined {
  const nearest = nearestAncestorLookup(values);
  return (element) => {
    const ancestor = nearest(element);
    return ancestor === null ? undefined : values.get(ancestor);
  };
}
