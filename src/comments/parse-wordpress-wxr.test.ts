import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/comments/load.js';

const fixture = (name: string): string => loadFixture(`structured/${name}`);
import { MalformedInputError } from '../errors.js';
import { parseWordpressWxr } from './parse-wordpress-wxr.js';

describe('parseWordpressWxr', () => {
  const thread = parseWordpressWxr(fixture('wordpress-small.xml'));

  it('reads every comment of every post, in document order, with its tree', () => {
    expect(thread.format).toBe('wordpress-wxr');
    expect(thread.comments.map((c) => [c.id, c.parentId, c.depth])).toEqual([
      ['101', null, 1],
      ['102', '101', 2],
      ['103', '102', 3],
      ['104', null, 1],
      ['105', null, 1],
      ['201', null, 1],
      ['202', null, 1],
    ]);
    expect(thread.roots.map((c) => c.id)).toEqual(['101', '104', '105', '201', '202']);
    expect(thread.roots[0]?.children[0]?.children[0]?.id).toBe('103');
    expect(thread.warnings).toEqual([]);
  });

  it('says so when a well-formed export holds no comments', () => {
    const thread = parseWordpressWxr(fixture('wxr-no-comments.xml'), { strict: true });
    expect(thread.comments).toEqual([]);
    expect(thread.warnings).toEqual([{ code: 'no-comments', message: 'The export holds no <wp:comment> elements: no comments to read.' }]);
  });

  it('reads statuses from wp:comment_approved', () => {
    expect(thread.comments.map((c) => c.status)).toEqual(['visible', 'visible', 'visible', 'spam', 'pending', 'visible', 'deleted']);
  });

  it('keeps WordPress paragraphs and line breaks and decodes entities', () => {
    expect(thread.comments[0]?.text).toBe(
      "Finally! The old pier has been closed since 2019.\nThe ferry queue will be shorter too.\n\nWho pays for it, though? The article doesn't say & I'd like to know.",
    );
    expect(thread.comments[1]?.text).toBe('The harbour trust pays half, see the minutes.');
    expect(thread.comments[1]?.html).toContain('<a href="https://example.org/minutes">');
    expect(thread.comments[5]?.text).toBe('[…] the new timetable […]');
  });

  it('uses the GMT time, or the local time when WordPress never set it', () => {
    expect(thread.comments[0]).toMatchObject({ publishedAt: '2024-03-05T08:12:00Z', publishedRaw: '2024-03-05 08:12:00' });
    expect(thread.comments[4]).toMatchObject({ publishedAt: '2024-03-06T18:30:00', publishedRaw: '2024-03-06 18:30:00' });
  });

  it('gives an empty author name as null', () => {
    expect(thread.comments.map((c) => c.author)).toEqual(['Margaret Okafor', 'Tom Reyes', 'Margaret Okafor', 'cheap-watches-online', null, 'Island Cycling Club', 'Ana']);
  });

  it('recovers from a truncated export with a warning, and throws in strict mode', () => {
    const full = fixture('wordpress-small.xml');
    const truncated = full.slice(0, full.indexOf('<wp:comment_id>103'));
    const lenient = parseWordpressWxr(truncated);
    expect(lenient.comments.map((c) => c.id)).toEqual(['101', '102', 'wxr-3']);
    expect(lenient.warnings.map((w) => w.code)).toContain('malformed-xml');
    expect(lenient.warnings.map((w) => w.code)).toContain('missing-id');
    expect(() => parseWordpressWxr(truncated, { strict: true })).toThrow(MalformedInputError);
  });

  it('rejects a non-string input', () => {
    expect(() => parseWordpressWxr({} as unknown as string)).toThrow(TypeError);
  });
});
