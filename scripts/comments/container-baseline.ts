/**
 * A trafilatura-style baseline for the eval: find the first element whose id/class names a comment
 * list (the way trafilatura's COMMENTS_XPATH does) and return its text as one blob. No structure.
 */
import { parseHtml, walkElements } from '../../src/comments/html/dom.js';
import { domText } from '../../src/comments/html/dom-text.js';

const NAMES = ['commentlist', 'comment-list', 'comments-list', 'comment-page', 'comments-content', 'post-comments', 'comments', 'comment', 'kommentare', 'comentarios', 'respond'];

/**
 * @param html - Page source.
 * @returns The text of the first comment-like container, or ''.
 */
export function containerBaseline(html: string): string {
  const document = parseHtml(html);
  let text = '';
  walkElements(document, (element) => {
    if (text !== '') return false;
    const names = `${element.attribs['id'] ?? ''} ${element.attribs['class'] ?? ''}`.toLowerCase().split(/\s+/u);
    if (names.some((name) => NAMES.includes(name))) {
      text = domText(element);
      return false;
    }
    return true;
  });
  return text;
}
