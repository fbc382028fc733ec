import { describe, expect, it } from 'vitest';
import { classifyLine } from './classify-line.js';
import { LineTable } from './line-table.js';

describe('LineTable', () => {
  it('keeps every line of a table larger than one chunk, in order', () => {
    const table = new LineTable();
    const kinds = ['Great piece!', '3 Comments', 'Reply'].map(classifyLine);
    for (let i = 0; i < 20_000; i++) table.push(i * 10, i * 10 + 5, i % 3, kinds[i % 3] as ReturnType<typeof classifyLine>);
    expect(table.length).toBe(20_000);
    for (const i of [0, 8191, 8192, 16_383, 16_384, 19_999]) {
      expect([table.start(i), table.end(i), table.blankBefore(i), table.lineClass(i)]).toEqual([i * 10, i * 10 + 5, i % 3, kinds[i % 3]]);
    }
    expect([table.kind(0), table.kind(8194), table.kind(19_999)]).toEqual(['text', 'header', 'header']);
    expect(table.kind(8195)).toBe('reply-link');
  });
});
