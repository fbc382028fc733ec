/**
 * Per-call cost of language detection on reader comments as whole-page analysis meets them: the
 * distinct comment texts of the benchmark's text pages (about 75 characters each), through
 * `detectLanguage` as `analyzeArticle` calls it (CPU time, best of several passes, warm).
 *
 * Usage: nice node --import tsx scripts/article/comment-languages.ts [--passes N] [--mb N]
 */
import { newsPages } from '../bench/corpus.js';
import { analyzeArticle } from '../../src/article/index.js';
import { detectLanguage } from '../../src/language/detect-language.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const passes = Number(flag("--passes") ?? 7);
const texts: string[] = [];
for (const page of newsPages(Number(flag('--mb') ?? 1) * (1 << 20))) {
  const seen = new Set<string>();
  for (const { text } of analyzeArticle(page, { only: ['comments'] }).comments?.comments ?? []) {
    if (!seen.has(text)) texts.push(text);
    seen.add(text);
  }
}

function cpuPass(): number {
  const before = process.cpuUsage();
  for (const text of texts) detectLanguage(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e3;
}

cpuPass();
const times: number[] = [];
for (let p = 0; p < passes; p++) times.push(cpuPass());
const best = Math.min(...times);
const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
console.log(`${texts.length} comments (mean ${chars.toFixed(0)} chars): ${((1000 * best) / texts.length).toFixed(2)} µs per detectLanguage call (best of ${passes} passes, CPU time)`);
