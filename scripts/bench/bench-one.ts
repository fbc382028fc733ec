/**
 * Child process of `npm run bench`: runs one task on the corpus files the parent wrote and prints
 * one JSON line with its throughput and the peak memory it added (its own process, so one task's
 * heap does not count against another's).
 */
import { readFileSync } from 'node:fs';
import { TASKS } from './tasks.js';

const [index, dir, budgetSeconds] = process.argv.slice(2);
const task = TASKS[Number(index)];
if (task === undefined || dir === undefined) throw new Error('usage: bench-one.ts <task index> <corpus dir> <budget s>');

const run = await task.load();
if (run === null) {
  console.log(JSON.stringify({ available: false }));
  process.exit(0);
}
const units: string[] = task.unit === 'corpus'
  ? [readFileSync(`${dir}/corpus.txt`, 'utf8')]
  : (JSON.parse(readFileSync(`${dir}/${task.unit}.json`, 'utf8')) as string[]);

// Warm up on a little input (JIT, lazily built tables), then measure from a collected heap.
const warm = units[0] ?? '';
try {
  run(warm.slice(0, 20_000));
} catch {
  // A cut-off export may be malformed; warming up is all that matters here.
}
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseline = process.memoryUsage().rss;

const budget = Number(budgetSeconds ?? 20) * 1000;
let bytes = 0;
let done = 0;
const cpuBefore = process.cpuUsage();
const started = performance.now();
for (const unit of units) {
  run(unit);
  bytes += Buffer.byteLength(unit, 'utf8');
  done++;
  // Slow peers stop after the time budget; their throughput is still per byte processed.
  if (performance.now() - started > budget) break;
}
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpuBefore);
const cpuSeconds = (used.user + used.system) / 1e6;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ available: true, bytes, units: done, of: units.length, seconds, cpuSeconds, peakAdded: Math.max(0, peak - baseline) }));
