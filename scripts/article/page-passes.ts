/**
 * The cold and the warm cost of whole-page analysis: `analyzeArticle` over the benchmark's text
 * pages twice, after the bench's warm-up (20 pages spread over the list), with the CPU time of
 * each pass split by thread (from /proc/self/task, Linux only): the main thread's, and that of
 * V8's helper threads (concurrent TurboFan compiles, GC), which the first pass pays for the code
 * it makes hot. Run with `--trace-opt` / `--trace-deopt` to see what is compiled.
 *
 * Usage: nice node --import tsx scripts/article/page-passes.ts [--mb N] [--format html] [--passes N] [--only a,b]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { newsHtmlPages, newsPages } from '../bench/corpus.js';
import { analyzeArticle } from '../../src/article/index.js';
import type { ArticleFeature } from '../../src/article/types.js';
import { flag } from '../flags.js';

const size = Number(flag('--mb') ?? 5) * (1 << 20);
const pages = flag('--format') === 'html' ? newsHtmlPages(size) : newsPages(size);
const passes = Number(flag('--passes') ?? 2);
const only = flag('--only');
const options = only === undefined ? {} : { only: only.split(',').filter(Boolean) as ArticleFeature[] };

/** CPU seconds used so far by each thread of this process (main thread first). */
function threadSeconds(): { main: number; others: number } {
  const tick = 100; // USER_HZ on Linux
  let main = 0;
  let others = 0;
  for (const tid of readdirSync('/proc/self/task')) {
    let fields: string[];
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    } catch {
      continue; // the thread ended meanwhile
    }
    const seconds = (Number(fields[11]) + Number(fields[12])) / tick;
    if (Number(tid) === process.pid) main += seconds;
    else others += seconds;
  }
  return { main, others };
}

const stride = Math.max(1, Math.floor(pages.length / 20));
for (const page of pages.filter((_, i) => i % stride === 0).slice(0, 20)) analyzeArticle(page, options);
const mb = pages.reduce((sum, page) => sum + Buffer.byteLength(page, 'utf8'), 0) / (1 << 20);
for (let pass = 1; pass <= passes; pass++) {
  const before = threadSeconds();
  const cpu = process.cpuUsage();
  for (const page of pages) analyzeArticle(page, options);
  const used = process.cpuUsage(cpu);
  const after = threadSeconds();
  const total = (used.user + used.system) / 1e6;
  console.log(
    `pass ${pass}: ${total.toFixed(2)} s CPU for ${mb.toFixed(2)} MB (${(mb / total).toFixed(2)} MB/s); main thread ${(after.main - before.main).toFixed(2)} s, other threads ${(after.others - before.others).toFixed(2)} s`,
  );
}
