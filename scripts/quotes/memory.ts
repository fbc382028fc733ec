/**
 * Peak memory of extractQuotes relative to its input, measured as `npm run bench` does: the peak
 * RSS of the process above the RSS of a collected heap, on the bench's 5 MB of news pages.
 * Run: `node --expose-gc --import tsx scripts/quotes/memory.ts [MB]`.
 */
import { newsPages } from '../bench/corpus.js';
import { extractQuotes } from '../../src/quotes/index.js';

const MB = 1 << 20;
const size = Number(process.argv[2] ?? 5) * MB;
const pages = newsPages(size);
const bytes = Buffer.byteLength(pages.join('\n\n'), 'utf8');
// Flattened and alone on the heap, like a text read from a file.
const corpus = Buffer.from(pages.join('\n\n')).toString('utf8');
pages.length = 0;
extractQuotes(corpus.slice(0, 20_000));
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');
gc();
const baseline = process.memoryUsage().rss;
const started = performance.now();
const quotes = extractQuotes(corpus);
const ms = performance.now() - started;
const peak = process.resourceUsage().maxRSS * 1024;
const after = process.memoryUsage();
gc();
const kept = process.memoryUsage().heapUsed;
console.log(`${(bytes / MB).toFixed(2)} MB input (UTF-8), ${quotes.length} quotes in ${ms.toFixed(0)} ms`);
console.log(`  peak RSS added ${((peak - baseline) / MB).toFixed(1)} MB = ${((peak - baseline) / bytes).toFixed(2)}x input`);
console.log(`  heap right after ${(after.heapUsed / MB).toFixed(1)} MB, after gc (result kept) ${(kept / MB).toFixed(1)} MB`);
