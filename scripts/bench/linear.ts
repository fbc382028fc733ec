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
 *   their best time luckier than the large sizes' and the ratio too high on a busy machine.
 *
 * LINEAR_ONLY=a,b limits the run to some functions; LINEAR_SIZES=1,2,4,8 sets the sizes in MB;
 * LINEAR_TIMEOUT (s, default 300) is the per-function limit; LINEAR_RUNS the rounds per size
 * (best taken; default 3).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { publicFunctions } from '../../test/property/entry-points.js';
import { PUBLIC_API } from '../../test/property/public-api.js';

const LIMIT = 10;
// V8 sizes its young generation at 16 MB by default: results of a 1 MB input die young and cheap,
// those of 8 MB are promoted and traced. A 256 MB young generation, which holds the largest result
// (tokenize's 150 MB of tokens at 8 MB), keeps that step out of the ratio, which is about the
// algorithm; the GC columns show what the heap still adds. It has that size from the start: grown
// on demand, it was still growing during the 8 MB rounds, each step a scavenge that copied the
// whole live result (words: ~140 MB, twice per call), which no smaller size paid.
const YOUNG_GENERATION = ['--min-semi-space-size=256', '--max-semi-space-size=256'];

interface Timing {
  size: number;
  cpu: number;
  wall: number;
  gc: number;
}
const child = fileURLToPath(new URL('./linear-one.ts', import.meta.url));
const only = process.env.LINEAR_ONLY?.split(',');
const timeout = Number(process.env.LINEAR_TIMEOUT ?? 300) * 1000;

const sizes = (process.env.LINEAR_SIZES ?? '1,2,4,8').split(',').map(Number);
const largest = Math.max(...sizes);

const exported = await publicFunctions();
const missing = [...exported.keys()].filter((name) => !(name in PUBLIC_API));
if (missing.length > 0) throw new Error(`Not in test/property/public-api.ts: ${missing.join(', ')}`);

/** Times one function at one size in a fresh process; the reason it failed, if it did. */
function measure(name: string, size: number, budget: number): Timing | string {
  const run = spawnSync(process.execPath, ['--expose-gc', ...YOUNG_GENERATION, '--import', 'tsx', child, name, String(size), String(largest)], {
    encoding: 'utf8',
    timeout: Math.max(budget, 1),
    env: process.env,
  });
  if (run.status === 0 && run.error === undefined) return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Timing;
  return run.error?.message.includes('ETIMEDOUT') === true ? `no result in ${timeout / 1000} s (super-linear?)` : (run.stderr.trim().split('\n').at(-1) ?? 'crashed');
}

const names = [...exported.keys()].filter((name) => only === undefined || only.includes(name));
const rows: string[][] = [['function', 'mode', 'CPU ms per size (wall ms)', 'MB/s at largest', 'ratio (CPU)', 'GC pauses at largest', 'ratio without GC', 'verdict']];
let failed = false;
for (const name of names) {
  const entry = PUBLIC_API[name];
  const started = Date.now();
  const timings: Timing[] = [];
  let why: string | undefined;
  for (const size of sizes) {
    const timing = measure(name, size, timeout - (Date.now() - started));
    if (typeof timing === 'string') {
      why = timing;
      break;
    }
    timings.push(timing);
  }
  if (why !== undefined) {
    failed = true;
    rows.push([name, entry?.linear ?? '', why, '', '', '', '', 'FAIL']);
    console.error(`${name}: ${why}`);
    continue;
  }
  const first = timings[0] as Timing;
  const last = timings.at(-1) as Timing;
  const ratio = last.cpu / Math.max(first.cpu, 0.001);
  const allowed = (LIMIT * last.size) / (8 * first.size);
  const ok = ratio < allowed;
  failed ||= !ok;
  rows.push([
    name,
    entry?.linear ?? '',
    timings.map((t) => `${t.size} MB: ${t.cpu.toFixed(0)} (${t.wall.toFixed(0)})`).join(', '),
    (last.size / (last.wall / 1000)).toFixed(2),
    ratio.toFixed(2),
    `${((100 * last.gc) / Math.max(last.wall, 0.001)).toFixed(0)}%`,
    ((last.wall - last.gc) / Math.max(first.wall - first.gc, 0.001)).toFixed(2),
    ok ? 'linear' : 'SUPER-LINEAR',
  ]);
  console.error(`${name}: ${rows.at(-1)?.slice(2).join(' | ')}`);
}

const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
console.log(`\nLinear time: ratio of the largest to the smallest size must stay under ${LIMIT} for 8 MB / 1 MB (8 = linear)\n`);
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
process.exitCode = failed ? 1 : 0;
