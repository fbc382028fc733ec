/**
 * `npm run bench`: throughput and peak memory of each presslens capability on a generated 5 MB
 * news-like corpus, side by side with the peers (compromise, Recognizers-Text, eld, franc,
 * tinyld), each task in its own child process. Prints the ratios against each peer and the
 * issue's targets.
 *
 * BENCH_MB sets the corpus size (default 5); BENCH_BUDGET the seconds a slow engine may run
 * before it stops early (default 20; its throughput is measured on what it processed).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRng, multilingualSentences, newsPage } from './corpus.js';
import { threadOfSize } from './formats.js';
import { TASKS, type Task } from './tasks.js';

const MB = 1 << 20;
const size = Number(process.env.BENCH_MB ?? 5) * MB;
const budget = process.env.BENCH_BUDGET ?? '20';
const dir = fileURLToPath(new URL('../../.tmp/bench/', import.meta.url));
const child = fileURLToPath(new URL('./bench-one.ts', import.meta.url));

// The corpus: whole pages (article + comments) until the size is reached, and sentences in
// several languages for per-sentence language detection.
const rng = createRng(2026);
const pages: string[] = [];
let bytes = 0;
while (bytes < size) {
  const page = newsPage(rng);
  pages.push(page);
  bytes += Buffer.byteLength(page, 'utf8') + 2;
}
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/corpus.txt`, pages.join('\n\n'));
writeFileSync(`${dir}/pages.json`, JSON.stringify(pages));
writeFileSync(`${dir}/sentences.json`, JSON.stringify(multilingualSentences(20_000)));
writeFileSync(`${dir}/reddit.json`, JSON.stringify([threadOfSize('reddit-json', size)]));
writeFileSync(`${dir}/wordpress.json`, JSON.stringify([threadOfSize('html', size)]));
console.log(`Corpus: ${(bytes / MB).toFixed(2)} MB of news-like text in ${pages.length} pages; 20,000 sentences in 9 languages. Node ${process.version}, load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} cores.\n`);

interface Result {
  task: Task;
  available: boolean;
  bytes: number;
  units: number;
  of: number;
  seconds: number;
  cpuSeconds: number;
  peakAdded: number;
}

const results: Result[] = [];
TASKS.forEach((task, index) => {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, String(index), dir, budget], { encoding: 'utf8', timeout: 600_000 });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) {
    console.error(`${task.engine}: failed\n${run.stderr.slice(-2000)}`);
    results.push({ task, available: false, bytes: 0, units: 0, of: 0, seconds: 0, cpuSeconds: 0, peakAdded: 0 });
    return;
  }
  results.push({ task, ...(JSON.parse(line) as Omit<Result, 'task'>) });
});

// Throughput per CPU second (user + system of the task's process): on a shared, busy machine wall
// time counts other processes too; CPU time keeps the ratios between engines fair.
const rate = (r: Result): number => (r.task.unit === 'sentences' ? r.units / r.cpuSeconds : r.bytes / MB / r.cpuSeconds);
const rateLabel = (r: Result): string => (r.task.unit === 'sentences' ? `${rate(r).toFixed(0)} sentences/s` : `${rate(r).toFixed(3)} MB/s`);

const rows = [['capability', 'engine', 'processed', 'CPU s (wall s)', 'throughput (per CPU s)', 'peak memory added', 'peak / input']];
for (const r of results) {
  if (!r.available) {
    rows.push([r.task.capability, r.task.engine, 'not available yet', '', '', '', '']);
    continue;
  }
  const processed = r.task.unit === 'sentences' ? `${r.units} sentences` : `${(r.bytes / MB).toFixed(2)} MB${r.units < r.of ? ` (${r.units}/${r.of} pages, time budget)` : ''}`;
  rows.push([r.task.capability, r.task.engine, processed, `${r.cpuSeconds.toFixed(2)} (${r.seconds.toFixed(2)})`, rateLabel(r), `${(r.peakAdded / MB).toFixed(1)} MB`, `${(r.peakAdded / r.bytes).toFixed(2)}×`]);
}
const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));

console.log('\nRatios against each peer (presslens throughput / peer throughput):');
for (const ours of results.filter((r) => r.available && r.task.engine.startsWith('presslens'))) {
  for (const peer of results.filter((r) => r.available && r.task.capability === ours.task.capability && !r.task.engine.startsWith('presslens'))) {
    console.log(`  ${ours.task.capability}: ${(rate(ours) / rate(peer)).toFixed(1)}× ${peer.task.engine}`);
  }
}

const find = (engine: string): Result | undefined => results.find((r) => r.available && r.task.engine.startsWith(engine));
const targets: [string, () => boolean | null][] = [
  ['quotes ≥ 10× compromise', () => ratioAtLeast('presslens extractQuotes', 'compromise .quotations', 10)],
  ['numbers ≥ 10× Recognizers-Text', () => ratioAtLeast('presslens extractNumbers', 'Recognizers-Text', 10)],
  ['language ≥ eld sentences/s', () => ratioAtLeast('presslens detectLanguage', 'eld', 1)],
  ['whole-page analysis ≥ 2 MB/s', () => { const r = find('presslens analyzeArticle'); return r === undefined ? null : rate(r) >= 2; }],
  ['peak memory < 10× input (every presslens task)', () => {
    const ours = results.filter((r) => r.available && r.task.engine.startsWith('presslens'));
    return ours.length === 0 ? null : ours.every((r) => r.peakAdded < 10 * r.bytes);
  }],
];
function ratioAtLeast(ours: string, peer: string, factor: number): boolean | null {
  const a = find(ours);
  const b = find(peer);
  return a === undefined || b === undefined ? null : rate(a) >= factor * rate(b);
}
console.log('\nTargets:');
for (const [label, check] of targets) {
  const ok = check();
  console.log(`  ${ok === null ? 'n/a ' : ok ? 'MET ' : 'MISS'}  ${label}`);
}
