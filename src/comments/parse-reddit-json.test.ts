import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/comments/load.js';

const fixture = (name: string): string => loadFixture(`structured/${name}`);
import { MalformedInputError } from '../errors.js';
import { parseRedditJson } from './parse-reddit-json.js';

describe('parseRedditJson', () => {
  const text = fixture('reddit-small.json');
  const thread = parseRedditJson(text);

  it('walks nested replies in document order and skips the submission', () => {
    expect(thread.format).toBe('reddit-json');
    expect(thread.comments.map((c) => [c.id, c.parentId, c.depth])).toEqual([
      ['c1', null, 1],
      ['c2', 'c1', 2],
      ['c3', 'c2', 3],
      ['c4', null, 1],
      ['c5', null, 1],
    ]);
    expect(thread.warnings).toEqual([]);
  });

  it('reads text from body_html with paragraphs, score and time', () => {
    expect(thread.comments[0]).toMatchObject({ author: 'urbanist_jo', text: 'About time. My commute is 20 minutes shorter.', score: 42, publishedAt: '2023-11-14T22:15:00.000Z', publishedRaw: '1700000100' });
    expect(thread.comments[1]?.text).toBe('Same here.\n\nAnd the buses & trams are packed.');
    expect(thread.comments[0]?.html).toMatch(/^<div class="md"><p>/);
  });

  it('turns [deleted] authors into null and [deleted]/[removed] bodies into statuses', () => {
    expect(thread.comments[2]).toMatchObject({ author: null, status: 'visible', text: 'I moved here for the trains.' });
    expect(thread.comments[3]).toMatchObject({ author: null, status: 'removed', text: '' });
    expect(thread.comments[4]).toMatchObject({ author: null, status: 'deleted', text: '' });
    expect(thread.comments[3]?.html).toBeUndefined();
  });

  it('reports more stubs as unloaded, continue-this-thread included', () => {
    expect(thread.unloaded).toEqual([
      { kind: 'more', parentId: 'c3', ids: [], count: 0, note: 'continue this thread' },
      { kind: 'more', parentId: null, ids: ['c9', 'c10', 'c11'], count: 4, note: 'load 4 more comments' },
    ]);
  });

  it('accepts an already parsed value', () => {
    expect(parseRedditJson(JSON.parse(text) as object).comments).toHaveLength(5);
  });

  it('keeps what is readable from a truncated response and warns; strict mode throws', () => {
    const cut = text.slice(0, text.indexOf('"c4"'));
    const lenient = parseRedditJson(cut);
    expect(lenient.comments.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(lenient.warnings.some((w) => w.code === 'malformed-json')).toBe(true);
    expect(() => parseRedditJson(cut, { strict: true })).toThrow(MalformedInputError);
  });

  it('warns about things it cannot read instead of dropping them silently', () => {
    const odd = parseRedditJson([{ kind: 'Listing', data: { children: [{ kind: 't1' }, { kind: 't1', data: { body: 'no id' } }, { kind: 'weird', data: {} }] } }]);
    expect(odd.comments).toHaveLength(0);
    expect(odd.warnings.map((w) => w.code)).toEqual(['malformed-record', 'malformed-record', 'malformed-record']);
  });
});
