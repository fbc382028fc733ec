/**
 * Throughput of the text and HTML comment parsers on 10 MB inputs (the contract: a 10 MB input must
 * finish), in CPU time. Run: npm run bench:comments-html
 */
import { parseHtmlComments } from '../../src/comments/parse-html.js';
import { parseTextComments } from '../../src/comments/parse-text.js';

const cpu = <T>(fn: () => T): { value: T; ms: number } => {
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
};

const scrape = 'Jane Miller\nMarch 3, 2024 at 10:14 am\n\nThis is a comment with some words in it, quite ordinary, and it goes on for a while longer.\n\nSecond paragraph here.\n\nReply\n\n\n'.repeat(60_000);
const text = cpu(() => parseTextComments(scrape));
console.log(`text: ${(scrape.length / 1e6).toFixed(1)} MB, ${text.value.comments.length} comments, ${text.ms.toFixed(0)} ms CPU, ${(scrape.length / 1e6 / (text.ms / 1000)).toFixed(1)} MB/s`);

const page = `<ol class="comment-list">${Array.from({ length: 50_000 }, (_, index) => `<li class="comment depth-${(index % 3) + 1}" id="comment-${index}"><div class="comment-author"><b class="fn">Reader ${index}</b></div><div class="comment-content"><p>This is a comment with some words in it, number ${index}.</p></div></li>`).join('')}</ol>`;
const html = cpu(() => parseHtmlComments(page));
console.log(`html: ${(page.length / 1e6).toFixed(1)} MB, ${html.value.comments.length} comments, ${html.ms.toFixed(0)} ms CPU, ${(page.length / 1e6 / (html.ms / 1000)).toFixed(1)} MB/s`);

const depth = 10_000;
const deep = `<ol class="comment-list">${Array.from({ length: depth }, (_, index) => `<li class="comment depth-${index + 1}" id="c-${index}"><b class="fn">R</b><div class="comment-content">T${index}</div><ol class="children">`).join('')}${'</ol></li>'.repeat(depth)}</ol>`;
const chain = cpu(() => parseHtmlComments(deep));
console.log(`html reply chain: depth ${chain.value.comments.at(-1)?.depth}, ${chain.ms.toFixed(0)} ms CPU`);
