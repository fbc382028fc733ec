import type { Document, Element } from 'domhandler';
import type { CommentRecord } from '../build-thread.js';
import type { CommentWarning } from '../types.js';
import { nearestAncestorValueLookup, walkElements } from './dom.js';
import { readTimestamp } from '../timestamp.js';
import type { CommentElement, SystemFinding } from './system.js';

const COMMENT_TYPE = /schema\.org\/(?:Comment|UserComments|Answer)$/u;

/**
 * Finds schema.org `Comment` microdata (`itemtype="https://schema.org/Comment"`). A comment item
 * nested in another is its reply: that nesting is the markup's own statement of the tree.
 *
 * @param document - The parsed page.
 * @returns The comments found, or `null` when the page has none.
 */
export function findMicrodataComments(document: Document): SystemFinding | null {
  const items: CommentElement[] = [];
  const idOf = new Map<Element, string>();
  const enclosingId = nearestAncestorValueLookup(idOf);
  walkElements(document, (element) => {
    if (!COMMENT_TYPE.test(element.attribs['itemtype'] ?? '')) return true;
    const id = element.attribs['id'] ?? element.attribs['itemid'] ?? `c${items.length + 1}`;
    idOf.set(element, id);
    items.push({ element, id, parentId: enclosingId(element) ?? null });
    return true;
  });
  if (items.length === 0) return null;
  return {
    system: 'schema.org microdata',
    items,
    selectors: {
      author: '[itemprop=author] [itemprop=name],[itemprop=author]',
      body: '[itemprop=text],[itemprop=commentText]',
      time: '[itemprop=dateCreated],[itemprop=datePublished]',
    },
  };
}


/** Comments read from JSON-LD, with the warnings for blocks that did not parse. */
export interface JsonLdComments {
  /** The comments, in the order the JSON lists them. */
  readonly records: CommentRecord[];
  /** One per JSON-LD block that did not parse. */
  readonly warnings: CommentWarning[];
}

/**
 * Reads schema.org `Comment` objects from `<script type="application/ld+json">` blocks: top-level
 * objects, `@graph` members and the `comment` property of any object; a comment's own `comment`
 * property holds its replies. Walks the JSON without recursion.
 *
 * @param document - The parsed page.
 * @returns Comment records (without source offsets: they come from JSON, not from elements).
 */
export function readJsonLdComments(document: Document): JsonLdComments {
  const records: CommentRecord[] = [];
  const warnings: CommentWarning[] = [];
  walkElements(document, (element) => {
    if (element.name !== 'script' || (element.attribs['type'] ?? '').toLowerCase() !== 'application/ld+json') return true;
    const source = domTextRaw(element);
    if (!source.includes('Comment')) return false;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      warnings.push({ code: 'malformed-json-ld', message: 'A JSON-LD block could not be parsed; its comments, if any, were skipped.', start: element.startIndex ?? 0, end: (element.endIndex ?? 0) + 1 });
      return false;
    }
    collect(data, records);
    return false;
  });
  return { records, warnings };
}

function domTextRaw(script: Element): string {
  return script.children.map((child) => ('data' in child ? child.data : '')).join('');
}

function collect(data: unknown, records: CommentRecord[]): void {
  const stack: Array<{ value: unknown; parentId: string | null }> = [{ value: data, parentId: null }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { value, parentId } = entry;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], parentId });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const object = value as Record<string, unknown>;
    let ownId = parentId;
    if (isCommentType(object['@type'])) {
      ownId = typeof object['@id'] === 'string' ? object['@id'] : `ld${records.length + 1}`;
      const published = stringOf(object['dateCreated']) ?? stringOf(object['datePublished']);
      const iso = published === undefined ? undefined : readTimestamp(published);
      const score = Number(object['upvoteCount']);
      records.push({
        id: ownId,
        parentId,
        author: nameOf(object['author']),
        text: stringOf(object['text']) ?? stringOf(object['commentText']) ?? '',
        status: 'visible',
        ...(published === undefined ? {} : { publishedRaw: published }),
        ...(iso === undefined ? {} : { publishedAt: iso }),
        ...(object['upvoteCount'] !== undefined && Number.isFinite(score) ? { score } : {}),
      });
    }
    // Replies and nested graphs; own keys only, so `__proto__` is just data.
    const children = [object['@graph'], object['comment'], object['mainEntity'], object['hasPart']];
    for (let index = children.length - 1; index >= 0; index--) if (children[index] !== undefined) stack.push({ value: children[index], parentId: ownId });
  }
}

function isCommentType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((value) => value === 'Comment' || value === 'UserComments' || value === 'https://schema.org/Comment');
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nameOf(author: unknown): string | null {
  const value = Array.isArray(author) ? author[0] : author;
  if (typeof value === 'string') return value.trim() || null;
  if (value !== null && typeof value === 'object') {
    const name = (value as Record<string, unknown>)['name'];
    if (typeof name === 'string') return name.trim() || null;
  }
  return null;
}

