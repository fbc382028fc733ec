/**
 * `npm run bench`: throughput and peak memory of each presslens capability on a generated 5 MB
 * news-like corpus, side by side with the peers (compromise, Recognizers-Text, eld, franc,
 * tinyld), each task in a fresh child process run with --expose-gc. Prints one table: throughput,
 * the ratio against each peer, the issue's target and verdict, and peak memory as a multiple of
 * the input.
 *
 * Each task first runs over a warm-up sample of the same kind (1 MB of other pages, 2,000 other
 * sentences; see bench-one.ts): the table gives the throughput after it, as a long-running process
 * sees it, and that first pass's own throughput, which includes compiling the code.
 *
 * BENCH_MB sets the corpus size (default 5); BENCH_WARM_MB the warm-up sample's (default 1);
 * BENCH_BUDGET the seconds a slow engine may run
 * before it stops early (default 20; its throughput is measured on what it processed);
 * BENCH_ONLY a comma-separated list of capabilities to run (default all, e.g. `language`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { multilingualSentences, newsHtmlPages, newsPages } from './corpus.js';
import { threadOfSize } from './formats.js';
import { TASKS, type Task } from './tasks.js';

const MB = 1 << 20;
const size = Number(process.env.BENCH_MB ?? 5) * MB;
const budget = process.env.BENCH_BUDGET ?? '20';
const dir = fileURLToPath(new URL('../../.tmp/bench/', import.meta.url));
const child = fileURLToPath(new URL('./bench-one.ts', import.meta.url));

// The corpus: whole pages (article + comments) until the size is reached, as copied text and as
// HTML, and sentences in several languages for per-sentence language detection.
const pages = newsPages(size);
const bytes = Buffer.byteLength(pages.join('\n\n'), 'utf8');
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/corpus.txt`, pages.join('\n\n'));
writeFileSync(`${dir}/pages.json`, JSON.stringify(pages));
const htmlPages = newsHtmlPages(size);
writeFileSync(`${dir}/html-pages.json`, JSON.stringify(htmlPages));
writeFileSync(`${dir}/sentences.json`, JSON.stringify(multilingualSentences(20_000)));
writeFileSync(`${dir}/reddit.json`, JSON.stringify([threadOfSize('reddit-json', size)]));
writeFileSync(`${dir}/wordpress.json`, JSON.stringify([threadOfSize('html', size)]));
// The warm-up sample: the same generators with another seed, so no measured unit was seen before.
const warmSize = Number(process.env.BENCH_WARM_MB ?? 1) * MB;
const WARM_SEED = 7;
const warmPages = newsPages(warmSize, WARM_SEED);
writeFileSync(`${dir}/warm-corpus.txt`, warmPages.join('\n\n'));
writeFileSync(`${dir}/warm-pages.json`, JSON.stringify(warmPages));
writeFileSync(`${dir}/warm-html-pages.json`, JSON.stringify(newsHtmlPages(warmSize, WARM_SEED)));
writeFileSync(`${dir}/warm-sentences.json`, JSON.stringify(multilingualSentences(2_000, WARM_SEED)));
writeFileSync(`${dir}/warm-reddit.json`, JSON.stringify([threadOfSize('reddit-json', warmSize, WARM_SEED)]));
writeFileSync(`${dir}/warm-wordpress.json`, JSON.stringify([threadOfSize('html', warmSize, WARM_SEED)]));
console.log(`Corpus: ${(bytes / MB).toFixed(2)} MB of news-like text in ${pages.length} pages (and ${htmlPages.length} HTML pages of the same size); 20,000 sentences in 9 languages. Node ${process.version}, load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} cores.\n`);

interface Result {
  task: Task;
  available: boolean;
  bytes: number;
  units: number;
  of: number;
  seconds: number;
  cpuSeconds: number;
  /** The warm-up sample's first pass: bytes, units and CPU seconds. */
  coldBytes: number;
  coldUnits: number;
  coldCpuSeconds: number;
  peakAdded: number;
  /** How the child read its peak memory (see bench-one.ts). */
  peakSource: string;
}

/**
 * Memory runs cap V8's young generation at 1 MB: by default it grows to 16 MB semi-spaces of
 * short-lived garbage before a scavenge, a fixed cost that would read as "36× the input" on a
 * small input. Capped, the peak is what the task keeps alive (and its old-generation garbage).
 */
const MEMORY_FLAGS = ['--max-semi-space-size=1'];

/** Runs one task in a fresh process; `units` limits it to the first units (the memory run). */
function runChild(index: number, flags: readonly string[], units?: number): Record<string, unknown> | null {
  const args = [...flags, '--expose-gc', '--import', 'tsx', child, String(index), dir, budget, ...(units === undefined ? [] : [String(units)])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 600_000 });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status === 0 && line.startsWith('{')) return JSON.parse(line) as Record<string, unknown>;
  console.error(`${TASKS[index]?.engine ?? index}: failed\n${run.stderr.slice(-2000)}`);
  return null;
}

/**
 * The sentence tasks (language detection, the capability compared most closely with its peers)
 * run in interleaved rounds: each round runs every engine once, each in a fresh process, and each
 * engine reports its median round by throughput per CPU second, so a change of the machine's load
 * during the run touches every engine alike. BENCH_ROUNDS sets the number of rounds (default 5).
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const ONLY = process.env.BENCH_ONLY?.split(',');
const selected = (task: Task): boolean => ONLY === undefined || ONLY.includes(task.capability);
const sentenceRuns = new Map<number, Record<string, unknown>[]>();
for (let round = 0; round < ROUNDS; round++) {
  TASKS.forEach((task, index) => {
    if (task.unit !== 'sentences' || !selected(task)) return;
    const run = runChild(index, []);
    if (run?.available === true) sentenceRuns.set(index, [...(sentenceRuns.get(index) ?? []), run]);
  });
}
function medianRun(index: number): Record<string, unknown> | null {
  const runs = sentenceRuns.get(index);
  if (runs === undefined) return null;
  const perCpuSecond = (run: Record<string, unknown>): number => (run.units as number) / (run.cpuSeconds as number);
  return [...runs].sort((a, b) => perCpuSecond(a) - perCpuSecond(b))[runs.length >> 1] ?? null;
}

const results: Result[] = [];
TASKS.forEach((task, index) => {
  if (!selected(task)) return;
  // Throughput and memory are measured in separate fresh processes, on the same units.
  const speed = task.unit === 'sentences' ? (medianRun(index) ?? runChild(index, [])) : runChild(index, []);
  const memory = speed?.available === true ? runChild(index, MEMORY_FLAGS, speed.units as number) : null;
  if (speed === null || speed.available !== true || memory === null) {
    results.push({ task, available: false, bytes: 0, units: 0, of: 0, seconds: 0, cpuSeconds: 0, coldBytes: 0, coldUnits: 0, coldCpuSeconds: 0, peakAdded: 0, peakSource: '' });
    return;
  }
  results.push({ task, ...(speed as Omit<Result, 'task'>), peakAdded: memory.peakAdded as number, peakSource: String(memory.peakSource) });
});

// Throughput per CPU second (user + system of the task's process): on a shared, busy machine wall
// time counts other processes too; CPU time keeps the ratios between engines fair.
const rate = (r: Result): number => (r.task.unit === 'sentences' ? r.units / r.cpuSeconds : r.bytes / MB / r.cpuSeconds);
const perCpuSecond = (r: Result, units: number, bytes: number, cpu: number): string =>
  r.task.unit === 'sentences' ? `${(units / cpu).toFixed(0)} sentences/s` : `${(bytes / MB / cpu).toFixed(3)} MB/s`;
const rateLabel = (r: Result): string => perCpuSecond(r, r.units, r.bytes, r.cpuSeconds);
const coldLabel = (r: Result): string => perCpuSecond(r, r.coldUnits, r.coldBytes, r.coldCpuSeconds);
const isOurs = (r: Result): boolean => r.task.engine.startsWith('presslens');
const find = (engine: string): Result | undefined => results.find((r) => r.available && r.task.engine.startsWith(engine));

/** The issue's targets, each on the presslens row it is about. */
const TARGETS: Readonly<Record<string, { label: string; met: (r: Result) => boolean | null }>> = {
  'presslens extractQuotes': { label: '≥ 10× compromise', met: (r) => ratioAtLeast(r, 'compromise .quotations', 10) },
  'presslens extractNumbers': { label: '≥ 10× Recognizers-Text', met: (r) => ratioAtLeast(r, 'Recognizers-Text', 10) },
  'presslens detectLanguage': { label: '≥ 1× eld', met: (r) => ratioAtLeast(r, 'eld', 1) },
  'presslens analyzeArticle (text pages)': { label: '≥ 2 MB/s', met: (r) => rate(r) >= 2 },
  'presslens analyzeArticle (HTML pages)': { label: '≥ 2 MB/s', met: (r) => rate(r) >= 2 },
};
const MEMORY_TARGET = 10;

function ratioAtLeast(ours: Result, peer: string, factor: number): boolean | null {
  const other = find(peer);
  return other === undefined ? null : rate(ours) >= factor * rate(other);
}

function verdict(met: boolean | null): string {
  return met === null ? 'n/a' : met ? 'MET' : 'MISS';
}

/** Our throughput over each peer's on the same capability, e.g. `20.1× compromise`. */
function peerRatios(ours: Result): string {
  return results
    .filter((peer) => peer.available && !isOurs(peer) && peer.task.capability === ours.task.capability)
    .map((peer) => `${(rate(ours) / rate(peer)).toFixed(peer.task.unit === 'sentences' || rate(ours) / rate(peer) < 10 ? 2 : 0)}× ${peer.task.engine.split(' ')[0]}`)
    .join(', ');
}

const rows = [['capability', 'engine', 'processed', 'CPU s (wall s)', 'throughput (per CPU s)', 'first pass (cold)', 'ratio to each peer', 'target', 'peak memory added', 'peak / input', `peak < ${MEMORY_TARGET}×`]];
for (const r of results) {
  if (!r.available) {
    rows.push([r.task.capability, r.task.engine, 'not available', '', '', '', '', '', '', '', '']);
    continue;
  }
  const processed = r.task.unit === 'sentences' ? `${r.units} sentences` : `${(r.bytes / MB).toFixed(2)} MB${r.units < r.of ? ` (${r.units}/${r.of}, time budget)` : ''}`;
  const target = TARGETS[r.task.engine];
  const multiple = r.peakAdded / r.bytes;
  rows.push([
    r.task.capability,
    r.task.engine,
    processed,
    `${r.cpuSeconds.toFixed(2)} (${r.seconds.toFixed(2)})`,
    rateLabel(r),
    coldLabel(r),
    isOurs(r) ? peerRatios(r) : '',
    target === undefined ? '' : `${target.label}: ${verdict(target.met(r))}`,
    `${(r.peakAdded / MB).toFixed(1)} MB`,
    `${multiple.toFixed(2)}×`,
    isOurs(r) ? verdict(multiple < MEMORY_TARGET) : '',
  ]);
}
const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd());

const ours = results.filter((r) => r.available && isOurs(r));
const missed = [
  ...ours.flatMap((r) => (TARGETS[r.task.engine]?.met(r) === false ? [`${r.task.engine} ${TARGETS[r.task.engine]?.label}`] : [])),
  ...ours.filter((r) => r.peakAdded >= MEMORY_TARGET * r.bytes).map((r) => `${r.task.engine} peak memory < ${MEMORY_TARGET}× input`),
];
const sources = [...new Set(results.filter((r) => r.available).map((r) => r.peakSource))].join(', ');
console.log(`\nThroughput: after a first pass over a separate warm-up sample of the same kind (${(warmSize / MB).toFixed(0)} MB of other pages, 2,000 other sentences; at most 10 s for slow engines). "First pass (cold)" is that pass's own throughput, compiling included. Targets are read on the throughput after it.`);
console.log(`\nLanguage detection (sentences): the median of ${ROUNDS} interleaved rounds per engine, each round one fresh process per engine on the same sentences.`);
console.log(`\nPeak memory: the highest resident set size during the timed run minus the resident set at its start (after warm-up and two forced collections, with the input loaded), young generation capped at 1 MB, each task in a fresh process apart from its timed run (${sources}); input = UTF-8 bytes processed.`);
console.log(missed.length === 0 ? 'All targets met.' : `Targets missed: ${missed.join('; ')}.`);
