import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/comments/load.js';

const fixture = (name: string): string => loadFixture(`structured/${name}`);
import { parseHackerNewsJson } from './parse-hacker-news-json.js';

describe('parseHackerNewsJson', () => {
  const thread = parseHackerNewsJson(fixture('hn-item.json'));

  it('treats the item as the subject and its children as the thread', () => {
    expect(thread.comments.map((c) => [c.id, c.parentId, c.depth, c.author, c.status])).toEqual([
      ['9001', null, 1, 'sailor', 'visible'],
      ['9003', '9001', 2, 'founder', 'visible'],
      ['9004', '9003', 3, null, 'deleted'],
      ['9002', null, 1, 'skeptic', 'visible'],
    ]);
  });

  it('reads HN markup (unclosed <p> paragraphs, entities) as text', () => {
    expect(thread.comments[0]?.text).toBe('Nice. Does it cover the Baltic?\n\nIt has almost no tide, so that would be a fun test.');
    expect(thread.comments[1]?.text).toBe('Yes — every port with a gauge.');
    expect(thread.comments[0]?.publishedAt).toBe('2024-01-10T12:05:00.000Z');
    expect(thread.comments[2]?.text).toBe('');
  });

  it('reads the official API flags for deleted and dead items', () => {
    const flagged = parseHackerNewsJson({ id: 1, type: 'story', children: [{ id: 2, type: 'comment', by: 'x', text: 'spam', dead: true, time: 1700000000, children: [] }, { id: 3, deleted: true, children: [] }] });
    expect(flagged.comments.map((c) => [c.status, c.author])).toEqual([
      ['removed', 'x'],
      ['deleted', null],
    ]);
  });

  it('warns about children it cannot read', () => {
    const odd = parseHackerNewsJson({ id: 1, type: 'poll', children: [{ type: 'comment' }, { id: 5, type: 'pollopt', children: [] }] });
    expect(odd.comments).toHaveLength(0);
    expect(odd.warnings).toHaveLength(2);
  });
});
