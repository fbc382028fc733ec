import { assertString } from '../text/assert.js';
/**
 * The supported-language list and ISO 639 code conversion.
 */
import { LANGUAGE_ROWS } from './data/languages.js';

/** One language the detector can return. */
export interface LanguageInfo {
  /** The code `detectLanguage` returns: ISO 639-1 where one exists, else ISO 639-3. */
  readonly code: string;
  /** ISO 639-1 code, or `null` when the language has none. */
  readonly iso6391: string | null;
  /** ISO 639-3 code. */
  readonly iso6393: string;
  /** English name. */
  readonly name: string;
  /** ISO 15924 codes of the scripts it is detected in. */
  readonly scripts: readonly string[];
  /** Whether it is in the default candidate set (languages news is published in). */
  readonly news: boolean;
}

let list: readonly LanguageInfo[] | undefined;
let index: Map<string, LanguageInfo> | undefined;

// Frozen, because every caller shares these objects: an edit must not change later answers.
function build(): readonly LanguageInfo[] {
  return Object.freeze(
    LANGUAGE_ROWS.map(([iso1, iso3, name, scripts, , news]) =>
      Object.freeze({
        code: iso1 || iso3,
        iso6391: iso1 || null,
        iso6393: iso3,
        name,
        scripts: Object.freeze(scripts.split(' ')),
        news: news === 1,
      }),
    ),
  );
}

/**
 * Every language the detector knows, in a stable order (European languages first).
 *
 * @returns Plain objects with the codes, English name, scripts and default-set membership.
 * @example
 * ```ts
 * supportedLanguages().find((l) => l.code === 'nb')?.name // 'Norwegian Bokmål'
 * ```
 */
export function supportedLanguages(): readonly LanguageInfo[] {
  list ??= build();
  return list;
}

/**
 * Looks a language up by ISO 639-1 code, ISO 639-3 code or English name (case-insensitive).
 *
 * @param codeOrName - `'sr'`, `'srp'` or `'Serbian'`.
 * @returns The language, or `undefined` when it is not supported.
 * @example
 * ```ts
 * languageInfo('ukr')?.iso6391 // 'uk'
 * ```
 */
export function languageInfo(codeOrName: string): LanguageInfo | undefined {
  assertString(codeOrName, 'codeOrName');
  if (!index) {
    index = new Map();
    for (const info of supportedLanguages()) {
      if (info.iso6391) index.set(info.iso6391, info);
      index.set(info.iso6393, info);
      index.set(info.name.toLowerCase(), info);
    }
    // franc's and the UDHR's macrolanguage members answer to their macrolanguage.
    for (const [alias, code] of FRANC_ALIASES) {
      const info = index.get(code);
      if (info && !index.has(alias)) index.set(alias, info);
    }
  }
  return index.get(codeOrName.toLowerCase());
}

const FRANC_ALIASES: readonly (readonly [string, string])[] = LANGUAGE_ROWS.filter(
  ([, iso3, , , franc]) => franc !== '' && franc !== iso3,
).map(([, iso3, , , franc]) => [franc, iso3] as const);

/**
 * Converts an ISO 639-3 code to ISO 639-1.
 *
 * @param iso6393 - Three-letter code, such as `'deu'`.
 * @returns The two-letter code, or `undefined` when there is none or the language is unknown.
 * @example
 * ```ts
 * toIso6391('deu') // 'de'
 * ```
 */
export function toIso6391(iso6393: string): string | undefined {
  assertString(iso6393, 'iso6393');
  return languageInfo(iso6393)?.iso6391 ?? undefined;
}

/**
 * Converts an ISO 639-1 code to ISO 639-3.
 *
 * @param iso6391 - Two-letter code, such as `'de'`.
 * @returns The three-letter code, or `undefined` when the language is unknown.
 * @example
 * ```ts
 * toIso6393('de') // 'deu'
 * ```
 */
export function toIso6393(iso6391: string): string | undefined {
  assertString(iso6391, 'iso6391');
  return languageInfo(iso6391)?.iso6393;
}

/**
 * The English name of a language given either ISO 639 code.
 *
 * @param code - `'pt'` or `'por'`.
 * @returns `'Portuguese'`, or `undefined` when the language is unknown.
 * @example
 * ```ts
 * languageName('be') // 'Belarusian'
 * ```
 */
export function languageName(code: string): string | undefined {
  assertString(code, 'code');
  return languageInfo(code)?.name;
}
