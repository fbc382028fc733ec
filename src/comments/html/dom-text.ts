import type { AnyNode, Element } from 'domhandler';
import { isElement } from './dom.js';

/** Elements that start a new paragraph in the text. */
const BLOCKS = new Set(
  'address article aside blockquote dd details div dl dt fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul'.split(' '),
);

/** Elements whose content is never text a reader sees. */
const INVISIBLE = new Set('script style noscript template svg head iframe object canvas button select textarea input'.split(' '));

const PARAGRAPH = 2;
const LINE = 1;

/**
 * The readable text of a DOM subtree, built from the parsed nodes: white space collapsed as a
 * browser does, blocks separated by a blank line, `<br>` as a line break, `<pre>` kept verbatim.
 * (Works on nodes, not on an HTML string, because the comment parsers need the text of many
 * subtrees of one parse.)
 *
 * @param root - The subtree (its own tag included).
 * @param skip - Elements to leave out with their content (chrome such as reply links).
 * @returns Plain text, paragraphs separated by `\n\n`, trimmed.
 */
export function domText(root: AnyNode, skip?: (element: Element) => boolean): string {
  let out = '';
  let pendingBreak = 0;
  let pendingSpace = false;
  let preDepth = 0;
  const stack: Array<AnyNode | Element[]> = [root];
  const write = (text: string): void => {
    if (out !== '') {
      if (pendingBreak === PARAGRAPH) out += '\n\n';
      else if (pendingBreak === LINE) out += '\n';
      else if (pendingSpace) out += ' ';
    }
    pendingBreak = 0;
    pendingSpace = false;
    out += text;
  };
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (Array.isArray(item)) {
      // Leaving an element.
      const element = item[0] as Element;
      if (element.name === 'pre') preDepth--;
      if (BLOCKS.has(element.name)) pendingBreak = PARAGRAPH;
      continue;
    }
    if (item.type === 'text') {
      const data = item.data;
      if (preDepth > 0) {
        write(data);
        continue;
      }
      const collapsed = data.replace(/[\t\n\f\r ]+/gu, ' ');
      if (collapsed === ' ' || collapsed === '') {
        if (collapsed === ' ') pendingSpace = true;
        continue;
      }
      if (collapsed.startsWith(' ')) pendingSpace = true;
      const endsWithSpace = collapsed.endsWith(' ');
      write(collapsed.trim());
      pendingSpace = endsWithSpace;
      continue;
    }
    if (!isElement(item)) {
      // The document (or a fragment) as root: read its children.
      if (item === root && 'children' in item) for (let index = item.children.length - 1; index >= 0; index--) stack.push(item.children[index] as AnyNode);
      continue;
    }
    if (INVISIBLE.has(item.name) || (item !== root && skip?.(item) === true)) continue;
    if (item.name === 'br') {
      if (pendingBreak < LINE) pendingBreak = LINE;
      continue;
    }
    if (BLOCKS.has(item.name)) pendingBreak = PARAGRAPH;
    if (item.name === 'pre') preDepth++;
    stack.push([item]);
    for (let index = item.children.length - 1; index >= 0; index--) stack.push(item.children[index] as AnyNode);
  }
  return out.trim();
}
