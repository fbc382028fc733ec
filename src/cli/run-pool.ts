import { Worker } from 'node:worker_threads';
import type { FileOutcome, FileTask } from './analyze-file.js';

/**
 * Analyses files on `jobs` worker threads and reports each outcome as soon as it is ready (so
 * output streams in completion order). A worker that dies takes only its current file with it:
 * that file is reported as failed and a fresh worker continues with the rest.
 *
 * @param tasks - The files to analyse.
 * @param jobs - The number of worker threads.
 * @param workerUrl - The worker script.
 * @param onOutcome - Called once per task, in completion order.
 * @returns A promise that settles when every task has been reported.
 */
export async function runPool(tasks: readonly FileTask[], jobs: number, workerUrl: URL, onOutcome: (outcome: FileOutcome) => void): Promise<void> {
  let next = 0;
  let pending = tasks.length;
  if (pending === 0) return;
  await new Promise<void>((resolve) => {
    const finish = (worker: Worker | null, outcome: FileOutcome): void => {
      onOutcome(outcome);
      pending--;
      // Feeding an idle worker when no task is left terminates it, so the process can exit.
      if (worker !== null) feed(worker);
      if (pending === 0) resolve();
    };
    const feed = (worker: Worker): void => {
      const task = tasks[next++];
      if (task === undefined) {
        void worker.terminate();
        return;
      }
      let settled = false;
      const onMessage = (outcome: FileOutcome): void => {
        settled = true;
        worker.off('error', onError);
        worker.off('message', onMessage);
        finish(worker, outcome);
      };
      const onError = (error: Error): void => {
        if (settled) return;
        settled = true;
        worker.off('message', onMessage);
        void worker.terminate();
        finish(null, { file: task.file, ok: false, message: `analysis crashed: ${error.message}`, output: '' });
        if (next < tasks.length) feed(spawn());
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(task);
    };
    const spawn = (): Worker => new Worker(workerUrl);
    for (let i = 0; i < Math.min(jobs, tasks.length); i++) feed(spawn());
  });
}
