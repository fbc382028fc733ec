import { parseArgs } from 'node:util';

/** What `presslens analyze` prints. */
export type OutputFormat = 'text' | 'json' | 'jsonl';

/** The analyses `--only` can select. */
export const FEATURES = ['quotes', 'numbers', 'language', 'comments'] as const;

/** One of {@link FEATURES}. */
export type Feature = (typeof FEATURES)[number];

/** A parsed command line. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'analyze';
      readonly inputs: readonly string[];
      readonly format: OutputFormat;
      readonly only: readonly Feature[];
      readonly jobs: number;
      readonly progress: boolean | null;
    };

/** A command line that cannot run; the message says why and how to fix it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: presslens analyze <FILE|DIR|->... [options]

Reads scraped news pages (plain text or HTML) and reports the title, the language, who said
what, the numbers the article claims and the reader comments. A directory is read recursively
and its files are analysed in parallel; "-" reads standard input.

Options:
  -f, --format <text|json|jsonl>  output format (default: text, a report for people)
      --only <list>               comma-separated analyses to run: ${FEATURES.join(', ')}
  -j, --jobs <n>                  worker threads for a directory (default: number of cores)
      --no-progress               never draw the progress bar (drawn only when stderr is a terminal)
  -h, --help                      show this help
  -v, --version                   show the version

Exit status: 0 when every input was analysed, 1 when an input could not be read
(the other inputs are still reported), 2 for a wrong command line.

Examples:
  presslens analyze page.txt
  presslens analyze pages/ --format jsonl --jobs 4 > results.jsonl
  curl -s https://example.com/story | presslens analyze - --only quotes,language`;

/**
 * Parses the arguments after `node cli.js`.
 *
 * @param argv - The arguments, e.g. `['analyze', 'page.txt', '--format', 'json']`.
 * @param cores - Default number of worker threads.
 * @returns The command to run.
 * @throws UsageError for unknown options, a missing input or invalid values.
 */
export function parseCommandLine(argv: readonly string[], cores: number): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      options: {
        format: { type: 'string', short: 'f' },
        only: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        progress: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help' };
  if (values.version === true) return { kind: 'version' };
  const [verb, ...inputs] = positionals;
  if (verb === undefined) return { kind: 'help' };
  if (verb !== 'analyze') throw new UsageError(`Unknown command "${verb}". Did you mean "presslens analyze ${verb}"?`);
  if (inputs.length === 0) throw new UsageError('Missing input: give a file, a directory, or "-" for standard input.');
  return {
    kind: 'analyze',
    inputs,
    format: parseFormat(values.format ?? 'text'),
    only: values.only === undefined ? [...FEATURES] : parseOnly(values.only),
    jobs: values.jobs === undefined ? cores : parseJobs(values.jobs),
    progress: values.progress ?? null,
  };
}

function parseFormat(value: string): OutputFormat {
  if (value === 'text' || value === 'json' || value === 'jsonl') return value;
  throw new UsageError(`Unknown format "${value}": use text, json or jsonl.`);
}

function parseOnly(value: string): Feature[] {
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !(FEATURES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new UsageError(`Unknown analysis "${unknown.join(', ')}" in --only: choose from ${FEATURES.join(', ')}.`);
  if (names.length === 0) throw new UsageError(`--only needs at least one of ${FEATURES.join(', ')}.`);
  return names as Feature[];
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, got "${value}".`);
  return jobs;
}
