/**
 * The output contract every public function promises, checked on any result:
 * plain JSON-serialisable objects, offsets inside the input with `input.slice(start, end) === text`,
 * and document order within every list. Works without recursion, so 10,000-deep trees are fine.
 */
import type { SpanContract } from './public-api.js';

const PLAIN_PROTOTYPES = new Set<unknown>([Object.prototype, Array.prototype, null]);

function show(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/**
 * Lists the ways `result` breaks the output contract for `input` (empty when it keeps it).
 * Stops after `limit` findings so a broken result on a large input stays readable.
 */
export function contractViolations(input: string, result: unknown, spans: SpanContract, limit = 5): string[] {
  const problems: string[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: string }[] = [{ value: result, path: '$' }];
  while (stack.length > 0 && problems.length < limit) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    // A function may answer `undefined` (nothing found); only inside a result is it not JSON.
    if (value === undefined && path === '$') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) problems.push(`${path} is ${value}, which JSON cannot carry`);
      continue;
    }
    if (typeof value !== 'object') {
      problems.push(`${path} is a ${typeof value}, which JSON cannot carry`);
      continue;
    }
    if (seen.has(value)) continue;
    seen.add(value);
    if (!PLAIN_PROTOTYPES.has(Object.getPrototypeOf(value))) {
      problems.push(`${path} is an instance of ${value.constructor?.name ?? 'a class'}, not a plain object`);
    }
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' || typeof record.end === 'number') {
      problems.push(...spanProblems(input, record, path, spans));
    }
    if (Array.isArray(value)) {
      problems.push(...orderProblems(value, path));
      value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]` }));
    } else {
      for (const [key, item] of Object.entries(record)) {
        if (item === undefined) problems.push(`${path}.${key} is undefined (omit optional properties instead)`);
        else stack.push({ value: item, path: `${path}.${key}` });
      }
    }
  }
  return problems.slice(0, limit);
}

function spanProblems(input: string, record: Record<string, unknown>, path: string, spans: SpanContract): string[] {
  const { start, end, text } = record;
  // A lone offset (where a section begins) is a position, not a span: it must lie in the input.
  if (typeof start === 'number' && end === undefined) {
    return Number.isInteger(start) && start >= 0 && start <= input.length ? [] : [`${path}.start is ${start}, outside [0, ${input.length}]`];
  }
  if (typeof start !== 'number' || typeof end !== 'number') return [`${path} has start ${show(start)} but end ${show(end)}`];
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [`${path} has fractional offsets ${start}..${end}`];
  if (start < 0 || end > input.length || start > end) {
    return [`${path} spans ${start}..${end}, outside [0, ${input.length}] or reversed`];
  }
  if (spans === 'exact' && typeof text === 'string' && input.slice(start, end) !== text) {
    return [`${path}.text is ${show(text)} but input.slice(${start}, ${end}) is ${show(input.slice(start, end))}`];
  }
  return [];
}

function orderProblems(items: readonly unknown[], path: string): string[] {
  let previous = -Infinity;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const start = typeof item === 'object' && item !== null ? (item as { start?: unknown }).start : undefined;
    if (typeof start !== 'number') continue;
    if (start < previous) return [`${path}[${index}] starts at ${start}, before the previous item (${previous}): not in document order`];
    previous = start;
  }
  return [];
}

/** Freezes an argument and everything in it, so a function that writes to its input throws. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || Object.isFrozen(item)) continue;
    Object.freeze(item);
    stack.push(...Object.values(item));
  }
  return value;
}

/**
 * Paths of the objects in `second` that are also in `first` and not frozen: two calls handing out
 * the same mutable array or object (a cache or a data table), so one caller's change leaks into
 * the other's result or into the library itself.
 */
export function sharedMutableObjects(first: unknown, second: unknown, limit = 3): string[] {
  const fromFirst = new Set<object>();
  const stack: unknown[] = [first];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || fromFirst.has(item)) continue;
    fromFirst.add(item);
    stack.push(...Object.values(item));
  }
  const shared: string[] = [];
  const seen = new Set<object>();
  const walk: { value: unknown; path: string }[] = [{ value: second, path: '$' }];
  while (walk.length > 0 && shared.length < limit) {
    const { value, path } = walk.pop() as { value: unknown; path: string };
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (fromFirst.has(value) && !Object.isFrozen(value)) shared.push(path);
    for (const [key, item] of Object.entries(value)) walk.push({ value: item, path: `${path}.${key}` });
  }
  return shared;
}
