import type { AnyNode, Element } from 'domhandler';
import { SKIPPED_ELEMENTS } from '../data/html-text-elements.js';
import { HtmlTextWriter } from '../html-text-writer.js';
import { isSpaceCode } from '../../text/span.js';
import { isElement } from './dom.js';

/**
 * The readable text of a DOM subtree, laid out as `htmlToText` lays out a string: white space
 * collapsed as a browser does, blocks separated by a blank line, `<br>` and list items as line
 * breaks, `<pre>` kept. (Works on nodes, not on an HTML string, because the comment parsers need
 * the text of many subtrees of one parse.)
 *
 * @param root - The subtree (its own tag included, and read even if it is one that is skipped
 *   inside, such as `<title>`).
 * @param skip - Elements to leave out with their content (chrome such as reply links).
 * @returns Plain text, paragraphs separated by `\n\n`, trimmed.
 */
export function domText(root: AnyNode, skip?: (element: Element) => boolean): string {
  const writer = new HtmlTextWriter();
  // An array marks leaving an element; the explicit stack keeps 10,000-deep threads off the call stack.
  const stack: Array<AnyNode | [Element]> = [root];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (Array.isArray(item)) {
      writer.close(item[0].name);
      continue;
    }
    if (item.type === 'text') {
      writer.text(item.data);
      continue;
    }
    if (!isElement(item)) {
      // The document (or a fragment) as root: read its children.
      if (item === root && 'children' in item) for (let index = item.children.length - 1; index >= 0; index--) stack.push(item.children[index] as AnyNode);
      continue;
    }
    if (item !== root && (SKIPPED_ELEMENTS.has(item.name) || skip?.(item) === true)) continue;
    writer.open(item.name);
    stack.push([item]);
    for (let index = item.children.length - 1; index >= 0; index--) stack.push(item.children[index] as AnyNode);
  }
  return writer.toString().trim();
}

/**
 * How many non-space characters of readable text each element under `root` holds (skipped
 * elements such as scripts count nothing), computed for all of them in one pass: comment finders
 * that weigh many nested elements by their text would otherwise re-read each subtree per element,
 * quadratic on deeply nested pages.
 *
 * @param root - The subtree (its own tag included).
 * @returns The count for `root` and every element inside it that is not skipped.
 */
export function textSizes(root: AnyNode): Map<AnyNode, number> {
  const sizes = new Map<AnyNode, number>();
  // An array marks leaving a node: its total is final and is added to its parent's.
  const stack: Array<AnyNode | [AnyNode]> = [root];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (Array.isArray(item)) {
      const [node] = item;
      const parent = node.parent;
      if (node !== root && parent !== null) sizes.set(parent, (sizes.get(parent) ?? 0) + (sizes.get(node) ?? 0));
      continue;
    }
    if (item.type === 'text') {
      if (item !== root && item.parent !== null) sizes.set(item.parent, (sizes.get(item.parent) ?? 0) + nonSpaceLength(item.data));
      continue;
    }
    if (!('children' in item) || (item !== root && isElement(item) && SKIPPED_ELEMENTS.has(item.name))) continue;
    sizes.set(item, sizes.get(item) ?? 0);
    stack.push([item]);
    for (let index = item.children.length - 1; index >= 0; index--) stack.push(item.children[index] as AnyNode);
  }
  return sizes;
}

function nonSpaceLength(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) if (!isSpaceCode(text.charCodeAt(index))) count++;
  return count;
}
