/**
 * `npm run bench`'s measurement of analyzeArticle on text pages (scripts/bench/bench-one.ts: 20
 * pages to warm up, then one pass over 5 MB of pages, process CPU time), with the CPU split
 * between the main thread and V8's helper threads (compiler, GC) read from /proc on Linux, and
 * with `--only` to time a subset of the analyses.
 *
 * Usage: nice node --import tsx scripts/article/bench-pages.ts [--mb N] [--only a,b]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { newsPages } from '../bench/corpus.js';
import { analyzeArticle } from '../../src/article/index.js';
import type { ArticleFeature } from '../../src/article/types.js';
import { flag } from '../flags.js';

const pages = newsPages(Number(flag('--mb') ?? 5) * (1 << 20));
const only = flag('--only');
const options = only === undefined ? {} : { only: only.split(',').filter(Boolean) as ArticleFeature[] };
const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page, 'utf8'), 0);

/** CPU seconds per thread of this process (utime + stime from /proc/self/task/<tid>/stat). */
function threadSeconds(): Map<string, number> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    }
  } catch {
    // Not Linux: the split is left out.
  }
  return out;
}

const stride = Math.max(1, Math.floor(pages.length / 20));
for (const page of pages.filter((_, i) => i % stride === 0).slice(0, 20)) analyzeArticle(page, options);
const threadsBefore = threadSeconds();
const before = process.cpuUsage();
const started = performance.now();
for (const page of pages) analyzeArticle(page, options);
const wall = (performance.now() - started) / 1000;
const used = process.cpuUsage(before);
const cpu = (used.user + used.system) / 1e6;
const threadsAfter = threadSeconds();
const main = String(process.pid);
const mainSeconds = (threadsAfter.get(main) ?? 0) - (threadsBefore.get(main) ?? 0);
const mb = bytes / (1 << 20);
console.log(
  `${pages.length} pages, ${mb.toFixed(2)} MB: ${(mb / cpu).toFixed(2)} MB/s per CPU second (${cpu.toFixed(2)} s CPU: main thread ${mainSeconds.toFixed(2)} s, helper threads ${(cpu - mainSeconds).toFixed(2)} s), ${(mb / wall).toFixed(2)} MB/s wall`,
);
