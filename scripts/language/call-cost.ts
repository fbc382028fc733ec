/**
 * Per-call cost of detectLanguage on the texts whole-page analysis and the sentence benchmark give
 * it, counted in instructions (the machine is shared, so time is noisy): `--prepare DIR` writes the
 * text sets once (the distinct comments of each bench page and each page's body, both sampled as
 * `analyzeArticle` samples them, and the bench's multilingual sentences); `--texts FILE --passes N`
 * detects every text of a set once to warm up, then N more times. Run the second form bundled
 * under callgrind with two pass counts: the difference of the instruction totals, over the extra
 * passes and the texts, is the warm cost of one call. `--warm N` sets the warm-up passes (default 1):
 * enough of them that no compilation falls in the measured passes (`node --trace-opt` with `--mark`
 * prints where the warm-up ends), or the difference counts TurboFan's work too.
 *
 * Usage:
 *   tsx scripts/language/call-cost.ts --prepare DIR [--mb N] [--sentences N]
 *   npx esbuild scripts/language/call-cost.ts --bundle --platform=node --format=esm --outfile=/tmp/call-cost.mjs
 *   valgrind --tool=callgrind --callgrind-out-file=/dev/null node --single-threaded --hash-seed=1 \
 *     --random-seed=1 /tmp/call-cost.mjs --texts DIR/comments.json --warm 6 --passes 3   (and --passes 0)
 * Without valgrind, the CPU time of the measured passes is printed too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { detectLanguage } from '../../src/language/detect-language.js';
import { flag } from '../flags.js';

const args = process.argv.slice(2);

const prepare = flag('--prepare');
if (prepare !== undefined) {
  const { writeSets } = await import('./call-cost-sets.js');
  writeSets(prepare, Number(flag('--mb') ?? 1), Number(flag('--sentences') ?? 2000));
} else {
  const file = flag('--texts');
  if (file === undefined) throw new Error('usage: call-cost.ts --prepare DIR | --texts FILE --passes N');
  const texts = JSON.parse(readFileSync(file, 'utf8')) as string[];
  const passes = Number(flag('--passes') ?? 1);
  const warm = Number(flag('--warm') ?? 1);
  let sink = 0;
  for (let pass = 0; pass < warm; pass++) for (const text of texts) sink += detectLanguage(text).confidence;
  if (args.includes('--mark')) console.log('warm-up done');
  const before = process.cpuUsage();
  for (let pass = 0; pass < passes; pass++) for (const text of texts) sink += detectLanguage(text).confidence;
  const used = process.cpuUsage(before);
  const micros = used.user + used.system;
  const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
  console.log(`${texts.length} texts (mean ${chars.toFixed(0)} chars), ${passes} passes after ${warm} warm-up passes: ${passes === 0 ? '-' : (micros / passes / texts.length).toFixed(2)} µs CPU per call (checksum ${sink.toFixed(3)})`);
  const dump = flag('--dump');
  if (dump !== undefined) writeFileSync(dump, texts.map((t) => JSON.stringify(detectLanguage(t))).join('\n'));
}
