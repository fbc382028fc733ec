/**
 * CPU cost of `extractNumbers` on the bench texts, for profiling (`node --cpu-prof`,
 * `--trace-opt`, `--trace-deopt`) and for instruction counts under callgrind.
 *
 * `npx tsx scripts/numbers/speed.ts write [MB]` writes the texts once to .tmp/numbers/: the bench
 * corpus (`newsPages` joined, as `npm run bench` reads it) and the pages one by one. Then
 * `npx tsx scripts/numbers/speed.ts corpus|pages [passes] [skip]` reads them back and, like the
 * bench, warms up on 20,000 characters, then times `passes` passes (1 by default: the cold pass)
 * and prints CPU ms per MB. With `skip` it reads the files and warms up but extracts nothing, so
 * two callgrind runs (with and without `skip`) give the instructions of extraction alone.
 * SPEED_DIR (ending in `/`) puts the texts elsewhere, say a 1 MB set for callgrind.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { newsPages } from '../bench/corpus.js';
import { extractNumbers } from '../../src/numbers/index.js';

const DIR = process.env.SPEED_DIR ?? new URL('../../.tmp/numbers/', import.meta.url).pathname;
const MB = 1 << 20;
const [mode = 'corpus', arg, skipArg] = process.argv.slice(2);

if (mode === 'write') {
  const pages = newsPages(Number(arg ?? 5) * MB);
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${DIR}corpus.txt`, pages.join('\n\n'));
  writeFileSync(`${DIR}pages.json`, JSON.stringify(pages));
  console.log(`wrote ${pages.length} pages to ${DIR}`);
} else {
  const texts = mode === 'pages' ? (JSON.parse(readFileSync(`${DIR}pages.json`, 'utf8')) as string[]) : [readFileSync(`${DIR}corpus.txt`, 'utf8')];
  const passes = Number(arg ?? 1);
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  extractNumbers((texts[0] ?? '').slice(0, 20_000));
  let mentions = 0;
  const before = process.cpuUsage();
  if (skipArg !== 'skip') for (let pass = 0; pass < passes; pass++) for (const text of texts) mentions += extractNumbers(text).length;
  const used = process.cpuUsage(before);
  const ms = (used.user + used.system) / 1000;
  const mb = (bytes * passes) / MB;
  console.log(`${mode}: ${mb.toFixed(2)} MB, ${mentions} mentions, ${ms.toFixed(0)} ms CPU, ${(ms / mb).toFixed(1)} ms/MB, ${(mb / (ms / 1000)).toFixed(2)} MB/s`);
}
