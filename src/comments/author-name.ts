import { AUTHOR_SUFFIXES, NAME_TRAILERS } from './data/author-cues.js';
import { trimEndOf } from './text/fold.js';

let suffixes: string[] | undefined;
let trailers: string[] | undefined;

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
  suffixes ??= [...AUTHOR_SUFFIXES].sort((a, b) => b.length - a.length);
  trailers ??= [...NAME_TRAILERS].sort((a, b) => b.length - a.length);
  let name = label.replace(/\s+/gu, ' ').trim();
  for (let changed = true; changed && name !== ''; ) {
    changed = false;
    const stripped = trimEndOf(name, SEPARATORS);
    if (stripped !== name) {
      name = stripped;
      changed = true;
    }
    const lower = name.toLowerCase();
    for (const word of [...suffixes, ...trailers]) {
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
  const first = word.charCodeAt(0);
  const isLetter = (code: number): boolean => /\p{L}/u.test(String.fromCharCode(code));
  if (!isLetter(first)) return true;
  return !isLetter(lower.charCodeAt(at - 1));
}

/** What may separate a name from a trailing label or date. */
const SEPARATORS = ' \t\u00a0,:;|·•–—-';
