import { describe, expect, it } from 'vitest';
import { buildThread, ThreadBuilder, type CommentRecord } from './build-thread.js';

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

describe('ThreadBuilder', () => {
  const build = (records: readonly CommentRecord[]) => {
    const builder = new ThreadBuilder();
    for (const one of records) builder.add(one);
    return { size: builder.size, built: builder.finish() };
  };
  /** The thread as data: JSON of the comments, the tree by index, the roots, the warnings. */
  const shape = ({ comments, roots, warnings }: ReturnType<typeof buildThread>) => ({
    json: JSON.stringify(comments),
    tree: comments.map((comment) => comment.children.map((child) => comments.indexOf(child))),
    roots: roots.map((root) => comments.indexOf(root)),
    warnings,
  });

  it('builds each comment as it is added when parents come first', () => {
    const builder = new ThreadBuilder();
    builder.add(record('a', null));
    builder.add(record('b', 'a'));
    expect(builder.size).toBe(2);
    builder.add(record('a', 'b'));
    const { comments, warnings } = builder.finish();
    expect(comments.map((c) => [c.id, c.depth])).toEqual([
      ['a', 1],
      ['b', 2],
      ['a~2', 3],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['duplicate-id']);
  });

  it('gives the same thread as buildThread when a parent comes late, is missing or closes a cycle', () => {
    const cases: CommentRecord[][] = [
      [record('a', null), record('b', 'a'), record('c', 'd'), record('d', 'a'), record('e', 'c')],
      [record('a', null), record('a', null), record('b', 'missing'), record('c', 'a')],
      [record('x', null), record('a', 'b'), record('b', 'a'), record('c', 'x')],
    ];
    for (const records of cases) {
      const { size, built } = build(records);
      expect(size).toBe(records.length);
      expect(shape(built)).toEqual(shape(buildThread(records)));
    }
    // The comments made before the late parent are dropped, not kept twice.
    const late = build(cases[0] as CommentRecord[]).built;
    expect(late.comments.map((c) => [c.id, c.depth])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 2],
      ['e', 4],
    ]);
    expect(late.roots.map((c) => c.id)).toEqual(['a']);
    expect(late.roots[0]?.children.map((c) => c.id)).toEqual(['b', 'd']);
  });

  it('builds threads larger than one chunk and one id map, in order and after a late parent', () => {
    // 20,000 comments: each reply's parent a few places back, so the lists and the id index grow past their chunk sizes.
    const records = Array.from({ length: 20_000 }, (_, i) => record(`c${i}`, i % 3 === 0 ? null : `c${Math.max(0, i - 1 - (i % 5))}`));
    const depthOf = new Map<string, number>();
    for (const { id, parentId } of records) depthOf.set(id, parentId === null ? 1 : (depthOf.get(parentId) as number) + 1);
    const inOrder = build(records).built;
    expect(inOrder.comments.map((c) => c.depth)).toEqual(records.map((r) => depthOf.get(r.id)));
    expect(inOrder.roots).toHaveLength(records.filter((r) => r.parentId === null).length);
    const childIds = new Map<string, string[]>();
    for (const { id, parentId } of records) if (parentId !== null) childIds.set(parentId, [...(childIds.get(parentId) ?? []), id]);
    expect(inOrder.comments.every((c) => c.children.map((child) => child.id).join() === (childIds.get(c.id) ?? []).join())).toBe(true);
    const late = [...records, record('c20000', 'c20001'), record('c20001', 'c0')];
    expect(shape(build(late).built)).toEqual(shape(buildThread(late)));
    expect(build(late).built.comments).toHaveLength(20_002);
  });
});
