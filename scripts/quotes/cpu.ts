/**
 * CPU time per MB of `analyzeQuotes` on the bodies of the benchmark's text pages (what
 * `analyzeArticle` gives it), on the whole pages and on the news-like text of `bench:quotes`: process CPU time, not wall
 * time, so figures stay comparable on a loaded machine. Best of `ROUNDS` runs after a warm-up.
 *
 * Run: `nice -n 10 node --expose-gc --import tsx scripts/quotes/cpu.ts` (QUOTES_MB sets the size,
 * default 1; ROUNDS the runs, default 5).
 */
import { newsPages } from '../bench/corpus.js';
import { analyzeArticle } from '../../src/article/index.js';
import { analyzeQuotes } from '../../src/quotes/index.js';
import { newsText } from './news-text.js';

const MB = 1 << 20;
const size = Number(process.env.QUOTES_MB ?? 1) * MB;
const rounds = Number(process.env.ROUNDS ?? 5);

function msPerMb(inputs: readonly string[]): number {
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input, 'utf8'), 0);
  const run = (): void => {
    for (const input of inputs) analyzeQuotes(input);
  };
  run();
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best / (bytes / MB);
}

const pages = newsPages(size);
// What analyzeArticle hands to analyzeQuotes: the article body, without headline chrome and comments.
const bodies = pages.map((page) => analyzeArticle(page, { only: [] }).body.text);
const figures = [`page bodies ${msPerMb(bodies).toFixed(1)}`, `whole pages ${msPerMb(pages).toFixed(1)}`, `news text ${msPerMb([newsText(size)]).toFixed(1)}`];
console.log(`analyzeQuotes, CPU ms per MB (best of ${rounds}): ${figures.join('   ')}`);
