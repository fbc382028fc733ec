/** Lower-cased letter runs of a text: the units every scorer reads. */

const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Per BMP code unit outside the surrogates: 0 not looked up yet, 1 neither letter nor mark, 2 letter or mark. Allocated on first use. */
let letterOrMark: Uint8Array | undefined;
const NEITHER = 1;
const LETTER = 2;

/**
 * The words of a text for scoring: maximal runs of letters and marks, lower-cased.
 * Digits, punctuation and apostrophes split words (the profiles are built the same way).
 *
 * @param text - Any text.
 * @returns Lower-cased words in order.
 */
export function letterWords(text: string): string[] {
  const lower = text.toLowerCase();
  // Runs found by walking the code units, each classed once per process (the regular expression
  // cost a fifth of a page body's detection); a text with surrogates, whose letters are code
  // points, is left to the regular expression.
  letterOrMark ??= new Uint8Array(0x10000);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let kind = letterOrMark[code] as number;
    if (kind === 0) {
      if (code >= 0xd800 && code <= 0xdfff) return lower.match(LETTER_RUN) ?? [];
      kind = LETTER_OR_MARK.test(String.fromCharCode(code)) ? LETTER : NEITHER;
      letterOrMark[code] = kind;
    }
    if (kind === LETTER) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
}
