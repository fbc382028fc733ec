import type { Document, Element } from 'domhandler';
import { COMMENT_CONTAINER_HINTS } from '../data/html-markers.js';
import type { AnyNode } from 'domhandler';
import { textSizes } from './dom-text.js';
import { classList, isElement, nearestAncestorValueLookup, walkElements } from './dom.js';
import type { CommentElement, SystemFinding } from './system.js';

/** Elements that can hold one comment (inline elements and paragraphs cannot). */
const ITEM_TAGS = new Set(['div', 'li', 'article', 'section', 'blockquote', 'dd', 'tr']);

/** A run of siblings must be at least this long to count as a list of comments. */
const MIN_ITEMS = 2;
/** Each repeated item must carry some text of its own (non-space characters). */
const MIN_TEXT = 15;

/**
 * The fallback for unknown comment systems: under an element whose id or class hints at comments,
 * finds the largest run of siblings that share a tag and class signature; each is a comment, and
 * the same pattern nested inside one is a reply (DOM nesting is all there is to go on).
 *
 * @param document - The parsed page.
 * @returns The comments found, or `null` when no hinted container holds a repeated pattern.
 */
export function findRepeatedSiblingComments(document: Document): SystemFinding | null {
  let best = null as { signature: string; container: Element; coverage: number; sizes: Map<AnyNode, number> } | null;
  walkElements(document, (element) => {
    if (!hasCommentHint(element)) return true;
    const sizes = textSizes(element);
    // The comment is the repeated element that covers the most text: the item, not its
    // author line or body, which repeat just as often.
    for (const [signature, coverage] of textCoverage(element, repeatedSignatures(element), sizes)) {
      if (best === null || coverage > best.coverage) best = { signature, container: element, coverage, sizes };
    }
    return false;
  });
  if (best === null) return null;
  const { signature, container, sizes } = best;
  const items: CommentElement[] = [];
  const idOf = new Map<Element, string>();
  const enclosingId = nearestAncestorValueLookup(idOf);
  walkElements(container, (element) => {
    if (signatureOf(element) !== signature || (sizes.get(element) ?? 0) < MIN_TEXT) return true;
    const id = element.attribs['id'] ?? `c${items.length + 1}`;
    idOf.set(element, id);
    items.push({ element, id, parentId: enclosingId(element) ?? null });
    return true;
  });
  return items.length >= MIN_ITEMS ? { system: 'repeated elements', items } : null;
}

/** Tag-and-class signatures that occur as siblings at least {@link MIN_ITEMS} times under `container`. */
function repeatedSignatures(container: Element): Set<string> {
  const counts = new Map<string, number>();
  const countChildren = (node: Element): void => {
    const siblings = node.children.filter(isElement);
    if (siblings.length < MIN_ITEMS) return;
    for (const child of siblings) {
      if (!ITEM_TAGS.has(child.name)) continue;
      const signature = signatureOf(child);
      counts.set(signature, (counts.get(signature) ?? 0) + 1);
    }
  };
  countChildren(container);
  walkElements(container, (node) => {
    countChildren(node);
    return true;
  });
  return new Set([...counts].filter(([, count]) => count >= MIN_ITEMS).map(([signature]) => signature));
}

/**
 * For each signature, the text inside the outermost elements that carry it, in one pass over the
 * container (an element nested in one with its own signature adds nothing to that signature).
 */
function textCoverage(container: Element, signatures: ReadonlySet<string>, sizes: ReadonlyMap<AnyNode, number>): Map<string, number> {
  const coverage = new Map<string, number>();
  /** How many elements of each signature enclose the current one. */
  const open = new Map<string, number>();
  // An array marks leaving an element.
  const stack: Array<Element | [string]> = [container];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (Array.isArray(item)) {
      open.set(item[0], (open.get(item[0]) ?? 1) - 1);
      continue;
    }
    const signature = signatureOf(item);
    if (signatures.has(signature)) {
      if ((open.get(signature) ?? 0) === 0) coverage.set(signature, (coverage.get(signature) ?? 0) + (sizes.get(item) ?? 0));
      open.set(signature, (open.get(signature) ?? 0) + 1);
      stack.push([signature]);
    }
    for (let index = item.children.length - 1; index >= 0; index--) {
      const child = item.children[index] as AnyNode;
      if (isElement(child)) stack.push(child);
    }
  }
  return coverage;
}

/**
 * Whether an element's id or class names a comment section (`#comments`, `.kommentare`, …).
 *
 * @param element - Any element.
 * @returns `true` when a hint word occurs in its id or class.
 */
export function hasCommentHint(element: Element): boolean {
  const names = `${element.attribs['id'] ?? ''} ${element.attribs['class'] ?? ''}`.toLowerCase();
  if (names.length <= 1 || names.includes('form') || names.includes('count') || names.includes('link')) return false;
  return COMMENT_CONTAINER_HINTS.some((hint) => names.includes(hint));
}

function signatureOf(element: Element): string {
  const classes = classList(element)
    .filter((name) => !/\d/u.test(name) && name !== 'even' && name !== 'odd' && name !== 'alt' && name !== 'parent')
    .sort();
  return `${element.name}.${classes.join('.')}`;
}

