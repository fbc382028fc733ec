import { describe, expect, it } from 'vitest';
import { htmlToText } from '../html-to-text.js';
import { domText, textSizes } from './dom-text.js';
import { parseHtml, walkElements } from './dom.js';

describe('domText', () => {
  it('collapses white space, breaks blocks into paragraphs and keeps <pre>', () => {
    const document = parseHtml('<div><p>One\n  two&amp;three</p><p>Four<br>five <b>six</b></p><pre>a\n  b</pre><script>x()</script></div>');
    expect(domText(document)).toBe('One two&three\n\nFour\nfive six\n\na\n  b');
  });

  it('leaves out skipped elements', () => {
    const document = parseHtml('<p>Keep <span class="reply">Reply</span>this</p>');
    expect(domText(document, (element) => element.attribs['class'] === 'reply')).toBe('Keep this');
  });

  it('lays out text exactly as htmlToText does for the same markup', () => {
    const html = '<p>See <a href="x">this</a>:</p><ul><li>a</li><li>b</li></ul>one<br>two<br><br>three<pre>x\n  y</pre><form>f</form><button>Reply</button>';
    expect(domText(parseHtml(html))).toBe(htmlToText(html));
    expect(domText(parseHtml(html))).toBe('See this:\n\na\nb\n\none\ntwo\n\nthree\n\nx\n  y\n\nf');
  });

  it('reads the root even when it is an element skipped inside a subtree', () => {
    const document = parseHtml('<title>Headline</title><p>Body</p>');
    const title = document.children.find((node) => 'name' in node && node.name === 'title');
    expect(title === undefined ? null : domText(title)).toBe('Headline');
    expect(domText(document)).toBe('Body');
  });

  it('counts the non-space text of every element in one pass, skipping scripts', () => {
    const document = parseHtml('<div id="a"><p id="b">Hello  world</p><script>var x = 1;</script><div id="c"><i id="d">ab &amp; c</i></div></div>');
    const sizes = textSizes(document);
    const byId = new Map<string, number | undefined>();
    walkElements(document, (element) => {
      if (element.attribs['id'] !== undefined) byId.set(element.attribs['id'], sizes.get(element));
    });
    expect(Object.fromEntries(byId)).toEqual({ a: 14, b: 10, c: 4, d: 4 });
    expect(sizes.get(document)).toBe(domText(document).replace(/\s/gu, '').length);
  });
});
