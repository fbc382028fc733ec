import type { Document, Element } from 'domhandler';
import { MalformedInputError } from '../errors.js';
import { assertString } from '../text/assert.js';
import { buildThread, type CommentRecord } from './build-thread.js';
import { findCommentEmbeds } from './html/embeds.js';
import { matcher, parseHtml, sourceSpan, walkElements } from './html/dom.js';
import { textSizes } from './html/dom-text.js';
import { readFields } from './html/fields.js';
import { findHackerNewsComments } from './html/hacker-news.js';
import { findRedditComments } from './html/reddit.js';
import { findRepeatedSiblingComments } from './html/repeated-siblings.js';
import { findMicrodataComments, readJsonLdComments } from './html/schema-org.js';
import type { SystemFinding } from './html/system.js';
import { findWordPressComments } from './html/wordpress.js';
import { findWpDiscuzComments } from './html/wpdiscuz.js';
import { KNOWN_COMMENT_LISTS } from './data/html-markers.js';
import type { CommentThread, CommentWarning, ParseCommentsOptions } from './types.js';

/** The thread read from an HTML page, with the comment system it was read as. */
export interface HtmlCommentThread extends CommentThread {
  /**
   * The comment system recognised (`WordPress`, `wpDiscuz`, `Reddit`, `Hacker News`,
   * `schema.org microdata`, `schema.org JSON-LD`, `repeated elements`), or `null` when none was.
   */
  readonly system: string | null;
}

/** Readers for systems with their own markers, most specific first (wpDiscuz reuses WordPress classes). */
const FINDERS: ReadonlyArray<(document: Document) => SystemFinding | null> = [
  findWpDiscuzComments,
  findWordPressComments,
  findHackerNewsComments,
  findRedditComments,
  findMicrodataComments,
];

/**
 * Reads the reader comments of an HTML page into a thread. The comment system is detected first
 * (WordPress `comment_class()` markup, wpDiscuz, Hacker News, Reddit, schema.org microdata and
 * JSON-LD) and its own markers give depth and parents; pages with an unknown system fall back to
 * repeated elements under a comment container. Widgets that load comments by JavaScript (Disqus,
 * Commento, …) are reported in `unloaded` and `warnings`.
 *
 * Each comment's `start`/`end` cover its element in the source; `text` is its plain text without
 * author line, date and reply links; `html` is the source of its body element when it has one.
 *
 * @param html - The page source.
 * @param options - `strict: true` throws a `MalformedInputError` for a JSON-LD block that does not parse.
 * @returns The thread, in document order.
 * @throws TypeError when `html` is not a string.
 * @example
 * ```ts
 * const thread = parseHtmlComments(pageSource)
 * thread.system // 'WordPress'
 * thread.roots[0]?.children.length
 * ```
 */
export function parseHtmlComments(html: string, options: ParseCommentsOptions = {}): HtmlCommentThread {
  assertString(html, 'html');
  return readHtmlComments(html, parseHtml(html), options);
}

/**
 * {@link parseHtmlComments} on a page already parsed (by `parseHtml`): whole-page analysis reads
 * the article and the comments off one parse.
 *
 * @param html - The page source.
 * @param document - Its parse.
 * @param options - As for {@link parseHtmlComments}.
 * @returns The thread, in document order.
 */
export function readHtmlComments(html: string, document: Document, options: ParseCommentsOptions = {}): HtmlCommentThread {
  const embeds = findCommentEmbeds(document, html.length);
  const warnings: CommentWarning[] = [...embeds.warnings];

  let finding: SystemFinding | null = null;
  for (const find of FINDERS) {
    finding = find(document);
    if (finding !== null) break;
  }

  let records: CommentRecord[];
  let system: string | null = null;
  if (finding !== null) {
    records = readRecords(html, finding);
    system = finding.system;
  } else {
    const jsonLd = readJsonLdComments(document);
    if (options.strict === true && jsonLd.warnings.length > 0) {
      throw new MalformedInputError('json', jsonLd.warnings[0]?.message ?? 'Malformed JSON-LD', jsonLd.warnings[0]?.start ?? null);
    }
    warnings.push(...jsonLd.warnings);
    records = jsonLd.records;
    if (records.length > 0) system = 'schema.org JSON-LD';
    else if (embeds.unloaded.length === 0 && !hasEmptyKnownList(document)) {
      finding = findRepeatedSiblingComments(document);
      if (finding !== null) {
        records = readRecords(html, finding);
        system = finding.system;
      }
    }
  }

  const thread = buildThread(records);
  return {
    format: system === 'Hacker News' ? 'hn-html' : 'html',
    system,
    comments: thread.comments,
    roots: thread.roots,
    boilerplate: [],
    warnings: [...warnings, ...(finding?.warnings ?? []), ...thread.warnings],
    unloaded: [...embeds.unloaded, ...(finding?.unloaded ?? [])],
  };
}

function readRecords(html: string, finding: SystemFinding): CommentRecord[] {
  const fence = new Set<Element>(finding.items.map((item) => item.element));
  return finding.items.map((item): CommentRecord => {
    const fields = readFields(html, item.element, fence, finding.selectors);
    const span = sourceSpan(item.element, html.length);
    const publishedAt = item.publishedAt ?? fields.publishedAt;
    const publishedRaw = item.publishedRaw ?? fields.publishedRaw;
    // Field by field rather than a literal with spreads, which made each record (kept to the end
    // of the parse) several times larger. The order of the fields is the order of the output.
    const record: Record<string, unknown> = { id: item.id, parentId: item.parentId ?? null, author: item.author !== undefined ? item.author : fields.author, text: fields.text };
    if (fields.html !== undefined) record['html'] = fields.html;
    if (publishedAt !== undefined) record['publishedAt'] = publishedAt;
    if (publishedRaw !== undefined) record['publishedRaw'] = publishedRaw;
    if (item.score !== undefined) record['score'] = item.score;
    record['status'] = item.status ?? (fields.pending ? 'pending' : 'visible');
    record['start'] = span.start;
    record['end'] = span.end;
    return record as unknown as CommentRecord;
  });
}

/** A recognised comment list that is present but empty means "no comments", not "unknown system". */
function hasEmptyKnownList(document: Document): boolean {
  const test = matcher(KNOWN_COMMENT_LISTS);
  let found = false;
  walkElements(document, (element) => {
    if (found) return false;
    if (!test(element)) return true;
    found = textSizes(element).get(element) === 0;
    // A list's own lists lie inside its text, already counted: never weigh a subtree twice.
    return false;
  });
  return found;
}
