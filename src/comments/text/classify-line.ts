import {
  COUNT_HEADER_WORDS,
  MONTH_NAMES,
  RELATIVE_TIME_UNITS,
  RELATIVE_TIME_WORDS,
  AVATAR_LINES,
  REPLY_LINKS,
  REPLY_TO_PREFIXES,
  SECTION_HEADERS,
  VOTE_WORDS,
  WIDGET_LINES,
  WIDGET_PREFIXES,
} from '../data/chrome-phrases.js';
import { PAGE_CHROME_LINES, PAGE_CHROME_PREFIXES } from '../data/page-chrome-phrases.js';
import { lineKey, trimEndOf } from './fold.js';

/** What one line of a comment scrape is. */
export type LineKind =
  /** A comment-section header: `Comments`, `3 Kommentare`, `5 thoughts on “…”`. */
  | 'header'
  /** A reply link (`Reply`, `Antworten`): ends the comment above. */
  | 'reply-link'
  /** An avatar's alt text (`comment image`): a comment begins here. */
  | 'avatar'
  /** Widget or form text (`Subscribe`, `Leave a Reply`, `Your email address will not be published…`). */
  | 'widget'
  /** A vote or like counter (`12`, `+3`, `21 likes`). */
  | 'vote'
  /** `3 years ago`, `vor 2 Stunden`. */
  | 'relative-time'
  /** An absolute date, possibly with a time (`March 3, 2024 at 10:14 am`, `12.03.2024 um 9:41`). */
  | 'date'
  /** `Reply to Jane`, `In reply to Jane`, `@Jane` alone. */
  | 'reply-to'
  /**
   * Cookie-banner or footer text (`We use cookies…`, `Accept all`, `Impressum | Datenschutz`):
   * page chrome when it trails the comments, comment text anywhere else.
   */
  | 'page-chrome'
  /** Anything else: comment text or an author line. */
  | 'text';

/** A classified line. */
export interface LineClass {
  readonly kind: LineKind;
  /** For `reply-to`: the name replied to. */
  readonly target?: string;
}

/** Prefixes by the code of their first character: a line is compared only with those that can match. */
type PrefixIndex = ReadonlyMap<number, readonly string[]>;

interface Tables {
  replyLinks: Set<string>;
  avatars: Set<string>;
  widgetLines: Set<string>;
  widgetPrefixes: PrefixIndex;
  replyToPrefixes: string[];
  headers: Set<string>;
  countWords: Set<string>;
  units: Set<string>;
  relativeWords: Set<string>;
  voteWords: Set<string>;
  months: Set<string>;
  pageChromeLines: Set<string>;
  pageChromePrefixes: PrefixIndex;
}

let tables: Tables | undefined;

function getTables(): Tables {
  tables ??= {
    replyLinks: new Set(REPLY_LINKS.map(lineKey)),
    avatars: new Set(AVATAR_LINES.map(lineKey)),
    widgetLines: new Set(WIDGET_LINES.map(lineKey)),
    widgetPrefixes: prefixIndex(WIDGET_PREFIXES),
    replyToPrefixes: [...REPLY_TO_PREFIXES].sort((a, b) => b.length - a.length).map((prefix) => `${prefix} `),
    headers: new Set(SECTION_HEADERS.map(lineKey)),
    countWords: new Set(COUNT_HEADER_WORDS),
    units: new Set(RELATIVE_TIME_UNITS),
    relativeWords: new Set(RELATIVE_TIME_WORDS),
    voteWords: new Set(VOTE_WORDS),
    months: new Set(MONTH_NAMES),
    pageChromeLines: new Set(PAGE_CHROME_LINES.map(lineKey)),
    pageChromePrefixes: prefixIndex(PAGE_CHROME_PREFIXES.map(lineKey)),
  };
  return tables;
}

function prefixIndex(prefixes: readonly string[]): PrefixIndex {
  const index = new Map<number, string[]>();
  for (const prefix of prefixes) {
    // An empty prefix never matched: the first-character test ruled it out.
    if (prefix === '') continue;
    const code = prefix.charCodeAt(0);
    index.set(code, [...(index.get(code) ?? []), prefix]);
  }
  return index;
}

/** Number words that open a count header (`One comment`, `Ein Kommentar`). */
const ONE = new Set(['one', 'a', 'ein', 'eine', 'einen', 'un', 'una', 'une', 'один', 'одна', 'один']);
/** Words that may follow a count (`5 thoughts on “Title”`, `3 Gedanken zu „…“`). */
const COUNT_LINKERS = new Set(['on', 'to', 'for', 'zu', 'auf', 'für', 'zum', 'en', 'a', 'sobre', 'sur', 'à', 'pour', 'на', 'к', 'о']);
/** Small words allowed around a date: `at`, `um`, `a las`, `Uhr`, `am`/`pm`. */
const DATE_FILLERS = new Set(['at', 'on', 'um', 'am', 'pm', 'a.m', 'p.m', 'uhr', 'a', 'las', 'la', 'de', 'del', 'à', 'le', 'el', 'the', 'of', 'в', 'г', 'года', 'h', 'edited', 'bearbeitet', 'editado', 'modifié', 'изменено']);
/** Instants without a number (`just now`). */
const NOW_PHRASES = new Set(['just now', 'gerade eben', 'soeben', 'justo ahora', 'ahora mismo', 'à l’instant', "à l'instant", 'только что', 'yesterday', 'gestern', 'ayer', 'hier', 'вчера', 'today', 'heute', 'hoy', "aujourd'hui", 'сегодня']);

const MAX_CHROME_LENGTH = 120;
/** Votes, times, dates and reply cues are short; a longer line is text. */
const MAX_CHROME_WORDS = 10;
const TEXT: LineClass = { kind: 'text' };
const WIDGET: LineClass = { kind: 'widget' };
const PAGE_CHROME: LineClass = { kind: 'page-chrome' };
/** Longer than every widget prefix, so a long line's start is enough to recognise one. */
const PREFIX_WINDOW = 80;

function startsWithWidgetPrefix(key: string, t: Tables): boolean {
  return startsWithAny(key, t.widgetPrefixes);
}

function startsWithAny(key: string, prefixes: PrefixIndex): boolean {
  const candidates = prefixes.get(key.charCodeAt(0));
  return candidates !== undefined && candidates.some((prefix) => key.startsWith(prefix));
}

/**
 * Classifies one trimmed line of a comment scrape.
 *
 * @param line - The line, trimmed.
 * @returns Its kind, and for `reply-to` the target name.
 */
export function classifyLine(line: string): LineClass {
  const t = getTables();
  // Long lines are comment text unless they open with a form notice; only their start is folded.
  if (line.length > MAX_CHROME_LENGTH) {
    const start = lineKey(line.slice(0, PREFIX_WINDOW));
    if (startsWithWidgetPrefix(start, t)) return WIDGET;
    return startsWithAny(start, t.pageChromePrefixes) ? PAGE_CHROME : TEXT;
  }
  const key = lineKey(line);
  if (key === '') return { kind: 'widget' };
  // One word more than chrome ever has is enough to tell a line of text; splitting all of a
  // long line's words was most of what classifying a comment section allocated.
  const words = key.split(' ', MAX_CHROME_WORDS + 1);
  if (isHeader(key, words, t)) return { kind: 'header' };
  if (t.replyLinks.has(key)) return { kind: 'reply-link' };
  if (t.avatars.has(key)) return { kind: 'avatar' };
  if (t.widgetLines.has(key) || (words.length > 2 && startsWithWidgetPrefix(key, t))) return WIDGET;
  if (startsWithAny(key, t.pageChromePrefixes)) return PAGE_CHROME;
  if (words.length > MAX_CHROME_WORDS) return TEXT;
  const composite = compositeChrome(line);
  if (composite !== null) return composite;
  if (isVote(words, t)) return { kind: 'vote' };
  if (isRelativeTime(key, words, t)) return { kind: 'relative-time' };
  const target = replyTarget(line, key, t);
  if (target !== null) return { kind: 'reply-to', target };
  if (isDate(key, words, t)) return { kind: 'date' };
  return t.pageChromeLines.has(key) ? PAGE_CHROME : TEXT;
}

/** Separators between buttons on one line: `7 • Reply • Share ›`. */
const BUTTON_SEPARATORS = /\s[•|·]\s/u;
const CHROME_KINDS = new Set<LineKind>(['reply-link', 'widget', 'vote', 'relative-time']);

/**
 * A line of buttons (`7 • Reply • Share ›`) is chrome when every part is; a row of footer links
 * (`Impressum | Datenschutz | Kontakt`) is page chrome.
 */
function compositeChrome(line: string): LineClass | null {
  if (!BUTTON_SEPARATORS.test(line)) return null;
  const parts = line.split(BUTTON_SEPARATORS).map((part) => classifyLine(part).kind);
  if (!parts.every((kind) => CHROME_KINDS.has(kind) || kind === 'page-chrome')) return null;
  if (parts.includes('page-chrome')) return PAGE_CHROME;
  return { kind: parts.includes('reply-link') ? 'reply-link' : 'widget' };
}

function isHeader(key: string, words: readonly string[], t: Tables): boolean {
  if (t.headers.has(key)) return true;
  const [first = '', second = '', third] = words;
  // `Comments (3)` / `Kommentare: 12`
  if (words.length === 2 && t.headers.has(first) && /^\(?\d+\)?$/u.test(second)) return true;
  const counted = /^\d+$/u.test(first) || ONE.has(first);
  if (!counted || !t.countWords.has(second)) return false;
  return third === undefined || COUNT_LINKERS.has(third);
}

function isVote(words: readonly string[], t: Tables): boolean {
  const [first = '', ...rest] = words;
  if (!/^[+\-−]?\d+$/u.test(first)) return false;
  return rest.length === 0 || t.voteWords.has(rest.join(' '));
}

function isRelativeTime(key: string, words: readonly string[], t: Tables): boolean {
  if (NOW_PHRASES.has(key)) return true;
  if (words.length > 5) return false;
  let hasUnit = false;
  let hasMarker = false;
  for (const word of words) {
    if (t.units.has(word)) hasUnit = true;
    else if (word === 'ago' || word === 'vor' || word === 'hace' || word === 'назад' || key.startsWith('il y a')) hasMarker = true;
    else if (!/^\d+$/u.test(word) && !t.relativeWords.has(word) && word !== 'il' && word !== 'y') return false;
  }
  return hasUnit && hasMarker;
}

function replyTarget(line: string, key: string, t: Tables): string | null {
  if (line.startsWith('@') && !line.includes(' ', 1) && line.length > 1) return line.slice(1).replace(/[:,]$/u, '');
  for (const prefix of t.replyToPrefixes) {
    if (key.charCodeAt(0) !== prefix.charCodeAt(0) || !key.startsWith(prefix)) continue;
    const name = line.trim().slice(prefix.length - 1).trim().replace(/^@/u, '');
    const cleaned = trimEndOf(name, '.:!').trim();
    if (cleaned === '' || cleaned.split(/\s+/u).length > 5) return null;
    return cleaned;
  }
  return null;
}

function isDate(key: string, words: readonly string[], t: Tables): boolean {
  // A date has a number in it (most lines that reach here are short comments without one).
  if (words.length > 10 || !/\d/u.test(key)) return false;
  let dateEvidence = false;
  let unknown = 0;
  for (const raw of words) {
    const word = trimEndOf(raw, ',.');
    if (word === '') continue;
    if (t.months.has(word)) dateEvidence = true;
    else if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/u.test(word)) dateEvidence = true;
    else if (/^\d{1,4}(?:st|nd|rd|th|\.|er|º)?$/u.test(word) || /^\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?$/u.test(word)) continue;
    else if (DATE_FILLERS.has(word) || word.length <= 3) continue;
    else unknown++;
  }
  // Weekday names and the like are fine; more unknown words make it a sentence.
  return dateEvidence && unknown <= 1;
}
