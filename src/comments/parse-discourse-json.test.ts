import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/comments/load.js';

const fixture = (name: string): string => loadFixture(`structured/${name}`);
import { parseDiscourseJson } from './parse-discourse-json.js';

describe('parseDiscourseJson', () => {
  const thread = parseDiscourseJson(fixture('discourse-topic.json'));

  it('leaves out the opening post and links replies by post number', () => {
    expect(thread.comments.map((c) => [c.id, c.parentId, c.depth])).toEqual([
      ['502', null, 1],
      ['503', '502', 2],
      ['504', null, 1],
      ['505', null, 1],
      ['506', '#40', 1],
    ]);
    expect(thread.warnings.map((w) => w.code)).toEqual(['orphan']);
  });

  it('reads username, cooked text, likes and statuses', () => {
    expect(thread.comments.map((c) => c.author)).toEqual(['bookworm', 'nightowl', 'grumpy', 'flagged_user', 'late']);
    expect(thread.comments[0]).toMatchObject({ text: 'Yes please.\n\nWeekends are the only time I can come.', score: 2, publishedAt: '2024-02-02T10:00:00.000Z' });
    expect(thread.comments.map((c) => c.status)).toEqual(['visible', 'visible', 'deleted', 'removed', 'visible']);
  });

  it('reports stream ids that the payload does not include', () => {
    expect(thread.unloaded).toEqual([{ kind: 'stream', parentId: null, ids: ['507', '508'], count: 2, note: expect.any(String) }]);
  });

  it('says so when the input is not a topic', () => {
    expect(parseDiscourseJson('{"topic_list": {}}').warnings.map((w) => w.code)).toEqual(['unrecognised-input']);
  });
});
