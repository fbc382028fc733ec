/** Lower-cased letter runs of a text: the units every scorer reads. */

const LETTER_RUN = /[\p{L}\p{M}]+/gu;

/**
 * The words of a text for scoring: maximal runs of letters and marks, lower-cased.
 * Digits, punctuation and apostrophes split words (the profiles are built the same way).
 *
 * @param text - Any text.
 * @returns Lower-cased words in order.
 */
export function letterWords(text: string): string[] {
  return text.toLowerCase().match(LETTER_RUN) ?? [];
}
