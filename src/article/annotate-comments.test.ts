import { describe, expect, it } from 'vitest';
import { annotateComments } from './annotate-comments.js';
import { buildThread } from '../comments/build-thread.js';
import type { CommentThread } from '../comments/types.js';

const input = 'Great piece.\nThanks, Jane!\nCookie settings\nI disagree.';

function thread(): CommentThread {
  const record = (id: string, parentId: string | null, start: number, end: number) => ({ text: input.slice(start, end), start, end, id, parentId, author: null, status: 'visible' as const });
  const built = buildThread([record('c1', null, 0, 12), record('c2', 'c1', 13, 26), record('c3', 'c1', 27, 42), record('c4', null, 43, 54)]);
  return { format: 'text', comments: built.comments, roots: built.roots, boilerplate: [], warnings: [], unloaded: [] };
}

describe('annotateComments', () => {
  it('links the annotated comments into the same tree', () => {
    const annotated = annotateComments(thread(), { language: () => ({ language: 'en' }) as never, details: false, offsetsIntoInput: true });
    const [first, second, third, fourth] = annotated.comments;
    expect(annotated.roots).toEqual([first, fourth]);
    expect(annotated.roots[0]).toBe(first);
    expect(first?.children).toHaveLength(2);
    expect(first?.children[0]).toBe(second);
    expect(first?.children[1]).toBe(third);
    expect(second?.depth).toBe(2);
    expect(Object.keys(first ?? {})).toEqual(['text', 'start', 'end', 'id', 'parentId', 'author', 'status', 'depth', 'language']);
    expect(Object.getOwnPropertyDescriptor(first, 'children')?.enumerable).toBe(false);
    for (const comment of annotated.comments) expect(input.slice(comment.start, comment.end)).toBe(comment.text);
  });

  it('leaves out a reply the thread no longer lists', () => {
    const parsed = thread();
    const withoutChrome = { ...parsed, comments: parsed.comments.filter((comment) => comment.id !== 'c3') };
    const annotated = annotateComments(withoutChrome, { language: null, details: false, offsetsIntoInput: true });
    expect(annotated.comments.map((comment) => comment.id)).toEqual(['c1', 'c2', 'c4']);
    expect(annotated.comments[0]?.children.map((comment) => comment.id)).toEqual(['c2']);
    expect(annotated.comments[0]?.language).toBeNull();
  });

  it('adds quotes and numbers with offsets into the input', () => {
    const annotated = annotateComments(thread(), { language: null, details: true, offsetsIntoInput: true });
    const last = annotated.comments[3];
    expect(Object.keys(last ?? {}).slice(-3)).toEqual(['language', 'quotes', 'numbers']);
    for (const comment of annotated.comments) {
      for (const found of [...(comment.quotes ?? []), ...(comment.numbers ?? [])]) expect(input.slice(found.start, found.end)).toBe(found.text);
    }
  });
});
