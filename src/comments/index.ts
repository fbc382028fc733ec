/**
 * presslens/comments: reader-comment threads from text scrapes, HTML pages, platform exports and
 * API responses, as one typed thread.
 *
 * @packageDocumentation
 */
export { MalformedInputError, PresslensError, type InputFormat } from '../errors.js';
export { parseTextComments, type TextCommentThread } from './parse-text.js';
export { findCommentSection, type CommentSection } from './find-comment-section.js';
export { parseHtmlComments, type HtmlCommentThread } from './parse-html.js';
export { extractMainText, type MainText } from './html/main-text.js';
export { detectCommentFormat } from './detect-comment-format.js';
export { parseComments, type ParseAnyCommentsOptions } from './parse-comments.js';
export { parseCommentoJson } from './parse-commento-json.js';
export { parseDiscourseJson } from './parse-discourse-json.js';
export { parseDisqusXml } from './parse-disqus-xml.js';
export { parseHackerNewsJson } from './parse-hacker-news-json.js';
export { parseRedditJson } from './parse-reddit-json.js';
export { parseWordpressWxr } from './parse-wordpress-wxr.js';
export { parseYoutubeJson } from './parse-youtube-json.js';
export type {
  Comment,
  CommentFormat,
  CommentStatus,
  CommentThread,
  CommentWarning,
  ParseCommentsOptions,
  UnloadedComments,
} from './types.js';
