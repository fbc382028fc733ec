import type { Article } from '../article/index.js';
import type { Feature } from './args.js';

/**
 * The JSON record of one analysed page: the file name, the page's parts and the selected
 * analyses. The comment tree is written flat (each comment once, linked by `parentId`), so
 * `roots` is left out.
 *
 * @param file - The input's path, or `-` for standard input.
 * @param article - The analysis.
 * @param only - The analyses asked for.
 * @returns A plain object ready for `JSON.stringify`.
 */
export function toRecord(file: string, article: Article, only: readonly Feature[]): Record<string, unknown> {
  const record: Record<string, unknown> = { file, format: article.format, title: article.title, byline: article.byline, body: article.body };
  // HTML pages: the readable text that the spans refer to.
  if (article.text !== undefined) record.text = article.text;
  if (only.includes('language')) record.language = article.language;
  if (only.includes('quotes')) {
    record.quotes = article.quotes;
    record.speakers = article.speakers;
  }
  if (only.includes('numbers')) record.numbers = article.numbers;
  if (only.includes('comments') && article.comments !== null) {
    record.comments = Object.fromEntries(Object.entries(article.comments).filter(([key]) => key !== 'roots'));
  }
  record.boilerplate = article.boilerplate;
  record.warnings = article.warnings;
  return record;
}
