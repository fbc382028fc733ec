import { describe, expect, it } from 'vitest';
import { readJsonInPieces, type JsonPathStep } from './json-pieces.js';

/** The skeleton and the elements as `readJsonInPieces` hands them over, or `null`. */
const pieces = (input: unknown, path: readonly JsonPathStep[]) => readJsonInPieces(input, path, (skeleton, elements) => ({ skeleton, elements: [...elements] }));

describe('readJsonInPieces', () => {
  it('hands over the skeleton with the array empty and the elements parsed', () => {
    const text = '{"kind":"x","items":[{"a":1}, [2, {"b":"]},{"}], "s\\"}{,", 3.5e1 , null],"next":"t"}';
    expect(pieces(text, ['items'])).toEqual({ skeleton: { kind: 'x', items: [], next: 't' }, elements: JSON.parse(text).items });
  });

  it('follows keys and indexes, and reads an empty array as no elements', () => {
    const text = '[{"data":{"children":[1]}}, {"kind":"Listing","data":{"other":[9],"children":[ {"id":"a"},{"id":"b"} ]}}]';
    expect(pieces(text, [1, 'data', 'children'])).toEqual({ skeleton: [{ data: { children: [1] } }, { kind: 'Listing', data: { other: [9], children: [] } }], elements: [{ id: 'a' }, { id: 'b' }] });
    expect(pieces('{"items":[ \n ]}', ['items'])).toEqual({ skeleton: { items: [] }, elements: [] });
    expect(pieces('\ufeff{"items":[1]}', ['items'])).toEqual({ skeleton: { items: [] }, elements: [1] });
  });

  it('parses many elements in batches, each element once and in order', () => {
    const items = Array.from({ length: 5000 }, (_, index) => ({ id: index, text: `comment ${index} ${'x'.repeat(index % 50)}` }));
    const result = pieces(JSON.stringify({ items }), ['items']);
    expect(result?.elements).toEqual(items);
  });

  it('declines what it cannot read with certainty, so the caller reads the text whole', () => {
    const declined: [unknown, JsonPathStep[]][] = [
      [{ items: [1] }, ['items']], // already parsed
      ['{"items":[1]', ['items']], // unbalanced
      ['{"items":[1]}}', ['items']], // a closer too many
      ['{"items":[1}', ['items']], // a closer of the wrong kind
      ['{"items":"[1]"}', ['items']], // no array there
      ['{"items":{"a":1}}', ['items']], // an object, not an array
      ['{"other":[1]}', ['items']], // not there
      ['[[1]]', ['items']], // a key where the value has indexes
      ['{"items":[1],"items":[2]}', ['items']], // written twice: JSON.parse keeps the last
      ['{"items":[1],"it\\u0065ms":[2]}', ['items']], // an escaped key may spell the same name
      ['{"items":[1, x]}', ['items']], // a malformed element
      ['{"items":[1,]}', ['items']], // a trailing comma
      ['{"items":[1], oops}', ['items']], // a malformed skeleton
      ['{"items":["unterminated]}', ['items']], // a string that does not end
      ['{"items":[1]},', ['items']], // a comma outside any container
    ];
    for (const [input, path] of declined) expect(pieces(input, path)).toBeNull();
  });

  it('declines a malformed element found only when the reader reaches it, and lets other errors through', () => {
    const elements = Array.from({ length: 3000 }, (_, index) => `{"id":${index},"text":"${'x'.repeat(100)}"}`);
    elements[2500] = '{"id": nope}';
    let read = 0;
    const result = readJsonInPieces(`{"items":[${elements.join(',')}]}`, ['items'], (_skeleton, items) => {
      for (const item of items) if (item !== undefined) read++;
      return 'done';
    });
    expect(result).toBeNull();
    expect(read).toBeGreaterThan(0);
    expect(() => readJsonInPieces('{"items":[1]}', ['items'], () => {
      throw new RangeError('reader bug');
    })).toThrow(RangeError);
  });

  it('declines a cut that parses to a different number of elements', () => {
    // A string holding a comma is one element; a cut in the wrong place would not parse or count the same.
    expect(pieces('{"items":["a,b", "c"]}', ['items'])?.elements).toEqual(['a,b', 'c']);
    expect(pieces('{"items":["a\\\\", "c\\\\\\"d"]}', ['items'])?.elements).toEqual(['a\\', 'c\\"d']);
  });
});
