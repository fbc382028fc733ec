import { buildEnglish } from './data/en.js';
import { buildFrench, buildGerman, buildSpanish } from './data/romance-germanic.js';
import type { Direction, Lexicon, Modifier } from './data/lexicon.js';
import { COMMON_WORD_CODES, CURRENCY_CODES, CURRENCY_SYMBOLS, UNIT_SYMBOLS } from './data/symbols.js';
import { scan, type Lexeme } from './scan.js';

/** Languages with a number vocabulary. */
export type Locale = 'en' | 'de' | 'fr' | 'es';

/** A multi-word phrase stored by its first atom, matched lexeme by lexeme. */
export interface Phrase<T> {
  readonly atoms: readonly string[];
  /** For each atom, whether the phrase writes it glued to the previous one (`km/h`, `m2`). */
  readonly glued: readonly boolean[];
  readonly value: T;
}

/** Phrases indexed by their first atom, longest first. */
export type PhraseTable<T> = ReadonlyMap<string, readonly Phrase<T>[]>;

/** A lexicon turned into lookup tables: maps for single words, phrase tables for the rest. */
export interface Vocabulary {
  readonly lexicon: Lexicon;
  readonly locale: Locale;
  readonly cardinals: ReadonlyMap<string, number>;
  readonly hundreds: ReadonlySet<string>;
  readonly scales: ReadonlyMap<string, number>;
  readonly ordinals: ReadonlyMap<string, number>;
  readonly denominators: ReadonlyMap<string, number>;
  readonly joiners: ReadonlySet<string>;
  readonly points: ReadonlySet<string>;
  readonly negatives: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly months: ReadonlyMap<string, number>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  readonly yearCues: ReadonlySet<string>;
  readonly decades: ReadonlyMap<string, number>;
  readonly ones: ReadonlySet<string>;
  readonly pronounOneBefore: ReadonlySet<string>;
  readonly pronounOneAfter: ReadonlySet<string>;
  readonly percent: PhraseTable<'percent' | 'percentagePoints'>;
  readonly hedgesBefore: PhraseTable<Modifier>;
  readonly hedgesAfter: PhraseTable<Modifier>;
  readonly directionBefore: PhraseTable<Direction>;
  readonly directionAfter: PhraseTable<Direction>;
  readonly per: PhraseTable<string>;
  readonly currencyAfter: PhraseTable<string>;
  readonly currencyBefore: PhraseTable<string>;
  readonly currencyPrefixes: PhraseTable<string>;
  readonly units: PhraseTable<string>;
  readonly unitNames: PhraseTable<string>;
  readonly magnitudes: PhraseTable<number>;
  readonly ageWords: PhraseTable<true>;
  readonly ageBefore: PhraseTable<true>;
  readonly rangeOpeners: ReadonlyMap<string, readonly string[]>;
  readonly rangeJoiners: PhraseTable<true>;
  readonly ratioJoiners: PhraseTable<true>;
  /**
   * Every lower-cased word that can start or be part of a mention. A word outside this set
   * cannot start one, so the parser steps over it at once: most words of a text are such.
   */
  readonly triggers: ReadonlySet<string>;
}

/** `US$`, `HK $`, `U.S.$`, `C$`: a dollar prefix of two letters (or C), readable in any case. */
function isLetterPrefix(symbol: string): boolean {
  const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  const first = symbol.charCodeAt(0);
  const second = symbol.charCodeAt(1);
  return (isAsciiLetter(first) && (isAsciiLetter(second) || second === 0x2e)) || symbol.startsWith('C');
}

function isPlainWord(phrase: string): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const code = phrase.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) return false;
  }
  return phrase.length > 0;
}

function phraseTable<T>(entries: Iterable<readonly [string, T]>, caseSensitive = false): PhraseTable<T> {
  const table = new Map<string, Phrase<T>[]>();
  for (const [phrase, value] of entries) {
    // Most phrases are one plain word; only the others need the scanner.
    const single = isPlainWord(phrase);
    const lexemes = single ? [] : scan(phrase);
    const atoms = single ? [caseSensitive ? phrase : phrase.toLowerCase()] : lexemes.map((l) => (caseSensitive ? l.text : l.lower));
    const first = atoms[0];
    if (first === undefined) continue;
    const list = table.get(first) ?? [];
    list.push({ atoms, glued: single ? [true] : lexemes.map((l) => l.gap === 0), value });
    table.set(first, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.atoms.length - a.atoms.length);
  return table;
}

/**
 * The longest phrase of `table` that starts at lexeme `i`.
 *
 * @returns The phrase's value and the index just past it, or `null`.
 */
export function matchPhrase<T>(
  lexemes: readonly Lexeme[],
  i: number,
  table: PhraseTable<T>,
  caseSensitive = false,
): { value: T; end: number } | null {
  const first = lexemes[i];
  if (first === undefined) return null;
  const candidates = table.get(caseSensitive ? first.text : first.lower);
  if (candidates === undefined) return null;
  for (const phrase of candidates) {
    let ok = true;
    for (let k = 1; k < phrase.atoms.length; k++) {
      const lexeme = lexemes[i + k];
      if (lexeme === undefined || lexeme.newline || (phrase.glued[k] === true && lexeme.gap > 0) || (caseSensitive ? lexeme.text : lexeme.lower) !== phrase.atoms[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { value: phrase.value, end: i + phrase.atoms.length };
  }
  return null;
}

function build(locale: Locale): Vocabulary {
  const lexicon = locale === 'de' ? buildGerman() : locale === 'fr' ? buildFrench() : locale === 'es' ? buildSpanish() : buildEnglish();
  const percentEntries: [string, 'percent' | 'percentagePoints'][] = [
    ...lexicon.percentPhrases.map((p) => [p, 'percent'] as [string, 'percent']),
    ...lexicon.pointPhrases.map((p) => [p, 'percentagePoints'] as [string, 'percentagePoints']),
  ];
  const percentTable = phraseTable(percentEntries);
  const hedgesBefore = phraseTable(Object.entries(lexicon.hedgesBefore));
  const currencyAfter = phraseTable([...Object.entries(lexicon.currencyNames)]);
  const magnitudes = phraseTable(lexicon.magnitudes.map((m) => [m, 10] as const));
  const codes = CURRENCY_CODES.map((code) => [code, code === 'RMB' ? 'CNY' : code === 'BTC' ? 'XBT' : code] as const);
  const currencyBefore = phraseTable([...Object.entries(CURRENCY_SYMBOLS), ...codes], true);
  // Dollar prefixes of two letters or more and codes other than common words read in any case (`us $`, `usd 20`).
  const currencyPrefixes = phraseTable(
    [...Object.entries(CURRENCY_SYMBOLS).filter(([symbol]) => isLetterPrefix(symbol)), ...codes.filter(([code]) => !COMMON_WORD_CODES.has(code))],
  );
  const tables: PhraseTable<unknown>[] = [
    percentTable, hedgesBefore, currencyBefore, currencyPrefixes, magnitudes, currencyAfter,
  ];
  const triggers = new Set<string>(['http', 'https', 'ftp', 'www']);
  for (const table of tables) for (const key of table.keys()) triggers.add(key.toLowerCase());
  for (const words of [lexicon.cardinals, lexicon.scales, lexicon.ordinals, lexicon.denominators, lexicon.months, lexicon.rangeOpeners, lexicon.decades]) {
    for (const word of Object.keys(words)) triggers.add(word.toLowerCase());
  }
  for (const word of [...lexicon.hundreds, ...lexicon.articles, ...lexicon.negatives]) triggers.add(word);
  for (const code of CURRENCY_CODES) triggers.add(`m${code.toLowerCase()}`);
  return {
    lexicon,
    locale,
    triggers,
    cardinals: new Map(Object.entries(lexicon.cardinals)),
    hundreds: new Set(lexicon.hundreds),
    scales: new Map(Object.entries(lexicon.scales)),
    ordinals: new Map(Object.entries(lexicon.ordinals)),
    denominators: new Map(Object.entries(lexicon.denominators)),
    joiners: new Set(lexicon.joiners),
    points: new Set(lexicon.points),
    negatives: new Set(lexicon.negatives),
    articles: new Set(lexicon.articles),
    months: new Map(Object.entries(lexicon.months)),
    ordinalSuffixes: new Set(lexicon.ordinalSuffixes),
    yearCues: new Set(lexicon.yearCues),
    decades: new Map(Object.entries(lexicon.decades)),
    ones: new Set(lexicon.ones),
    pronounOneBefore: new Set(lexicon.pronounOneBefore),
    pronounOneAfter: new Set(lexicon.pronounOneAfter),
    percent: percentTable,
    hedgesBefore,
    hedgesAfter: phraseTable(Object.entries(lexicon.hedgesAfter)),
    directionBefore: phraseTable(Object.entries(lexicon.directionBefore)),
    directionAfter: phraseTable(Object.entries(lexicon.directionAfter)),
    per: phraseTable(Object.entries(lexicon.per)),
    currencyAfter,
    currencyBefore,
    currencyPrefixes,
    units: phraseTable([...Object.entries(UNIT_SYMBOLS)], true),
    unitNames: phraseTable(Object.entries(lexicon.unitNames)),
    magnitudes,
    ageWords: phraseTable(lexicon.ageWords.map((w) => [w, true] as const)),
    ageBefore: phraseTable(lexicon.ageBefore.map((w) => [w, true] as const)),
    rangeOpeners: new Map(Object.entries(lexicon.rangeOpeners).map(([k, v]) => [k, v.map((w) => w.toLowerCase())])),
    rangeJoiners: phraseTable(lexicon.rangeJoiners.map((w) => [w, true] as const)),
    ratioJoiners: phraseTable(lexicon.ratioJoiners.map((w) => [w, true] as const)),
  };
}

const cache = new Map<Locale, Vocabulary>();

/**
 * The vocabulary of a locale, built on first use and kept.
 *
 * @param locale - A supported locale.
 * @returns Its lookup tables.
 */
export function vocabularyFor(locale: Locale): Vocabulary {
  let vocabulary = cache.get(locale);
  if (vocabulary === undefined) {
    vocabulary = build(locale);
    cache.set(locale, vocabulary);
  }
  return vocabulary;
}
