import { describe, expect, it } from 'vitest';
import { PreOrderWalk } from './pre-order-walk.js';

interface Node {
  id: string;
  replies: Node[];
}
const node = (id: string, ...replies: Node[]): Node => ({ id, replies });

function walkAll(top: Node[]): string[] {
  const walk = new PreOrderWalk();
  walk.push(top, null);
  const seen: string[] = [];
  while (walk.hasNext()) {
    const item = walk.next() as Node;
    seen.push(`${item.id}<${walk.parentId ?? 'root'}`);
    walk.push(item.replies, item.id);
  }
  return seen;
}

describe('PreOrderWalk', () => {
  it('walks replies before the next sibling, with each item its parent', () => {
    expect(walkAll([node('a', node('b', node('c')), node('d')), node('e')])).toEqual(['a<root', 'b<a', 'c<b', 'd<a', 'e<root']);
  });

  it('takes the list pushed last first and skips empty lists', () => {
    const walk = new PreOrderWalk();
    walk.push(['x1', 'x2'], 'x');
    walk.push([], 'empty');
    walk.push(['y1'], 'y');
    const seen: string[] = [];
    while (walk.hasNext()) seen.push(`${String(walk.next())}<${walk.parentId}`);
    expect(seen).toEqual(['y1<y', 'x1<x', 'x2<x']);
  });

  it('walks a 10,000-deep chain without recursion', () => {
    let chain = node('leaf');
    for (let i = 0; i < 10_000; i++) chain = node(`n${i}`, chain);
    expect(walkAll([chain])).toHaveLength(10_001);
  });
});
