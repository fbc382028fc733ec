/**
 * Child process of `npm run bench:linear`: times one public function at one size and prints one
 * JSON line. Run alone: `node --expose-gc --import tsx scripts/bench/linear-one.ts splitSentences 1 8`
 * (function, size in MB, largest size of the table in MB).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { apiOf, publicFunctions, type AnyFunction } from '../../test/property/entry-points.js';
import { PUBLIC_API } from '../../test/property/public-api.js';
import { prepareRun, realisticInput } from './inputs.js';

const MB = 1 << 20;
const MIN_MEASURED_MS = 200;
const [name = '', sizeArgument = '1', largestArgument = sizeArgument] = process.argv.slice(2);
const size = Number(sizeArgument);
const runs = Number(process.env.LINEAR_RUNS ?? 3);
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

/** Calls of the function on distinct inputs of `chars` each, prepared outside the timed rounds. */
function prepare(chars: number, inputs: number, firstSeed: number): (() => void)[] {
  return Array.from({ length: inputs }, (_, index) =>
    prepareRun(entry as NonNullable<typeof entry>, fn as AnyFunction, realisticInput(entry as NonNullable<typeof entry>, chars, firstSeed + index), apiOf(functions)),
  );
}

/**
 * Best CPU time per call (user + system, GC threads included) of several rounds: unlike wall time
 * it does not count the time other processes on a busy machine hold the CPU. Also the wall time
 * and the GC pauses per call of that best round. The heap is collected between rounds, never
 * inside one.
 */
async function time(calls: readonly (() => void)[], rounds: number): Promise<{ cpu: number; wall: number; gc: number }> {
  let best = { cpu: Infinity, wall: Infinity, gc: 0 };
  for (let round = 0; round < rounds; round++) {
    gc();
    await settle();
    gcPauses = 0;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    // A call of a few milliseconds is repeated until the round is long enough to mean something
    // (its ratio is otherwise clock noise), each time on the next of the distinct inputs.
    let done = 0;
    do {
      (calls[done % calls.length] as () => void)();
      done++;
    } while (performance.now() - started < MIN_MEASURED_MS);
    const wall = (performance.now() - started) / done;
    const used = process.cpuUsage(cpuBefore);
    await settle();
    const cpu = (used.user + used.system) / 1000 / done;
    if (cpu < best.cpu) best = { cpu, wall, gc: gcPauses / done };
  }
  return best;
}

// Warm up the JIT and any lazily built tables on a small input first.
await time(prepare(MB / 8, 1, 100), 2);
// As many distinct inputs as make up the largest size, taken in turn by repeated calls, so that
// no call finds its data still in the cache from the call before.
const calls = prepare(size * MB, Math.max(1, Math.round(Number(largestArgument) / size)), 1);
console.log(JSON.stringify({ size, ...(await time(calls, runs)) }));
