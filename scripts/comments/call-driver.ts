/**
 * A small driver for profilers and cache simulators: calls one structured comment parser on
 * generated input of one size, the inputs made before the calls, so the profile or the cache counts
 * of the calls can be compared across sizes (divide by the MB parsed). With `--phase parse` it only
 * runs `JSON.parse` on the same inputs (the floor), with `--phase value` the parser on the parsed
 * value.
 *
 * Run: `node --import tsx scripts/comments/call-driver.ts parseYoutubeJson 8 [calls] [--phase whole|parse|value]`
 * - `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx …` for a CPU profile;
 * - `valgrind --tool=cachegrind --cache-sim=yes --cachegrind-out-file=/tmp/cg.8 node --import tsx …`
 *   for simulated cache misses (compare the totals at 1 and 8 MB with the same total MB parsed).
 * `--phase none` prepares the same inputs and calls nothing: subtract its counts from a run's.
 *
 * What it showed (session 6, parseYoutubeJson, WARM_CALLS=40, `--LL=33554432,16,64`, calls minus
 * `none`, per 8 MB parsed): 1 MB × 8 calls 845 M instructions, 266 k LL read + 913 k write misses;
 * 8 MB × 1 call 808 M, 314 k + 880 k. With a 1 MB LL the totals of the two runs are 6.53 M and
 * 6.47 M LL misses. The simulated caches do not miss more per MB at 8 MB: the growth seen on the
 * quiet machine is not this kind of cache miss (cachegrind models no TLB, prefetching or page
 * faults). JSON.parse alone: 408 M / 335 M instructions.
 *
 * Bundle it first so valgrind does not run tsx's compiler:
 * `npx esbuild scripts/comments/call-driver.ts --bundle --platform=node --format=esm --outfile=/tmp/driver.mjs`,
 * then `WARM_CALLS=40 valgrind … node --min-semi-space-size=256 --max-semi-space-size=256 /tmp/driver.mjs …`.
 * The driver prints a marker (`calls start`) and the CPU ms of the calls.
 */
import { threadOfSize } from '../bench/formats.js';
import { PARSER_FORMATS } from './parser-formats.js';
import * as comments from '../../src/comments/index.js';

const MB = 1 << 20;
const [name = 'parseYoutubeJson', sizeArgument = '1', callsArgument = '1'] = process.argv.slice(2).filter((argument, index, all) => !argument.startsWith('--') && all[index - 1] !== '--phase');
const phaseIndex = process.argv.indexOf('--phase');
const phase = phaseIndex < 0 ? 'whole' : (process.argv[phaseIndex + 1] ?? 'whole');
const parse = (comments as unknown as Record<string, (input: unknown) => unknown>)[name];
const format = PARSER_FORMATS[name];
if (parse === undefined || format === undefined) throw new Error(`${name} is not a structured parser`);
const size = Number(sizeArgument);
const calls = Number(callsArgument);

// Warm the JIT on a small input (WARM_CALLS, default 400: about what the benchmarks warm with; 40 under valgrind still reaches the optimising compiler), as the benchmarks do.
const warm = threadOfSize(format, MB / 8, 100);
const warmCalls = Number(process.env.WARM_CALLS ?? 400);
for (let round = 0; round < warmCalls; round++) parse(warm);
const texts = Array.from({ length: calls }, (_, index) => threadOfSize(format, size * MB, 1 + index));
const values = phase === 'value' ? texts.map((text) => JSON.parse(text) as unknown) : [];
// `--phase none` makes the inputs and calls nothing: subtract its counts to get the calls' own.
const run = phase === 'none' ? () => undefined : phase === 'parse' ? (index: number) => JSON.parse(texts[index] as string) : phase === 'value' ? (index: number) => parse(values[index]) : (index: number) => parse(texts[index]);

console.error('calls start');
const before = process.cpuUsage();
for (let index = 0; index < calls; index++) run(index);
const used = process.cpuUsage(before);
console.error(`${name} ${phase} ${size} MB × ${calls}: ${((used.user + used.system) / 1000).toFixed(1)} ms CPU (${(used.system / 1000).toFixed(1)} system)`);
