import { AUTHOR_SUFFIXES, NAME_TRAILERS } from './data/author-cues.js';
import { collapseSpaces, trimEndOf } from './text/fold.js';

/**
 * The trailing words a name may carry (`says`, `®`, `(admin)`), verbs first, each group longest
 * first, filed by the code of their last character: a label is compared only with the words it
 * can end with.
 */
let wordsByLastCode: Map<number, string[]> | undefined;

function buildWordIndex(): Map<number, string[]> {
  const byLength = (a: string, b: string): number => b.length - a.length;
  const index = new Map<number, string[]>();
  for (const word of [...[...AUTHOR_SUFFIXES].sort(byLength), ...[...NAME_TRAILERS].sort(byLength)]) {
    const code = word.charCodeAt(word.length - 1);
    const words = index.get(code);
    if (words === undefined) index.set(code, [word]);
    else words.push(word);
  }
  return index;
}

/**
 * Reduces a scraped author label to the display name: collapses white space and removes a
 * trailing `says:`-style verb, badge marks (`®`), role labels and separators (`Jane Doe,`).
 *
 * @param label - The label as it appears on the page or in the scrape.
 * @returns The name; empty when nothing name-like is left.
 * @example
 * ```ts
 * cleanAuthorName('Bob Hart ®') // 'Bob Hart'
 * cleanAuthorName('Jane sagt:') // 'Jane'
 * ```
 */
export function cleanAuthorName(label: string): string {
  wordsByLastCode ??= buildWordIndex();
  let name = collapseSpaces(label);
  for (let changed = true; changed && name !== ''; ) {
    changed = false;
    const stripped = trimEndOf(name, SEPARATORS);
    if (stripped !== name) {
      name = stripped;
      changed = true;
    }
    const lower = name.toLowerCase();
    const candidates = wordsByLastCode.get(lower.charCodeAt(lower.length - 1)) ?? [];
    for (const word of candidates) {
      if (lower.length > word.length && lower.endsWith(word) && isBoundary(lower, lower.length - word.length, word)) {
        name = name.slice(0, name.length - word.length).trimEnd();
        changed = true;
        break;
      }
    }
  }
  return name;
}

/** A word only counts when it is not the tail of a longer word (`Candice` does not end in `dice`). */
function isBoundary(lower: string, at: number, word: string): boolean {
  if (!isLetter(word.charCodeAt(0))) return true;
  return !isLetter(lower.charCodeAt(at - 1));
}

const LETTER = /\p{L}/u;

function isLetter(code: number): boolean {
  return LETTER.test(String.fromCharCode(code));
}

/** What may separate a name from a trailing label or date. */
const SEPARATORS = ' \t\u00a0,:;|·•–—-';
