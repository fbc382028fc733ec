import { PresslensError } from '../errors.js';
import { detectWithValue } from './detect-comment-format.js';
import { parseCommentoJson } from './parse-commento-json.js';
import { parseDiscourseJson } from './parse-discourse-json.js';
import { parseDisqusXml } from './parse-disqus-xml.js';
import { parseHackerNewsJson } from './parse-hacker-news-json.js';
import { parseHtmlComments } from './parse-html.js';
import { parseRedditJson } from './parse-reddit-json.js';
import { parseTextComments } from './parse-text.js';
import { parseWordpressWxr } from './parse-wordpress-wxr.js';
import { parseYoutubeJson } from './parse-youtube-json.js';
import type { CommentFormat, CommentThread, ParseCommentsOptions } from './types.js';

/** Options of `parseComments`. */
export interface ParseAnyCommentsOptions extends ParseCommentsOptions {
  /** The input's format, or `'auto'` (the default) to detect it. */
  readonly format?: 'auto' | CommentFormat;
}

type Parser = (input: string | object, options: ParseCommentsOptions) => CommentThread;

/** Parsers of text-only formats refuse parsed values with a `TypeError` naming the argument. */
const textOnly =
  (parse: (input: string, options: ParseCommentsOptions) => CommentThread): Parser =>
  (input, options) => {
    if (typeof input !== 'string') throw new TypeError('presslens: `input` must be a string for XML, HTML and text formats');
    return parse(input, options);
  };

/** One parser per format; Hacker News pages go through the HTML parser, which knows their rows. */
const PARSERS: Record<CommentFormat, Parser> = {
  text: textOnly(parseTextComments),
  html: textOnly(parseHtmlComments),
  'hn-html': textOnly(parseHtmlComments),
  'wordpress-wxr': textOnly(parseWordpressWxr),
  'disqus-xml': textOnly(parseDisqusXml),
  'reddit-json': parseRedditJson,
  'hn-algolia-json': parseHackerNewsJson,
  'discourse-json': parseDiscourseJson,
  'youtube-json': parseYoutubeJson,
  'commento-json': parseCommentoJson,
};

/**
 * Parses reader comments in any supported format into one typed thread. With `format: 'auto'`
 * (the default) the format is detected with `detectCommentFormat`; JSON is parsed once, and a
 * parsed value may be passed instead of text. This entry point carries every parser: import the
 * named one (`parseRedditJson`, …) when the format is known, so a bundle only carries what it uses.
 *
 * @param input - The comments: an export, an API response (text or parsed JSON), a page or text.
 * @param options - `format` to skip detection; `strict: true` to throw on malformed input.
 * @returns The thread: comments in document order, roots, warnings and unloaded parts.
 * @throws PresslensError `UNKNOWN_FORMAT` for a parsed value of no known shape;
 *   `MalformedInputError` in strict mode.
 * @example
 * ```ts
 * const thread = parseComments(await (await fetch(redditUrl + '.json')).text())
 * thread.format // 'reddit-json'
 * ```
 */
export function parseComments(input: string | object, options: ParseAnyCommentsOptions = {}): CommentThread {
  if (typeof input !== 'string' && (typeof input !== 'object' || input === null)) {
    throw new TypeError(`presslens: \`input\` must be a string or a parsed JSON value, got ${input === null ? 'null' : typeof input}`);
  }
  const { format: requested = 'auto', ...parserOptions } = options;
  let format: CommentFormat | undefined = requested === 'auto' ? undefined : requested;
  let value: string | object = input;
  if (format === undefined) {
    const detection = detectWithValue(input);
    format = detection.format;
    // JSON of no known shape falls back to the text parser, which reads the original string.
    if (format?.endsWith('-json') === true && typeof detection.parsed === 'object' && detection.parsed !== null) value = detection.parsed;
  }
  if (format === undefined) throw new PresslensError('UNKNOWN_FORMAT', 'The input is JSON of no known comment format.');
  return PARSERS[format](value, parserOptions);
}
