/**
 * Child process of `npm run bench:linear`: times one public function at one size and prints one
 * JSON line with the cost per call of each round. Run alone:
 * `node --expose-gc --import tsx scripts/bench/linear-one.ts splitSentences 1 8`
 * (function, size in MB, largest size of the table in MB).
 */
import { apiOf, publicFunctions, type AnyFunction } from '../../test/property/entry-points.js';
import { PUBLIC_API } from '../../test/property/public-api.js';
import { prepareRun, realisticInput } from './inputs.js';
import { timeRounds } from './rounds.js';

const MB = 1 << 20;
const [name = '', sizeArgument = '1', largestArgument = sizeArgument] = process.argv.slice(2);
const size = Number(sizeArgument);
const runs = Number(process.env.LINEAR_RUNS ?? 3);
const warmRounds = Number(process.env.LINEAR_WARM ?? 3);
const entry = PUBLIC_API[name];
const functions = await publicFunctions();
const fn = functions.get(name);
if (entry === undefined || fn === undefined) throw new Error(`${name} is not a registered public function`);

/** Calls of the function on distinct inputs of `chars` each, prepared outside the timed rounds. */
function prepare(chars: number, inputs: number, firstSeed: number): (() => void)[] {
  return Array.from({ length: inputs }, (_, index) =>
    prepareRun(entry as NonNullable<typeof entry>, fn as AnyFunction, realisticInput(entry as NonNullable<typeof entry>, chars, firstSeed + index), apiOf(functions)),
  );
}

// Warm up the JIT and any lazily built tables on a small input first.
await timeRounds(prepare(MB / 8, 1, 100), 2);
// As many distinct inputs as make up the largest size, taken in turn by repeated calls, so that
// no call finds its data still in the cache from the call before.
const calls = prepare(size * MB, Math.max(1, Math.round(Number(largestArgument) / size)), 1);
// Untimed rounds at this size first: a fresh heap touches new pages in the first rounds of a
// call's size (see the header of linear.ts).
await timeRounds(calls, warmRounds);
console.log(JSON.stringify({ size, rounds: await timeRounds(calls, runs) }));
