/**
 * presslens/comments: reader-comment threads from text scrapes and HTML pages.
 *
 * @packageDocumentation
 */
export { parseTextComments, type TextCommentThread } from './parse-text.js';
export { findCommentSection, type CommentSection } from './find-comment-section.js';
export { parseHtmlComments, type HtmlCommentThread } from './parse-html.js';
export { extractMainText, type MainText } from './html/main-text.js';
export type {
  Comment,
  CommentFormat,
  CommentStatus,
  CommentThread,
  CommentWarning,
  ParseCommentsOptions,
  UnloadedComments,
} from './types.js';
