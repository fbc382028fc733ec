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

function shift(value: unknown, delta: number): unknown {
  if (Array.isArray(value)) return value.map((item) => shift(item, delta));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = shift(item, delta);
  if (typeof copy.start === 'number' && typeof copy.end === 'number') {
    copy.start += delta;
    copy.end += delta;
  }
  return copy;
}
