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

  it('matches stream ids to post ids whether written as numbers or strings, as their strings do', () => {
    const topic = JSON.stringify({
      post_stream: {
        posts: [
          { id: 10, post_number: 1, cooked: '<p>Topic</p>' },
          { id: '11', post_number: 2, cooked: '<p>Two</p>' },
          { id: 12, post_number: 3, cooked: '<p>Three</p>' },
          { id: '013', post_number: 4, cooked: '<p>Four</p>' },
        ],
        stream: [10, 11, '12', 13, '013', '14', 1e21, 'x'],
      },
    });
    expect(parseDiscourseJson(topic).unloaded[0]?.ids).toEqual(['13', '14', '1e+21', 'x']);
  });

  it('says so when the input is not a topic', () => {
    expect(parseDiscourseJson('{"topic_list": {}}').warnings.map((w) => w.code)).toEqual(['unrecognised-input']);
  });
});
