import { coverage, type Coverage } from './coverage.js';
import { findChromeLines } from './find-chrome.js';
import { splitHeader } from './split-header.js';
import { readTextCommentPage } from '../comments/parse-text.js';
import type { CommentThread } from '../comments/types.js';
import { splitParagraphs } from '../text/paragraphs.js';
import { textSpan, type TextSpan } from '../text/span.js';

/** A plain-text page cut into its parts, every span an offset range of the input. */
export interface TextPage {
  readonly title: TextSpan | null;
  readonly byline: TextSpan | null;
  readonly body: TextSpan;
  /** Page chrome and comment-widget chrome, in document order. */
  readonly boilerplate: readonly TextSpan[];
  /** The parsed comment section (comments that are only chrome removed), or `null`. */
  readonly thread: CommentThread | null;
}

/**
 * Cuts a scraped page into headline, byline, article body, page chrome and the comment section.
 * The comment parser finds where the comment section starts (its header or first widget line);
 * everything before it that is not chrome is the article.
 *
 * @param input - The page as plain text.
 * @param withComments - Whether to parse the comments (the section is found either way, so the
 *   body never runs into them).
 * @returns The page's parts.
 */
export function segmentTextPage(input: string, withComments: boolean): TextPage {
  const chrome = findChromeLines(input);
  // The section and, when wanted, the comments come from one classification of the lines.
  const comments = readTextCommentPage(input);
  const { section } = comments;
  const articleEnd = section?.start ?? input.length;
  const thread = withComments && section !== null ? withoutChromeComments(comments.thread(), input, coverage(chrome)) : null;
  const boilerplate = mergeSpans(chrome, thread?.boilerplate ?? []);
  const isChrome = coverage(boilerplate);
  const paragraphs = splitParagraphs(input.slice(0, articleEnd)).filter((paragraph) => !isChrome.coversLines(input, paragraph.start, paragraph.end));
  const header = splitHeader(input, paragraphs);
  const first = paragraphs[header.bodyFrom];
  const last = paragraphs.at(-1);
  const body = first === undefined || last === undefined ? textSpan(input, 0, 0) : textSpan(input, first.start, last.end);
  return { title: header.title, byline: header.byline, body, boilerplate, thread: withComments ? (thread ?? emptyThread()) : null };
}

function emptyThread(): CommentThread {
  return { format: 'text', comments: [], roots: [], boilerplate: [], warnings: [], unloaded: [] };
}

/** A "comment" whose every line is page chrome (a cookie banner under the thread) is chrome. */
function withoutChromeComments(thread: CommentThread, input: string, chrome: Coverage): CommentThread {
  const isChromeComment = (comment: CommentThread['comments'][number]): boolean =>
    comment.start !== undefined && comment.end !== undefined && comment.children.length === 0 && chrome.coversLines(input, comment.start, comment.end);
  if (!thread.comments.some(isChromeComment)) return thread;
  return {
    ...thread,
    comments: thread.comments.filter((comment) => !isChromeComment(comment)),
    roots: thread.roots.filter((comment) => !isChromeComment(comment)),
  };
}

/** Both lists in document order, without exact duplicates. */
function mergeSpans(a: readonly TextSpan[], b: readonly TextSpan[]): TextSpan[] {
  const seen = new Set<string>();
  return [...a, ...b]
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .filter((span) => {
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
