import { LinearParser } from './linear-parser.js';
import { MalformedInputError } from '../errors.js';
import type { CommentWarning } from './types.js';

/** One element of a record, read from XML export. */
export interface XmlElement {
  /** The qualified name as written (`wp:comment_id`). */
  readonly name: string;
  /** Attributes in a `Map`, so no attribute name can reach an object prototype. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The text directly inside, CDATA included, entities decoded. */
  text: string;
  /** Offsets of the element in the input. */
  readonly start: number;
  end: number;
}

/** Shared by every element without attributes; never written to. */
const NO_ATTRIBUTES: Map<string, string> = new Map();

/** A place where the input is not well-formed XML. */
export interface XmlProblem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** What `readXmlRecords` reports to. */
export interface XmlRecordHandlers {
  /** Chooses the elements to collect: by name and depth (1 = the root element). */
  readonly isRecord: (name: string, depth: number) => boolean;
  /** Which elements inside a record to keep (default: all); the subtree of any other is skipped. */
  readonly keep?: (name: string) => boolean;
  /** Receives each record as soon as its end tag (or the end of input) closes it. */
  readonly onRecord: (record: XmlElement) => void;
  /** Receives each well-formedness problem; it may throw to stop reading. */
  readonly onProblem: (problem: XmlProblem) => void;
}

/** Text that is only XML white space (indentation between elements). */
const XML_SPACE_ONLY = /^[\t\n\r ]*$/;

/** htmlparser2 ignores an end tag that closes nothing; this parser reports it first. */
class CheckedParser extends LinearParser {
  constructor(
    handler: ConstructorParameters<typeof LinearParser>[0],
    private readonly onStrayEndTag: (name: string, start: number, end: number) => void,
    private readonly input: string,
  ) {
    super(handler, { xmlMode: true, decodeEntities: true });
  }

  override onclosetag(start: number, endIndex: number): void {
    const name = this.input.slice(start, endIndex);
    if (!this.hasOpenElement(name)) this.onStrayEndTag(name, start, endIndex);
    super.onclosetag(start, endIndex);
  }
}

/**
 * Streams an XML export through htmlparser2 (XML mode) and builds a small element tree for each
 * record chosen by `isRecord`, handing it over as soon as it closes, so a large export's other
 * content and already-read records cost no memory here. htmlparser2 recovers from every error;
 * this reader reports each one (text outside the root element, a declaration that is not first,
 * unquoted attributes, unclosed elements, stray end tags, a second root) so strict callers can
 * refuse the input and lenient ones can warn.
 *
 * @param input - The XML text.
 * @param handlers - Which elements are records, and where records and problems go.
 */
export function readXmlRecords(input: string, handlers: XmlRecordHandlers): void {
  const { isRecord, onRecord, onProblem, keep = () => true } = handlers;
  /** How many elements are open. */
  let openDepth = 0;
  /** The open elements of the record being read; `null` for one whose subtree is skipped. */
  const building: (XmlElement | null)[] = [];
  /** The depth of each element in `building`. */
  const buildingDepths: number[] = [];
  let attributes: Map<string, string> = NO_ATTRIBUTES;
  let rootClosed = false;
  let lastOpenEnd = -1;

  // The parser reports problems found at the end of the input one past its last character.
  const problem = (message: string, start: number, end: number): void => {
    const from = Math.min(start, input.length);
    onProblem({ message, start: from, end: Math.min(Math.max(from, end), input.length) });
  };

  const parser: CheckedParser = new CheckedParser(
    {
      onprocessinginstruction(name) {
        const declarationStart = input.charCodeAt(0) === 0xfeff ? 1 : 0;
        if (name.toLowerCase() === '?xml' && parser.startIndex !== declarationStart) {
          problem('The XML declaration is not at the very start of the input.', parser.startIndex, parser.endIndex + 1);
        }
      },
      onattribute(name, value, quote) {
        if (quote !== '"' && quote !== "'") problem(`Attribute ${name} has no quoted value.`, parser.startIndex, parser.endIndex + 1);
        if (attributes === NO_ATTRIBUTES) attributes = new Map();
        if (!attributes.has(name)) attributes.set(name, value);
      },
      onopentag(name) {
        if (openDepth === 0 && rootClosed) problem(`A second root element <${name}>.`, parser.startIndex, parser.endIndex + 1);
        openDepth++;
        lastOpenEnd = parser.endIndex;
        if (building.length > 0) {
          const parent = building.at(-1) ?? null;
          const element: XmlElement | null = parent === null || !keep(name) ? null : { name, attributes, children: [], text: '', start: parser.startIndex, end: parser.endIndex + 1 };
          if (element !== null) parent?.children.push(element);
          building.push(element);
          buildingDepths.push(openDepth);
        } else if (isRecord(name, openDepth)) {
          building.push({ name, attributes, children: [], text: '', start: parser.startIndex, end: parser.endIndex + 1 });
          buildingDepths.push(openDepth);
        }
        attributes = NO_ATTRIBUTES;
      },
      onclosetag(name, isImplied) {
        const selfClosing = isImplied && parser.endIndex === lastOpenEnd && input[parser.endIndex - 1] === '/';
        if (isImplied && !selfClosing) {
          const where = parser.endIndex >= input.length ? 'before the input ends' : 'before an enclosing end tag';
          problem(`<${name}> is not closed ${where}.`, parser.startIndex, parser.endIndex + 1);
        }
        if (building.length > 0 && buildingDepths.at(-1) === openDepth) {
          const element = building.pop() ?? null;
          buildingDepths.pop();
          if (element !== null) {
            element.end = Math.min(input.length, parser.endIndex + 1);
            if (building.length === 0) onRecord(element);
          }
        }
        openDepth--;
        if (openDepth === 0) rootClosed = true;
      },
      ontext(data) {
        if (building.length > 0) {
          const element = building.at(-1) ?? null;
          if (element !== null && (element.text !== '' || !XML_SPACE_ONLY.test(data))) element.text += data;
        } else if (openDepth === 0 && data.trim() !== '') {
          problem('Text outside the root element.', parser.startIndex, parser.endIndex + 1);
        }
      },
    },
    (name, start, end) => problem(`End tag </${name}> closes nothing.`, start, end),
    input,
  );
  parser.end(input);
}

/** The first child element named `name`. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** The trimmed text of the first child element named `name`, or `undefined` when there is none. */
export function childText(element: XmlElement, name: string): string | undefined {
  return childElement(element, name)?.text.trim();
}

/**
 * The problem handler of a comment parser: in strict mode it throws a `MalformedInputError` at
 * the first problem; otherwise each problem becomes a `malformed-xml` warning.
 *
 * @param strict - Whether malformed input is an error.
 * @param warnings - Where lenient mode reports problems.
 * @returns The handler for `readXmlRecords`.
 */
export function xmlProblemHandler(strict: boolean, warnings: CommentWarning[]): (problem: XmlProblem) => void {
  return (problem) => {
    if (strict) throw new MalformedInputError('xml', problem.message, problem.start);
    warnings.push({ code: 'malformed-xml', message: problem.message, start: problem.start, end: problem.end });
  };
}
