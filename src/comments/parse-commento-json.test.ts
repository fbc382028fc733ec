import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/comments/load.js';

const fixture = (name: string): string => loadFixture(`structured/${name}`);
import { parseCommentoJson } from './parse-commento-json.js';

describe('parseCommentoJson', () => {
  const thread = parseCommentoJson(fixture('commento-export.json'));

  it('joins comments by parentHex and resolves commenters', () => {
    expect(thread.comments.map((c) => [c.id, c.parentId, c.depth, c.author])).toEqual([
      ['a1', null, 1, null],
      ['a2', 'a1', 2, 'Hannah Gardener'],
      ['a3', null, 1, 'Worm Kid'],
      ['a4', 'a3', 2, 'Hannah Gardener'],
    ]);
  });

  it('reads html when rendered, markdown otherwise, and statuses', () => {
    expect(thread.comments.map((c) => c.text)).toEqual(['Does this work in winter?', 'Yes, just slower.', 'First!', '']);
    expect(thread.comments.map((c) => c.status)).toEqual(['visible', 'visible', 'pending', 'deleted']);
    expect(thread.comments[0]).toMatchObject({ score: 2, publishedAt: '2022-10-01T10:00:00Z' });
  });
});
