/**
 * Per-call cost of language detection on reader comments as whole-page analysis meets them: the
 * distinct comment texts of the benchmark's text pages (about 75 characters each), through
 * `detectLanguage` as `analyzeArticle` calls it (CPU time, best of several passes, warm). With
 * `--sentences N`, the benchmark's multilingual sentences instead. Under load, count instructions
 * instead of timing: `valgrind --tool=callgrind` on a bundle of this script with `--passes 0` and
 * `--passes 10`, the difference over ten passes.
 *
 * Usage: nice node --import tsx scripts/article/comment-languages.ts [--passes N] [--mb N | --sentences N]
 */
import { multilingualSentences, newsPages } from '../bench/corpus.js';
import { analyzeArticle } from '../../src/article/index.js';
import { detectLanguage } from '../../src/language/detect-language.js';
import { flag } from '../flags.js';

const passes = Number(flag('--passes') ?? 7);
const sentences = flag('--sentences');
const texts = sentences === undefined ? pageComments(Number(flag('--mb') ?? 1)) : multilingualSentences(Number(sentences));

/** The comments of each page, each distinct text once per page (as the page's detector meets them). */
function pageComments(mb: number): string[] {
  const out: string[] = [];
  for (const page of newsPages(mb * (1 << 20))) {
    const seen = new Set<string>();
    for (const { text } of analyzeArticle(page, { only: ['comments'] }).comments?.comments ?? []) {
      if (!seen.has(text)) out.push(text);
      seen.add(text);
    }
  }
  return out;
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
console.log(`${texts.length} ${sentences === undefined ? 'comments' : 'sentences'} (mean ${chars.toFixed(0)} chars): ${((1000 * best) / texts.length).toFixed(2)} µs per detectLanguage call (best of ${passes} passes, CPU time)`);
