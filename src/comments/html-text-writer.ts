import { LINE_ELEMENTS, PARAGRAPH_ELEMENTS } from './data/html-text-elements.js';

/**
 * Runs of HTML white space (not NBSP, which HTML keeps) that collapse to something else: every run
 * but a lone space. Most text has nothing else, and is then kept as it is instead of rebuilt.
 */
const HTML_SPACE_RUN = /[\t\n\f\r ]{2,}|[\t\n\f\r]/g;

/** A line break in source text. */
const NEWLINE = /\r\n?|\n/;

const LINE = 1;
const PARAGRAPH = 2;

/**
 * Lays out the text of an HTML stream as a browser shows it: white space collapsed, blocks as
 * paragraphs, `<br>` and list items as lines, `<pre>` kept. It is fed tag and text events, so the
 * streaming `htmlToText` and the DOM walker `domText` share one layout. Leaving out invisible
 * elements is the feeder's job (a parser counts depth, a DOM walker prunes the subtree).
 */
export class HtmlTextWriter {
  private out = '';
  /** 0 = none, 1 = line break, 2 = paragraph break, written before the next visible text. */
  private pendingBreak = 0;
  private pendingSpace = false;
  private preDepth = 0;

  /**
   * @param keepNewlines - Whether newlines in (non-`<pre>`) text are line breaks and blank lines
   *   paragraph breaks, as WordPress renders stored comments, instead of white space.
   */
  constructor(private readonly keepNewlines = false) {}

  /**
   * An element starts.
   *
   * @param name - Its lower-case tag name.
   */
  open(name: string): void {
    if (name === 'br') this.pendingBreak = this.pendingBreak >= LINE ? PARAGRAPH : LINE;
    else if (PARAGRAPH_ELEMENTS.has(name)) this.requestBreak(PARAGRAPH);
    else if (LINE_ELEMENTS.has(name)) this.requestBreak(LINE);
    if (name === 'pre') this.preDepth++;
  }

  /**
   * An element ends.
   *
   * @param name - Its lower-case tag name.
   */
  close(name: string): void {
    if (name === 'pre') this.preDepth = Math.max(0, this.preDepth - 1);
    if (PARAGRAPH_ELEMENTS.has(name)) this.requestBreak(PARAGRAPH);
    else if (LINE_ELEMENTS.has(name) && name !== 'br') this.requestBreak(LINE);
  }

  /**
   * Decoded character data.
   *
   * @param data - The text, entities already decoded.
   */
  text(data: string): void {
    if (this.preDepth > 0) this.writePreformatted(data);
    else if (this.keepNewlines) this.writeLines(data);
    else this.writeFlow(data);
  }

  /**
   * The text laid out so far.
   *
   * @returns Plain text, paragraphs separated by `\n\n`.
   */
  toString(): string {
    return this.out;
  }

  /** Collapsible text (outside `<pre>`). */
  private writeFlow(data: string): void {
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

  /** Text whose newlines are line breaks and whose blank lines are paragraph breaks. */
  private writeLines(data: string): void {
    let blankRun = 0;
    data.split(NEWLINE).forEach((line, index) => {
      if (index > 0) this.requestBreak(blankRun > 0 ? PARAGRAPH : LINE);
      if (line.trim() === '') {
        if (index > 0) blankRun++;
        return;
      }
      blankRun = 0;
      this.writeFlow(line);
    });
  }

  /** Preformatted text: its line breaks are kept. */
  private writePreformatted(data: string): void {
    data.split(NEWLINE).forEach((line, index) => {
      if (index > 0) this.requestBreak(LINE);
      if (line !== '') this.emit(line, false);
    });
  }

  private requestBreak(level: typeof LINE | typeof PARAGRAPH): void {
    if (this.pendingBreak < level) this.pendingBreak = level;
  }

  private emit(text: string, leadingSpace: boolean): void {
    if (this.out !== '') {
      if (this.pendingBreak > 0) this.out += this.pendingBreak === PARAGRAPH ? '\n\n' : '\n';
      else if (this.pendingSpace || leadingSpace) this.out += ' ';
    }
    this.out += text;
    this.pendingBreak = 0;
    this.pendingSpace = false;
  }
}
