/**
 * `npm run bench:linear`: every public function on 1, 2, 4 and 8 MB of realistic text. Prints the
 * 8 MB / 1 MB time ratio, which must stay under 10 (8 is linear); exits non-zero when one does not.
 *
 * What is timed is the algorithm's growth, so every size is measured the same way:
 * - each size in its own child process, so no size inherits the heap (grown limits, promoted
 *   garbage) of the sizes before it, and a super-linear function is stopped at the time limit;
 * - a call too short to time alone is repeated on distinct inputs taken in turn (eight 1 MB
 *   inputs, four 2 MB ones, …, as much as the largest size): repeating it on the same data
 *   measured caches that data fits in, which 8 MB cannot, so functions that only read memory
 *   showed the cache size, not their growth;
 * - the same number of rounds at every size (best taken): more tries at the small sizes made
 *   their best time luckier than the large sizes' and the ratio too high on a busy machine;
 * - the sizes measured in passes that go up and then down (1, 2, 4, 8, then 8, 4, 2, 1), each a
 *   fresh process: this machine's speed drifts by up to two times over minutes, and one pass
 *   in size order gave whichever size fell in a slow spell the worse time. Interleaved, every
 *   size has rounds early and late in the function's run;
 * - a function whose ratio after those passes is within 10 % of the limit gets two more passes at
 *   a time, up to six: a slow spell can last longer than a function's two passes (one full run
 *   put the WordPress and text comment parsers at 10.4 and 10.3, which the run before had at 6.4
 *   and 7.4 on the same code). Every size gets the extra rounds, so no size's best is luckier
 *   than another's, and a function that grows faster than linearly stays over the limit;
 * - three untimed rounds at the size before the timed ones, as the JIT gets its warm-up on a
 *   small input: a fresh process's heap touches new pages for the first rounds of a call's size
 *   (an 8 MB comment export: 10,800, 3,500 and 9,300 page faults per call in rounds one to three,
 *   then 1,300 in every round after), and with three timed rounds the largest size's best round
 *   still carried that start-up, which no smaller size paid as much of.
 *
 * The table also gives the ratio of the sizes' median rounds, and the system time and page
 * faults per call at the largest size, so a ratio pushed up by the heap's fresh pages can be
 * told from one pushed up by the algorithm.
 *
 * LINEAR_ONLY=a,b limits the run to some functions; LINEAR_SIZES=1,2,4,8 sets the sizes in MB;
 * LINEAR_TIMEOUT (s, default 300) is the per-function limit; LINEAR_PASSES the passes over the
 * sizes (default 2) and LINEAR_MAX_PASSES the most near the limit (default 6); LINEAR_WARM the
 * untimed rounds (default 3) and LINEAR_RUNS the timed rounds per size in each (default 3); the
 * best of all timed rounds is taken.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { publicFunctions } from '../../test/property/entry-points.js';
import { PUBLIC_API } from '../../test/property/public-api.js';
import { bestRound, type Round } from './rounds.js';

const LIMIT = 10;
// V8 sizes its young generation at 16 MB by default: results of a 1 MB input die young and cheap,
// those of 8 MB are promoted and traced. A 256 MB young generation, which holds the largest result
// (tokenize's 150 MB of tokens at 8 MB), keeps that step out of the ratio, which is about the
// algorithm; the GC columns show what the heap still adds. It has that size from the start: grown
// on demand, it was still growing during the 8 MB rounds, each step a scavenge that copied the
// whole live result (words: ~140 MB, twice per call), which no smaller size paid.
const YOUNG_GENERATION = ['--min-semi-space-size=256', '--max-semi-space-size=256'];

const child = fileURLToPath(new URL('./linear-one.ts', import.meta.url));
const only = process.env.LINEAR_ONLY?.split(',');
const timeout = Number(process.env.LINEAR_TIMEOUT ?? 300) * 1000;
const passes = Math.max(1, Number(process.env.LINEAR_PASSES ?? 2));
const maxPasses = Math.max(passes, Number(process.env.LINEAR_MAX_PASSES ?? 6));
/** A ratio at this share of the limit or over after the first passes gets more passes. */
const RECHECK = 0.9;

const sizes = (process.env.LINEAR_SIZES ?? '1,2,4,8').split(',').map(Number);
const largest = Math.max(...sizes);

const exported = await publicFunctions();
const missing = [...exported.keys()].filter((name) => !(name in PUBLIC_API));
if (missing.length > 0) throw new Error(`Not in test/property/public-api.ts: ${missing.join(', ')}`);

/** The rounds of one function at one size, timed in a fresh process; the reason it failed, if it did. */
function measure(name: string, size: number, budget: number): Round[] | string {
  const run = spawnSync(process.execPath, ['--expose-gc', ...YOUNG_GENERATION, '--import', 'tsx', child, name, String(size), String(largest)], {
    encoding: 'utf8',
    timeout: Math.max(budget, 1),
    env: process.env,
  });
  if (run.status === 0 && run.error === undefined) return (JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { rounds: Round[] }).rounds;
  return run.error?.message.includes('ETIMEDOUT') === true ? `no result in ${timeout / 1000} s (super-linear?)` : (run.stderr.trim().split('\n').at(-1) ?? 'crashed');
}

const names = [...exported.keys()].filter((name) => only === undefined || only.includes(name));
const rows: string[][] = [
  ['function', 'mode', 'CPU ms per size (wall ms)', 'MB/s at largest', 'ratio (CPU)', 'ratio of medians', 'system ms, faults per call at largest', 'GC pauses at largest', 'ratio without GC', 'passes', 'verdict'],
];
const smallest = sizes[0] as number;
/** The ratio limit for the sizes measured (10 for 8 MB / 1 MB). */
const allowed = (LIMIT * largest) / (8 * smallest);

/** Ratio of the best CPU rounds, largest size to smallest. */
function growth(bySize: ReadonlyMap<number, Round[]>): number {
  return bestRound(bySize.get(largest) as Round[]).cpu / Math.max(bestRound(bySize.get(smallest) as Round[]).cpu, 0.001);
}

const median = (rounds: readonly Round[]): number => [...rounds].map((round) => round.cpu).sort((a, b) => a - b)[rounds.length >> 1] ?? NaN;
let failed = false;
for (const name of names) {
  const entry = PUBLIC_API[name];
  const started = Date.now();
  const bySize = new Map<number, Round[]>(sizes.map((size) => [size, []]));
  let why: string | undefined;
  let pass = 0;
  const runPass = (): void => {
    for (const size of pass % 2 === 0 ? sizes : [...sizes].reverse()) {
      const rounds = measure(name, size, timeout - (Date.now() - started));
      if (typeof rounds === 'string') {
        why = rounds;
        return;
      }
      bySize.get(size)?.push(...rounds);
    }
    pass++;
  };
  while (pass < passes && why === undefined) runPass();
  // Near the limit, two more passes at a time (one up, one down), so a ratio decided by one slow
  // spell of the machine gets more rounds at every size; a super-linear function stays over.
  while (why === undefined && pass + 2 <= maxPasses && growth(bySize) >= RECHECK * allowed) {
    runPass();
    if (why === undefined) runPass();
  }
  if (why !== undefined) {
    failed = true;
    rows.push([name, entry?.linear ?? '', why, '', '', '', '', '', '', 'FAIL']);
    console.error(`${name}: ${why}`);
    continue;
  }
  const largestRounds = bySize.get(largest) as Round[];
  const smallestRounds = bySize.get(smallest) as Round[];
  const first = bestRound(smallestRounds);
  const last = bestRound(largestRounds);
  const ratio = growth(bySize);
  const ok = ratio < allowed;
  failed ||= !ok;
  rows.push([
    name,
    entry?.linear ?? '',
    sizes
      .map((size) => {
        const best = bestRound(bySize.get(size) as Round[]);
        return `${size} MB: ${best.cpu.toFixed(0)} (${best.wall.toFixed(0)})`;
      })
      .join(', '),
    (largest / (last.wall / 1000)).toFixed(2),
    ratio.toFixed(2),
    (median(largestRounds) / Math.max(median(smallestRounds), 0.001)).toFixed(2),
    `${last.system.toFixed(1)}, ${last.faults.toFixed(0)}`,
    `${((100 * last.gc) / Math.max(last.wall, 0.001)).toFixed(0)}%`,
    ((last.wall - last.gc) / Math.max(first.wall - first.gc, 0.001)).toFixed(2),
    String(pass),
    ok ? 'linear' : 'SUPER-LINEAR',
  ]);
  console.error(`${name}: ${rows.at(-1)?.slice(2).join(' | ')}`);
}

const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
console.log(
  `\nLinear time: ratio of the largest to the smallest size (best rounds of ${passes} interleaved passes, up to ${maxPasses} when within ${Math.round(100 * (1 - RECHECK))} % of the limit) must stay under ${LIMIT} for 8 MB / 1 MB (8 = linear)\n`,
);
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
process.exitCode = failed ? 1 : 0;
