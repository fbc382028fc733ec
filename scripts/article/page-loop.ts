/**
 * analyzeArticle over the benchmark's text pages, a few rounds, for profilers
 * (`node --cpu-prof --import tsx scripts/article/page-loop.ts`, `perf stat`, callgrind): the
 * pages are built first, so a profile holds little else. Prints the CPU time of each round.
 *
 * Usage: node --import tsx scripts/article/page-loop.ts [--mb N] [--rounds N] [--only a,b]
 */
import { newsPages } from '../bench/corpus.js';
import { analyzeArticle } from '../../src/article/index.js';
import type { ArticleFeature } from '../../src/article/types.js';
import { flag } from '../flags.js';

const pages = newsPages(Number(flag('--mb') ?? 1) * (1 << 20));
const rounds = Number(flag('--rounds') ?? 3);
const only = flag('--only');
const options = only === undefined ? {} : { only: only.split(',').filter(Boolean) as ArticleFeature[] };
for (let round = 0; round < rounds; round++) {
  const before = process.cpuUsage();
  for (const page of pages) analyzeArticle(page, options);
  const used = process.cpuUsage(before);
  console.log(`round ${round + 1}: ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
}
