import { Parser } from 'htmlparser2';
import { assertString } from '../text/assert.js';
import { LINE_ELEMENTS, PARAGRAPH_ELEMENTS, SKIPPED_ELEMENTS } from './data/html-text-elements.js';

/** Runs of HTML white space (not NBSP, which HTML keeps). */
const HTML_SPACE_RUN = /[\t\n\f\r ]+/g;

/** A line break in source text. */
const NEWLINE = /\r\n?|\n/;

/** How `htmlToText` reads the source. */
export interface HtmlToTextOptions {
  /**
   * `'collapse'` (default): newlines in the source are white space, as in a browser. `'keep'`: a
   * newline is a line break and a blank line a paragraph break, as WordPress renders stored
   * comments (`wpautop`).
   */
  readonly newlines?: 'collapse' | 'keep';
}

/** Accumulates text with HTML's white-space collapsing and pending line or paragraph breaks. */
class TextWriter {
  private out = '';
  /** 0 = none, 1 = line break, 2 = paragraph break, written before the next visible text. */
  private pendingBreak = 0;
  private pendingSpace = false;

  /** Writes collapsible text (outside `<pre>`). */
  writeFlow(data: string): void {
    const collapsed = data.replace(HTML_SPACE_RUN, ' ');
    if (collapsed === ' ' || collapsed === '') {
      if (collapsed === ' ') this.pendingSpace = true;
      return;
    }
    const leading = collapsed.startsWith(' ');
    const trailing = collapsed.endsWith(' ');
    this.emit(collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined), leading);
    this.pendingSpace = trailing;
  }

  /** Writes text as flow, or with newlines kept as breaks. */
  writeText(data: string, keepNewlines: boolean): void {
    if (keepNewlines) this.writeLines(data);
    else this.writeFlow(data);
  }

  /** Writes text whose newlines are line breaks and whose blank lines are paragraph breaks. */
  writeLines(data: string): void {
    let blankRun = 0;
    data.split(NEWLINE).forEach((line, index) => {
      if (index > 0) this.requestBreak(blankRun > 0 ? 2 : 1);
      if (line.trim() === '') {
        if (index > 0) blankRun++;
        return;
      }
      blankRun = 0;
      this.writeFlow(line);
    });
  }

  /** Writes preformatted text: its line breaks are kept. */
  writePreformatted(data: string): void {
    const lines = data.split(NEWLINE);
    lines.forEach((line, index) => {
      if (index > 0) this.requestBreak(1);
      if (line !== '') this.emit(line, false);
    });
  }

  requestBreak(level: 1 | 2): void {
    if (this.pendingBreak < level) this.pendingBreak = level;
  }

  /** A `<br>`: a line break, and a second one in a row makes a paragraph break. */
  lineBreak(): void {
    this.pendingBreak = this.pendingBreak >= 1 ? 2 : 1;
  }

  private emit(text: string, leadingSpace: boolean): void {
    if (this.out !== '') {
      if (this.pendingBreak > 0) this.out += this.pendingBreak === 2 ? '\n\n' : '\n';
      else if (this.pendingSpace || leadingSpace) this.out += ' ';
    }
    this.out += text;
    this.pendingBreak = 0;
    this.pendingSpace = false;
  }

  toString(): string {
    return this.out;
  }
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
    const writer = new TextWriter();
    writer.writeText(html, keepNewlines);
    return writer.toString();
  }
  // One parser serves every call (a thread has thousands of bodies); the lazy start keeps import free.
  shared ??= createConverter();
  return shared.convert(html, keepNewlines);
}

let shared: { convert(html: string, keepNewlines: boolean): string } | undefined;

function createConverter(): { convert(html: string, keepNewlines: boolean): string } {
  let writer = new TextWriter();
  let keepNewlines = false;
  let skipDepth = 0;
  let preDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_ELEMENTS.has(name)) skipDepth++;
        else if (name === 'br') writer.lineBreak();
        else if (name === 'pre') {
          preDepth++;
          writer.requestBreak(2);
        } else if (PARAGRAPH_ELEMENTS.has(name)) writer.requestBreak(2);
        else if (LINE_ELEMENTS.has(name)) writer.requestBreak(1);
      },
      onclosetag(name) {
        if (SKIPPED_ELEMENTS.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (name === 'pre') {
          preDepth = Math.max(0, preDepth - 1);
          writer.requestBreak(2);
        } else if (PARAGRAPH_ELEMENTS.has(name)) writer.requestBreak(2);
        else if (LINE_ELEMENTS.has(name) && name !== 'br') writer.requestBreak(1);
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (preDepth > 0) writer.writePreformatted(data);
        else writer.writeText(data, keepNewlines);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  return {
    convert(html, keep) {
      writer = new TextWriter();
      keepNewlines = keep;
      skipDepth = 0;
      preDepth = 0;
      parser.reset();
      parser.end(html);
      return writer.toString();
    },
  };
}
