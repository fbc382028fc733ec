import { MalformedInputError } from '../errors.js';
import type { CommentWarning } from './types.js';

/** A JSON comment export read from a string or taken as already parsed. */
export interface JsonInput {
  /** The parsed JSON value. */
  readonly value: unknown;
  /** What the lenient reader repaired or skipped. */
  readonly warnings: CommentWarning[];
}

/** Where the lenient reader had to repair or skip something. */
interface JsonProblem {
  /** What was wrong. */
  readonly message: string;
  /** Where, as a UTF-16 offset into the input. */
  readonly offset: number;
}

/**
 * Reads a JSON export. Well-formed text goes through `JSON.parse` (fast, iterative, and it stores a
 * `__proto__` key as an own property). Malformed text throws a `MalformedInputError` in strict mode;
 * otherwise a lenient reader keeps every well-formed value, skips each malformed member or element,
 * closes what a truncated file left open, and reports each repair as a warning.
 *
 * @param input - JSON text, or a value the caller already parsed.
 * @param strict - Throw on malformed text instead of recovering.
 * @returns The value and the warnings for what was repaired.
 */
export function readJsonInput(input: unknown, strict: boolean): JsonInput {
  if (typeof input !== 'string') {
    if (typeof input === 'object' && input !== null) return { value: input, warnings: [] };
    const got = input === null ? 'null' : typeof input;
    throw new TypeError(`presslens: \`input\` must be a string or a parsed JSON value, got ${got}`);
  }
  // A byte-order mark is how some editors save UTF-8, not an error.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return { value: JSON.parse(text) as unknown, warnings: [] };
  } catch (cause) {
    const { value, problems } = parseJsonLeniently(text);
    const first = problems[0] ?? { message: String(cause), offset: 0 };
    if (strict) throw new MalformedInputError('json', first.message, first.offset, { cause });
    const warnings = problems.map((problem): CommentWarning => ({
      code: 'malformed-json',
      message: problem.message,
      start: problem.offset,
      end: problem.offset,
    }));
    return { value, warnings };
  }
}

/**
 * Reads the start of a JSON text, at most `length` code units of it, with the lenient reader: what
 * lies past the cut is left out and whatever the cut left open is closed. Enough to see the shape
 * of a document (its top-level keys, its first record) without reading all of it.
 *
 * @param text - JSON text, possibly very long.
 * @param length - How much of it to read.
 * @returns The value the prefix describes (`undefined` when it holds none).
 */
export function readJsonPrefix(text: string, length: number): unknown {
  return parseJsonLeniently(text.slice(0, length)).value;
}

/** The own property `key` of a JSON object, never an inherited one (`constructor`, `toString`). */
export function field(record: unknown, key: string): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** A string-valued own property, or `undefined`. */
export function stringField(record: unknown, key: string): string | undefined {
  const value = field(record, key);
  return typeof value === 'string' ? value : undefined;
}

/** A finite number-valued own property, or `undefined`. */
export function numberField(record: unknown, key: string): number | undefined {
  const value = field(record, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** An id written as a string or a number (JSON APIs use both), as a string. */
export function idField(record: unknown, key: string): string | undefined {
  const value = field(record, key);
  if (typeof value === 'string' && value !== '') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** An array-valued own property, or an empty array. */
export function arrayField(record: unknown, key: string): readonly unknown[] {
  const value = field(record, key);
  return Array.isArray(value) ? value : [];
}

/** Whether `value` is a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Frame {
  /** The array or object being filled. */
  readonly container: unknown[] | Record<string, unknown>;
  /** Whether `container` is an array. */
  readonly isArray: boolean;
  /** The object key the next value is stored under. */
  key: string;
}

type State = 'value' | 'first-value' | 'key' | 'first-key' | 'after' | 'end';

const NUMBER = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/iy;
const LITERALS: readonly (readonly [string, unknown])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

/**
 * A JSON reader that recovers: with an explicit stack (no recursion, so any nesting depth is fine)
 * and objects without a prototype (so no key can reach `Object.prototype`).
 */
function parseJsonLeniently(text: string): { value: unknown; problems: JsonProblem[] } {
  const problems: JsonProblem[] = [];
  const stack: Frame[] = [];
  let root: unknown;
  let state: State = 'value';
  let i = 0;

  const readState = (): State => state;
  const place = (value: unknown): void => {
    const top = stack.at(-1);
    if (top === undefined) {
      root = value;
      state = 'end';
    } else {
      if (top.isArray) (top.container as unknown[]).push(value);
      else (top.container as Record<string, unknown>)[top.key] = value;
      state = 'after';
    }
  };
  const open = (isArray: boolean): void => {
    const container: unknown[] | Record<string, unknown> = isArray ? [] : (Object.create(null) as Record<string, unknown>);
    place(container);
    stack.push({ container, isArray, key: '' });
    state = isArray ? 'first-value' : 'first-key';
  };
  const close = (): void => {
    stack.pop();
    state = stack.length === 0 ? 'end' : 'after';
  };
  /** Skips the malformed member or element at `at`: to the next comma or closer of this container. */
  const skip = (at: number, message: string): number => {
    problems.push({ message, offset: at });
    if (stack.length === 0) {
      // Junk before the value (a stray character, a log prefix): resume at the first bracket.
      const next = root === undefined ? firstBracket(text, at + 1) : -1;
      state = next < 0 ? 'end' : 'value';
      return next < 0 ? text.length : next;
    }
    const end = findSkipEnd(text, at);
    if (end >= text.length) return end;
    if (text[end] === ',') {
      state = (stack.at(-1) as Frame).isArray ? 'value' : 'key';
      return end + 1;
    }
    if (end === at) {
      // A closer of the wrong kind (`]` in an object): take it as this container's end, so the
      // reader always moves on.
      close();
      return end + 1;
    }
    state = 'after';
    return end;
  };

  while (true) {
    i = skipSpace(text, i);
    if (i >= text.length) break;
    const ch = text[i] as string;
    const top = stack.at(-1);
    // Read through a call: the helpers above change `state`, which TypeScript's narrowing cannot see.
    const current = readState();
    if (current === 'end') {
      problems.push({ message: 'Unexpected content after the JSON value; ignored.', offset: i });
      break;
    }
    if (current === 'after') {
      if (top === undefined) break;
      if (ch === ',') {
        state = top.isArray ? 'value' : 'key';
        i++;
      } else if (ch === (top.isArray ? ']' : '}')) {
        close();
        i++;
      } else if (top.isArray ? startsValue(ch) : ch === '"') {
        problems.push({ message: 'Missing comma; assumed one.', offset: i });
        state = top.isArray ? 'value' : 'key';
      } else {
        i = skip(i, `Unexpected ${JSON.stringify(ch)} after a value; skipped to the next comma.`);
      }
      continue;
    }
    if (current === 'key' || current === 'first-key') {
      if (ch === '}') {
        if (current === 'key') problems.push({ message: 'Trailing comma before }; ignored.', offset: i });
        close();
        i++;
        continue;
      }
      const key = ch === '"' ? readString(text, i) : null;
      if (key === null) {
        i = skip(i, 'Expected a double-quoted property name; skipped the member.');
        continue;
      }
      const colon = skipSpace(text, key.end);
      if (text[colon] !== ':') {
        i = skip(colon, `Expected ':' after property name ${JSON.stringify(key.value)}; skipped the member.`);
        continue;
      }
      (top as Frame).key = key.value;
      state = 'value';
      i = colon + 1;
      continue;
    }
    // state is 'value' or 'first-value'
    if (ch === ']' && top?.isArray === true) {
      if (current === 'value') problems.push({ message: 'Trailing comma before ]; ignored.', offset: i });
      close();
      i++;
    } else if (ch === '{' || ch === '[') {
      open(ch === '[');
      i++;
    } else if (ch === '"') {
      const string = readString(text, i);
      if (string === null) i = skip(i, 'Unterminated or invalid string; skipped.');
      else {
        place(string.value);
        i = string.end;
      }
    } else {
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(text);
      const literal = LITERALS.find(([word]) => text.startsWith(word, i));
      if (number !== null) {
        place(Number(number[0]));
        i += number[0].length;
      } else if (literal !== undefined) {
        place(literal[1]);
        i += literal[0].length;
      } else {
        i = skip(i, `Unexpected ${JSON.stringify(ch)} where a value should be; skipped.`);
      }
    }
  }
  if (stack.length > 0) {
    problems.push({ message: `Input ends inside ${stack.length} open array(s) or object(s); closed them.`, offset: text.length });
  } else if (root === undefined && problems.length === 0) {
    problems.push({ message: 'No JSON value in the input.', offset: 0 });
  }
  return { value: root, problems };
}

function firstBracket(text: string, from: number): number {
  const brace = text.indexOf('{', from);
  const bracket = text.indexOf('[', from);
  if (brace < 0) return bracket;
  return bracket < 0 ? brace : Math.min(brace, bracket);
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
    i++;
  }
  return i;
}

function startsValue(ch: string): boolean {
  return ch === '{' || ch === '[' || ch === '"' || ch === '-' || (ch >= '0' && ch <= '9') || ch === 't' || ch === 'f' || ch === 'n';
}

/** Reads the string literal opening at `start`; `null` when it is unterminated or has a bad escape. */
function readString(text: string, start: number): { value: string; end: number } | null {
  let i = start + 1;
  let escaped = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      const literal = text.slice(start, i + 1);
      if (!escaped) return { value: literal.slice(1, -1), end: i + 1 };
      try {
        return { value: JSON.parse(literal) as string, end: i + 1 };
      } catch {
        return null;
      }
    }
    if (code === 0x5c) {
      escaped = true;
      i += 2;
    } else i++;
  }
  return null;
}

/**
 * From a malformed spot, the offset of the next `,` or closing bracket that belongs to the current
 * container, stepping over nested containers and strings; the text's length when there is none.
 */
function findSkipEnd(text: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === ',' && depth === 0) return i;
  }
  return text.length;
}
