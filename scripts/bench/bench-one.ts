/**
 * Child process of `npm run bench`: runs one task on the corpus files the parent wrote and prints
 * one JSON line with its throughput and the peak memory it added (its own process, so one task's
 * heap does not count against another's). The parent runs it twice per task: timed (with a time
 * budget for slow peers) and for memory (on the units the timed run processed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { TASKS } from './tasks.js';

const [index, dir, budgetSeconds, unitLimit] = process.argv.slice(2);
const task = TASKS[Number(index)];
if (task === undefined || dir === undefined) throw new Error('usage: bench-one.ts <task index> <corpus dir> <budget s> [units]');

const run = await task.load();
if (run === null) {
  console.log(JSON.stringify({ available: false }));
  process.exit(0);
}
// With a unit limit (the memory run), exactly the units the timed run got through, no budget.
const units: string[] = (task.unit === 'corpus'
  ? [readFileSync(`${dir}/corpus.txt`, 'utf8')]
  : (JSON.parse(readFileSync(`${dir}/${task.unit}.json`, 'utf8')) as string[])).slice(0, unitLimit === undefined ? undefined : Number(unitLimit));

// Warm up (JIT, lazily built tables such as each language's model) on a little input: the start
// of a single input, or 20 units spread over the list so each kind of page or sentence has been
// seen once (a table built on first sight of a language is not memory the run adds). Then
// measure from a collected heap: the peak counts only what the run adds on top of the engine, its
// tables and the input itself.
const WARM_UNITS = 20;
const stride = Math.max(1, Math.floor(units.length / WARM_UNITS));
const warmUp = units.length === 1 ? [(units[0] ?? '').slice(0, 20_000)] : units.filter((_, i) => i % stride === 0).slice(0, WARM_UNITS);
for (const unit of warmUp) {
  try {
    run(unit);
  } catch {
    // A cut-off export may be malformed; warming up is all that matters here.
  }
}
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc: the peak memory baseline needs a collected heap');
gc();
gc();
const memory = openPeakWindow();
const budget = unitLimit === undefined ? Number(budgetSeconds ?? 20) * 1000 : Infinity;
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
const peakAdded = Math.max(0, memory.peak() - memory.baseline);
console.log(JSON.stringify({ available: true, bytes, units: done, of: units.length, seconds, cpuSeconds, peakAdded, peakSource: memory.source }));

/** A measured window of resident memory: where it started and its highest point since. */
interface PeakWindow {
  readonly source: 'VmHWM' | 'maxRSS';
  /** Resident set size when the window opened (bytes). */
  readonly baseline: number;
  /** Highest resident set size since the window opened (bytes). */
  peak(): number;
}

/**
 * Opens the window on Linux's resettable high-water mark of the resident set (VmHWM, reset by
 * writing 5 to /proc/self/clear_refs), so loading the engine, parsing the corpus and warming up do
 * not count. Elsewhere it falls back to the process's lifetime peak (ru_maxrss), which can only
 * overstate what the run added.
 */
function openPeakWindow(): PeakWindow {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return { source: 'VmHWM', baseline: statusBytes('VmRSS'), peak: () => statusBytes('VmHWM') };
  } catch {
    return { source: 'maxRSS', baseline: process.memoryUsage().rss, peak: () => process.resourceUsage().maxRSS * 1024 };
  }
}

function statusBytes(field: string): number {
  const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((entry) => entry.startsWith(`${field}:`));
  const kilobytes = Number.parseInt(line?.slice(field.length + 1) ?? '', 10);
  if (!Number.isFinite(kilobytes)) throw new Error(`no ${field} in /proc/self/status`);
  return kilobytes * 1024;
}
