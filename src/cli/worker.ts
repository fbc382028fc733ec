// A worker thread of `presslens analyze`: analyses the files the main thread sends, one at a time.
import { parentPort } from 'node:worker_threads';
import { analyzeFile, type FileTask } from './analyze-file.js';

parentPort?.on('message', (task: FileTask) => {
  parentPort?.postMessage(analyzeFile(task));
});
