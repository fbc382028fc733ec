import type { Document, Element } from 'domhandler';
import { field } from '../json-input.js';
import type { UnloadedComments } from '../types.js';
import { domText } from './dom-text.js';
import { classList, nearestAncestorLookup, walkElements } from './dom.js';
import { linkByDepth, type CommentElement, type SystemFinding } from './system.js';

const FULLNAME = /^t1_[\da-z]+$/u;
const LEVEL_LABEL = /^level (\d+)$/u;
const POINTS_LABEL = /^(-?\d+) points?$/u;

/**
 * Finds Reddit comments in the three markups Reddit has served: `shreddit-comment` elements (2023–,
 * attributes carry id, parent, depth and author), old Reddit's `div.thing.comment` (nested in
 * `.child`), and the 2018–2022 React page's flat `div#t1_<id>` rows whose depth is only in a
 * "level N" label and in the thread-line markers.
 *
 * @param document - The parsed page.
 * @returns The comments found, or `null` when the page has none.
 */
export function findRedditComments(document: Document): SystemFinding | null {
  const items: CommentElement[] = [];
  const unloaded: UnloadedComments[] = [];
  const oldRedditDepth = new Map<Element, number>();
  /** The nearest enclosing old-Reddit comment (its `.child` holds the element). */
  const enclosingComment = nearestAncestorLookup(oldRedditDepth);
  walkElements(document, (element) => {
    const id = element.attribs['id'] ?? '';
    if (element.name === 'shreddit-comment') {
      const thing = element.attribs['thingid'] ?? `c${items.length + 1}`;
      const depth = Number(element.attribs['depth'] ?? '0') + 1;
      const parent = element.attribs['parentid'];
      const score = Number(element.attribs['score']);
      const author = element.attribs['author'];
      items.push({
        element,
        id: thing,
        depth,
        ...(parent === undefined || parent === '' ? {} : { parentId: parent }),
        ...(author === undefined ? {} : { author: author === '[deleted]' ? null : author }),
        ...(Number.isFinite(score) && element.attribs['score'] !== undefined ? { score } : {}),
        ...(author === '[deleted]' ? { status: 'deleted' as const } : {}),
      });
      return true;
    }
    const classes = classList(element);
    const fullname = element.attribs['data-fullname'] ?? '';
    if (classes.includes('thing') && classes.includes('comment') && FULLNAME.test(fullname)) {
      const owner = enclosingComment(element);
      const depth = (owner === null ? 0 : (oldRedditDepth.get(owner) ?? 0)) + 1;
      oldRedditDepth.set(element, depth);
      const author = element.attribs['data-author'];
      // Old Reddit keeps a removed comment's row (class `deleted`) so its replies stay in place.
      const removed = classes.includes('deleted') ? { status: 'deleted' as const, author: null } : author === undefined ? {} : { author };
      items.push({ element, id: fullname, depth, ...removed });
      return true;
    }
    if (classes.includes('morechildren')) {
      const note = domText(element) || 'load more comments';
      const owner = enclosingComment(element);
      unloaded.push({ kind: 'more', parentId: owner === null ? null : (owner.attribs['data-fullname'] ?? null), ids: [], count: firstNumber(note), note });
      return false;
    }
    if (FULLNAME.test(id)) {
      const { depth, score } = rowLabels(element);
      items.push({ element, id, ...(depth === null ? {} : { depth }), ...(score === null ? {} : { score }) });
      return false;
    }
    if (id.startsWith('continueThread-t1_') || id.startsWith('moreComments-t1_')) {
      unloaded.push({ kind: 'more', parentId: id.slice(id.indexOf('t1_')), ids: [], count: null, note: domText(element) || 'more replies' });
      return false;
    }
    return true;
  });
  if (items.length === 0) return null;
  const notRendered = embeddedOnlyComments(document, new Set(items.map((item) => item.id)));
  if (notRendered.length > 0) {
    unloaded.push({ kind: 'more', parentId: null, ids: notRendered, count: notRendered.length, note: 'in the page state (window.___r), not rendered as rows' });
  }
  return {
    system: 'Reddit',
    items: linkByDepth(items),
    selectors: {
      author: '[data-testid=comment_author_link],a[href*="/user/"],a.author',
      body: '[data-test-id=comment],[slot=comment],.usertext-body .md,.md',
      time: 'time,faceplate-timeago,a[id^="CommentTopMeta--Created"]',
      chrome: '.score,.tagline,.flat-list,.child',
    },
    unloaded,
  };
}

/** The 2018–2022 page's state script: `<script id="data">window.___r = {…};</script>`. */
const STATE_PREFIX = 'window.___r';

/**
 * Comments the 2018–2022 React page holds in its state script (`comments.models`) but renders no
 * row for (it renders the rest as the reader scrolls): reported, not read, because their bodies are
 * in Reddit's rich-text JSON, outside the page's HTML.
 */
function embeddedOnlyComments(document: Document, rendered: ReadonlySet<string>): string[] {
  let state: unknown;
  walkElements(document, (element) => {
    if (state !== undefined) return false;
    if (element.name !== 'script' || element.attribs['id'] !== 'data') return true;
    const source = element.children.map((child) => (child.type === 'text' ? child.data : '')).join('').trim();
    if (!source.startsWith(STATE_PREFIX)) return false;
    try {
      state = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as unknown;
    } catch {
      state = null;
    }
    return false;
  });
  const models = field(field(state, 'comments'), 'models');
  if (models === undefined || models === null || typeof models !== 'object') return [];
  return Object.keys(models).filter((id) => FULLNAME.test(id) && !rendered.has(id));
}

/** `load more comments (3 replies)` → 3. */
function firstNumber(text: string): number | null {
  const match = /\d+/u.exec(text);
  return match === null ? null : Number(match[0]);
}

/** The "level N" label the React page renders for screen readers, and the "N points" label. */
function rowLabels(row: Element): { depth: number | null; score: number | null } {
  let depth: number | null = null;
  let score: number | null = null;
  walkElements(row, (element) => {
    if (depth !== null && score !== null) return false;
    if (element.name === 'span' && element.children.length === 1) {
      const text = domText(element);
      const level = LEVEL_LABEL.exec(text);
      if (level !== null) depth ??= Number(level[1]);
      const points = POINTS_LABEL.exec(text);
      if (points !== null) score ??= Number(points[1]);
    }
    return true;
  });
  return { depth, score };
}
