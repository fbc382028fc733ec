/**
 * Finds every public entry point (`src/index.ts` and each `src/<cap>/index.ts`) and the functions
 * and classes it exports, so tests and benchmarks cover whatever the package exposes today.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

export type AnyFunction = (...args: unknown[]) => unknown;

export interface EntryPoint {
  /** `.` for the root, else the capability folder name. */
  readonly name: string;
  readonly file: string;
  readonly functions: ReadonlyMap<string, AnyFunction>;
  readonly classes: readonly string[];
}

/** Entry point files, root first. */
export function entryPointFiles(): { name: string; file: string }[] {
  const files = [{ name: '.', file: join(SRC, 'index.ts') }];
  for (const folder of readdirSync(SRC, { withFileTypes: true })) {
    const file = join(SRC, folder.name, 'index.ts');
    if (folder.isDirectory() && existsSync(file)) files.push({ name: folder.name, file });
  }
  return files;
}

function isClass(value: AnyFunction): boolean {
  return Function.prototype.toString.call(value).startsWith('class');
}

/** Imports every entry point and sorts its exports into functions and classes. */
export async function loadEntryPoints(): Promise<EntryPoint[]> {
  const entries: EntryPoint[] = [];
  for (const { name, file } of entryPointFiles()) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const functions = new Map<string, AnyFunction>();
    const classes: string[] = [];
    for (const [exported, value] of Object.entries(module)) {
      if (typeof value !== 'function') continue;
      if (isClass(value as AnyFunction)) classes.push(exported);
      else functions.set(exported, value as AnyFunction);
    }
    entries.push({ name, file, functions, classes });
  }
  return entries;
}

/** Every public function by name (a name exported by several entry points must be one function). */
export async function publicFunctions(): Promise<Map<string, AnyFunction>> {
  const all = new Map<string, AnyFunction>();
  for (const entry of await loadEntryPoints()) {
    for (const [name, fn] of entry.functions) {
      const seen = all.get(name);
      if (seen !== undefined && seen !== fn) throw new Error(`Two different functions are exported as ${name}`);
      all.set(name, fn);
    }
  }
  return all;
}

/** A lookup of public functions by name, as registry variants take it. */
export function apiOf(functions: ReadonlyMap<string, AnyFunction>): (name: string) => AnyFunction {
  return (name) => {
    const fn = functions.get(name);
    if (fn === undefined) throw new Error(`${name} is not exported`);
    return fn;
  };
}
