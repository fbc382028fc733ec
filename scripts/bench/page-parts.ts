/**
 * Where whole-page analysis spends its time: `analyzeArticle` on the pages of the bench corpus,
 * whole, without each analysis in turn and with each alone (`only`): an analysis costs what the
 * whole saves without it. Comment languages count under both language and comments (they run
 * only with both). CPU time, best of three runs.
 *
 * Run: `nice npx tsx scripts/bench/page-parts.ts` (PAGE_MB sets the corpus size, default 1;
 * PAGE_FORMAT=html reads the pages as HTML, see `newsHtmlPage`).
 */
import { newsHtmlPages, newsPages } from './corpus.js';
import { analyzeArticle } from '../../src/article/index.js';
import type { ArticleFeature } from '../../src/article/types.js';

const MB = 1 << 20;
const size = Number(process.env.PAGE_MB ?? 1) * MB;
const pages = process.env.PAGE_FORMAT === 'html' ? newsHtmlPages(size) : newsPages(size);
const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page, 'utf8'), 0);

/** Best CPU seconds of three runs over every page, after one warm-up run. */
function cpuSeconds(only?: readonly ArticleFeature[]): number {
  const options = only === undefined ? {} : { only };
  const run = (): void => {
    for (const page of pages) analyzeArticle(page, options);
  };
  run();
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

const FEATURES = ['quotes', 'numbers', 'language', 'comments'] as const;
const LABELS = {
  quotes: 'quotes (body)',
  numbers: 'numbers (body)',
  language: 'language (body and each comment)',
  comments: 'comments (parsing, and each one\'s language)',
} as const;

const whole = cpuSeconds();
const skeleton = cpuSeconds([]);
// Each analysis costs what the whole saves without it (alone it costs less: the analyses share
// the processor's caches and the heap, so one at a time flatters each).
const rows: [string, number][] = [['page skeleton (segmentation, headline, boilerplate)', skeleton]];
for (const feature of FEATURES) rows.push([`+ ${LABELS[feature]}`, whole - cpuSeconds(FEATURES.filter((other) => other !== feature))]);
for (const feature of FEATURES) rows.push([`  (${feature} alone, over the skeleton)`, cpuSeconds([feature]) - skeleton]);

const mb = bytes / MB;
console.log(`${pages.length} pages, ${mb.toFixed(2)} MB. analyzeArticle: ${(whole * 1000).toFixed(0)} ms CPU, ${(mb / whole).toFixed(2)} MB/s.\n`);
console.log(`${'part'.padEnd(54)}${'ms per MB'.padStart(10)}${'share'.padStart(8)}`);
for (const [label, seconds] of rows) console.log(`${label.padEnd(54)}${((seconds * 1000) / mb).toFixed(0).padStart(10)}${`${((100 * seconds) / whole).toFixed(0)}%`.padStart(8)}`);
