import { compile } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
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
  return parseDocument(html, { withStartIndices: true, withEndIndices: true });
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
export function walkElements(root: AnyNode, visit: (element: Element) => boolean | void): void {
  const stack: AnyNode[] = [];
  const pushChildren = (node: AnyNode): void => {
    if (!('children' in node)) return;
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
 * Whether `node` lies inside `ancestor`.
 *
 * @param ancestor - A possible ancestor.
 * @param node - The node to test.
 * @returns `true` when `ancestor` contains `node` (or is it).
 */
export function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let cursor: AnyNode | null = node; cursor !== null; cursor = cursor.parent) if (cursor === ancestor) return true;
  return false;
}

/**
 * The value a map holds for the nearest ancestor of `element` that it has one for: how comment
 * readers find the enclosing comment's id or depth.
 *
 * @param element - Where to start (its own entry is not read).
 * @param values - Values keyed by element.
 * @returns The nearest ancestor's value, or `undefined` when no ancestor has one.
 */
export function nearestAncestorValue<T>(element: Element, values: ReadonlyMap<Element, T>): T | undefined {
  for (let cursor = element.parent; cursor !== null; cursor = cursor.parent) {
    const value = values.get(cursor as Element);
    if (value !== undefined) return value;
  }
  return undefined;
}
