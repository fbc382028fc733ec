import { LinearParser } from './linear-parser.js';
import { assertString } from '../text/assert.js';
import { SKIPPED_ELEMENTS } from './data/html-text-elements.js';
import { HtmlTextWriter } from './html-text-writer.js';

/** How `htmlToText` reads the source. */
export interface HtmlToTextOptions {
  /**
   * `'collapse'` (default): newlines in the source are white space, as in a browser. `'keep'`: a
   * newline is a line break and a blank line a paragraph break, as WordPress renders stored
   * comments (`wpautop`).
   */
  readonly newlines?: 'collapse' | 'keep';
}

/**
 * Converts an HTML fragment (a comment body) to plain text: entities decoded, white space collapsed
 * as a browser would, paragraphs (`<p>`, `<blockquote>`, lists, headings, two `<br>` in a row)
 * separated by a blank line, `<br>` and list items on their own lines, `<pre>` kept as written,
 * scripts and styles dropped. Runs in one streaming pass, without building a DOM.
 *
 * @param html - The HTML fragment.
 * @param options - Whether source newlines are breaks (WordPress) or white space (default).
 * @returns Its readable text; paragraphs separated by `\n\n`.
 * @example
 * ```ts
 * htmlToText('<p>First &amp; foremost.</p><p>Second<br>line</p>') // 'First & foremost.\n\nSecond\nline'
 * ```
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  assertString(html, 'html');
  const keepNewlines = options.newlines === 'keep';
  // Many comment bodies hold no markup at all.
  if (!html.includes('<') && !html.includes('&')) {
    const writer = new HtmlTextWriter(keepNewlines);
    writer.text(html);
    return writer.toString();
  }
  // One parser serves every call (a thread has thousands of bodies); the lazy start keeps import free.
  shared ??= createConverter();
  return shared.convert(html, keepNewlines);
}

let shared: { convert(html: string, keepNewlines: boolean): string } | undefined;

function createConverter(): { convert(html: string, keepNewlines: boolean): string } {
  let writer = new HtmlTextWriter();
  let skipDepth = 0;
  const parser = new LinearParser(
    {
      onopentag(name) {
        if (SKIPPED_ELEMENTS.has(name)) skipDepth++;
        else writer.open(name);
      },
      onclosetag(name) {
        if (SKIPPED_ELEMENTS.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else writer.close(name);
      },
      ontext(data) {
        if (skipDepth === 0) writer.text(data);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  return {
    convert(html, keepNewlines) {
      writer = new HtmlTextWriter(keepNewlines);
      skipDepth = 0;
      parser.reset();
      parser.end(html);
      return writer.toString();
    },
  };
}
