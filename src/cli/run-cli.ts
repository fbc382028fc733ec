// The `presslens` command as a function of its arguments. Library code stays browser-safe; everything
// Node-specific lives in src/cli.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { analyzeFile, type FileOutcome, type FileTask } from './analyze-file.js';
import { parseCommandLine, UsageError, USAGE, type Command } from './args.js';
import { collectFiles } from './collect-files.js';
import { progressBar, type ProgressBar } from './progress.js';
import { runPool } from './run-pool.js';

type AnalyzeCommand = Extract<Command, { kind: 'analyze' }>;

const WORKER = new URL('./cli-worker.js', import.meta.url);
const PACKAGE_JSON = new URL('../package.json', import.meta.url);

/** Runs `presslens <argv>`, writing to stdout/stderr, and resolves to the process exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv, availableParallelism());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`presslens: ${error.message}\nRun "presslens --help" for usage.\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.kind === 'version') {
    process.stdout.write(`${(JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version}\n`);
    return 0;
  }
  return analyze(command);
}

async function analyze(command: AnalyzeCommand): Promise<number> {
  const { files, missing } = collectFiles(command.inputs);
  for (const { path, message } of missing) process.stderr.write(`presslens: ${path}: ${message}\n`);
  const tasks = await Promise.all(files.map(async (file): Promise<FileTask> => ({
    file,
    format: command.format,
    only: command.only,
    ...(file === '-' ? { bytes: await readStdin() } : {}),
  })));
  const output = outputWriter(command.format, tasks.length);
  const showProgress = (command.progress ?? process.stderr.isTTY) && tasks.length > 1;
  const bar: ProgressBar | null = showProgress ? progressBar(process.stderr, tasks.length) : null;
  let failed = missing.length;
  const report = (outcome: FileOutcome): void => {
    bar?.clear();
    if (!outcome.ok) {
      failed++;
      process.stderr.write(`presslens: ${outcome.file}: ${outcome.message}\n`);
    }
    output.write(outcome);
    bar?.tick(!outcome.ok);
  };
  // Worker start-up costs more than analysing a page or two; one file runs in this thread.
  if (command.jobs === 1 || tasks.length < 2) for (const task of tasks) report(analyzeFile(task));
  else await runPool(tasks, command.jobs, WORKER, report);
  bar?.clear();
  output.end();
  if (tasks.length === 0 && missing.length === 0) process.stderr.write('presslens: no files to analyse\n');
  return failed > 0 ? 1 : 0;
}

/** Writes outcomes as they come: reports separated by a blank line, a JSON array, or JSON lines. */
function outputWriter(format: AnalyzeCommand['format'], count: number): { write(outcome: FileOutcome): void; end(): void } {
  const arrayOfMany = format === 'json' && count > 1;
  let written = 0;
  return {
    write(outcome) {
      if (outcome.output === '') return;
      if (arrayOfMany) process.stdout.write(`${written === 0 ? '[\n' : ',\n'}${outcome.output}`);
      else process.stdout.write(`${written > 0 && format === 'text' ? '\n' : ''}${outcome.output}\n`);
      written++;
    },
    end() {
      if (arrayOfMany) process.stdout.write(written === 0 ? '[]\n' : '\n]\n');
    },
  };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
