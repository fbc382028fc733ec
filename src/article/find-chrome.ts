import { CHROME_LINES, CHROME_PREFIXES } from './data/page-chrome.js';
import { foldSpaces } from '../comments/text/fold.js';
import { forEachLine } from '../text/lines.js';
import { isSpaceCode, trimSpan, type TextSpan } from '../text/span.js';

// A cookie notice can be a long line; anything longer is prose, not chrome.
const MAX_CHROME_LINE = 600;

interface ChromeTables {
  readonly exact: ReadonlySet<string>;
  /** The prefixes by their first character's code: a line is compared only with those that can match. */
  readonly prefixes: ReadonlyMap<number, readonly string[]>;
  /**
   * The longest exact line or prefix: a line that keeps more characters than this once
   * normalised can only match by its start.
   */
  readonly longest: number;
}

let tables: ChromeTables | undefined;

/**
 * Finds the lines of a page that are page chrome rather than article or comment text (share
 * bars, cookie banners, advertising and newsletter labels, "read more" teasers). Only whole lines
 * count: a phrase inside a sentence is prose.
 *
 * @param input - The page text.
 * @returns The trimmed chrome lines in document order.
 */
export function findChromeLines(input: string): TextSpan[] {
  tables ??= {
    exact: new Set(CHROME_LINES),
    prefixes: byFirstCode(CHROME_PREFIXES),
    longest: Math.max(...CHROME_LINES.map((line) => line.length), ...CHROME_PREFIXES.map((prefix) => prefix.length)),
  };
  const chrome = tables;
  const found: TextSpan[] = [];
  forEachLine(input, (start, end, blank) => {
    if (blank || end - start > MAX_CHROME_LINE) return;
    if (isChromeLine(input, start, end, chrome)) found.push(trimSpan(input, start, end));
  });
  return found;
}

/** How much of a long line's start is folded to compare it with the prefixes. */
const PREFIX_WINDOW = 64;

function isChromeLine(input: string, start: number, end: number, { exact, prefixes, longest }: ChromeTables): boolean {
  // Most lines are prose, far longer than any chrome phrase: their start decides, and the whole
  // paragraph is not lower-cased to find that out.
  if (end - start > longest && keepsMoreThan(input, start, end, longest)) {
    const key = foldSpaces(input.slice(start, Math.min(end, start + PREFIX_WINDOW)));
    // The folded window equals the folded line's start but for its last character (cut off from
    // what follows it), so it settles every prefix when it is longer than all of them.
    if (key.length > longest) return startsWithPrefix(key, prefixes);
  }
  const line = normalizeChromeLine(input.slice(start, end));
  return exact.has(line) || startsWithPrefix(line, prefixes);
}

/**
 * Whether the line, once normalised, surely has more than `limit` characters: its characters that
 * are not white space, before the run at its end that normalising may strip (trailing arrows and
 * punctuation, a counter, white space), number more than that. Folding never shortens the rest.
 */
function keepsMoreThan(input: string, start: number, end: number, limit: number): boolean {
  let kept = end;
  while (kept > start && mayBeStripped(input.charCodeAt(kept - 1))) kept--;
  let count = 0;
  for (let index = start; index < kept; index++) {
    if (!isSpaceCode(input.charCodeAt(index)) && ++count > limit) return true;
  }
  return false;
}

/** Characters normalising may remove from a line's end: white space, {@link TRAILING}, a counter's digits and brackets. */
function mayBeStripped(code: number): boolean {
  return isSpaceCode(code) || (code >= 0x30 && code <= 0x39) || code === 0x28 || code === 0x29 || TRAILING.has(String.fromCharCode(code));
}

function byFirstCode(prefixes: readonly string[]): Map<number, string[]> {
  const index = new Map<number, string[]>();
  for (const prefix of prefixes) {
    const code = prefix.charCodeAt(0);
    index.set(code, [...(index.get(code) ?? []), prefix]);
  }
  return index;
}

function startsWithPrefix(line: string, prefixes: ChromeTables['prefixes']): boolean {
  return prefixes.get(line.charCodeAt(0))?.some((prefix) => line.startsWith(prefix)) === true;
}

/**
 * Case-folds a line and removes what varies between sites around a chrome phrase: surrounding
 * white space, trailing arrows and punctuation ("Read more ›", "Share:"), a trailing counter
 * ("Share (12)").
 *
 * @param line - One line of text.
 * @returns The line ready to look up in the chrome tables.
 */
export function normalizeChromeLine(line: string): string {
  let text = foldSpaces(line);
  text = stripCounter(text);
  let end = text.length;
  while (end > 0 && TRAILING.has(text.charAt(end - 1))) end--;
  return text.slice(0, end).trimEnd();
}

const TRAILING = new Set(['.', '!', ':', '›', '»', '→', '…', '>', '|', ' ', '*']);

/** `share (12)` → `share`, so counters next to buttons do not hide them. */
function stripCounter(text: string): string {
  if (!text.endsWith(')')) return text;
  const open = text.lastIndexOf('(');
  if (open <= 0) return text;
  return /^\(\d+\)$/u.test(text.slice(open)) ? text.slice(0, open).trimEnd() : text;
}
