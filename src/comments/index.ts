/**
 * Reader comments from platform exports and API responses (the structured formats), as one typed
 * thread. Page and plain-text parsers join this entry point at merge time.
 *
 * @packageDocumentation
 */
export { MalformedInputError, PresslensError, type InputFormat } from '../errors.js';
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
