import { assertString } from '../text/assert.js';
import { ThreadBuilder, type CommentRecord } from './build-thread.js';
import { finishThread, toCommentRecord } from './comment-record.js';
import type { CommentStatus, CommentThread, CommentWarning, ParseCommentsOptions } from './types.js';
import { childElement, childText, readXmlRecords, xmlProblemHandler, type XmlElement } from './xml-records.js';

/** The attribute that carries Disqus's internal ids. */
const DSQ_ID = 'dsq:id';

/** The elements of a post this parser reads; the rest (IP address, e-mail, …) are skipped. */
const POST_FIELDS: ReadonlySet<string> = new Set(['message', 'createdAt', 'isDeleted', 'isSpam', 'author', 'name', 'username', 'thread', 'parent']);

/**
 * Parses a Disqus XML export (`<disqus>` with flat `<thread>` and `<post>` elements joined by
 * `dsq:id`). Every post is a comment; `<parent dsq:id>` gives its parent, so posts of all threads
 * share one result, each thread's top-level posts among the roots. `isSpam` and `isDeleted` give
 * the `spam` and `deleted` statuses; `message` is the HTML body. A post without `dsq:id` is kept
 * under a generated id (`disqus-<n>`) and a post whose thread is not in the export is kept too;
 * both are reported.
 *
 * Disqus exports are sometimes not well-formed. Strict mode throws a `MalformedInputError`; the
 * default reads every post htmlparser2 can recover and warns about each problem.
 *
 * @param input - The export's text.
 * @param options - `strict: true` throws on malformed XML.
 * @returns The comments of every thread in the export.
 * @example
 * ```ts
 * const thread = parseDisqusXml(exportText)
 * thread.warnings // e.g. a post referring to a thread that is not in the export
 * ```
 */
export function parseDisqusXml(input: string, options: ParseCommentsOptions = {}): CommentThread {
  assertString(input, 'input');
  const warnings: CommentWarning[] = [];
  const thread = new ThreadBuilder();
  const threadIds = new Set<string | undefined>();
  /**
   * Posts whose thread was not yet seen, checked once every thread is known. Exports list threads
   * first, so this stays empty instead of holding an entry for each of tens of thousands of posts.
   */
  const postThreads: { postId: string; threadId: string | undefined; start: number; end: number }[] = [];
  readXmlRecords(input, {
    isRecord: (name, depth) => depth === 2 && (name === 'post' || name === 'thread'),
    keep: (name) => POST_FIELDS.has(name),
    onRecord: (element) => {
      if (element.name === 'thread') {
        threadIds.add(element.attributes.get(DSQ_ID));
        return;
      }
      const record = readPost(element, thread.size, warnings);
      thread.add(record);
      const threadId = childElement(element, 'thread')?.attributes.get(DSQ_ID);
      if (!threadIds.has(threadId)) postThreads.push({ postId: record.id, threadId, start: element.start, end: element.end });
    },
    onProblem: xmlProblemHandler(options.strict === true, warnings),
  });
  for (const { postId, threadId, start, end } of postThreads) {
    if (threadIds.has(threadId)) continue;
    warnings.push({ code: 'unknown-thread', message: `Post ${postId} belongs to thread ${JSON.stringify(threadId ?? null)}, which is not in the export.`, start, end });
  }
  // Disqus exports every thread, commented or not: an export of threads only is valid but empty.
  if (thread.size === 0) {
    warnings.push({ code: 'no-comments', message: `The export holds no <post> elements (${threadIds.size} thread${threadIds.size === 1 ? '' : 's'}): no comments to read.` });
  }
  return finishThread('disqus-xml', thread, warnings);
}

function readPost(element: XmlElement, index: number, warnings: CommentWarning[]): CommentRecord {
  let id = element.attributes.get(DSQ_ID);
  if (id === undefined || id === '') {
    id = `disqus-${index + 1}`;
    warnings.push({ code: 'missing-id', message: `A post has no dsq:id; called it ${id}.`, start: element.start, end: element.end });
  }
  const author = childElement(element, 'author');
  const name = author === undefined ? undefined : (childText(author, 'name') || childText(author, 'username'));
  return toCommentRecord(
    {
      id,
      parentId: childElement(element, 'parent')?.attributes.get(DSQ_ID) ?? null,
      author: name === undefined || name === '' ? null : name,
      status: readStatus(element, id, warnings),
      html: childText(element, 'message'),
      time: childText(element, 'createdAt'),
    },
    warnings,
  );
}

function readStatus(element: XmlElement, id: string, warnings: CommentWarning[]): CommentStatus {
  const flag = (name: string): boolean => {
    const value = childText(element, name);
    if (value === undefined || value === 'false' || value === '') return false;
    if (value === 'true') return true;
    warnings.push({ code: 'invalid-field', message: `Post ${id} has <${name}>${value}</${name}>, not true or false; read as false.`, start: element.start, end: element.end });
    return false;
  };
  const spam = flag('isSpam');
  const deleted = flag('isDeleted');
  if (spam) return 'spam';
  return deleted ? 'deleted' : 'visible';
}
