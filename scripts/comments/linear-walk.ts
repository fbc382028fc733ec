/**
 * Where a structured comment parser's time grows with size: for each parser and size (1, 2, 4,
 * 8 MB), CPU ms per call of
 * - `parse`: `JSON.parse` alone (JSON formats), the floor no parser can go below;
 * - `value`: the parser on the already parsed value (the walk, the records, the thread);
 * - `whole`: the parser on the text, as `npm run bench:linear` times it;
 * and the 8 MB / 1 MB ratio of each. Each size runs in its own process with the flags and the
 * input rotation of `npm run bench:linear` (256 MB young generation, as many distinct inputs as
 * make up the largest size, best of LINEAR_RUNS rounds of its timing loop, scripts/bench/rounds.ts): a `whole` ratio above
 * the `parse` one is growth of our own code.
 *
 * Run: `nice -n 10 npx tsx scripts/comments/linear-walk.ts [parseYoutubeJson,parseRedditJson] [1,8]`
 * (default: every structured parser, sizes 1,2,4,8). `--child name size largest` is one process.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { threadOfSize } from '../bench/formats.js';
import { bestRound, timeRounds } from '../bench/rounds.js';
import { PARSER_FORMATS } from './parser-formats.js';
import * as comments from '../../src/comments/index.js';

const MB = 1 << 20;
const YOUNG_GENERATION = ['--min-semi-space-size=256', '--max-semi-space-size=256'];

type Phase = 'parse' | 'value' | 'whole';

/** Best CPU ms per call over `rounds` rounds of bench:linear's timing loop. */
async function time(calls: readonly (() => unknown)[], rounds: number): Promise<number> {
  return bestRound(await timeRounds(calls, rounds)).cpu;
}

async function child(name: string, size: number, largest: number): Promise<void> {
  const parse = (comments as unknown as Record<string, (input: unknown) => unknown>)[name];
  const format = PARSER_FORMATS[name];
  if (parse === undefined || format === undefined) throw new Error(`${name} is not a structured parser`);
  const rounds = Number(process.env.LINEAR_RUNS ?? 3);
  const isJson = format.endsWith('-json');
  // Warm-up on a small input, as bench:linear does.
  const warm = threadOfSize(format, MB / 8, 100);
  await time([() => parse(warm)], 2);
  const texts = Array.from({ length: Math.max(1, Math.round(largest / size)) }, (_, index) => threadOfSize(format, size * MB, 1 + index));
  const result: Partial<Record<Phase, number>> & { size: number } = { size };
  if (isJson) {
    result.parse = await time(texts.map((text) => () => JSON.parse(text)), rounds);
    const values = texts.map((text) => JSON.parse(text) as unknown);
    result.value = await time(values.map((value) => () => parse(value)), rounds);
  }
  result.whole = await time(texts.map((text) => () => parse(text)), rounds);
  console.log(JSON.stringify(result));
}

function main(): void {
  const names = (process.argv[2] ?? Object.keys(PARSER_FORMATS).join(',')).split(',');
  const sizes = (process.argv[3] ?? '1,2,4,8').split(',').map(Number);
  const largest = Math.max(...sizes);
  const script = fileURLToPath(import.meta.url);
  for (const name of names) {
    const rows: Record<string, number>[] = [];
    for (const size of sizes) {
      const run = spawnSync(process.execPath, ['--expose-gc', ...YOUNG_GENERATION, '--import', 'tsx', script, '--child', name, String(size), String(largest)], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`${name} ${size} MB: ${run.stderr}`);
      rows.push(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>);
    }
    const cells = (['parse', 'value', 'whole'] as const).flatMap((phase) => {
      if (rows[0]?.[phase] === undefined) return [];
      const values = rows.map((row) => row[phase] ?? NaN);
      const ratio = (values.at(-1) ?? NaN) / (values[0] ?? NaN);
      return [`${phase} ${values.map((value) => value.toFixed(1)).join(' / ')} (×${ratio.toFixed(2)})`];
    });
    console.log(`${name.padEnd(20)} ${cells.join('   ')}`);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? '', Number(process.argv[4]), Number(process.argv[5]));
else main();
