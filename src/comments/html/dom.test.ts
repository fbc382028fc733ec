import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { matcher, parseHtml, sourceSpan, walkElements } from './dom.js';
import { domText } from './dom-text.js';

const PAGE = '<ol class="comment-list"><li id="c1" class="comment depth-1"><b class="fn">Ann</b><p>First &amp; best</p></li><li id="c2" class="comment depth-1"><b class="fn">Bo</b><p>Second</p></li></ol><script>var x = 1;</script><style>p{}</style>';

function elements(html: string): Element[] {
  const found: Element[] = [];
  walkElements(parseHtml(html), (element) => {
    found.push(element);
  });
  return found;
}

describe('parseHtml', () => {
  it('builds elements with source ranges, attributes, parents and siblings', () => {
    const list = elements(PAGE);
    expect(list.map((element) => element.name)).toEqual(['ol', 'li', 'b', 'p', 'li', 'b', 'p', 'script', 'style']);
    const [ol, first, , , second] = list as [Element, Element, Element, Element, Element];
    expect(PAGE.slice(sourceSpan(first, PAGE.length).start, sourceSpan(first, PAGE.length).end)).toBe('<li id="c1" class="comment depth-1"><b class="fn">Ann</b><p>First &amp; best</p></li>');
    expect(first.attribs).toEqual({ id: 'c1', class: 'comment depth-1' });
    expect(first.parent).toBe(ol);
    expect(first.next).toBe(second);
    expect(second.prev).toBe(first);
    expect(ol.children).toEqual([first, second]);
    expect(list.map((element) => element.type).slice(-2)).toEqual(['script', 'style']);
    expect(domText(first)).toBe('Ann\n\nFirst & best');
  });

  it('keeps only the fields the readers use', () => {
    const [ol] = elements(PAGE);
    expect(Object.keys(ol as Element).sort()).toEqual(['attribs', 'children', 'endIndex', 'name', 'parent', 'startIndex']);
    const paragraph = elements(PAGE)[3] as Element;
    const text = paragraph.children[0];
    expect(text && Object.keys(text).sort()).toEqual(['data', 'parent']);
    // `type`, `prev` and `next` come from the prototype.
    expect([ol?.type, text?.type]).toEqual(['tag', 'text']);
    // A text read in pieces around a character reference is one node.
    expect(text && 'data' in text ? text.data : null).toBe('First & best');
  });

  it('shares one frozen attribute object among elements without attributes', () => {
    const [, , , p1, , , p2] = elements(PAGE);
    expect(p1?.attribs).toEqual({});
    expect(p1?.attribs).toBe(p2?.attribs);
    expect(Object.isFrozen(p1?.attribs)).toBe(true);
  });

  it('shares one frozen child list among empty elements and gives a single child a list of one', () => {
    const [, first, second] = elements('<p><br><img src="a.png"></p>');
    expect(first?.children).toEqual([]);
    expect(first?.children).toBe(second?.children);
    expect(Object.isFrozen(first?.children)).toBe(true);
    const bold = elements('<div><b>x</b></div>')[1];
    expect(bold?.children.map((child) => ('data' in child ? child.data : null))).toEqual(['x']);
  });

  it('shares one frozen attribute object among elements whose attributes repeat', () => {
    const list = elements('<p class="x">a</p><p class="x">b</p><p class="x">c</p><p class="x" id="d">d</p><p id="x">e</p><p title="x">f</p><p title="x">g</p>');
    expect(list.map((element) => element.attribs)).toEqual([{ class: 'x' }, { class: 'x' }, { class: 'x' }, { class: 'x', id: 'd' }, { id: 'x' }, { title: 'x' }, { title: 'x' }]);
    expect(list[2]?.attribs).toBe(list[1]?.attribs);
    expect(Object.isFrozen(list[2]?.attribs)).toBe(true);
    expect(list[6]?.attribs).not.toBe(list[1]?.attribs);
    // Many different repeated sets, some in the same pool slot: each element keeps its own values.
    const classes = Array.from({ length: 3000 }, (_, index) => `k${index}`);
    const many = elements(classes.map((name) => `<i class="${name}"></i><i class="${name}"></i><b class="${name}"></b>`).join('')).filter((element) => element.name === 'b');
    expect(many.map((element) => element.attribs['class'])).toEqual(classes);
  });

  it('reads pages with more distinct short strings than its string pool keeps', () => {
    const items = Array.from({ length: 6000 }, (_, index) => `<li id="c${index}" class="comment">Text ${index}</li>`).join('');
    const list = elements(`<ol>${items}</ol>`).slice(1);
    expect(list.length).toBe(6000);
    expect(list.map((element) => element.attribs['id'])).toEqual(Array.from({ length: 6000 }, (_, index) => `c${index}`));
    expect(domText(list[5999] as Element)).toBe('Text 5999');
  });

  it('links siblings of every kind, domhandler comment nodes among them', () => {
    const document = parseHtml('<ul>x<li id="a">a</li><!-- note --><li id="b">b</li></ul>');
    const [list] = document.children as [Element];
    const [text, first, note, second] = list.children as [AnyNode, Element, AnyNode, Element];
    expect([text.prev, text.next]).toEqual([null, first]);
    expect([first.prev, first.next]).toEqual([text, note]);
    expect([note.type, note.prev, note.next]).toEqual(['comment', first, second]);
    expect([second.prev, second.next]).toEqual([note, null]);
    expect(list.prev).toBeNull();
    const ids = (selector: string): string[] => selectAll<AnyNode, Element>(selector, document).map((element) => element.attribs['id'] ?? element.name);
    expect(ids('li + li')).toEqual(['b']);
    expect(ids('li:first-child')).toEqual(['a']);
  });

  it('answers css-select queries, sibling and structural ones included', () => {
    const document = parseHtml(PAGE);
    const names = (selector: string): string[] => selectAll<AnyNode, Element>(selector, document).map((element) => element.attribs['id'] ?? element.name);
    expect(names('li.comment + li')).toEqual(['c2']);
    expect(names('li ~ li')).toEqual(['c2']);
    expect(names('li:first-child')).toEqual(['c1']);
    expect(names('ol > li:has(b.fn)')).toEqual(['c1', 'c2']);
    expect(names('li:not([id="c1"])')).toEqual(['c2']);
    expect(elements(PAGE).filter(matcher('[class~="depth-1"]')).length).toBe(2);
  });
});
