import { describe, expect, it } from 'vitest';
import { buildThread, type CommentRecord } from './build-thread.js';

const record = (id: string, parentId: string | null): CommentRecord => ({ id, parentId, author: null, text: id, status: 'visible' });

describe('buildThread', () => {
  it('computes depth and children in document order', () => {
    const { comments, roots, warnings } = buildThread([record('a', null), record('b', 'a'), record('c', 'b'), record('d', null), record('e', 'a')]);
    expect(comments.map((c) => c.depth)).toEqual([1, 2, 3, 1, 2]);
    expect(roots.map((c) => c.id)).toEqual(['a', 'd']);
    expect(roots[0]?.children.map((c) => c.id)).toEqual(['b', 'e']);
    expect(warnings).toEqual([]);
  });

  it('handles a reply that comes before its parent', () => {
    const { comments } = buildThread([record('b', 'a'), record('a', null)]);
    expect(comments.map((c) => c.depth)).toEqual([2, 1]);
  });

  it('serialises flat: children are reachable but not repeated in JSON', () => {
    const { roots } = buildThread([record('a', null), record('b', 'a')]);
    expect(roots[0]?.children).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(roots[0]))).toEqual({ id: 'a', parentId: null, author: null, text: 'a', status: 'visible', depth: 1 });
  });

  it('keeps orphans as roots and says so', () => {
    const { comments, roots, warnings } = buildThread([record('a', 'missing')]);
    expect(comments[0]?.depth).toBe(1);
    expect(comments[0]?.parentId).toBe('missing');
    expect(roots).toHaveLength(1);
    expect(warnings.map((w) => w.code)).toEqual(['orphan']);
  });

  it('breaks reply cycles', () => {
    const { roots, warnings } = buildThread([record('a', 'b'), record('b', 'a')]);
    expect(roots).toHaveLength(1);
    expect(warnings.map((w) => w.code)).toEqual(['cycle']);
  });

  it('renames duplicate ids', () => {
    const { comments, warnings } = buildThread([record('a', null), record('a', null)]);
    expect(comments.map((c) => c.id)).toEqual(['a', 'a~1']);
    expect(warnings.map((w) => w.code)).toEqual(['duplicate-id']);
  });

  it('builds a 10,000-deep reply chain without recursion', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => record(`c${i}`, i === 0 ? null : `c${i - 1}`));
    const { comments } = buildThread(chain);
    expect(comments.at(-1)?.depth).toBe(10_000);
    const json = JSON.stringify(comments);
    expect(json.length).toBeLessThan(10_000 * 120);
    expect(comments[0]?.children[0]?.id).toBe('c1');
  });
});
