/**
 * Runs every public function that reads text on a set of hostile corpora: each must finish
 * (linear scanning, no recursion overflow), not throw, and keep the output contract.
 */
import { describe, expect, it } from 'vitest';
import { contractViolations } from '../property/contract.js';
import { apiOf, publicFunctions, type AnyFunction } from '../property/entry-points.js';
import { PUBLIC_API, type ApiEntry } from '../property/public-api.js';

const functions = await publicFunctions();
const api = apiOf(functions);

/** One-place readers are called at this many offsets: each call is O(1), which bench:linear shows. */
const OFFSETS = 20_000;

/** Calls a function the way it is meant to be used on a long text. */
function runOn(entry: ApiEntry, fn: AnyFunction, input: string): { subject: string; result: unknown }[] {
  const variant = entry.variants[0];
  if (variant === undefined) throw new Error('registry entry without a variant');
  if (entry.linear === 'per-offset') {
    const step = Math.max(1, Math.floor(input.length / OFFSETS));
    const results = [];
    for (let offset = 0; offset < input.length; offset += step) results.push({ subject: input, result: fn(...variant.args(input, '', offset + 2, api)) });
    return results;
  }
  if (entry.linear === 'short') {
    // Each distinct argument list once: a deterministic function (the property tests prove it)
    // gives the same answer to the same arguments, so checking repeats proves nothing more.
    // supportedLanguages takes no argument at all; walking its ~400-object list 20,000 times was
    // ~3 s of contract checks per corpus.
    const calls = new Map<string, { subject: string; args: readonly unknown[] }>();
    for (const char of input.slice(0, OFFSETS)) {
      const args = variant.args(char, char, 0, api);
      calls.set(JSON.stringify(args), { subject: char, args });
    }
    return Array.from(calls.values(), ({ subject, args }) => ({ subject, result: fn(...args) }));
  }
  return [{ subject: input, result: fn(...variant.args(input, '', 0, api)) }];
}

/** Declares one test per (corpus, text-reading function). */
export function describeTextReaders(corpora: Readonly<Record<string, () => string>>): void {
  const readers = Object.entries(PUBLIC_API).filter(([name, entry]) => functions.has(name) && (entry.input === 'text' || entry.input === 'name'));
  describe.each(Object.entries(corpora))('%s', (_label, build) => {
    const input = build();
    it.each(readers)('%s finishes and keeps the contract', (name, entry) => {
      for (const { subject, result } of runOn(entry, functions.get(name) as AnyFunction, input)) {
        const checks = entry.spanChecks?.(subject, result) ?? [{ subject, value: result, spans: entry.spans }];
        for (const check of checks) expect(contractViolations(check.subject, check.value, check.spans)).toEqual([]);
      }
    }, 60_000);
  });
}
