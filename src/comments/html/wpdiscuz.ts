import type { Document, Element } from 'domhandler';
import { classList, walkElements } from './dom.js';
import type { CommentElement, SystemFinding } from './system.js';

const WPD_ID = /^wpd-comm-(\d+)_(\d+)$/u;

/**
 * Finds wpDiscuz comments: `div#wpd-comm-<id>_<parentId>`. The parent id in the element id is the
 * tree, so threads survive flattened DOMs; `wpd_comment_level-N` gives the depth.
 *
 * @param document - The parsed page.
 * @returns The comments found, or `null` when the page has none.
 */
export function findWpDiscuzComments(document: Document): SystemFinding | null {
  const items: CommentElement[] = [];
  walkElements(document, (element) => {
    const match = WPD_ID.exec(element.attribs['id'] ?? '');
    if (match === null) return true;
    const [, id = '', parent = '0'] = match;
    const level = classList(element).find((name) => name.startsWith('wpd_comment_level-'));
    const depth = level === undefined ? undefined : Number(level.slice('wpd_comment_level-'.length));
    items.push({ element, id, parentId: parent === '0' ? null : parent, ...(depth === undefined ? {} : { depth }), ...score(element) });
    return true;
  });
  if (items.length === 0) return null;
  return {
    system: 'wpDiscuz',
    items,
    selectors: {
      author: '.wpd-comment-author',
      body: '.wpd-comment-text',
      time: '.wpd-comment-date',
      chrome: '.wpd-comment-header,.wpd-comment-footer,.wpd-reply-to,.wpd-comment-label',
    },
  };
}

function score(element: Element): Pick<CommentElement, 'score'> {
  let value: number | undefined;
  walkElements(element, (node) => {
    if (value !== undefined) return false;
    if (classList(node).includes('wpd-vote-result')) {
      const text = node.children.map((child) => ('data' in child ? child.data : '')).join('').trim();
      const parsed = Number(text.replace('−', '-'));
      if (text !== '' && Number.isFinite(parsed)) value = parsed;
      return false;
    }
    // Nested replies carry their own votes.
    return !WPD_ID.test(node.attribs['id'] ?? '');
  });
  return value === undefined ? {} : { score: value };
}
