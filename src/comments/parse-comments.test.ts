import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/comments/load.js';

const fixture = (name: string): string => loadFixture(`structured/${name}`);
import { MalformedInputError, PresslensError } from '../errors.js';
import { detectCommentFormat } from './detect-comment-format.js';
import { parseComments } from './parse-comments.js';
import type { CommentFormat } from './types.js';

const FIXTURES: readonly (readonly [string, CommentFormat])[] = [
  ['wordpress-small.xml', 'wordpress-wxr'],
  ['disqus-small.xml', 'disqus-xml'],
  ['disqus-malformed.xml', 'disqus-xml'],
  ['reddit-small.json', 'reddit-json'],
  ['hn-item.json', 'hn-algolia-json'],
  ['discourse-topic.json', 'discourse-json'],
  ['youtube-threads.json', 'youtube-json'],
  ['commento-export.json', 'commento-json'],
];

describe('detectCommentFormat', () => {
  it.each(FIXTURES)('detects %s as %s, from text and from parsed JSON', (name, format) => {
    const text = fixture(name);
    expect(detectCommentFormat(text)).toBe(format);
    if (name.endsWith('.json')) expect(detectCommentFormat(JSON.parse(text) as object)).toBe(format);
  });

  it('sees through a byte-order mark', () => {
    expect(detectCommentFormat(`\ufeff${fixture('commento-export.json')}`)).toBe('commento-json');
    expect(parseComments(`\ufeff${fixture('disqus-small.xml')}`, { strict: true }).comments).toHaveLength(5);
  });

  it('detects malformed JSON by its keys', () => {
    const text = fixture('reddit-small.json');
    expect(detectCommentFormat(text.slice(0, 500))).toBe('reddit-json');
  });

  it('falls back to text, and tells pages and HN pages apart', () => {
    expect(detectCommentFormat('Great piece.\n\n\nJane says:\nI disagree.')).toBe('text');
    expect(detectCommentFormat('{"unrelated": true}')).toBe('text');
    expect(detectCommentFormat('<!DOCTYPE html><html><body><ol class="comment-list"></ol></body></html>')).toBe('html');
    expect(detectCommentFormat("<html><table class='comment-tree'><tr class='athing comtr' id='1'></tr></table></html>")).toBe('hn-html');
    expect(detectCommentFormat({ unrelated: true })).toBeUndefined();
  });
});

describe('parseComments', () => {
  it.each(FIXTURES)('parses %s like its own parser', (name, format) => {
    const thread = parseComments(fixture(name));
    expect(thread.format).toBe(format);
    expect(thread.comments.length).toBeGreaterThan(0);
  });

  it('honours an explicit format and strict mode', () => {
    expect(() => parseComments(fixture('disqus-malformed.xml'), { format: 'disqus-xml', strict: true })).toThrow(MalformedInputError);
    expect(parseComments(fixture('hn-item.json'), { format: 'hn-algolia-json' }).comments).toHaveLength(4);
  });

  it('throws typed errors for unknown and unavailable formats and bad arguments', () => {
    expect(() => parseComments({ unrelated: true })).toThrow(PresslensError);
    expect(() => parseComments('just text', { format: 'text' })).toThrow(/No parser for the text format/);
    expect(() => parseComments({ post_stream: {} }, { format: 'disqus-xml' })).toThrow(TypeError);
    expect(() => parseComments(42 as unknown as string)).toThrow(TypeError);
  });
});
