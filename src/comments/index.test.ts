import { describe, expect, it } from 'vitest';
import * as comments from './index.js';

describe('presslens/comments (structured part)', () => {
  it('exports exactly the structured-format entry points', () => {
    expect(Object.keys(comments).sort()).toEqual([
      'detectCommentFormat',
      'parseCommentoJson',
      'parseComments',
      'parseDiscourseJson',
      'parseDisqusXml',
      'parseHackerNewsJson',
      'parseRedditJson',
      'parseWordpressWxr',
      'parseYoutubeJson',
    ]);
  });
});
