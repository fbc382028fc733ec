import { assertString } from '../text/assert.js';
import { forEachLine } from '../text/lines.js';
import { isSpaceCode, textSpan, type TextSpan } from '../text/span.js';
import { foldName } from '../text/similarity.js';
import { buildThread, type CommentRecord } from './build-thread.js';
import type { CommentSection } from './find-comment-section.js';
import { readAuthorLine, type AuthorLine } from './text/author-line.js';
import { classifyLine, type LineClass, type LineKind } from './text/classify-line.js';
import { LineTable } from './text/line-table.js';
import { sectionLines } from './text/section-lines.js';
import type { CommentThread, CommentWarning, ParseCommentsOptions } from './types.js';

/** The thread read from a text scrape, with where its comment section begins. */
export interface TextCommentThread extends CommentThread {
  /** Offset where the comments begin (0 when the text holds only comments). */
  readonly sectionStart: number;
}

/** One non-blank line of the comment section with its classification. */
interface Item {
  /** The line, trimmed. */
  readonly span: TextSpan;
  /** Its reading as an author line, once asked (`undefined` until then). */
  author: AuthorLine | null | undefined;
  /** How many blank lines come before it. */
  readonly blankBefore: number;
  /** Whether the line opens a blank-line separated block. */
  readonly opensBlock: boolean;
  /** What the line looks like (author, date, chrome, body…). */
  readonly line: LineClass;
}

/** A comment being assembled. */
interface Draft {
  author: string | null;
  authorSpan: TextSpan | null;
  date: string | null;
  replyTo: string | null;
  body: TextSpan[];
  closed: boolean;
}

/** Two or more blank lines separate comments; one separates paragraphs of one comment. */
const COMMENT_GAP = 2;

/**
 * Parses reader comments from a page copied as plain text. Comments are separated by two or more
 * blank lines, paragraphs of one comment by one; author lines (`Jane Miller`, `Bob Hart ®`,
 * `Jane says:`, `Jane sagt:`, `Jane dijo:`), with an optional date line, open a comment and may
 * follow the previous comment one blank line apart. Reply links, vote counts, relative times and
 * widget text (wpDiscuz, WordPress forms) go to `boilerplate`. A comment is a reply only on an
 * explicit cue (`Reply to Jane`, `@Jane`, `In reply to Jane`) naming an earlier author; the rest
 * are top level. When the article precedes the comments, they are read from the section header on
 * (see `findCommentSection`).
 *
 * For every comment `text.slice(start, end) === comment.text`.
 *
 * @param text - The scraped text.
 * @param options - Shared options (`strict` has no effect on text, which is never malformed).
 * @returns The thread in document order.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * const thread = parseTextComments('Jane Miller\nGreat piece!\n\nReply\n\n\nBob says:\n@Jane Agreed.')
 * thread.comments.map((c) => [c.author, c.text, c.depth])
 * // [['Jane Miller', 'Great piece!', 1], ['Bob', '@Jane Agreed.', 2]]
 * ```
 */
export function parseTextComments(text: string, options: ParseCommentsOptions = {}): TextCommentThread {
  assertString(text, 'text');
  void options;
  return readThread(text, readLines(text));
}

/** A scraped page's comment section and, on demand, its comments: both read off one pass over its lines. */
export interface TextCommentPage {
  /** Where the comment section begins, as `findCommentSection` finds it. */
  readonly section: CommentSection | null;
  /** The comments, as {@link parseTextComments} reads them. */
  readonly thread: () => TextCommentThread;
}

/**
 * `findCommentSection` and {@link parseTextComments} together, classifying every line once:
 * whole-page analysis needs where the article ends and, when asked, the comments.
 *
 * @param text - The scraped page.
 * @returns The section and a reader of the comments.
 */
export function readTextCommentPage(text: string): TextCommentPage {
  const lines = readLines(text);
  const found = sectionLines(text, lines, lines.length);
  const section = found === null ? null : { start: lines.start(found.first), header: found.header < 0 ? null : lineSpan(text, lines, found.header) };
  return { section, thread: () => readThread(text, lines) };
}

/** The thread of a text scrape from its classified lines. */
function readThread(text: string, lines: LineTable): TextCommentThread {
  const boilerplate: TextSpan[] = [];
  // Cookie banners and footers after the last comment are the page's, not a reader's.
  const tail = trailingPageChrome(lines);
  const found = sectionLines(text, lines, tail);
  const firstItem = found?.first ?? 0;
  const sectionStart = found === null ? 0 : lines.start(firstItem);
  const items = sectionItems(text, lines, firstItem, tail);
  const warnings: CommentWarning[] = [];
  const drafts: Draft[] = [];
  let current: Draft | null = null;

  const open = (author: AuthorLine | null, span: TextSpan | null): Draft => {
    // A date or reply cue seen before the author line belongs to the same comment.
    const pending = current as Draft | null;
    if (author !== null && pending !== null && !pending.closed && pending.body.length === 0 && pending.author === null) {
      pending.author = author.name;
      pending.authorSpan = span;
      pending.date ??= author.date ?? null;
      return pending;
    }
    const draft: Draft = { author: author?.name ?? null, authorSpan: span, date: author?.date ?? null, replyTo: null, body: [], closed: false };
    drafts.push(draft);
    current = draft;
    return draft;
  };

  items.forEach((item, index) => {
    let draft = current as Draft | null;
    if (draft !== null && item.blankBefore >= COMMENT_GAP && draft.body.length > 0) draft.closed = true;
    const writable = draft !== null && !draft.closed;
    switch (item.line.kind) {
      case 'header':
      case 'widget':
      case 'vote':
      case 'reply-link':
      case 'avatar':
        boilerplate.push(item.span);
        if (draft !== null && item.line.kind !== 'vote' && item.line.kind !== 'widget') draft.closed = true;
        return;
      case 'relative-time':
      case 'date': {
        // `Ben 19. Juni 2018 um 15:28 - Antworten` reads as a date but opens with a name.
        const author = authorOf(item);
        if (author?.date !== undefined) {
          open(author, item.span);
          return;
        }
        if (writable && draft !== null && draft.body.length === 0 && draft.date === null) draft.date = item.span.text;
        else if (item.line.kind === 'date' && startsContent(items, index)) open(null, null).date = item.span.text;
        // A date under the text (`26 abril 2022 a las 14:02` before `Responder`) is the comment's own.
        else if (writable && draft !== null && draft.date === null && item.blankBefore < COMMENT_GAP) draft.date = item.span.text;
        else boilerplate.push(item.span);
        return;
      }
      case 'reply-to':
        boilerplate.push(item.span);
        if (!writable || draft === null || draft.body.length > 0) draft = open(null, null);
        draft.replyTo = item.line.target ?? null;
        return;
      case 'page-chrome':
      case 'text': {
        const author = item.opensBlock || !writable || draft?.body.length === 0 ? authorOf(item) : null;
        if (author !== null && isAuthorLine(author, items, index, draft)) {
          open(author, item.span);
          return;
        }
        if (!writable || draft === null) draft = open(null, null);
        if (draft.body.length === 0 && draft.replyTo === null && item.span.text.startsWith('@')) draft.replyTo = mentionOf(item.span.text);
        draft.body.push(item.span);
      }
    }
  });

  const records: CommentRecord[] = [];
  const authors = new AuthorIndex();
  for (const draft of drafts) {
    if (draft.body.length === 0) {
      const span = draft.authorSpan;
      warnings.push({ code: 'empty-comment', message: `An author line${draft.author === null ? '' : ` (${draft.author})`} has no comment text after it; skipped.`, ...(span === null ? {} : { start: span.start, end: span.end }) });
      continue;
    }
    const first = draft.body[0] as TextSpan;
    const last = draft.body.at(-1) as TextSpan;
    const id = `c${records.length + 1}`;
    const parentId = draft.replyTo === null ? null : authors.latest(draft.replyTo);
    if (draft.replyTo !== null && parentId === null) {
      warnings.push({ code: 'reply-target-not-found', message: `Comment ${id} replies to ${draft.replyTo}, who has no earlier comment; kept top level.`, start: first.start, end: last.end });
    }
    // Literals, not spreads: the thread builder copies every field again, fastest from objects
    // of one fixed shape.
    const { start } = first;
    const { end } = last;
    const body = text.slice(start, end);
    records.push(
      draft.date === null
        ? { text: body, start, end, id, parentId, author: draft.author, status: 'visible' }
        : { text: body, start, end, id, parentId, author: draft.author, status: 'visible', publishedRaw: draft.date },
    );
    if (draft.author !== null) authors.add(draft.author, id);
  }
  for (let index = tail; index < lines.length; index++) boilerplate.push(lineSpan(text, lines, index));
  const thread = buildThread(records);
  return { format: 'text', sectionStart, comments: thread.comments, roots: thread.roots, boilerplate, warnings: [...warnings, ...thread.warnings], unloaded: [] };
}

/** The non-blank lines of a scrape, trimmed and classified. */
function readLines(text: string): LineTable {
  const lines = new LineTable();
  let blank = 0;
  forEachLine(text, (start, end, isBlank) => {
    if (isBlank) {
      blank++;
      return;
    }
    while (isSpaceCode(text.charCodeAt(start))) start++;
    while (isSpaceCode(text.charCodeAt(end - 1))) end--;
    lines.push(start, end, lines.length === 0 ? 0 : blank, classifyLine(text.slice(start, end)));
    blank = 0;
  });
  return lines;
}

/** A line's trimmed text and offsets. */
function lineSpan(text: string, lines: LineTable, index: number): TextSpan {
  return textSpan(text, lines.start(index), lines.end(index));
}

/** A line opens a blank-line separated block (the first line does too). */
function opensBlock(lines: LineTable, index: number): boolean {
  return index === 0 || lines.blankBefore(index) > 0;
}

/** The lines from `from` up to `to` as items, for reading the comments off them. */
function sectionItems(text: string, lines: LineTable, from: number, to: number): Item[] {
  const items: Item[] = [];
  for (let index = from; index < to; index++) {
    items.push({ span: lineSpan(text, lines, index), author: undefined, blankBefore: lines.blankBefore(index), opensBlock: opensBlock(lines, index), line: lines.lineClass(index) });
  }
  return items;
}

/** Line kinds that are chrome wherever they stand. */
const CHROME_KINDS: ReadonlySet<LineKind> = new Set(['header', 'widget', 'vote', 'reply-link', 'avatar', 'relative-time', 'date', 'reply-to']);

/**
 * Where the page's own chrome after the comments begins: the trailing run of blank-line separated
 * blocks that are consent-banner or footer text (a block opened by a banner sentence, or made of
 * footer links, buttons and other chrome lines), from the first block holding page chrome.
 *
 * @returns The index of the run's first line, or `items.length` when the text ends with a comment.
 */
function trailingPageChrome(lines: LineTable): number {
  let start = lines.length;
  let firstWithPageChrome = lines.length;
  let blockEnd = lines.length;
  for (let index = lines.length - 1; index >= 0; index--) {
    if (!opensBlock(lines, index)) continue;
    let allChrome = true;
    let hasPageChrome = false;
    for (let line = index; line < blockEnd; line++) {
      const kind = lines.kind(line);
      if (kind === 'page-chrome') hasPageChrome = true;
      else if (!CHROME_KINDS.has(kind)) allChrome = false;
    }
    const isChrome = (lines.kind(index) === 'page-chrome' && lines.end(index) - lines.start(index) > SHORT_LINE) || allChrome;
    if (!isChrome) break;
    start = index;
    if (hasPageChrome) firstWithPageChrome = index;
    blockEnd = index;
  }
  return Math.max(start, firstWithPageChrome);
}

/** A banner sentence is longer than a button or link (`Accept all`, `Privacy`). */
const SHORT_LINE = 40;

/**
 * A name-like line is an author line only when a comment follows it in the same group (one blank
 * line at most); a bare handle needs a date line right after it.
 */
function isAuthorLine(author: AuthorLine, items: readonly Item[], index: number, draft: Draft | null): boolean {
  const next = nextContent(items, index);
  if (author.strength === 'cue') return true;
  if (next === null || next.blankBefore >= COMMENT_GAP) return false;
  if (author.strength === 'handle') return next.line.kind === 'date' || next.line.kind === 'relative-time';
  if (next.line.kind === 'date' || next.line.kind === 'relative-time' || next.line.kind === 'reply-to') return true;
  if (next.line.kind !== 'text') return false;
  // Inside an open comment a lone name must stand one blank line apart from what it introduces or
  // from what precedes it; a name on the first line of a two-line paragraph introduces that paragraph.
  const item = items[index] as Item;
  if (draft !== null && !draft.closed && draft.body.length > 0 && item.blankBefore === 0) return false;
  return authorOf(next)?.strength !== 'cue';
}

/** A line's author reading, computed once: the look-ahead and the line's own turn both ask. */
function authorOf(item: Item): AuthorLine | null {
  if (item.author === undefined) item.author = readAuthorLine(item.span.text);
  return item.author;
}

/** The next line that is not chrome. */
function nextContent(items: readonly Item[], index: number): Item | null {
  for (let cursor = index + 1; cursor < items.length; cursor++) {
    const item = items[cursor] as Item;
    const kind = item.line.kind;
    if (kind === 'text' || kind === 'date' || kind === 'relative-time' || kind === 'reply-to') return item;
    if (kind === 'header' || kind === 'reply-link' || kind === 'avatar') return null;
  }
  return null;
}

/** Whether a date line opens a new comment (text follows in its group). */
function startsContent(items: readonly Item[], index: number): boolean {
  const next = nextContent(items, index);
  return next !== null && next.blankBefore < COMMENT_GAP && next.line.kind === 'text';
}

/** `@Jane Miller: agreed` → `Jane` (a handle is one word; the target is matched by first name too). */
function mentionOf(line: string): string {
  let end = 1;
  while (end < line.length && /[\p{L}\p{N}_.-]/u.test(line.charAt(end))) end++;
  return line.slice(1, end).replace(/\.$/u, '');
}

/**
 * The comments' authors so far, by folded name, by first name and by name without spaces (a
 * joined handle), each keeping its latest comment: a reply cue finds its target in constant time,
 * where scanning back through every earlier author made 50,000-comment scrapes quadratic. Names
 * are folded only once a reply cue asks (a thread without replies folds none) and once per
 * distinct name (a regular's hundredth comment is not folded again).
 */
class AuthorIndex {
  readonly #keys = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()] as const;
  readonly #ids: string[] = [];
  /** Authors of the comments from `#indexed` on, not yet in the maps. */
  readonly #names: string[] = [];
  #indexed = 0;
  readonly #folded = new Map<string, readonly [full: string, first: string, joined: string]>();

  /** Records that comment `id` is by `name`. */
  add(name: string, id: string): void {
    this.#ids.push(id);
    this.#names.push(name);
  }

  /** The latest comment by the named author (same folded name, first name or joined handle). */
  latest(target: string): string | null {
    const key = foldName(target);
    if (key === '') return null;
    const [full, first, joined] = this.#keys;
    for (; this.#indexed < this.#names.length; this.#indexed++) {
      const [fullKey, firstKey, joinedKey] = this.#foldedKeys(this.#names[this.#indexed] as string);
      full.set(fullKey, this.#indexed);
      first.set(firstKey, this.#indexed);
      joined.set(joinedKey, this.#indexed);
    }
    const order = Math.max(full.get(key) ?? -1, first.get(key) ?? -1, joined.get(key.replace(/ /gu, '')) ?? -1);
    return this.#ids[order] ?? null;
  }

  #foldedKeys(name: string): readonly [string, string, string] {
    let keys = this.#folded.get(name);
    if (keys === undefined) {
      const key = foldName(name);
      keys = [key, key.split(' ')[0] ?? key, key.replace(/ /gu, '')];
      this.#folded.set(name, keys);
    }
    return keys;
  }
}
