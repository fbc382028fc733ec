import type { Document, Element } from 'domhandler';
import { WORDPRESS_ITEM_CLASSES } from '../data/html-markers.js';
import { classList, nearestAncestorValueLookup, walkElements } from './dom.js';
import { linkByDepth, type CommentElement, type SystemFinding } from './system.js';

/**
 * Finds WordPress comments by the classes `comment_class()` writes (`comment`, `pingback`, … plus
 * `depth-N`). The tree comes from `depth-N`, not from DOM nesting, because themes that close the
 * `<li>` before `<ul class="children">` leave a flat DOM.
 *
 * @param document - The parsed page.
 * @returns The comments found, or `null` when the page has no such markup.
 */
export function findWordPressComments(document: Document): SystemFinding | null {
  const items: CommentElement[] = [];
  const depthOf = new Map<Element, number>();
  const enclosingDepth = nearestAncestorValueLookup(depthOf);
  walkElements(document, (element) => {
    const depth = wordPressDepth(element);
    if (depth === null) return true;
    // Some themes repeat the classes on an inner <article>: one comment, not a reply to itself.
    if (enclosingDepth(element) === depth) return true;
    depthOf.set(element, depth);
    const id = element.attribs['id'] ?? `c${items.length + 1}`;
    items.push(isPending(element) ? { element, id, depth, status: 'pending' } : { element, id, depth });
    return true;
  });
  if (items.length === 0) return null;
  return { system: 'WordPress', items: linkByDepth(items) };
}


function wordPressDepth(element: Element): number | null {
  let depth: number | null = null;
  let isItem = false;
  for (const name of classList(element)) {
    if (name.startsWith('depth-')) {
      const value = Number(name.slice(6));
      if (Number.isInteger(value) && value > 0) depth = value;
    } else if (WORDPRESS_ITEM_CLASSES.includes(name)) isItem = true;
    else if (name === 'wpd-comment') return null; // wpDiscuz reuses comment_class(); its own reader handles it.
  }
  return isItem ? depth : null;
}

function isPending(element: Element): boolean {
  const classes = classList(element);
  return classes.includes('unapproved') || classes.includes('comment-awaiting-moderation');
}
