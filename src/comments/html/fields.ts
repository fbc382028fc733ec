import type { Element } from 'domhandler';
import { AUTHOR_SELECTORS, BODY_SELECTORS, CHROME_SELECTOR, PENDING_SELECTOR, TIME_SELECTORS } from '../data/html-markers.js';
import { cleanAuthorName } from '../author-name.js';
import { readTimestamp } from '../timestamp.js';
import { domText } from './dom-text.js';
import { matcher, sourceSpan, walkElements } from './dom.js';

/** What one comment element says about itself, read with the generic selectors. */
export interface CommentFields {
  /** The author's display name, or `null` when none is found. */
  readonly author: string | null;
  /** The body's readable text. */
  readonly text: string;
  /** The body element's source HTML, when the body is not the whole comment element. */
  readonly html?: string;
  /** The machine-readable time as ISO 8601. */
  readonly publishedAt?: string;
  /** The time as the page shows it (or its attribute, when nothing is shown). */
  readonly publishedRaw?: string;
  /** Whether the comment shows an "awaiting moderation" note. */
  readonly pending: boolean;
}

/** Per-system selectors that take precedence over the generic ones. */
export interface FieldSelectors {
  /** CSS selector for the author's name. */
  readonly author?: string;
  /** CSS selector for the comment body. */
  readonly body?: string;
  /** CSS selector for the time. */
  readonly time?: string;
  /** Extra chrome inside the comment (vote widgets, labels). */
  readonly chrome?: string;
}

/**
 * Reads author, time and text of one comment element, looking only at its own content (not at
 * nested replies, which are in `fence`).
 *
 * @param html - The page source, for the body's HTML.
 * @param element - The comment element.
 * @param fence - Other comment elements, whose content is not this comment's.
 * @param selectors - System-specific selectors tried before the generic ones.
 * @returns The fields found.
 */
export function readFields(html: string, element: Element, fence: ReadonlySet<Element>, selectors: FieldSelectors = {}): CommentFields {
  // The comment's own elements, listed once: every selector below is tried against this list.
  const own: Element[] = [];
  walkElements(element, (node) => {
    if (fence.has(node)) return false;
    own.push(node);
    return true;
  });
  const firstMatch = (selector: string): Element | null => {
    const test = matcher(selector);
    return own.find(test) ?? null;
  };
  const first = (specific: string | undefined, generic: readonly string[]): Element | null => {
    if (specific !== undefined) {
      const found = firstMatch(specific);
      if (found !== null) return found;
    }
    for (const selector of generic) {
      const found = firstMatch(selector);
      if (found !== null) return found;
    }
    return null;
  };

  const authorElement = first(selectors.author, AUTHOR_SELECTORS);
  const author = authorElement === null ? null : cleanAuthorName(domText(authorElement));

  const timeElement = first(selectors.time, TIME_SELECTORS);
  const datetime = timeElement === null ? undefined : (timeElement.attribs['datetime'] ?? timeElement.attribs['content'] ?? timeElement.attribs['title']);
  const raw = timeElement === null ? '' : domText(timeElement, isChromeLink);
  const publishedAt = datetime === undefined ? undefined : readDatetimeAttribute(datetime);

  const pending = firstMatch(PENDING_SELECTOR) !== null;
  const chrome = matcher(selectors.chrome === undefined ? CHROME_SELECTOR : `${CHROME_SELECTOR},${selectors.chrome}`);
  const bodyElement = first(selectors.body, BODY_SELECTORS) ?? element;
  // The author and time elements are chrome too when the body is the whole comment element.
  const skip = (node: Element): boolean =>
    fence.has(node) || (node !== bodyElement && (chrome(node) || node === authorElement || node === timeElement));
  const text = domText(bodyElement, skip);
  const span = sourceSpan(bodyElement, html.length);

  return {
    author: author === '' ? null : author,
    text,
    pending,
    ...(bodyElement === element ? {} : { html: html.slice(span.start, span.end) }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(raw === '' && datetime === undefined ? {} : { publishedRaw: raw === '' ? (datetime ?? '') : raw }),
  };
}

const replyLink = matcher('.comment-reply-link,.reply');
function isChromeLink(element: Element): boolean {
  return replyLink(element);
}

/** A number in a time element's attributes is Unix seconds only with 9–11 digits (1973–5138), not a count like `title="15"`. */
const UNIX_SECONDS_ATTRIBUTE = /^\d{9,11}$/u;

/**
 * A time element's machine-readable value (`datetime`, `content` or `title`) as ISO 8601. Hacker
 * News writes `2024-01-05T12:00:00 1704456000`: the ISO time, then the Unix time.
 */
function readDatetimeAttribute(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^\d+$/u.test(trimmed) && !UNIX_SECONDS_ATTRIBUTE.test(trimmed)) return undefined;
  const first = trimmed.split(/\s/u)[0] ?? '';
  return readTimestamp(trimmed) ?? (first !== trimmed && /^\d{4}-/u.test(first) ? readTimestamp(first) : undefined);
}
