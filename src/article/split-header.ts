import { BYLINE_PREFIXES } from './data/page-chrome.js';
import type { Paragraph } from '../text/paragraphs.js';
import { textSpan, type TextSpan } from '../text/span.js';

/** The top of an article: its headline and the byline/date lines under it. */
export interface ArticleHeader {
  readonly title: TextSpan | null;
  readonly byline: TextSpan | null;
  /** Index of the first paragraph after the header. */
  readonly bodyFrom: number;
}

// Headlines are one line and rarely longer than this; a longer first line is the lede itself.
const MAX_TITLE_LENGTH = 250;
const MAX_BYLINE_LINE = 160;
const NAME_OR_DATE_START = /^[\p{Lu}\p{N}]/u;

/**
 * Reads the headline and byline off the first paragraphs of a scraped article. The first
 * paragraph is the title when it is a single short line that does not read as a finished
 * sentence (headlines drop the final period) and text follows it.
 *
 * @param input - The page text the paragraphs refer to.
 * @param paragraphs - The article's paragraphs, chrome already removed.
 * @returns The title and byline spans (or `null`) and where the body starts.
 */
export function splitHeader(input: string, paragraphs: readonly Paragraph[]): ArticleHeader {
  const first = paragraphs[0];
  const title = first !== undefined && paragraphs.length > 1 && isHeadline(first) ? first : null;
  const from = title === null ? 0 : 1;
  let to = from;
  while (to < paragraphs.length && isByline(paragraphs[to] as Paragraph)) to++;
  const byline = to > from ? textSpan(input, (paragraphs[from] as Paragraph).start, (paragraphs[to - 1] as Paragraph).end) : null;
  return { title: title === null ? null : textSpan(input, title.start, title.end), byline, bodyFrom: to };
}

function isHeadline(paragraph: Paragraph): boolean {
  return paragraph.lineCount === 1 && paragraph.text.length <= MAX_TITLE_LENGTH && !paragraph.text.endsWith('.');
}

/** Every line starts like a byline or date line: "By Jane Roe", "Published 3 May 2026". */
function isByline(paragraph: Paragraph): boolean {
  return paragraph.text.split('\n').every((line) => {
    const trimmed = line.trim();
    if (trimmed.length > MAX_BYLINE_LINE) return false;
    const lower = trimmed.toLowerCase();
    return BYLINE_PREFIXES.some((prefix) => lower.startsWith(prefix) && NAME_OR_DATE_START.test(trimmed.slice(prefix.length).trimStart()));
  });
}
