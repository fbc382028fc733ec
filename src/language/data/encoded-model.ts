/**
 * The shape of the generated models in models.ts, shared by their encoder
 * (scripts/language/encode-models.ts, which describes the format) and their decoder
 * (src/language/profile-model.ts).
 */

/** One script's letter n-gram model, encoded for a single-pass decode. */
export interface EncodedModel {
  readonly languages: string;
  readonly alphabet: string;
  readonly trie: string;
  readonly levels: string;
  readonly tops: readonly (readonly number[])[];
  readonly floors: readonly (readonly number[])[];
  readonly words: readonly string[];
}

/**
 * The ASCII characters a model writes its letters as, `alphabet[i]` as `LETTER_CODES[i]`: printable
 * ASCII but the digits (marks of the front-coded word lists), the separators `,` and space, and the
 * characters a string literal may have to escape.
 */
export const LETTER_CODES = '!#%&()*+-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~';
