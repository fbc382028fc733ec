import { arrayField, field, isJsonObject, readJsonPrefix, stringField } from './json-input.js';
import type { CommentFormat } from './types.js';

/** How far into a text input the XML and markup markers are looked for. */
const HEAD_LENGTH = 4096;

/**
 * How much of a long JSON text is read to see its shape. Every format names itself in its first
 * keys or its first record (Reddit's `kind`, Discourse's `post_stream`, a Commento comment's
 * `commentHex`, an HN item's fields before its `children`), so a document need not be parsed
 * whole just to be named; only one whose start shows no known shape is.
 */
const JSON_PREFIX_LENGTH = 16_384;

/**
 * How far into a page Hacker News's comment rows are looked for. On an item page they follow the
 * top bar and the story (a few kilobytes); a page whose first row comes later is read as the
 * generic HTML it is parsed as anyway.
 */
const HN_ROWS_WINDOW = 65_536;

/** Key names that only one JSON format uses, for JSON that does not parse (checked in order). */
const JSON_KEY_MARKERS: readonly (readonly [string, CommentFormat])[] = [
  ['"post_stream"', 'discourse-json'],
  ['"youtube#comment', 'youtube-json'],
  ['"commentHex"', 'commento-json'],
  ['"Listing"', 'reddit-json'],
  ['"created_at_i"', 'hn-algolia-json'],
  ['"story_id"', 'hn-algolia-json'],
];

/** A detected format, with the JSON value when detection had to parse it (so it is parsed once). */
export interface Detection {
  /** The format, or `undefined` when none is recognised. */
  readonly format: CommentFormat | undefined;
  /** The parsed JSON value, when detection parsed the input. */
  readonly parsed?: unknown;
}

/**
 * Tells which comment format an input is in, from markers only that format has: the XML root
 * (`<disqus>`) or WXR namespace, the JSON shape (a Reddit `Listing`, a Discourse `post_stream`, a
 * YouTube `youtube#commentThread`, Commento's `commentHex`, an HN item's `children`), Hacker
 * News's `comtr` rows, or markup. Text that is none of these is `'text'`, the fallback. Only the
 * start of a long input is read (the first 4 KB for XML and markup, 64 KB for Hacker News rows,
 * 16 KB of JSON for its shape), so naming the format of a large export costs next to nothing; only
 * a JSON text whose start shows no known shape is parsed whole.
 *
 * @param input - The raw input, or JSON the caller already parsed.
 * @returns The format; `undefined` only for a parsed value of no known shape.
 * @throws TypeError when `input` is neither a string nor an object.
 * @example
 * ```ts
 * detectCommentFormat('<?xml version="1.0"?><disqus xmlns="http://disqus.com">…') // 'disqus-xml'
 * detectCommentFormat('Great article!\n\n\nJane says:\nI disagree.') // 'text'
 * ```
 */
export function detectCommentFormat(input: string | object): CommentFormat | undefined {
  if (typeof input !== 'string' && (typeof input !== 'object' || input === null)) {
    throw new TypeError(`presslens: \`input\` must be a string or a parsed JSON value, got ${input === null ? 'null' : typeof input}`);
  }
  return detectWithValue(input).format;
}

/**
 * `detectCommentFormat`, also returning the parsed JSON so the parser does not parse it again.
 *
 * @param input - The raw input, or parsed JSON.
 * @returns The format and, for JSON text that parsed, its value.
 */
export function detectWithValue(input: string | object): Detection {
  if (typeof input !== 'string') return { format: jsonShapeFormat(input) };
  const head = input.slice(0, HEAD_LENGTH);
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    // A byte-order mark is how some editors save UTF-8, not an error.
    return detectJson(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  }
  const lower = head.toLowerCase();
  if (/<disqus[\s>]/.test(lower)) return { format: 'disqus-xml' };
  if (lower.includes('wordpress.org/export/') || lower.includes('<wp:wxr_version')) return { format: 'wordpress-wxr' };
  if (input.slice(0, HN_ROWS_WINDOW).includes('athing comtr')) return { format: 'hn-html' };
  if (start.startsWith('<') || lower.includes('<html') || lower.includes('<body')) return { format: 'html' };
  return { format: 'text' };
}

/**
 * The format of a JSON text: from the shape of its start when that is enough (the format's parser
 * then parses the text, once), else from the shape of the whole parsed value, which is returned
 * for the parser; from key names only when the text does not parse.
 */
function detectJson(text: string): Detection {
  if (text.length > JSON_PREFIX_LENGTH) {
    const format = jsonShapeFormat(readJsonPrefix(text, JSON_PREFIX_LENGTH));
    if (format !== undefined) return { format };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return { format: jsonShapeFormat(parsed) ?? 'text', parsed };
  } catch {
    const marker = JSON_KEY_MARKERS.find(([key]) => text.includes(key));
    return { format: marker?.[1] ?? 'text' };
  }
}

function jsonShapeFormat(value: unknown): CommentFormat | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const kind = stringField(first, 'kind') ?? stringField(arrayField(first, 'items')[0], 'kind');
  if (kind === 'Listing') return 'reddit-json';
  if (kind?.startsWith('youtube#comment') === true) return 'youtube-json';
  if (!isJsonObject(value)) return undefined;
  if (isJsonObject(field(value, 'post_stream'))) return 'discourse-json';
  const comments = field(value, 'comments');
  if (Array.isArray(comments) && (Array.isArray(field(value, 'commenters')) || stringField(comments[0], 'commentHex') !== undefined)) return 'commento-json';
  if (Array.isArray(field(value, 'children')) && (field(value, 'story_id') !== undefined || field(value, 'created_at_i') !== undefined || stringField(value, 'type') !== undefined)) {
    return 'hn-algolia-json';
  }
  return undefined;
}
