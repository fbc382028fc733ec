/**
 * The timing loop of the linear-time scripts (`npm run bench:linear` and
 * scripts/comments/linear-walk.ts): rounds of calls, each round at least long enough for the
 * clock to mean something, with the per-call cost of each round.
 */
import { PerformanceObserver } from 'node:perf_hooks';

/** What one round cost per call. */
export interface Round {
  /** CPU ms (user + system, every thread of the process, GC and compiler threads included). */
  cpu: number;
  /** The system (kernel) part of `cpu`: mostly page faults on fresh memory. */
  system: number;
  /** Wall-clock ms. */
  wall: number;
  /** Main-thread GC pauses, ms. */
  gc: number;
  /** Minor page faults: pages the process touched for the first time. */
  faults: number;
}

const MIN_MEASURED_MS = 200;
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let gcPauses = 0;
let observing = false;
function observeGc(): void {
  if (observing) return;
  observing = true;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcPauses += entry.duration;
  }).observe({ entryTypes: ['gc'] });
}

/**
 * Runs `rounds` rounds over `calls` and gives each round's cost per call. A call of a few
 * milliseconds is repeated, each time on the next of the distinct inputs, until the round has
 * lasted 200 ms: its time alone would be clock noise. The heap is collected between rounds, never
 * inside one; CPU time, unlike wall time, does not count the time other processes hold the CPU.
 */
export async function timeRounds(calls: readonly (() => unknown)[], rounds: number): Promise<Round[]> {
  observeGc();
  const timings: Round[] = [];
  for (let round = 0; round < rounds; round++) {
    collect();
    await settle();
    gcPauses = 0;
    const faultsBefore = process.resourceUsage().minorPageFault;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    let done = 0;
    do {
      (calls[done % calls.length] as () => unknown)();
      done++;
    } while (performance.now() - started < MIN_MEASURED_MS);
    const wall = (performance.now() - started) / done;
    const used = process.cpuUsage(cpuBefore);
    const faults = (process.resourceUsage().minorPageFault - faultsBefore) / done;
    await settle();
    timings.push({ cpu: (used.user + used.system) / 1000 / done, system: used.system / 1000 / done, wall, gc: gcPauses / done, faults });
  }
  return timings;
}

/** The round with the least CPU time. */
export function bestRound(rounds: readonly Round[]): Round {
  return rounds.reduce((best, round) => (round.cpu < best.cpu ? round : best));
}
