/**
 * Moves every span inside an extractor's result by `delta`, returning a copy. Extractors run on
 * one region of the page (the body, one comment) and report offsets into that region; the article
 * result promises offsets into the whole input. Every presslens span is an object with numeric
 * `start` and `end`, so the walk needs no knowledge of each result type.
 *
 * @param value - A plain, JSON-like extractor result.
 * @param delta - The region's offset in the input.
 * @returns The same shape with every `start` and `end` moved.
 */
export function shiftSpans<T>(value: T, delta: number): T {
  if (delta === 0) return value;
  return shift(value, delta) as T;
}

// A page's quotes and numbers are thousands of small objects: the walk reads keys in place
// (no `Object.entries` pairs) and returns strings, numbers and other leaves as they are.
function shift(value: unknown, delta: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) items[index] = shift(value[index], delta);
    return items;
  }
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const item = source[key];
    copy[key] = item !== null && typeof item === 'object' ? shift(item, delta) : item;
  }
  if (typeof copy.start === 'number' && typeof copy.end === 'number') {
    copy.start += delta;
    copy.end += delta;
  }
  return copy;
}
