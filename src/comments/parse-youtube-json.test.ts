import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/comments/load.js';

const fixture = (name: string): string => loadFixture(`structured/${name}`);
import { parseYoutubeJson } from './parse-youtube-json.js';

describe('parseYoutubeJson', () => {
  const thread = parseYoutubeJson(fixture('youtube-threads.json'));

  it('reads top-level comments and their included replies', () => {
    expect(thread.comments.map((c) => [c.id, c.parentId, c.depth, c.author])).toEqual([
      ['UgzA', null, 1, '@marine_bio'],
      ['UgzA.r1', 'UgzA', 2, '@camera_person'],
      ['UgzA.r2', 'UgzA', 2, '@seal_fan'],
      ['UgzB', null, 1, '@bot123'],
    ]);
    expect(thread.comments[0]).toMatchObject({ text: 'Those are grey seals, not harbour seals.\n\nSource: I count them for a living.', score: 310, publishedAt: '2024-04-01T18:00:00Z' });
  });

  it('maps moderationStatus to statuses', () => {
    expect(thread.comments.map((c) => c.status)).toEqual(['visible', 'visible', 'pending', 'spam']);
  });

  it('reports replies beyond those included and the next page', () => {
    expect(thread.unloaded).toEqual([
      { kind: 'more', parentId: 'UgzA', ids: [], count: 3, note: expect.any(String) },
      { kind: 'page', parentId: null, ids: [], count: null, note: expect.stringContaining('QURTSl9pM') },
    ]);
  });

  it('reads a comments.list response of replies', () => {
    const replies = parseYoutubeJson({ kind: 'youtube#commentListResponse', items: [{ kind: 'youtube#comment', id: 'r9', snippet: { parentId: 'UgzA', textOriginal: 'plain', authorDisplayName: '@x' } }] });
    expect(replies.comments[0]).toMatchObject({ id: 'r9', parentId: 'UgzA', text: 'plain', depth: 1 });
  });
});
