import { buildEnglish } from './data/en.js';
import { buildFrench, buildGerman, buildSpanish } from './data/romance-germanic.js';
import type { Direction, Lexicon, Modifier } from './data/lexicon.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, UNIT_SYMBOLS } from './data/symbols.js';
import { scan, type Lexeme } from './scan.js';

/** Languages with a number vocabulary. */
export type Locale = 'en' | 'de' | 'fr' | 'es';

/** A multi-word phrase stored by its first atom, matched lexeme by lexeme. */
export interface Phrase<T> {
  readonly atoms: readonly string[];
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
  readonly units: PhraseTable<string>;
  readonly unitNames: PhraseTable<string>;
  readonly magnitudes: PhraseTable<number>;
  readonly ageWords: PhraseTable<true>;
  readonly rangeOpeners: ReadonlyMap<string, readonly string[]>;
  readonly rangeJoiners: PhraseTable<true>;
  readonly ratioJoiners: PhraseTable<true>;
}

/** Splits a phrase the way the scanner splits text, so phrases and text compare atom by atom. */
function atomsOf(phrase: string): string[] {
  return scan(phrase).map((lexeme) => lexeme.lower);
}

function phraseTable<T>(entries: Iterable<readonly [string, T]>, caseSensitive = false): PhraseTable<T> {
  const table = new Map<string, Phrase<T>[]>();
  for (const [phrase, value] of entries) {
    const atoms = caseSensitive ? scan(phrase).map((l) => l.text) : atomsOf(phrase);
    const first = atoms[0];
    if (first === undefined) continue;
    const list = table.get(first) ?? [];
    list.push({ atoms, value });
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
      if (lexeme === undefined || lexeme.newline || (caseSensitive ? lexeme.text : lexeme.lower) !== phrase.atoms[k]) {
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
  const currencyBefore = phraseTable(
    [...Object.entries(CURRENCY_SYMBOLS), ...CURRENCY_CODES.map((code) => [code, code === 'RMB' ? 'CNY' : code === 'BTC' ? 'XBT' : code] as const)],
    true,
  );
  return {
    lexicon,
    locale,
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
    percent: phraseTable(percentEntries),
    hedgesBefore: phraseTable(Object.entries(lexicon.hedgesBefore)),
    hedgesAfter: phraseTable(Object.entries(lexicon.hedgesAfter)),
    directionBefore: phraseTable(Object.entries(lexicon.directionBefore)),
    directionAfter: phraseTable(Object.entries(lexicon.directionAfter)),
    per: phraseTable(Object.entries(lexicon.per)),
    currencyAfter: phraseTable([...Object.entries(lexicon.currencyNames)]),
    currencyBefore,
    units: phraseTable([...Object.entries(UNIT_SYMBOLS)], true),
    unitNames: phraseTable(Object.entries(lexicon.unitNames)),
    magnitudes: phraseTable(lexicon.magnitudes.map((m) => [m, 10] as const)),
    ageWords: phraseTable(lexicon.ageWords.map((w) => [w, true] as const)),
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
