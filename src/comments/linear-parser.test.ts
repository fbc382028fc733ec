import { DomHandler, type AnyNode } from 'domhandler';
import { Parser, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { LinearParser } from './linear-parser.js';

/** The tree as nested arrays of tag names and text, with each element's source range. */
function shape(node: AnyNode): unknown {
  if (node.type === 'text') return node.data;
  if (!('children' in node)) return node.type;
  const name = 'name' in node ? node.name : '#root';
  return [name, node.startIndex, node.endIndex, ...node.children.map(shape)];
}

function parseLinear(html: string, xmlMode = false): AnyNode {
  const handler = new DomHandler(undefined, { withStartIndices: true, withEndIndices: true, xmlMode });
  new LinearParser(handler, { xmlMode }).end(html);
  return handler.root;
}

const MISNESTED = [
  '<p>one<div>two</p>three</div>',
  '<div><span>a</div></span>b</b><i>c',
  '<form><form><input></form>x</form>',
  '<ul><li>a<li>b<ul><li>c</ul><li>d</ul>',
  '<table><tr><td>a<td>b<tr><td>c</table>',
  '<svg><foreignObject><div>x</div></foreignObject><clipPath><path/></clipPath></svg><p>y',
  '<math><mi>x</mi></math><select><option>a<option>b</select>',
  '<div>'.repeat(50) + '</span>'.repeat(5) + '</div>'.repeat(20),
  // Past the depth where the stack starts counting names, and back.
  '<b>' + '<div><i>'.repeat(400) + '</b></span>' + '</i></div>'.repeat(100) + '<b>x</b></i>',
];

describe('LinearParser', () => {
  it('builds the same tree as htmlparser2 on mis-nested HTML', () => {
    for (const html of MISNESTED) {
      const reference = parseDocument(html, { withStartIndices: true, withEndIndices: true });
      expect(shape(parseLinear(html))).toEqual(shape(reference));
    }
  });

  it('builds the same tree as htmlparser2 on XML with stray and unclosed tags', () => {
    const xml = '<a><b><c>x</b></d><e/>y</a><f>';
    const handler = new DomHandler(undefined, { withStartIndices: true, withEndIndices: true, xmlMode: true });
    new Parser(handler, { xmlMode: true }).end(xml);
    expect(shape(parseLinear(xml, true))).toEqual(shape(handler.root));
  });

  it('nests 50,000 unclosed elements and closes them all at the end', () => {
    const depth = 50_000;
    let node = parseLinear('<div>'.repeat(depth) + 'deep');
    let levels = 0;
    while ('children' in node && node.children.length > 0) {
      node = node.children[0] as AnyNode;
      if (node.type === 'tag') levels++;
    }
    expect(levels).toBe(depth);
    expect(node.type === 'text' ? node.data : null).toBe('deep');
  });

  it('can be reset and reused', () => {
    const handler = new DomHandler();
    const parser = new LinearParser(handler);
    parser.end('<div><p>a');
    parser.reset();
    parser.end('<b>x</b>');
    expect(shape(handler.root)).toEqual(shape(parseDocument('<b>x</b>')));
  });
});
