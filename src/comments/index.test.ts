import { expect, it } from 'vitest';
import * as comments from './index.js';

it('exports exactly the public comment API', () => {
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
