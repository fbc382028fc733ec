import { describe, expect, it } from 'vitest';
import * as comments from './index.js';

describe('presslens/comments', () => {
  it('exports exactly the public comment API (page, text and structured parsers)', () => {
    expect(Object.keys(comments).sort()).toEqual([
      'MalformedInputError',
      'PresslensError',
      'detectCommentFormat',
      'extractMainText',
      'findCommentSection',
      'parseCommentoJson',
      'parseComments',
      'parseDiscourseJson',
      'parseDisqusXml',
      'parseHackerNewsJson',
      'parseHtmlComments',
      'parseRedditJson',
      'parseTextComments',
      'parseWordpressWxr',
      'parseYoutubeJson',
    ]);
  });
});
