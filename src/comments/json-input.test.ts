import { describe, expect, it } from 'vitest';
import { MalformedInputError } from '../errors.js';
import { field, readJsonInput } from './json-input.js';

const lenient = (text: string) => readJsonInput(text, false);

describe('readJsonInput', () => {
  it('parses well-formed JSON without warnings and passes parsed values through', () => {
    expect(lenient('{"a":[1,2,{"b":null}]}')).toEqual({ value: { a: [1, 2, { b: null }] }, warnings: [] });
    const parsed = { a: 1 };
    expect(readJsonInput(parsed, true).value).toBe(parsed);
  });

  it('throws a MalformedInputError with an offset in strict mode', () => {
    const text = '{"a": 1, "b": x}';
    try {
      readJsonInput(text, true);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MalformedInputError);
      expect((error as MalformedInputError).offset).toBe(text.indexOf('x'));
      expect((error as MalformedInputError).code).toBe('MALFORMED_JSON');
    }
  });

  it('skips a malformed member and keeps the rest', () => {
    const { value, warnings } = lenient('{"a": 1, "b": oops, "c": [1, {"d": 2}]}');
    expect(JSON.parse(JSON.stringify(value))).toEqual({ a: 1, c: [1, { d: 2 }] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe('malformed-json');
  });

  it('skips a malformed array element, assumes missing commas, tolerates trailing commas', () => {
    const { value, warnings } = lenient('[{"id": 1} {"id": 2}, {"id": 3, "x": [1,,2]}, NaN, {"id": 4},]');
    expect(JSON.parse(JSON.stringify(value))).toEqual([{ id: 1 }, { id: 2 }, { id: 3, x: [1, 2] }, { id: 4 }]);
    expect(warnings.map((w) => w.message)).toHaveLength(4);
  });

  it('closes what a truncated file left open', () => {
    const { value, warnings } = lenient('{"items": [{"id": 1}, {"id": 2, "text": "cut');
    expect(JSON.parse(JSON.stringify(value))).toEqual({ items: [{ id: 1 }, { id: 2 }] });
    expect(warnings.length).toBeGreaterThanOrEqual(1);
  });

  it('always terminates on mismatched closers', () => {
    const { value } = lenient('{"a": [1, 2}, "b": ]]]}');
    expect(field(value, 'a')).toEqual([1, 2]);
  });

  it('reads very deep nesting without recursion', () => {
    const depth = 30_000;
    const { value } = lenient(`${'['.repeat(depth)}1${']'.repeat(depth)},`);
    let cursor: unknown = value;
    let levels = 0;
    while (Array.isArray(cursor)) {
      cursor = cursor[0];
      levels++;
    }
    expect(levels).toBe(depth);
  });

  it('never lets __proto__ or constructor keys reach Object.prototype', () => {
    const text = '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "bad": ,}';
    const { value } = lenient(text);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(field(value, '__proto__')).toEqual({ polluted: 1 });
    expect(field({}, 'constructor')).toBeUndefined();
    expect(field(JSON.parse('{"toString": 1}'), 'toString')).toBe(1);
  });

  it('accepts a byte-order mark and skips junk before the value', () => {
    expect(lenient('\ufeff{"a": 1}')).toEqual({ value: { a: 1 }, warnings: [] });
    const { value, warnings } = lenient('`)]}\'\n[{"id": 1}]');
    expect(JSON.parse(JSON.stringify(value))).toEqual([{ id: 1 }]);
    expect(warnings).toHaveLength(1);
  });

  it('rejects arguments that are neither text nor parsed JSON', () => {
    expect(() => readJsonInput(42, false)).toThrow(TypeError);
    expect(() => readJsonInput(null, false)).toThrow(/`input`/);
  });
});

describe('readJsonInput repairs inside objects', () => {
  it('assumes a missing comma between members and ignores a trailing comma before }', () => {
    const { value, warnings } = lenient('{"id": "c101" "author": "Mira Jovanović", "likes": 4,}');
    expect(value).toEqual({ id: 'c101', author: 'Mira Jovanović', likes: 4 });
    expect(warnings.map((w) => w.message)).toEqual(['Missing comma; assumed one.', 'Trailing comma before }; ignored.']);
  });

  it('skips a member with an unquoted name or a missing colon, at the offset of the fault', () => {
    const text = '{"id": "c102", author: "Sam Okoro", "text" "Great reporting.", "likes": 9}';
    const { value, warnings } = lenient(text);
    expect(value).toEqual({ id: 'c102', likes: 9 });
    expect(warnings.map((w) => text.substr(w.start ?? -1, 7))).toEqual(['author:', '"Great ']);
  });

  it('skips a garbled value over its strings and brackets, escaped quotes included', () => {
    const { value, warnings } = lenient('{"text": oops "a \\"quoted\\" word, and [brackets]" {"x": [1, 2]}, "likes": 2}');
    expect(value).toEqual({ likes: 2 });
    expect(warnings).toHaveLength(1);
  });
});

describe('readJsonInput on text that holds no JSON', () => {
  it('warns that there is no value in blank text or in text without brackets', () => {
    expect(lenient('   \n')).toEqual({ value: undefined, warnings: [{ code: 'malformed-json', message: 'No JSON value in the input.', start: 0, end: 0 }] });
    const { value, warnings } = lenient('Service unavailable, please try again later');
    expect(value).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });

  it('skips a guard prefix before an array', () => {
    const { value, warnings } = lenient('while(1);[{"id": 7}]');
    expect(value).toEqual([{ id: 7 }]);
    expect(warnings).toHaveLength(1);
  });
});
