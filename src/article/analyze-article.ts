import { annotateComments } from './annotate-comments.js';
import { coverage } from './coverage.js';
import { partLanguages } from './part-languages.js';
import { segmentTextPage, type TextPage } from './segment-text-page.js';
import { shiftSpans } from './shift-spans.js';
import type { AnalyzeArticleOptions, Article, ArticleFeature } from './types.js';
import { detectCommentFormat } from '../comments/detect-comment-format.js';
import { parseHtml } from '../comments/html/dom.js';
import { readMainText, type MainText } from '../comments/html/main-text.js';
import { readHtmlComments } from '../comments/parse-html.js';
import { extractNumbers } from '../numbers/index.js';
import { analyzeQuotes, clusterSpeakers, type QuoteAnalysis } from '../quotes/index.js';
import { assertString } from '../text/assert.js';
import type { Span, TextSpan } from '../text/span.js';

const ALL_FEATURES: readonly ArticleFeature[] = ['quotes', 'numbers', 'language', 'comments'];
/** What marks a Hacker News item page for `detectCommentFormat` (its comment rows' class). */
const HN_ROW_CLASS = 'athing comtr';

/**
 * Reads a whole scraped news page in one call: headline, byline, article body, who said what,
 * which numbers were claimed, the language, and the reader comments (each with its own language),
 * with share bars, cookie banners and comment-widget text set apart as boilerplate. Quotes and
 * numbers come from the body only.
 *
 * Plain text: every span is an offset range of `text`. HTML: the article is extracted as readable
 * text (returned as `text`), which the spans of title, body, quotes and numbers refer to; the
 * comments come from the page's comment markup, their `start`/`end` covering their elements.
 *
 * Languages are detected per part (the body, each comment) on a bounded sample: up to four
 * windows of 128 characters spread evenly over the part, so a long article costs no more than
 * 512 characters of detection. Comments with the same text share one detection.
 *
 * @param text - The page as plain text (a copy of the page) or HTML.
 * @param options - Which analyses to run, and whether to extract quotes and numbers in comments.
 * @returns The page's parts and findings.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * const page = analyzeArticle(scrapedText)
 * page.title?.text                                   // 'Harbour city bets €480 million on a tram line…'
 * page.quotes.map((q) => [q.speaker?.name, q.text])  // [['Helena Voss', 'This is the decision…'], …]
 * page.comments?.comments.map((c) => [c.author, c.language?.language]) // [['Marta Jensen', 'en'], …]
 * ```
 */
export function analyzeArticle(text: string, options: AnalyzeArticleOptions = {}): Article {
  assertString(text, 'text');
  const wants = new Set(options.only ?? ALL_FEATURES);
  const details = options.commentDetails === true;
  if (!isHtml(text, options.format)) return analyzePage('text', segmentTextPage(text, wants.has('comments')), wants, details);
  const { readable, page } = htmlPage(text, wants.has('comments'));
  return { ...analyzePage('html', page, wants, details), text: readable };
}

/**
 * An HTML page as a text page: its readable article, and its comments read off the same parse
 * (the DOM is dropped before the analyses run).
 */
function htmlPage(html: string, withComments: boolean): { readable: string; page: TextPage } {
  const document = parseHtml(html);
  const readable = readableText(readMainText(document));
  const thread = withComments ? readHtmlComments(html, document) : null;
  return { readable, page: { ...segmentTextPage(readable, false), thread } };
}

function analyzePage(format: Article['format'], page: TextPage, wants: ReadonlySet<ArticleFeature>, details: boolean): Article {
  const { body } = page;
  const outsideChrome = excluding(page.boilerplate);
  const language = wants.has('language') ? partLanguages() : null;
  const said = wants.has('quotes') ? quotesIn(body, outsideChrome) : { quotes: [], speakers: [], warnings: [] };
  return {
    format,
    title: page.title,
    byline: page.byline,
    body,
    language: language === null ? null : language(body.text),
    quotes: said.quotes,
    speakers: said.speakers,
    numbers: wants.has('numbers') ? shiftSpans(extractNumbers(body.text), body.start).filter(outsideChrome) : [],
    comments: page.thread === null ? null : annotateComments(page.thread, { language, details, offsetsIntoInput: format === 'text' }),
    boilerplate: page.boilerplate,
    warnings: [...said.warnings, ...(page.thread?.warnings ?? [])],
  };
}

/** The body's quotes and speakers, without quotes inside boilerplate (re-clustered if any were dropped). */
function quotesIn(body: TextSpan, outsideChrome: (span: Span) => boolean): QuoteAnalysis {
  const analysis = shiftSpans(analyzeQuotes(body.text), body.start);
  const quotes = analysis.quotes.filter(outsideChrome);
  return quotes.length === analysis.quotes.length ? analysis : { ...analysis, quotes, speakers: clusterSpeakers(quotes) };
}

function isHtml(text: string, format: AnalyzeArticleOptions['format']): boolean {
  if (format === 'html' || format === 'text') return format === 'html';
  // Markup has tags, and Hacker News's rows their class: a page with neither is text, told by two
  // scans for a character and a word instead of reading the format off a lower-cased copy.
  if (!text.includes('<') && !text.includes(HN_ROW_CLASS)) return false;
  const detected = detectCommentFormat(text);
  return detected === 'html' || detected === 'hn-html';
}

/** The headline and article of an HTML page as text, headline first (the text-page layout). */
function readableText(main: MainText): string {
  return main.title === null || main.text.startsWith(main.title) ? main.text : `${main.title}\n\n${main.text}`;
}

/** Drops findings inside boilerplate ("Read more: 5 reasons…" between two paragraphs). */
function excluding(boilerplate: readonly Span[]): (span: Span) => boolean {
  const chrome = coverage(boilerplate);
  return (span) => !chrome.covers(span.start, span.end);
}
