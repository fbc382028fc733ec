import { describe, expect, it } from 'vitest';
import type { FileOutcome, FileTask } from './analyze-file.js';
import { runPool } from './run-pool.js';

// Stand-in workers: the pool's scheduling is under test, not the analysis (analyzeFile has its own tests).
// This one answers each task with its file name, and dies on a file called `crash.html`.
const WORKER = new URL(
  `data:text/javascript,${encodeURIComponent(`
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task.file.endsWith('crash.html')) throw new Error('out of memory in ' + task.file);
  parentPort.postMessage({ file: task.file, ok: true, output: 'analysed ' + task.file });
});`)}`,
);

const task = (file: string): FileTask => ({ file, format: 'text', only: ['quotes', 'numbers'] });

async function run(files: readonly string[], jobs: number): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  await runPool(files.map(task), jobs, WORKER, (outcome) => outcomes.push(outcome));
  return outcomes;
}

describe('runPool', () => {
  it('reports every file once on fewer workers than files', { timeout: 20_000 }, async () => {
    const files = ['news/flood.html', 'news/budget.html', 'news/election.txt', 'news/ferry.html', 'news/strike.txt'];
    const outcomes = await run(files, 2);
    expect(outcomes.map((o) => o.file).sort()).toEqual([...files].sort());
    expect(outcomes.every((o) => o.ok && o.output === `analysed ${o.file}`)).toBe(true);
  });

  it('reports a file whose worker dies as failed and goes on with a fresh worker', { timeout: 20_000 }, async () => {
    const outcomes = await run(['news/a.html', 'news/crash.html', 'news/b.html', 'news/c.html'], 1);
    expect(outcomes).toContainEqual({ file: 'news/crash.html', ok: false, message: 'analysis crashed: out of memory in news/crash.html', output: '' });
    expect(outcomes.filter((o) => o.ok).map((o) => o.file)).toEqual(['news/a.html', 'news/b.html', 'news/c.html']);
  });

  it('settles at once when there is nothing to do', async () => {
    expect(await run([], 4)).toEqual([]);
  });
});
