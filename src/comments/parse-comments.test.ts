import { afterEach, describe, expect, it, vi } from 'vitest';
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

/** A fixture grown past the 16 KB that detection reads, by a long member after everything it has. */
function grown(name: string): string {
  const value = JSON.parse(fixture(name)) as unknown;
  const tail = 'x'.repeat(40_000);
  return JSON.stringify(Array.isArray(value) ? [...(value as unknown[]), tail] : { ...(value as object), zzTail: tail });
}

/** How many times `JSON.parse` read the whole of `text` during `run`. */
function wholeParses(text: string, run: () => void): number {
  const spy = vi.spyOn(JSON, 'parse');
  run();
  return spy.mock.calls.filter(([argument]) => argument === text).length;
}

describe('detectCommentFormat on long inputs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(FIXTURES.filter(([name]) => name.endsWith('.json')))('names a long %s from its start, without parsing it', (name, format) => {
    const text = grown(name);
    let detected: string | undefined;
    expect(wholeParses(text, () => (detected = detectCommentFormat(text)))).toBe(0);
    expect(detected).toBe(format);
  });

  it('parses a long JSON text whole when its start shows no known shape, and then only once', () => {
    const item = JSON.parse(fixture('hn-item.json')) as Record<string, unknown>;
    const { children, ...fields } = item;
    const text = JSON.stringify({ ...fields, text: 'A long story. '.repeat(2000), children });
    expect(detectCommentFormat(text)).toBe('hn-algolia-json');
    let comments = 0;
    expect(wholeParses(text, () => (comments = parseComments(text).comments.length))).toBe(1);
    expect(comments).toBe(4);
  });

  it('has a format parser read a long export once, with the same result as the parser alone', () => {
    const text = grown('reddit-small.json');
    let viaDetection: unknown;
    expect(wholeParses(text, () => (viaDetection = parseComments(text)))).toBe(1);
    expect(viaDetection).toEqual(parseComments(text, { format: 'reddit-json' }));
  });

  it('reads only the start of a huge text for markers', () => {
    const prose = 'The council met again on Tuesday. '.repeat(30_000);
    expect(detectCommentFormat(`${prose}<tr class="athing comtr" id="1">`)).toBe('text');
    expect(detectCommentFormat(`[Updated] ${prose}`)).toBe('text');
    const page = `<html lang="en" op="item"><body><table class="comment-tree"><tr class="athing comtr" id="1"><td>First!</td></tr></table>${'<p>footer</p>'.repeat(100_000)}</body></html>`;
    expect(detectCommentFormat(page)).toBe('hn-html');
  });

  it('still names a long JSON text cut short by its keys', () => {
    const text = grown('discourse-topic.json');
    expect(detectCommentFormat(text.slice(0, text.length - 10))).toBe('discourse-json');
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

  it('reads plain-text scrapes and HTML pages through the page parsers', () => {
    expect(parseComments('Jane Miller\n\nFree trade, bring it on!', { format: 'text' }).format).toBe('text');
    expect(parseComments('<html><body><p>No comments here.</p></body></html>').format).toBe('html');
  });

  it('throws typed errors for unknown formats and bad arguments', () => {
    expect(() => parseComments({ unrelated: true })).toThrow(PresslensError);
    expect(() => parseComments({ post_stream: {} }, { format: 'disqus-xml' })).toThrow(TypeError);
    expect(() => parseComments(42 as unknown as string)).toThrow(TypeError);
  });
});
