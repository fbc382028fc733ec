import type { Document, Element } from 'domhandler';
import { classList, walkElements } from './dom.js';
import { linkByDepth, type CommentElement, type SystemFinding } from './system.js';

/** Hacker News indents replies by 40 px per level (the spacer image's width). */
const INDENT_PX = 40;

/**
 * Finds Hacker News comments: flat `tr.comtr` rows, the depth given by `td.ind[indent]` (or the
 * width of the spacer image on older pages).
 *
 * @param document - The parsed page.
 * @returns The comments found, or `null` when the page has none.
 */
export function findHackerNewsComments(document: Document): SystemFinding | null {
  const items: CommentElement[] = [];
  walkElements(document, (element) => {
    if (element.name !== 'tr' || !classList(element).includes('comtr')) return true;
    const deleted = classList(element).includes('coll') === false && hasDeletedNote(element);
    items.push({ element, id: element.attribs['id'] ?? `c${items.length + 1}`, depth: indentOf(element) + 1, ...(deleted ? { status: 'deleted' as const, author: null } : {}) });
    return false;
  });
  if (items.length === 0) return null;
  return {
    system: 'Hacker News',
    items: linkByDepth(items),
    selectors: { author: '.hnuser', body: '.commtext,.comment', time: '.age', chrome: '.reply,.navs,.comhead' },
  };
}

function indentOf(row: Element): number {
  let indent = 0;
  walkElements(row, (element) => {
    if (element.name === 'td' && classList(element).includes('ind')) {
      const attribute = element.attribs['indent'];
      if (attribute !== undefined) {
        indent = Number(attribute) || 0;
        return false;
      }
    }
    if (element.name === 'img' && element.attribs['src']?.includes('s.gif') === true) {
      indent = Math.round((Number(element.attribs['width']) || 0) / INDENT_PX);
      return false;
    }
    return true;
  });
  return indent;
}

function hasDeletedNote(row: Element): boolean {
  let text = '';
  walkElements(row, (element) => {
    if (classList(element).includes('comment')) {
      text = element.children.map((child) => ('data' in child ? child.data : '')).join('');
      return false;
    }
    return true;
  });
  return /^\s*\[(?:deleted|flagged|dead)\]\s*$/u.test(text);
}
