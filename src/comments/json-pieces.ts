/**
 * Reading a large JSON export piece by piece. `JSON.parse` of a whole export builds every record
 * before the parser reads the first one: on a large thread those objects (several times the text's
 * size) are no longer in the cache when they are read, so each comment cost more the larger the
 * thread (8 MB of YouTube JSON: 16 times the walk of 1 MB). Here the export's one big array (its
 * comments) is cut into its elements, and each element is parsed just before it is read, so it is
 * read while it is still in the cache; the rest of the document (the skeleton, with that array left
 * empty) is parsed once, first.
 *
 * The cut only finds where elements start and end (strings, brackets, commas); `JSON.parse` still
 * reads every piece. Text that is not well-formed JSON, an array whose key is written twice or with
 * escapes, or any other doubt gives `null`, and the caller reads the text whole as before, with the
 * same result and the same warnings.
 */

/** Where the array's elements lie in the text. */
interface ArrayCut {
  /** Offset of the array's `[`. */
  readonly open: number;
  /** Offset of the array's `]`. */
  readonly close: number;
  /** Offsets of the commas between elements, then `close`: element i runs from bounds[i - 1] + 1 (open + 1 for the first) to bounds[i]. */
  readonly bounds: readonly number[];
}

/** A path step: an object key or an array index. */
export type JsonPathStep = string | number;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * The offset of the quote that ends the string opening at `start`, or -1 when it does not end.
 * Jumps from quote to quote (the engine's own search), so the string's characters are not each
 * looked at here.
 */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end > 0) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}

/**
 * Finds the array at `path` (keys and indexes from the top-level value) and the commas between its
 * elements, in one pass that looks at the characters between strings only. `null` when the array
 * is not there exactly once, a key on the way to it holds an escape (it might spell the same key),
 * or the brackets do not balance.
 */
function cutArray(text: string, path: readonly JsonPathStep[]): ArrayCut | null {
  // Per open container: whether it is an array, whether it lies on `path`, and the current
  // element index (arrays) or whether the current member's key is the next step (objects).
  const isArray: boolean[] = [];
  const onPath: boolean[] = [];
  const step: number[] = [];
  /** How often the key of each path step was met (twice: `JSON.parse` keeps the last; not ours to guess). */
  const keysMet = new Array<number>(path.length).fill(0);
  let expectKey = false;
  let open = -1;
  let close = -1;
  const bounds: number[] = [];

  /** A value starts: whether it lies on the path, given the container it is in. */
  const valueOnPath = (): boolean => {
    const level = isArray.length;
    if (level === 0) return true;
    const parent = level - 1;
    if (!(onPath[parent] ?? false) || parent >= path.length) return false;
    return (isArray[parent] ?? false) ? step[parent] === path[parent] : step[parent] === 1;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return null;
      const level = isArray.length - 1;
      if (expectKey && level >= 0 && (onPath[level] ?? false) && level < path.length) {
        const wanted = path[level];
        const key = text.slice(i + 1, end);
        if (key.includes('\\')) return null;
        const matches = key === wanted;
        step[level] = matches ? 1 : 0;
        if (matches && ++(keysMet[level] as number) > 1) return null;
      }
      expectKey = false;
      i = end;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      const lies = valueOnPath();
      const array = code === OPEN_BRACKET;
      if (lies && isArray.length === path.length) {
        if (!array || open >= 0) return null;
        open = i;
      }
      isArray.push(array);
      onPath.push(lies);
      step.push(0);
      expectKey = !array;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      const level = isArray.length - 1;
      if (level < 0 || isArray[level] !== (code === CLOSE_BRACKET)) return null;
      if (level === path.length && (onPath[level] ?? false)) {
        close = i;
        bounds.push(i);
      }
      isArray.pop();
      onPath.pop();
      step.pop();
      expectKey = false;
    } else if (code === COMMA) {
      const level = isArray.length - 1;
      if (level < 0) return null;
      if (isArray[level] ?? false) {
        step[level] = (step[level] ?? 0) + 1;
        if (level === path.length && (onPath[level] ?? false)) bounds.push(i);
      } else {
        expectKey = true;
      }
    } else if (code === COLON) {
      expectKey = false;
    }
  }
  if (isArray.length > 0 || open < 0 || close < 0) return null;
  return { open, close, bounds };
}

/** Thrown through the reader when a piece is not well-formed: the text is then read whole. */
class MalformedPiece extends Error {}

/**
 * About how many characters of elements are parsed at once. A `JSON.parse` call has a set cost of
 * its own (a few microseconds, as much as parsing a small comment), so elements are parsed in
 * batches; the objects of a batch of this size still fit in a core's own cache when they are read.
 */
const BATCH_LENGTH = 65_536;

/** The elements of the cut array, parsed a batch at a time as they are reached. */
function* parsedElements(text: string, cut: ArrayCut): Generator<unknown> {
  // `[ ]`: no elements (one bound, the closer, with only white space before it).
  if (cut.bounds.length === 1 && text.slice(cut.open + 1, cut.close).trim() === '') return;
  let start = cut.open + 1;
  let next = 0;
  while (next < cut.bounds.length) {
    // The batch: elements from `start` up to the first bound at least BATCH_LENGTH on.
    let last = next;
    while (last < cut.bounds.length - 1 && (cut.bounds[last] as number) - start < BATCH_LENGTH) last++;
    const end = cut.bounds[last] as number;
    let batch: unknown;
    try {
      batch = JSON.parse(`[${text.slice(start, end)}]`);
    } catch {
      throw new MalformedPiece();
    }
    // One element per bound: a batch that parsed to more or fewer was not cut where it seemed.
    if (!Array.isArray(batch) || batch.length !== last - next + 1) throw new MalformedPiece();
    yield* batch;
    start = end + 1;
    next = last + 1;
  }
}

/**
 * Reads a JSON text as its skeleton and the elements of its array at `path`, each element parsed
 * only when `read` reaches it (see the module comment for why). `null` when the input is not a
 * string or is not read this way with certainty (malformed, ambiguous, no such array): the caller
 * then reads it whole, which gives the same result.
 *
 * @param input - The JSON text (or a parsed value, which is not read here).
 * @param path - Keys and indexes from the top-level value to the big array.
 * @param read - Reads the skeleton (the value with that array empty) and the array's elements.
 * @returns What `read` returns, or `null`.
 */
export function readJsonInPieces<T>(input: unknown, path: readonly JsonPathStep[], read: (skeleton: unknown, elements: Iterable<unknown>) => T): T | null {
  if (typeof input !== 'string') return null;
  // A byte-order mark is how some editors save UTF-8, not an error.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const cut = cutArray(text, path);
  if (cut === null) return null;
  let skeleton: unknown;
  try {
    skeleton = JSON.parse(text.slice(0, cut.open + 1) + text.slice(cut.close));
  } catch {
    return null;
  }
  try {
    return read(skeleton, parsedElements(text, cut));
  } catch (error) {
    if (error instanceof MalformedPiece) return null;
    throw error;
  }
}
