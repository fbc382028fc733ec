import { describe, expect, it } from 'vitest';
import { domText } from './dom-text.js';
import { parseHtml } from './dom.js';

describe('domText', () => {
  it('collapses white space, breaks blocks into paragraphs and keeps <pre>', () => {
    const document = parseHtml('<div><p>One\n  two&amp;three</p><p>Four<br>five <b>six</b></p><pre>a\n  b</pre><script>x()</script></div>');
    expect(domText(document)).toBe('One two&three\n\nFour\nfive six\n\na\n  b');
  });

  it('leaves out skipped elements', () => {
    const document = parseHtml('<p>Keep <span class="reply">Reply</span>this</p>');
    expect(domText(document, (element) => element.attribs['class'] === 'reply')).toBe('Keep this');
  });
});
