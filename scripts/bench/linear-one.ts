/**
 * Child process of `npm run bench:linear`: times one public function on realistic inputs of each
 * size and prints one JSON line. Run alone: `node --expose-gc --import tsx scripts/bench/linear-one.ts splitSentences`.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { apiOf, publicFunctions, type AnyFunction } from '../../test/property/entry-points.js';
import { PUBLIC_API } from '../../test/property/public-api.js';
import { prepareRun, realisticInput } from './inputs.js';

const MB = 1 << 20;
const MIN_MEASURED_MS = 200;
const name = process.argv[2] ?? '';
const sizes = (process.env.LINEAR_SIZES ?? '1,2,4,8').split(',').map(Number);
const entry = PUBLIC_API[name];
const functions = await publicFunctions();
const fn = functions.get(name);
if (entry === undefined || fn === undefined) throw new Error(`${name} is not a registered public function`);

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

// Main-thread GC pauses, summed, to tell an algorithm's own growth from the heap's.
let gcPauses = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses += entry.duration;
}).observe({ entryTypes: ['gc'] });
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Best CPU time (user + system, GC threads included) of several runs: unlike wall time it does
 * not count the time other processes on a busy machine hold the CPU. Also the wall time and the
 * GC pauses of that best run.
 */
async function time(input: string, runs: number): Promise<{ cpu: number; wall: number; gc: number }> {
  const run = prepareRun(entry as NonNullable<typeof entry>, fn as AnyFunction, input, apiOf(functions));
  let best = { cpu: Infinity, wall: Infinity, gc: 0 };
  for (let attempt = 0; attempt < runs; attempt++) {
    gc();
    await settle();
    gcPauses = 0;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    // A call of a few milliseconds is repeated until the measurement is long enough to mean
    // something; its ratio is otherwise clock and cache noise.
    let calls = 0;
    do {
      run();
      calls++;
    } while (performance.now() - started < MIN_MEASURED_MS);
    const wall = (performance.now() - started) / calls;
    const used = process.cpuUsage(cpuBefore);
    await settle();
    const cpu = (used.user + used.system) / 1000 / calls;
    if (cpu < best.cpu) best = { cpu, wall, gc: gcPauses / calls };
  }
  return best;
}

// Warm up the JIT and any lazily built tables on a small input first.
await time(realisticInput(entry, MB / 8, 2), 2);
const timings = [];
for (const [index, size] of sizes.entries()) {
  const input = realisticInput(entry, size * MB);
  // Best of several runs on the small sizes, where noise matters most for the ratio.
  timings.push({ size, ...(await time(input, process.env.LINEAR_RUNS !== undefined ? Number(process.env.LINEAR_RUNS) : index < 2 ? 3 : 2)) });
}
console.log(JSON.stringify({ name, timings }));
