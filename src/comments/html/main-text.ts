import type { Document, Element } from 'domhandler';
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
/** How many ancestors of a paragraph share its score (1, 1/2, 1/3, 1/4). */
const ANCESTOR_LEVELS = 4;
/** Classes WordPress' `post_class()` gives the article: its tag classes may contain "comment". */
const POST_CLASSES: readonly string[] = ['hentry', 'type-post', 'status-publish'];
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
 * extractMainText('<h1>Storm</h1><article><p>Rain fell.</p></article><ol class="comment-list"><li class="comment depth-1"><p>Wet!</p></li></ol>')
 * // { title: 'Storm', text: 'Rain fell.' }
 * ```
 */
export function extractMainText(html: string): MainText {
  assertString(html, 'html');
  return readMainText(parseHtml(html));
}

/**
 * {@link extractMainText} on a page already parsed (by {@link parseHtml}): whole-page analysis
 * reads the article and the comments off one parse.
 *
 * @param document - The parsed page.
 * @returns The title and the main text.
 */
export function readMainText(document: Document): MainText {
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
      // Credit the paragraph's container most and its near ancestors less, so an article split
      // into several blocks (page builders, ads between paragraphs) still wins as one.
      const length = domText(element).length;
      let ancestor = element.parent;
      for (let level = 1; level <= ANCESTOR_LEVELS && ancestor !== null && isElement(ancestor); level++) {
        scores.set(ancestor, (scores.get(ancestor) ?? 0) + length / level);
        ancestor = ancestor.parent;
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
  if (names.length <= 1 || POST_CLASSES.some((name) => names.includes(name))) return false;
  return COMMENT_CONTAINER_HINTS.some((hint) => names.includes(hint)) || WIDGET_HINTS.some((hint) => names.includes(hint)) || /^t1_/u.test(element.attribs['id'] ?? '');
}
