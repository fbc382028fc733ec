/**
 * Where parseTextComments' time grows with the input: steps of reading a scrape timed at 1 and
 * 8 MB the way `npm run bench:linear` times a function (CPU, best round, distinct inputs taken in
 * turn, a collected heap before each round), each step alone. Run with the bench's young
 * generation: `node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256 --import tsx
 * scripts/article/linear-parts.ts [step] [size]`.
 */
import { newsCorpus } from '../bench/corpus.js';
import { bestRound, timeRounds } from '../bench/rounds.js';
import { classifyLine } from '../../src/comments/text/classify-line.js';
import { parseTextComments } from '../../src/comments/parse-text.js';
import { forEachLine } from '../../src/text/lines.js';

const MB = 1 << 20;
const STEPS: Record<string, (text: string) => unknown> = {
  lines: (text) => {
    let count = 0;
    forEachLine(text, (start, end, blank) => {
      if (!blank && end > start) count++;
    });
    return count;
  },
  slices: (text) => {
    let kept = '';
    forEachLine(text, (start, end, blank) => {
      if (!blank) kept = text.slice(start, end);
    });
    return kept;
  },
  classify: (text) => {
    let kind = '';
    forEachLine(text, (start, end, blank) => {
      if (!blank) kind = classifyLine(text.slice(start, end).trim()).kind;
    });
    return kind;
  },
  lower: (text) => {
    let kept = '';
    forEachLine(text, (start, end, blank) => {
      if (!blank) kept = text.slice(start, Math.min(end, start + 120)).toLowerCase();
    });
    return kept;
  },
  parse: (text) => parseTextComments(text),
};

const [stepName = 'parse', ...sizes] = process.argv.slice(2);
const step = STEPS[stepName];
if (step === undefined) throw new Error(`steps: ${Object.keys(STEPS).join(', ')}`);
/** Best CPU ms per call of the step over `inputs`, in bench:linear's rounds (scripts/bench/rounds.ts). */
async function best(inputs: readonly string[], rounds = 3): Promise<number> {
  const run = step as (text: string) => unknown;
  return bestRound(await timeRounds(inputs.map((input) => () => run(input)), rounds)).cpu;
}

await best([newsCorpus(MB / 8, 100)], 2);
const times: number[] = [];
for (const size of (sizes.length > 0 ? sizes : ['1', '8']).map(Number)) {
  const inputs = Array.from({ length: Math.max(1, 8 / size) }, (_, index) => newsCorpus(size * MB, 1 + index));
  times.push(await best(inputs));
  console.log(`${stepName} ${size} MB: ${(times.at(-1) ?? 0).toFixed(2)} ms CPU`);
}
if (times.length > 1) console.log(`${stepName} ratio: ${((times.at(-1) ?? 0) / (times[0] ?? 1)).toFixed(2)}`);
