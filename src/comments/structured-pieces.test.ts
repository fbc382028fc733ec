import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/comments/load.js';
import { parseComments } from './parse-comments.js';
import { parseHackerNewsJson } from './parse-hacker-news-json.js';
import { parseRedditJson } from './parse-reddit-json.js';
import { parseYoutubeJson } from './parse-youtube-json.js';
import type { CommentThread } from './types.js';

/**
 * The JSON parsers read a large text piece by piece (json-pieces.ts) and a parsed value whole; both
 * must give the same thread. Each case grows a fixture to a few hundred kilobytes (several batches)
 * by repeating its comments under fresh ids.
 */
type Parse = (input: string | object) => CommentThread;

/** The thread as data, with the tree that JSON.stringify leaves out (children as indexes). */
function shape(thread: CommentThread): unknown {
  const index = new Map(thread.comments.map((comment, position) => [comment, position]));
  return {
    json: JSON.parse(JSON.stringify(thread)) as unknown,
    tree: thread.comments.map((comment) => comment.children.map((child) => index.get(child))),
    roots: thread.roots.map((root) => index.get(root)),
  };
}

/** A copy of `value` whose id-like strings (and numbers) carry a suffix, so copies do not collide. */
function renamed(value: unknown, copy: number, idKeys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => renamed(item, copy, idKeys));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (!idKeys.has(key)) return [key, renamed(item, copy, idKeys)];
      if (typeof item === 'number') return [key, item + copy * 1_000_000];
      return [key, typeof item === 'string' ? `${item}-${copy}` : item];
    }),
  );
}

interface Case {
  readonly name: string;
  readonly parse: Parse;
  readonly fixture: string;
  /** The big array of the parsed fixture, to be repeated. */
  readonly grow: (value: Record<string, unknown> | unknown[], copies: number) => unknown;
}

const repeat = (items: unknown[], copies: number, idKeys: ReadonlySet<string>): unknown[] => Array.from({ length: copies }, (_, copy) => items.map((item) => renamed(item, copy, idKeys))).flat();

const cases: Case[] = [
  {
    name: 'parseYoutubeJson',
    parse: parseYoutubeJson,
    fixture: 'youtube-threads.json',
    grow: (value, copies) => ({ ...value, items: repeat((value as { items: unknown[] }).items, copies, new Set(['id', 'parentId'])) }),
  },
  {
    name: 'parseHackerNewsJson',
    parse: parseHackerNewsJson,
    fixture: 'hn-item.json',
    grow: (value, copies) => ({ ...value, children: repeat((value as { children: unknown[] }).children, copies, new Set(['id', 'parent_id'])) }),
  },
  {
    name: 'parseRedditJson',
    parse: parseRedditJson,
    fixture: 'reddit-small.json',
    grow: (value, copies) => {
      const [post, comments] = value as [unknown, { data: { children: unknown[] } }];
      return [post, { ...comments, data: { ...comments.data, children: repeat(comments.data.children, copies, new Set(['id', 'name', 'parent_id'])) } }];
    },
  },
];

describe.each(cases)('$name on a large text', ({ parse, fixture, grow }) => {
  const value = grow(JSON.parse(loadFixture(`structured/${fixture}`)) as Record<string, unknown>, 120);
  const text = JSON.stringify(value, null, 1);

  it('reads the text piece by piece with the same result as the parsed value', () => {
    expect(text.length).toBeGreaterThan(80_000);
    const thread = parse(text);
    expect(thread.comments.length).toBeGreaterThan(240);
    expect(shape(thread)).toEqual(shape(parse(value as object)));
    expect(shape(parseComments(text))).toEqual(shape(thread));
  });

  it('reads a text with a malformed record late in it leniently, as before', () => {
    const at = text.lastIndexOf('"id"');
    const broken = `${text.slice(0, at)}"id" oops${text.slice(at + 4)}`;
    const thread = parse(broken);
    expect(thread.warnings.map((warning) => warning.code)).toContain('malformed-json');
    expect(thread.comments.length).toBeGreaterThan(240);
  });
});
