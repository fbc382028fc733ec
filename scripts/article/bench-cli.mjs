// CLI throughput: `presslens analyze DIR --format jsonl` on 200 generated pages, with one worker
// thread and with one per core, best of three runs each. Wall time depends on what else the
// machine runs, so the CPU time of the whole process (all threads, from getrusage) is reported
// too: pages per CPU-second is the figure that compares across machines and loads.
// Run: npm run bench:cli
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePage } from './generate-pages.mjs';

const PAGES = 200;
// Prints the process's CPU time (all threads) on exit, without touching the command itself.
const RUSAGE_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('RUSAGE '+JSON.stringify(process.resourceUsage())+'\\n'))`;
const RUNS = 3;
const cli = resolve(import.meta.dirname, '../../dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'presslens-bench-'));
let bytes = 0;
for (let i = 0; i < PAGES; i++) {
  const page = generatePage(i);
  writeFileSync(join(dir, page.name), page.text);
  bytes += Buffer.byteLength(page.text);
}
console.log(`${PAGES} pages, ${(bytes / 1024).toFixed(0)} KB, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}, Node ${process.version}`);
try {
  for (const jobs of [1, availableParallelism()]) {
    let best = Infinity;
    let bestCpu = Infinity;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const result = spawnSync(process.execPath, ['--import', RUSAGE_HOOK, cli, 'analyze', dir, '--format', 'jsonl', '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const seconds = (performance.now() - started) / 1000;
      if (result.status !== 0) throw new Error(`presslens exited ${result.status}: ${result.stderr}`);
      const usage = JSON.parse(/RUSAGE (.*)/u.exec(result.stderr)[1]);
      best = Math.min(best, seconds);
      bestCpu = Math.min(bestCpu, (usage.userCPUTime + usage.systemCPUTime) / 1e6);
    }
    console.log(`--jobs ${jobs}: ${best.toFixed(2)} s wall, ${(PAGES / best).toFixed(0)} pages/s; ${bestCpu.toFixed(2)} CPU-s, ${(PAGES / bestCpu).toFixed(0)} pages per CPU-second (process start included)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
