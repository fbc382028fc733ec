import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/comments/load.js';

const fixture = (name: string): string => loadFixture(`structured/${name}`);
import { MalformedInputError } from '../errors.js';
import { parseDisqusXml } from './parse-disqus-xml.js';

describe('parseDisqusXml', () => {
  it('joins posts by dsq:id and reads statuses, authors, text and times', () => {
    const thread = parseDisqusXml(fixture('disqus-small.xml'));
    expect(thread.comments.map((c) => [c.id, c.parentId, c.depth, c.status])).toEqual([
      ['9001', null, 1, 'visible'],
      ['9002', '9001', 2, 'visible'],
      ['9003', '9001', 2, 'deleted'],
      ['9004', null, 1, 'spam'],
      ['disqus-5', null, 1, 'visible'],
    ]);
    expect(thread.comments.map((c) => c.author)).toEqual(['Priya Natarajan', 'riverwatcher', 'Gone User', 'Travel Deals', 'Leo']);
    expect(thread.comments[0]?.text).toBe('Third winter in a row without the new wall.\n\nSomebody should answer for this.');
    expect(thread.comments[1]?.text).toBe('The contractor went bust in May — it was in the paper.');
    expect(thread.comments[0]?.publishedAt).toBe('2023-11-02T08:15:00Z');
    expect(thread.warnings.map((w) => w.code)).toEqual(['missing-id', 'unknown-thread']);
  });

  it('checks a post against threads that come after it, and reports a thread that never comes', () => {
    const post = (id: string, threadId: string): string => `<post dsq:id="${id}"><message>Hi</message><thread dsq:id="${threadId}"/></post>`;
    const input = `<disqus xmlns:dsq="http://disqus.com/disqus-internals">${post('1', '77')}<thread dsq:id="77"><link>x</link></thread>${post('2', '88')}${post('3', '77')}</disqus>`;
    const thread = parseDisqusXml(input, { strict: true });
    expect(thread.comments.map((c) => c.id)).toEqual(['1', '2', '3']);
    expect(thread.warnings.map((w) => [w.code, w.start])).toEqual([['unknown-thread', input.indexOf('<post dsq:id="2"')]]);
  });

  it('says so when a well-formed export holds threads but no posts', () => {
    const thread = parseDisqusXml(fixture('disqus-no-posts.xml'), { strict: true });
    expect(thread.comments).toEqual([]);
    expect(thread.warnings).toEqual([{ code: 'no-comments', message: 'The export holds no <post> elements (2 threads): no comments to read.' }]);
    expect(parseDisqusXml(fixture('disqus-small.xml')).warnings.map((warning) => warning.code)).not.toContain('no-comments');
  });

  it('recovers every post of a malformed export and reports each problem', () => {
    const input = fixture('disqus-malformed.xml');
    const thread = parseDisqusXml(input);
    expect(thread.comments).toHaveLength(5);
    expect(thread.comments[3]).toMatchObject({ id: '9004', status: 'spam', publishedRaw: '2023-13-02T10:00:00Z' });
    expect(thread.comments[3]?.publishedAt).toBeUndefined();
    const codes = thread.warnings.map((w) => w.code);
    expect(codes.filter((code) => code === 'malformed-xml').length).toBeGreaterThanOrEqual(4);
    expect(codes).toContain('invalid-date');
    for (const warning of thread.warnings.filter((w) => w.code === 'malformed-xml')) {
      expect(warning.start).toBeGreaterThanOrEqual(0);
      expect(warning.start).toBeLessThanOrEqual(input.length);
    }
  });

  it('throws a typed error at the first problem in strict mode', () => {
    const error = (() => {
      try {
        parseDisqusXml(fixture('disqus-malformed.xml'), { strict: true });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(MalformedInputError);
    expect(error).toMatchObject({ code: 'MALFORMED_XML', format: 'xml', offset: 0 });
    expect(() => parseDisqusXml(fixture('disqus-small.xml'), { strict: true })).not.toThrow();
  });
});
