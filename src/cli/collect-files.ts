import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One input to analyse: a file path, or `-` for standard input. */
export type InputPath = string;

/** Why an input named on the command line could not be listed. */
export interface MissingInput {
  readonly path: string;
  readonly message: string;
}

/**
 * Expands the command line's inputs into files: directories are walked recursively in name order,
 * skipping hidden entries (dotfiles, `.git`).
 *
 * @param inputs - Files, directories and `-`.
 * @returns The files to analyse, and the inputs that do not exist or cannot be listed.
 */
export function collectFiles(inputs: readonly string[]): { files: InputPath[]; missing: MissingInput[] } {
  const files: InputPath[] = [];
  const missing: MissingInput[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
      continue;
    }
    const stat = statSync(input, { throwIfNoEntry: false });
    if (stat === undefined) missing.push({ path: input, message: 'no such file or directory' });
    else if (stat.isDirectory()) walk(input, files, missing);
    else files.push(input);
  }
  return { files, missing };
}

// Iterative, so a deep directory tree cannot overflow the stack.
function walk(root: string, files: InputPath[], missing: MissingInput[]): void {
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      missing.push({ path: dir, message: describeFsError(error) });
      continue;
    }
    const names = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1));
    const subdirs: string[] = [];
    for (const entry of names) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) subdirs.push(path);
      else files.push(path);
    }
    pending.push(...subdirs.reverse());
  }
}

/**
 * A short, human message for a file-system error (`permission denied`, `is a directory`, …).
 *
 * @param error - What `fs` threw.
 * @returns The message, without the stack or the path.
 */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return (error as Error).message;
  }
}
