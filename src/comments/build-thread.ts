import type { Comment, CommentWarning } from './types.js';

/** A comment as a format parser reads it: everything but the tree fields. */
export type CommentRecord = Omit<Comment, 'depth' | 'children'>;

/** The tree built from flat records. */
export interface BuiltThread {
  readonly comments: Comment[];
  readonly roots: Comment[];
  readonly warnings: CommentWarning[];
}

interface Node {
  record: CommentRecord;
  parentIndex: number;
  depth: number;
  children: Comment[];
}

/**
 * Turns flat records (in document order, each naming its parent) into comments with `depth` and
 * `children`. Works without recursion so 10,000-deep reply chains are fine. A record whose parent
 * is missing becomes a root (depth 1) and is reported as an orphan; a repeated id is renamed and
 * reported; a parent cycle is broken at the record that closes it.
 *
 * @param records - The comments in document order.
 * @returns Comments in document order, the roots, and warnings for what had to be repaired.
 */
export function buildThread(records: readonly CommentRecord[]): BuiltThread {
  const warnings: CommentWarning[] = [];
  const indexById = new Map<string, number>();
  const nodes: Node[] = records.map((record, index) => {
    let id = record.id;
    if (indexById.has(id)) {
      const renamed = `${id}~${index}`;
      warnings.push({ code: 'duplicate-id', message: `Comment id ${id} appears more than once; renamed to ${renamed}.` });
      id = renamed;
      record = { ...record, id };
    }
    indexById.set(id, index);
    return { record, parentIndex: -1, depth: 0, children: [] };
  });

  for (const node of nodes) {
    const parentId = node.record.parentId;
    if (parentId === null) continue;
    const parentIndex = indexById.get(parentId);
    if (parentIndex === undefined) {
      warnings.push({ code: 'orphan', message: `Comment ${node.record.id} replies to ${parentId}, which is not in the input; kept as a root.` });
    } else {
      node.parentIndex = parentIndex;
    }
  }

  // Depth by walking up to the nearest node whose depth is known; each node is resolved once.
  for (let start = 0; start < nodes.length; start++) {
    let cursor = nodes[start] as Node;
    // Most replies come after their parent: resolve those without allocating a walk.
    const parent = cursor.parentIndex < 0 ? undefined : (nodes[cursor.parentIndex] as Node);
    if (cursor.depth === 0 && (parent === undefined || parent.depth > 0)) cursor.depth = parent === undefined ? 1 : parent.depth + 1;
    if (cursor.depth > 0) continue;
    const path: Node[] = [];
    const onPath = new Set<Node>();
    while (cursor.depth === 0) {
      if (cursor.parentIndex < 0) {
        cursor.depth = 1;
        break;
      }
      if (onPath.has(cursor)) {
        warnings.push({ code: 'cycle', message: `Comment ${cursor.record.id} closes a reply cycle; kept as a root.` });
        cursor.record = { ...cursor.record, parentId: null };
        cursor.parentIndex = -1;
        cursor.depth = 1;
        break;
      }
      onPath.add(cursor);
      path.push(cursor);
      cursor = nodes[cursor.parentIndex] as Node;
    }
    for (let node = path.pop(); node !== undefined; node = path.pop()) {
      if (node.depth === 0) node.depth = (nodes[node.parentIndex] as Node).depth + 1;
    }
  }

  // Children arrays are shared with the built comments, so they can be filled after creation.
  // `children` is not enumerable: JSON of a thread stays flat (each comment once, linked by
  // parentId) instead of repeating every reply under each ancestor, and a 10,000-deep chain does
  // not overflow JSON.stringify.
  const comments = nodes.map((node): Comment => {
    // Defining `children` first and copying the fields after is several times faster than a
    // spread followed by defineProperty (measured on 36,000-comment threads).
    const comment = Object.defineProperty({}, 'children', { value: node.children, enumerable: false }) as Record<string, unknown>;
    const record = node.record as unknown as Record<string, unknown>;
    for (const key in record) comment[key] = record[key];
    comment['depth'] = node.depth;
    return comment as unknown as Comment;
  });
  const roots: Comment[] = [];
  nodes.forEach((node, index) => {
    const comment = comments[index] as Comment;
    if (node.parentIndex >= 0) (nodes[node.parentIndex] as Node).children.push(comment);
    else roots.push(comment);
  });
  return { comments, roots, warnings };
}
