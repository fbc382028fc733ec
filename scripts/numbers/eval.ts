/**
 * Measures presslens/numbers: accuracy on the Recognizers-Text specs side by side with
 * Recognizers-Text and compromise, the hand-labelled news cases, throughput, linearity,
 * pathological inputs, import cost and bundle size. Run with `npm run eval:numbers`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import nlp from 'compromise';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import { extractNumbers } from '../../src/numbers/index.js';
import type { NumberLocale } from '../../src/numbers/types.js';
import { presslensPairs, type Model, type Pair } from './spec-projection.js';

const SPECS = '/work/shared/data/numbers/recognizers-specs';
// NUMBERS_PEERS=0 skips the peers, for a quick look at presslens alone.
const PEERS = process.env.NUMBERS_PEERS !== '0';
const ROOT = new URL('../../', import.meta.url).pathname;

interface SpecCase {
  Input: string;
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results: { Text: string; Resolution?: { value?: string | null } | null }[];
}

const MODEL_FILES: Record<Model, string> = {
  Number: 'Number/{lang}/NumberModel.json',
  Percent: 'Number/{lang}/PercentModel.json',
  Ordinal: 'Number/{lang}/OrdinalModel.json',
  NumberRange: 'Number/{lang}/NumberRangeModel.json',
  Currency: 'NumberWithUnit/{lang}/CurrencyModel.json',
  Dimension: 'NumberWithUnit/{lang}/DimensionModel.json',
  Age: 'NumberWithUnit/{lang}/AgeModel.json',
  Temperature: 'NumberWithUnit/{lang}/TemperatureModel.json',
};

const LANGUAGES: { name: string; locale: NumberLocale; culture: string }[] = [
  { name: 'English', locale: 'en', culture: 'en-us' },
  { name: 'French', locale: 'fr', culture: 'fr-fr' },
  { name: 'Spanish', locale: 'es', culture: 'es-es' },
  { name: 'German', locale: 'de', culture: 'de-de' },
];

const STRIPPED = new Set([...' .,;:!?"\'“”‘’()[]']);

function normText(text: string): string {
  const t = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');
  let start = 0;
  let end = t.length;
  while (start < end && STRIPPED.has(t[start] ?? '')) start++;
  while (end > start && STRIPPED.has(t[end - 1] ?? '')) end--;
  return t.slice(start, end);
}

function normValue(value: string | null | undefined): string {
  if (value === null || value === undefined) return 'null';
  const bare = value.trim().replace(/%$/u, '').replace(',', '.');
  const n = Number(bare);
  if (bare !== '' && Number.isFinite(n)) return String(Number(n.toPrecision(12)));
  return value.toLowerCase().replace(/\s+/gu, '');
}

const SEP = ' = ';
const JOIN = ' | ';

function key(pairs: readonly Pair[]): string {
  return [...new Set(pairs.map((p) => `${normText(p.text)}${SEP}${normValue(p.value)}`))].sort().join(JOIN);
}

type Peer = (input: string, model: Model, culture: string) => Pair[] | null;

const RECOGNIZERS: Partial<Record<Model, (q: string, c: string) => { text: string; resolution?: { value?: string } }[]>> = {
  Number: Recognizers.recognizeNumber,
  Percent: Recognizers.recognizePercentage,
  Ordinal: Recognizers.recognizeOrdinal,
  Currency: Recognizers.recognizeCurrency,
  Dimension: Recognizers.recognizeDimension,
  Age: Recognizers.recognizeAge,
  Temperature: Recognizers.recognizeTemperature,
};

const recognizersPeer: Peer = (input, model, culture) => {
  const recognize = RECOGNIZERS[model];
  if (recognize === undefined) return [];
  try {
    return recognize(input, culture).map((r) => ({ text: r.text, value: String(r.resolution?.value ?? 'null') }));
  } catch {
    return [];
  }
};

interface CompromiseNumber {
  text: string;
  number?: { num?: number };
}

const compromisePeer: Peer = (input, model, culture) => {
  if (culture !== 'en-us' || model === 'NumberRange') return [];
  const doc = nlp(input);
  const list = (model === 'Percent' ? doc.percentages() : model === 'Currency' ? doc.money() : model === 'Ordinal' ? doc.numbers().isOrdinal() : doc.numbers()).json() as CompromiseNumber[];
  return list.map((n) => ({ text: n.text, value: String(n.number?.num ?? 'null') }));
};

interface Tally {
  pass: number;
  total: number;
  passSupported: number;
  supported: number;
}

function scoreSpecs(): void {
  console.log('## Recognizers-Text specs (case passes when the set of (text, value) pairs equals the expected set)\n');
  const failures: string[] = [];
  const breakdown = new Map<string, { missed: number; extra: number; both: number }>();
  for (const language of LANGUAGES) {
    const totals: Record<string, Tally> = { presslens: tally(), recognizers: tally(), compromise: tally() };
    const rows: string[] = [];
    for (const model of Object.keys(MODEL_FILES) as Model[]) {
      let cases: SpecCase[];
      try {
        cases = JSON.parse(readFileSync(join(SPECS, MODEL_FILES[model].replace('{lang}', language.name)), 'utf8').replace(/^\uFEFF/u, '')) as SpecCase[];
      } catch {
        continue;
      }
      const perModel: Record<string, Tally> = { presslens: tally(), recognizers: tally(), compromise: tally() };
      for (const c of cases) {
        const expected = key(c.Results.map((r) => ({ text: r.Text, value: r.Resolution?.value ?? null }) as Pair));
        const supported = !`${c.NotSupported ?? ''},${c.NotSupportedByDesign ?? ''}`.includes('javascript');
        const outcomes: Record<string, Pair[] | null> = {
          presslens: presslensPairs(c.Input, model, language.locale),
          recognizers: language.name === 'German' || !PEERS ? [] : recognizersPeer(c.Input, model, language.culture),
          compromise: PEERS ? compromisePeer(c.Input, model, language.culture) : [],
        };
        for (const [name, pairs] of Object.entries(outcomes)) {
          const ok = pairs !== null && key(pairs) === expected;
          for (const t of [perModel[name], totals[name]]) {
            if (t === undefined) continue;
            t.total++;
            if (ok) t.pass++;
            if (supported) {
              t.supported++;
              if (ok) t.passSupported++;
            }
          }
          if (name === 'presslens' && !ok) {
            const got = new Set(key(pairs ?? []).split(JOIN));
            const want = new Set(expected.split(JOIN));
            const missed = [...want].some((p) => p !== '' && !got.has(p));
            const extra = [...got].some((p) => p !== '' && !want.has(p));
            const row = breakdown.get(`${language.name} ${model}`) ?? { missed: 0, extra: 0, both: 0 };
            if (missed && extra) row.both++;
            else if (missed) row.missed++;
            else row.extra++;
            breakdown.set(`${language.name} ${model}`, row);
          }
          if (name === 'presslens' && !ok && language.name === (process.env.NUMBERS_FAIL_LANG ?? 'English')) {
            failures.push(`${model}: ${JSON.stringify(c.Input).slice(0, 110)}\n    want ${expected}\n    got  ${key(pairs ?? [])}`);
          }
        }
      }
      rows.push(`| ${model} | ${cases.length} | ${fmt(perModel.presslens)} | ${fmt(perModel.recognizers)} | ${fmt(perModel.compromise)} |`);
    }
    console.log(`### ${language.name}\n`);
    console.log('| model | cases | presslens | Recognizers-Text 1.3.1 | compromise |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
    console.log(`| **all** | ${totals.presslens?.total} | ${fmt(totals.presslens)} | ${fmt(totals.recognizers)} | ${fmt(totals.compromise)} |`);
    console.log(
      `\nJS-supported subset: presslens ${totals.presslens?.passSupported}/${totals.presslens?.supported}, Recognizers ${totals.recognizers?.passSupported}/${totals.recognizers?.supported}\n`,
    );
  }
  console.log('### presslens failures by model\n\nA failing case either misses an expected pair, reports a pair not expected, or both (usually a wrong span or value).\n');
  console.log('| language | model | missed only | extra only | both |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [name, row] of breakdown) console.log(`| ${name.replace(' ', ' | ')} | ${row.missed} | ${row.extra} | ${row.both} |`);
  console.log('');
  if (process.env.NUMBERS_FAILURES) writeFileSync(process.env.NUMBERS_FAILURES, failures.join('\n'));
}

function tally(): Tally {
  return { pass: 0, total: 0, passSupported: 0, supported: 0 };
}

function fmt(t: Tally | undefined): string {
  if (t === undefined || t.total === 0) return '–';
  return `${t.pass}/${t.total} (${((100 * t.pass) / t.total).toFixed(1)}%)`;
}

interface NewsCase {
  text: string;
  expected: Record<string, unknown>[];
}

function scoreNews(): string {
  const cases = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/numbers/news-cases.json'), 'utf8')) as NewsCase[];
  let pass = 0;
  for (const c of cases) {
    const got = extractNumbers(c.text);
    const ok = got.length === c.expected.length && c.expected.every((e, i) => Object.entries(e).every(([k, v]) => JSON.stringify((got[i] as unknown as Record<string, unknown>)[k]) === JSON.stringify(v)));
    if (ok) pass++;
  }
  console.log(`## Hand-labelled news cases\n\n${pass}/${cases.length} pass (every mention, in order, with every labelled field)\n`);
  return cases.map((c) => c.text).join('\n\n');
}

function seconds(fn: () => void): number {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}

/** Wall and CPU seconds: the machine is shared, so CPU time is the steadier figure. */
function timed(fn: () => void): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const wall = seconds(fn);
  const used = process.cpuUsage(c);
  return { wall, cpu: (used.user + used.system) / 1e6 };
}

function repeatTo(text: string, bytes: number): string {
  let out = text;
  while (Buffer.byteLength(out) < bytes) out += `\n\n${out}`;
  return out.slice(0, bytes);
}

function throughput(news: string): void {
  console.log('## Speed (news text built from the news cases)\n');
  const mb1 = repeatTo(news, 1_000_000);
  const mb8 = repeatTo(news, 8_000_000);
  extractNumbers(mb1.slice(0, 100_000));
  const r1 = timed(() => extractNumbers(mb1));
  const r8 = timed(() => extractNumbers(mb8));
  const t1 = r1.wall;
  const t8 = r8.wall;
  const mbps = (n: string, t: number): string => (Buffer.byteLength(n) / 1e6 / t).toFixed(3);
  // Recognizers-Text is super-linear on long strings, so it gets one sentence at a time, as a
  // caller would feed it; presslens reads the whole text in one call.
  const sentences = news.split('\n').filter((line) => line.trim() !== '');
  const small = sentences.join('\n');
  const tr = !PEERS ? Number.NaN : seconds(() => {
    for (const sentence of sentences) {
      for (const f of [Recognizers.recognizeNumber, Recognizers.recognizePercentage, Recognizers.recognizeCurrency, Recognizers.recognizeDimension]) f(sentence, 'en-us');
    }
  });
  const medium = mb1.slice(0, 100_000);
  const tc = !PEERS ? Number.NaN : seconds(() => nlp(medium).numbers().json());
  console.log('| extractor | input | seconds | MB/s |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| presslens | 1 MB | ${t1.toFixed(3)} wall, ${r1.cpu.toFixed(3)} CPU | ${mbps(mb1, t1)} wall, ${mbps(mb1, r1.cpu)} CPU |`);
  console.log(`| presslens | 8 MB | ${t8.toFixed(3)} wall, ${r8.cpu.toFixed(3)} CPU | ${mbps(mb8, t8)} wall, ${mbps(mb8, r8.cpu)} CPU |`);
  console.log(`| Recognizers-Text (number+percent+currency+dimension, sentence by sentence) | ${(Buffer.byteLength(small) / 1000).toFixed(1)} KB | ${tr.toFixed(3)} | ${mbps(small, tr)} |`);
  console.log(`| compromise numbers() | 100 KB | ${tc.toFixed(3)} | ${mbps(medium, tc)} |`);
  console.log(`\nLinearity: 8 MB took ${(t8 / t1).toFixed(2)}× the wall time and ${(r8.cpu / r1.cpu).toFixed(2)}× the CPU time of 1 MB (8× is linear). Load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores.\n`);
  const digits = Array.from({ length: 333_334 }, () => '123').join(',');
  const noSpaces = 'abc1def2,3.4%'.repeat(80_000);
  const letters = 'a'.repeat(1_000_000);
  const hyphens = '1-'.repeat(500_000);
  console.log('| pathological input | seconds | mentions |');
  console.log('| --- | --- | --- |');
  for (const [name, text] of [
    ['a million digits with separators', digits],
    ['1 MB without spaces (letters, digits, marks)', noSpaces],
    ['1 MB of one letter', letters],
    ['1 MB of `1-1-1-…`', hyphens],
  ] as const) {
    let count = 0;
    const t = seconds(() => {
      count = extractNumbers(text).length;
    });
    console.log(`| ${name} | ${t.toFixed(3)} | ${count} |`);
  }
  console.log('');
}

async function bundle(news: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'presslens-numbers-'));
  const out = join(dir, 'numbers.mjs');
  await build({ entryPoints: [join(ROOT, 'src/numbers/index.ts')], bundle: true, minify: true, format: 'esm', outfile: out, platform: 'neutral', logLevel: 'silent' });
  const code = readFileSync(out);
  memory(news, dir, out);
  console.log(`## Size and start-up\n\nBundle of presslens/numbers (esbuild, minified): ${(code.length / 1024).toFixed(1)} KB, gzip ${(gzipSync(code).length / 1024).toFixed(1)} KB\n`);
  const probe = join(dir, 'probe.mjs');
  writeFileSync(
    probe,
    `const c0 = process.cpuUsage(); const t0 = performance.now(); const m = await import(${JSON.stringify(out)}); const t1 = performance.now(); m.extractNumbers('Sales rose about 40% to $3.4bn in 2023.'); const t2 = performance.now(); const c = process.cpuUsage(c0); console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, cpuMs: (c.user + c.system) / 1000 }));`,
  );
  // The same probe importing an empty module shows what the loaded machine adds to any import.
  const empty = join(dir, 'empty.mjs');
  writeFileSync(empty, 'export const x = 1;\n');
  const baseline = join(dir, 'baseline.mjs');
  writeFileSync(baseline, `const c0 = process.cpuUsage(); const t0 = performance.now(); await import(${JSON.stringify(empty)}); const t1 = performance.now(); const c = process.cpuUsage(c0); console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: 0, cpuMs: (c.user + c.system) / 1000 }));`);
  type Run = { importMs: number; firstCallMs: number; cpuMs: number };
  const runs = (file: string): Run[] => Array.from({ length: 9 }, () => JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as Run);
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const least = (xs: number[]): number => Math.min(...xs);
  const loadBefore = loadavg()[0] ?? 0;
  const ours = runs(probe);
  const base = runs(baseline);
  const loadAfter = loadavg()[0] ?? 0;
  const total = (r: Run): number => r.importMs + r.firstCallMs;
  console.log(`Import + first call: median ${median(ours.map(total)).toFixed(1)} ms (import ${median(ours.map((r) => r.importMs)).toFixed(1)} + first call ${median(ours.map((r) => r.firstCallMs)).toFixed(1)}), fastest ${least(ours.map(total)).toFixed(1)} ms, over 9 fresh Node processes.`);
  console.log(`Importing an empty module in the same probe: median ${median(base.map(total)).toFixed(1)} ms; process CPU time ${median(ours.map((r) => r.cpuMs)).toFixed(1)} ms with presslens vs ${median(base.map((r) => r.cpuMs)).toFixed(1)} ms without (difference ${(median(ours.map((r) => r.cpuMs)) - median(base.map((r) => r.cpuMs))).toFixed(1)} ms). Load average (1 min) ${loadBefore.toFixed(1)} before the runs, ${loadAfter.toFixed(1)} after, on ${cpus().length} cores.\n`);
  youngAllocation(dir, out, empty);
}

/**
 * What import and first call allocate in V8's young generation, which timings under load cannot
 * show: Node starts with part of its 1 MB new space used, and once the rest is full the first
 * scavenge runs (milliseconds) inside the call. Measured with semi-spaces large enough that
 * nothing is collected, so the figures are the allocation itself, the same on every run.
 */
function youngAllocation(dir: string, bundlePath: string, emptyPath: string): void {
  const probe = join(dir, 'young.mjs');
  writeFileSync(
    probe,
    `import v8 from 'node:v8'; const used = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_used_size ?? 0; const a = used(); const m = await import(process.argv[2]); const b = used(); m.extractNumbers?.('Sales rose about 40% to $3.4bn in 2023.'); const c = used(); console.log(JSON.stringify({ start: a / 1024, importKB: (b - a) / 1024, callKB: (c - b) / 1024 }));`,
  );
  type Young = { start: number; importKB: number; callKB: number };
  const young = (file: string): Young => JSON.parse(execFileSync(process.execPath, ['--min-semi-space-size=16', probe, file], { encoding: 'utf8' })) as Young;
  const ours = young(bundlePath);
  const empty = young(emptyPath);
  const scavenges = execFileSync(process.execPath, ['--trace-gc', join(dir, 'probe.mjs')], { encoding: 'utf8' });
  const lines = scavenges.split('\n');
  const scavenge = lines.findIndex((line) => line.includes('Scavenge'));
  const during = scavenge >= 0 && scavenge < lines.findIndex((line) => line.startsWith('{'));
  console.log(
    `Young-generation allocation: import ${ours.importKB.toFixed(0)} KB (an empty module: ${empty.importKB.toFixed(0)} KB), first call ${ours.callKB.toFixed(0)} KB, on top of the ${ours.start.toFixed(0)} KB Node has used at start; a scavenge ${during ? 'runs' : 'does not run'} before the first call returns (\`--trace-gc\`).\n`,
  );
}

/** Peak memory of one call on a 5 MB news text, in a fresh process so nothing else is counted. */
function memory(news: string, dir: string, bundlePath: string): void {
  const corpus = join(dir, 'corpus.txt');
  writeFileSync(corpus, repeatTo(news, 5_000_000));
  const probe = join(dir, 'memory.mjs');
  writeFileSync(
    probe,
    `import { readFileSync } from 'node:fs'; const m = await import(${JSON.stringify(bundlePath)}); m.extractNumbers('warm up 1 2 3'); const text = readFileSync(${JSON.stringify(corpus)}, 'utf8'); globalThis.gc(); const before = process.memoryUsage().rss; const peakBefore = process.resourceUsage().maxRSS * 1024; const found = m.extractNumbers(text); const peak = process.resourceUsage().maxRSS * 1024; const heap = process.memoryUsage().heapUsed; console.log(JSON.stringify({ bytes: Buffer.byteLength(text), mentions: found.length, grown: peak - Math.max(before, peakBefore), heap }));`,
  );
  const r = JSON.parse(execFileSync(process.execPath, ['--expose-gc', probe], { encoding: 'utf8' })) as { bytes: number; mentions: number; grown: number; heap: number };
  console.log(`## Memory\n\nOne call on ${(r.bytes / 1e6).toFixed(1)} MB of news text (${r.mentions} mentions): peak resident memory grew by ${(r.grown / 1e6).toFixed(1)} MB = ${(r.grown / r.bytes).toFixed(1)}× the input (the returned mentions included).\n`);
}

console.log(`# presslens/numbers evaluation (${new Date().toISOString().slice(0, 10)}, Node ${process.version})\n`);
// NUMBERS_PARTS=specs,news,speed,size picks parts (all by default).
const parts = new Set((process.env.NUMBERS_PARTS ?? 'specs,news,speed,size').split(','));
if (parts.has('specs')) scoreSpecs();
const news = scoreNews();
if (parts.has('speed')) throughput(news);
if (parts.has('size')) await bundle(news);
