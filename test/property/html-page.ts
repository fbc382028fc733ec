/** Wraps generated text in a news page with a WordPress comment section, for HTML variants. */
import { wordpressHtml } from '../../scripts/bench/formats.js';

const escape = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

export function htmlPageAround(text: string, n: number): string {
  const paragraphs = text.split(/\n\s*\n/u).map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n');
  const page = wordpressHtml({ count: n % 6, seed: n, chain: n % 2 === 0 });
  return page.replace('<article class="post">', `<article class="post">${paragraphs}`);
}
