import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PresslensError } from '../../src/errors.js';
import { contractViolations, deepFreeze, sharedMutableObjects } from './contract.js';
import { apiOf, loadEntryPoints, publicFunctions } from './entry-points.js';
import { NON_STRINGS } from './arbitraries.js';
import { FUZZ } from './fuzz-config.js';
import { inputFor, otherFor } from './inputs.js';
import { PUBLIC_API, PUBLIC_CLASSES, type ApiEntry } from './public-api.js';
import type { AnyFunction } from './entry-points.js';

const entryPoints = await loadEntryPoints();
const functions = await publicFunctions();
const api = apiOf(functions);

describe('the public API registry', () => {
  it('lists every function exported by every entry point', () => {
    const exported = [...functions.keys()].sort();
    const missing = exported.filter((name) => !(name in PUBLIC_API));
    expect(missing, 'exported functions missing from test/property/public-api.ts').toEqual([]);
  });

  it('lists no function that is no longer exported', () => {
    const stale = Object.keys(PUBLIC_API).filter((name) => !functions.has(name));
    expect(stale).toEqual([]);
  });

  it('lists every exported class, and only those', () => {
    const classes = [...new Set(entryPoints.flatMap((entry) => entry.classes))].sort();
    expect(classes).toEqual([...PUBLIC_CLASSES].sort());
  });

  it('finds the root entry point and exports something from each', () => {
    expect(entryPoints[0]?.name).toBe('.');
    for (const entry of entryPoints) expect(entry.functions.size + entry.classes.length, entry.file).toBeGreaterThan(0);
  });
});

function checkContract(name: string, entry: ApiEntry, fn: AnyFunction): void {
  const property = fc.property(inputFor(entry), otherFor(entry), fc.nat(), (input, other, n) => {
    for (const variant of entry.variants) {
      const args = deepFreeze(variant.args(input, other, n, api).map((arg) => (typeof arg === 'object' ? structuredClone(arg) : arg)));
      const argsBefore = JSON.stringify(args);
      let first: unknown;
      try {
        first = fn(...args);
      } catch (error) {
        // Strict variants may reject malformed input with the documented error type, and a parsed
        // JSON value of no known comment shape is documented to raise UNKNOWN_FORMAT; nothing else.
        if (error instanceof PresslensError && (variant.label.startsWith('strict') || error.code === 'UNKNOWN_FORMAT')) continue;
        throw error;
      }
      const subject = typeof args[0] === 'string' ? args[0] : input;
      const checks = entry.spanChecks?.(subject, first) ?? [{ subject, value: first, spans: entry.spans }];
      for (const check of checks) expect(contractViolations(check.subject, check.value, check.spans), `${name} (${variant.label})`).toEqual([]);
      expect(JSON.stringify(args), `${name} changed its arguments`).toBe(argsBefore);

      const again = fn(...args);
      expect(JSON.stringify(again), `${name} (${variant.label}) is not deterministic`).toBe(JSON.stringify(first));
      expect(sharedMutableObjects(first, again), `${name} (${variant.label}) hands the same mutable objects to two callers`).toEqual([]);
    }
  });
  fc.assert(property, { seed: FUZZ.seed, numRuns: FUZZ.numRuns });
}

function checkTypeErrors(entry: ApiEntry, fn: AnyFunction): void {
  const base = entry.variants[0]?.args('text', 'other', 0, api) ?? [];
  for (const { index, name, objects = false } of entry.stringParams) {
    for (const bad of NON_STRINGS.filter((value) => !objects || typeof value !== 'object' || value === null)) {
      const args = [...base];
      args[index] = bad;
      expect(() => fn(...args), `${String(bad)} as ${name}`).toThrow(TypeError);
      expect(() => fn(...args)).toThrow(`\`${name}\``);
    }
  }
}

describe.each(Object.entries(PUBLIC_API).filter(([name]) => functions.has(name)))('%s', (name, entry) => {
  const fn = functions.get(name) as AnyFunction;
  // A known bug keeps its failing test, marked `fails` with the bug named in the registry, until fixed.
  const contractTest = entry.knownBugs?.contract === undefined ? it : it.fails;
  const typeErrorTest = entry.knownBugs?.typeError === undefined ? it : it.fails;

  contractTest('keeps the output contract, is deterministic and never mutates its input', () => checkContract(name, entry, fn), FUZZ.timeout);

  typeErrorTest('throws a TypeError naming each argument that is not a string', () => checkTypeErrors(entry, fn));
});
