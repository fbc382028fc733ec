import type { Element } from 'domhandler';
import { assertString } from '../../text/assert.js';
import { COMMENT_CONTAINER_HINTS } from '../data/html-markers.js';
import { domText } from './dom-text.js';
import { isElement, parseHtml, walkElements } from './dom.js';

/** The article of a page, without its comments. */
export interface MainText {
  /** The page's headline: the first `<h1>`, else `og:title`, else `<title>`; `null` when none. */
  readonly title: string | null;
  /** The article text, paragraphs separated by a blank line. */
  readonly text: string;
}

/** Page furniture that is never article text. */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'textarea']);
/** Comment widgets whose ids and classes do not say "comment". */
const WIDGET_HINTS: readonly string[] = ['wpdcom', 'wpdiscuz', 'disqus', 'commento', 'respond', 'sharedaddy', 'related'];
/** Elements that hold article text directly. */
const TEXT_BLOCKS = new Set(['p', 'pre', 'blockquote', 'h2', 'h3', 'h4', 'li']);

/**
 * Extracts a page's headline and article text, leaving out the comment section (and navigation,
 * headers, footers, forms). The article container is the element that directly holds the most
 * paragraph text, as in Readability; small and fast rather than complete.
 *
 * @param html - The page source.
 * @returns The title and the main text.
 * @throws TypeError when `html` is not a string.
 * @example
 * ```ts
 * extractMainText('<h1>Storm</h1><article><p>Rain fell.</p></article><ol class="comment-list">…</ol>')
 * // { title: 'Storm', text: 'Storm\n\nRain fell.' } (comments excluded)
 * ```
 */
export function extractMainText(html: string): MainText {
  assertString(html, 'html');
  const document = parseHtml(html);
  const excluded = (element: Element): boolean => FURNITURE.has(element.name) || isCommentSection(element);

  let h1: string | null = null;
  let titleTag: string | null = null;
  let ogTitle: string | null = null;
  const scores = new Map<Element, number>();
  walkElements(document, (element) => {
    if (element.name === 'title' && titleTag === null) titleTag = domText(element);
    if (element.name === 'meta' && element.attribs['property'] === 'og:title') ogTitle = element.attribs['content'] ?? null;
    if (excluded(element)) return false;
    if (element.name === 'h1' && h1 === null) h1 = domText(element);
    if (TEXT_BLOCKS.has(element.name)) {
      const length = domText(element).length;
      const parent = element.parent;
      if (parent !== null && isElement(parent)) {
        scores.set(parent, (scores.get(parent) ?? 0) + length);
        const grandparent = parent.parent;
        if (grandparent !== null && isElement(grandparent)) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
      }
      return false;
    }
    return true;
  });

  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  const title = h1 ?? ogTitle ?? titleTag;
  return { title: title === null || title === '' ? null : title, text: best === null ? '' : domText(best, excluded) };
}

/**
 * Whether an element is (part of) a comment section by its id or class. The page's `<html>`,
 * `<body>` and `<main>` never are, whatever their classes say (`comments-open`).
 *
 * @param element - Any element.
 * @returns `true` for comment lists, comment items and comment widgets.
 */
export function isCommentSection(element: Element): boolean {
  if (element.name === 'body' || element.name === 'html' || element.name === 'main') return false;
  if (element.name.startsWith('shreddit-comment')) return true;
  const names = `${element.attribs['id'] ?? ''} ${element.attribs['class'] ?? ''}`.toLowerCase();
  if (names.length <= 1) return false;
  return COMMENT_CONTAINER_HINTS.some((hint) => names.includes(hint)) || WIDGET_HINTS.some((hint) => names.includes(hint)) || /^t1_/u.test(element.attribs['id'] ?? '');
}
