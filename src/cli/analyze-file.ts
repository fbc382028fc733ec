import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../article/index.js';
import type { Feature, OutputFormat } from './args.js';
import { describeFsError } from './collect-files.js';
import { decodePage } from './decode-page.js';
import { renderReport } from './render-report.js';
import { toRecord } from './to-record.js';

/** One file to analyse and how to print it. */
export interface FileTask {
  readonly file: string;
  readonly format: OutputFormat;
  readonly only: readonly Feature[];
  /** The page's bytes when they were read already (standard input). */
  readonly bytes?: Uint8Array;
}

/** The printed result of one file, or why there is none. */
export type FileOutcome =
  | { readonly file: string; readonly ok: true; readonly output: string }
  | { readonly file: string; readonly ok: false; readonly message: string; readonly output: string };

/**
 * Reads, analyses and renders one page. Never throws: an unreadable file, binary input or a
 * failing analysis becomes an outcome with a message, so one bad file never costs the others.
 *
 * @param task - The file and output settings.
 * @returns The rendered output, or the failure with its message (and a JSON error record).
 */
export function analyzeFile(task: FileTask): FileOutcome {
  const { file, format, only } = task;
  let bytes: Uint8Array;
  try {
    bytes = task.bytes ?? readFileSync(file);
  } catch (error) {
    return failure(task, `cannot read: ${describeFsError(error)}`);
  }
  const page = decodePage(bytes);
  if (!page.ok) return failure(task, page.message);
  try {
    const article = analyzeArticle(page.text, { only, format: /\.html?$/iu.test(file) ? 'html' : 'auto' });
    const output = format === 'text' ? renderReport(file, article.text ?? page.text, article, only) : JSON.stringify(toRecord(file, article, only), null, format === 'json' ? 2 : undefined);
    return { file, ok: true, output };
  } catch (error) {
    return failure(task, `analysis failed: ${(error as Error).message}`);
  }
}

function failure({ file, format }: FileTask, message: string): FileOutcome {
  const output = format === 'text' ? '' : JSON.stringify({ file, error: message }, null, format === 'json' ? 2 : undefined);
  return { file, ok: false, message, output };
}
