import { CHROME_LINES, CHROME_PREFIXES } from './data/page-chrome.js';
import { foldSpaces } from '../comments/text/fold.js';
import { splitLines } from '../text/lines.js';
import { trimSpan, type TextSpan } from '../text/span.js';

// A cookie notice can be a long line; anything longer is prose, not chrome.
const MAX_CHROME_LINE = 600;

let chromeLines: ReadonlySet<string> | undefined;

/**
 * Finds the lines of a page that are page chrome rather than article or comment text (share
 * bars, cookie banners, advertising and newsletter labels, "read more" teasers). Only whole lines
 * count: a phrase inside a sentence is prose.
 *
 * @param input - The page text.
 * @returns The trimmed chrome lines in document order.
 */
export function findChromeLines(input: string): TextSpan[] {
  chromeLines ??= new Set(CHROME_LINES);
  const found: TextSpan[] = [];
  for (const line of splitLines(input)) {
    if (line.blank || line.text.length > MAX_CHROME_LINE) continue;
    if (isChrome(normalizeChromeLine(line.text), chromeLines)) found.push(trimSpan(input, line.start, line.end));
  }
  return found;
}

function isChrome(line: string, exact: ReadonlySet<string>): boolean {
  if (exact.has(line)) return true;
  return CHROME_PREFIXES.some((prefix) => line.startsWith(prefix));
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
