/** Latin letters that Unicode decomposition leaves alone but people type without the stroke. */
export const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ['ø', 'o'], ['æ', 'ae'], ['œ', 'oe'], ['ß', 'ss'], ['đ', 'd'], ['ð', 'd'], ['ł', 'l'],
  ['þ', 'th'], ['ı', 'i'], ['ħ', 'h'], ['ŧ', 't'],
]);
