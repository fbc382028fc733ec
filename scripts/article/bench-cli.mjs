// CLI throughput: `presslens analyze DIR --format jsonl` on 200 generated pages, with one worker
// thread and with one per core, best of three runs each. Run: npm run bench:cli
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePage } from './generate-pages.mjs';

const PAGES = 200;
const RUNS = 3;
const cli = resolve(import.meta.dirname, '../../dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'presslens-bench-'));
let bytes = 0;
for (let i = 0; i < PAGES; i++) {
  const page = generatePage(i);
  writeFileSync(join(dir, page.name), page.text);
  bytes += Buffer.byteLength(page.text);
}
console.log(`${PAGES} pages, ${(bytes / 1024).toFixed(0)} KB, ${availableParallelism()} cores, Node ${process.version}`);
try {
  for (const jobs of [1, availableParallelism()]) {
    let best = Infinity;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const result = spawnSync(process.execPath, [cli, 'analyze', dir, '--format', 'jsonl', '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const seconds = (performance.now() - started) / 1000;
      if (result.status !== 0) throw new Error(`presslens exited ${result.status}: ${result.stderr}`);
      best = Math.min(best, seconds);
    }
    console.log(`--jobs ${jobs}: ${best.toFixed(2)} s wall (process start included), ${(PAGES / best).toFixed(0)} pages/s`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
