/**
 * Child process of `npm run bench`: runs one task on the corpus files the parent wrote and prints
 * one JSON line with its throughput and the peak memory it added (its own process, so one task's
 * heap does not count against another's). The parent runs it twice per task: timed (with a time
 * budget for slow peers) and for memory (on the units the timed run processed).
 *
 * Before either, the task runs over a separate warm-up sample of the same kind (other pages, other
 * sentences, written by the parent with another seed): its first pass. That pass pays what a
 * process pays once (V8 compiling the hot functions, lazily built tables such as each language's
 * model), so what follows is the throughput of a running service; the first pass's own rate is
 * reported too (`coldBytes`, `coldUnits`, `coldCpuSeconds`). A warm-up of a few pages left most
 * functions to be compiled during the measured run, on other threads whose CPU time it counted.
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
const runUnit: (text: string) => unknown = run;
const readUnits = (prefix: string): string[] =>
  task.unit === 'corpus' ? [readFileSync(`${dir}/${prefix}corpus.txt`, 'utf8')] : (JSON.parse(readFileSync(`${dir}/${prefix}${task.unit}.json`, 'utf8')) as string[]);
// With a unit limit (the memory run), exactly the units the timed run got through, no budget.
const units = readUnits('').slice(0, unitLimit === undefined ? undefined : Number(unitLimit));

// A slow peer warms up for at most this long: enough for the JIT, which settles within seconds.
const WARM_BUDGET_MS = Math.min(10, Number(budgetSeconds ?? 20)) * 1000;
const cold = timedRun(readUnits('warm-'), WARM_BUDGET_MS, true);

// Measure from a collected heap: the peak counts only what the run adds on top of the engine, its
// tables and the input itself.
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc: the peak memory baseline needs a collected heap');
gc();
gc();
const memory = openPeakWindow();
const measured = timedRun(units, unitLimit === undefined ? Number(budgetSeconds ?? 20) * 1000 : Infinity, false);
const peakAdded = Math.max(0, memory.peak() - memory.baseline);
console.log(
  JSON.stringify({
    available: true,
    ...measured,
    of: units.length,
    coldBytes: cold.bytes,
    coldUnits: cold.units,
    coldCpuSeconds: cold.cpuSeconds,
    peakAdded,
    peakSource: memory.source,
  }),
);

/**
 * Runs the task over units until done or the budget (ms) is spent (slow peers stop early; their
 * throughput is per byte processed). A cut-off export in a warm-up sample may be malformed
 * (`tolerant`): only the measured run must succeed on every unit.
 */
function timedRun(list: readonly string[], budget: number, tolerant: boolean): { bytes: number; units: number; seconds: number; cpuSeconds: number } {
  let bytes = 0;
  let done = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const unit of list) {
    try {
      runUnit(unit);
    } catch (error) {
      if (!tolerant) throw error;
    }
    bytes += Buffer.byteLength(unit, 'utf8');
    done++;
    if (performance.now() - started > budget) break;
  }
  const used = process.cpuUsage(cpuBefore);
  return { bytes, units: done, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

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
