import { buildEnglish } from './data/en.js';
import { buildFrench, buildGerman, buildSpanish } from './data/romance-germanic.js';
import type { Direction, Lexicon, Modifier } from './data/lexicon.js';
import { COMMON_WORD_CODES, CURRENCY_CODES, CURRENCY_SYMBOLS, UNIT_SYMBOLS } from './data/symbols.js';
import { isSpaceCode } from '../text/span.js';
import { isAsciiLetter } from '../text/code-units.js';
import { isLetterAt, scan, type Lexeme } from './scan.js';

/** Languages with a number vocabulary. */
export type Locale = 'en' | 'de' | 'fr' | 'es';

/** A word for a rank relative to the end or the current item. */
export type RelativeWord = NonNullable<Lexicon['relativeOrdinals']>[string];

/** A multi-word phrase stored by its first atom, matched lexeme by lexeme. */
export interface Phrase<T> {
  readonly atoms: readonly string[];
  /** For each atom, whether the phrase writes it glued to the previous one (`km/h`, `m2`). */
  readonly glued: readonly boolean[];
  readonly value: T;
}

/** Phrases indexed by their first atom, longest first. */
export interface PhraseTable<T> {
  /** The phrases whose first atom is `first`, longest first, or `undefined`. */
  get(first: string): readonly Phrase<T>[] | undefined;
}

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
  readonly definiteArticles: ReadonlySet<string>;
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
  readonly relativeOrdinals: ReadonlyMap<string, RelativeWord>;
  readonly relativePhrases: PhraseTable<{ readonly offset: number; readonly article?: true }>;
  readonly fromLast: PhraseTable<true>;
  readonly orEqual: PhraseTable<true>;
  /**
   * Every lower-cased word that can start or be part of a mention. A word outside this set
   * cannot start one, so the parser steps over it at once: most words of a text are such.
   */
  readonly triggers: ReadonlySet<string>;
}

/** `US$`, `HK $`, `U.S.$`, `C$`: a dollar prefix of two letters (or C), readable in any case. */
function isLetterPrefix(symbol: string): boolean {
  const first = symbol.charCodeAt(0);
  const second = symbol.charCodeAt(1);
  return (isAsciiLetter(first) && (isAsciiLetter(second) || second === 0x2e)) || symbol.startsWith('C');
}

// A regular expression rather than a loop over characters: on the first call, when the tables
// are built, this runs about a thousand times, still in V8's interpreter, and a native match costs
// a fraction of an interpreted loop.
const PLAIN_WORD = /^[a-z]+$/iu;

function isPlainWord(phrase: string): boolean {
  return PLAIN_WORD.test(phrase);
}

/** The atoms of a phrase: one for a plain word or a single character, else its lexemes. */
function atomsOf(phrase: string, caseSensitive: boolean): { atoms: string[]; glued: boolean[] } {
  // Most phrases are one plain word or one symbol (`€`, `円`); only the others need the scanner.
  if (isPlainWord(phrase) || isOneCharacter(phrase)) return { atoms: [caseSensitive ? phrase : phrase.toLowerCase()], glued: [true] };
  const lexemes = scan(phrase);
  return { atoms: lexemes.map((l) => (caseSensitive ? l.text : l.lower)), glued: lexemes.map((l) => l.gap === 0) };
}

function isOneCharacter(phrase: string): boolean {
  const code = phrase.charCodeAt(0);
  return phrase.length === 1 || (phrase.length === 2 && code >= 0xd800 && code <= 0xdbff);
}

/**
 * The first atom of a phrase without scanning it, as `atomsOf` would give it: a leading run of
 * letters, else a leading run of digits, else its first character.
 */
export function firstAtom(phrase: string, caseSensitive: boolean): string | undefined {
  if (isPlainWord(phrase)) return caseSensitive ? phrase : phrase.toLowerCase();
  let start = 0;
  while (start < phrase.length && isSpaceCode(phrase.charCodeAt(start))) start++;
  if (start === phrase.length) return undefined;
  if (isOneCharacter(phrase)) return caseSensitive ? phrase : phrase.toLowerCase();
  const code = phrase.charCodeAt(start);
  let end = start + 1;
  if (isLetterAt(phrase, start)) {
    while (end < phrase.length && isLetterAt(phrase, end)) end++;
  } else if (code >= 0x30 && code <= 0x39) {
    return scan(phrase)[0]?.text;
  } else if (code >= 0xd800 && code <= 0xdbff) end++;
  const atom = phrase.slice(start, end);
  return caseSensitive || !isLetterAt(phrase, start) ? atom : atom.toLowerCase();
}

/**
 * Phrases grouped by first atom; a group is turned into atoms the first time it is looked up, so
 * the first call pays only for the phrases the text comes near (scanning them all cost
 * milliseconds of start-up).
 */
function phraseTable<T>(entries: Iterable<readonly [string, T]>, caseSensitive = false): PhraseTable<T> {
  const pending = new Map<string, (readonly [string, T])[]>();
  for (const entry of entries) {
    const first = firstAtom(entry[0], caseSensitive);
    if (first === undefined) continue;
    const list = pending.get(first);
    if (list === undefined) pending.set(first, [entry]);
    else list.push(entry);
  }
  const ready = new Map<string, readonly Phrase<T>[]>();
  return {
    get(first: string): readonly Phrase<T>[] | undefined {
      const built = ready.get(first);
      if (built !== undefined) return built;
      const group = pending.get(first);
      if (group === undefined) return undefined;
      const phrases = group.map(([phrase, value]) => ({ ...atomsOf(phrase, caseSensitive), value }));
      if (phrases.length > 1) phrases.sort((a, b) => b.atoms.length - a.atoms.length);
      ready.set(first, phrases);
      return phrases;
    },
  };
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

/** A value computed on first use: most tables are only needed once a number is found. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function currencyCodes(): (readonly [string, string])[] {
  return CURRENCY_CODES.map((code) => [code, code === 'RMB' ? 'CNY' : code === 'BTC' ? 'XBT' : code] as const);
}

/**
 * Words that can start a mention, taken from the raw lexicon without building its tables: the
 * parser consults this set for every word of the text, the tables only around numbers.
 */
function triggerWords(lexicon: Lexicon): Set<string> {
  const triggers = new Set<string>(['http', 'https', 'ftp', 'www']);
  const add = (phrase: string): void => {
    const word = firstAtom(phrase, false);
    if (word !== undefined) triggers.add(word);
  };
  for (const phrases of [lexicon.percentPhrases, lexicon.pointPhrases, lexicon.magnitudes, lexicon.hundreds, lexicon.articles, lexicon.negatives]) phrases.forEach(add);
  for (const words of [lexicon.relativeOrdinals, lexicon.relativePhrases, lexicon.hedgesBefore, lexicon.currencyNames, lexicon.cardinals, lexicon.scales, lexicon.ordinals, lexicon.denominators, lexicon.months, lexicon.rangeOpeners, lexicon.decades]) {
    for (const phrase in words) add(phrase);
  }
  for (const symbol in CURRENCY_SYMBOLS) add(symbol);
  for (const code of CURRENCY_CODES) {
    triggers.add(code.toLowerCase());
    triggers.add(`m${code.toLowerCase()}`);
  }
  return triggers;
}

function build(locale: Locale): Vocabulary {
  const lexicon = locale === 'de' ? buildGerman() : locale === 'fr' ? buildFrench() : locale === 'es' ? buildSpanish() : buildEnglish();
  const table = <T>(entries: () => Iterable<readonly [string, T]>, caseSensitive = false): (() => PhraseTable<T>) => lazy(() => phraseTable(entries(), caseSensitive));
  const set = (words: readonly string[]): (() => ReadonlySet<string>) => lazy(() => new Set(words));
  const map = <T>(words: Readonly<Record<string, T>>): (() => ReadonlyMap<string, T>) => lazy(() => new Map(Object.entries(words)));
  const percent = table<'percent' | 'percentagePoints'>(() => [
    ...lexicon.percentPhrases.map((p) => [p, 'percent'] as const),
    ...lexicon.pointPhrases.map((p) => [p, 'percentagePoints'] as const),
  ]);
  const hedgesBefore = table(() => Object.entries(lexicon.hedgesBefore));
  const hedgesAfter = table(() => Object.entries(lexicon.hedgesAfter));
  const directionBefore = table(() => Object.entries(lexicon.directionBefore));
  const directionAfter = table(() => Object.entries(lexicon.directionAfter));
  const per = table(() => Object.entries(lexicon.per));
  const currencyAfter = table(() => Object.entries(lexicon.currencyNames));
  const currencyBefore = table(() => [...Object.entries(CURRENCY_SYMBOLS), ...currencyCodes()], true);
  // Dollar prefixes of two letters or more and codes other than common words read in any case (`us $`, `usd 20`).
  const currencyPrefixes = table(() => [
    ...Object.entries(CURRENCY_SYMBOLS).filter(([symbol]) => isLetterPrefix(symbol)),
    ...currencyCodes().filter(([code]) => !COMMON_WORD_CODES.has(code)),
  ]);
  const units = table(() => Object.entries(UNIT_SYMBOLS), true);
  const unitNames = table(() => Object.entries(lexicon.unitNames));
  const magnitudes = table(() => lexicon.magnitudes.map((m) => [m, 10] as const));
  const ageWords = table(() => lexicon.ageWords.map((w) => [w, true] as const));
  const ageBefore = table(() => lexicon.ageBefore.map((w) => [w, true] as const));
  const rangeJoiners = table(() => lexicon.rangeJoiners.map((w) => [w, true] as const));
  const ratioJoiners = table(() => lexicon.ratioJoiners.map((w) => [w, true] as const));
  const rangeOpeners = lazy(() => new Map(Object.entries(lexicon.rangeOpeners).map(([k, v]) => [k, v.map((w) => w.toLowerCase())] as const)));
  const relativeOrdinals = map(lexicon.relativeOrdinals);
  const relativePhrases = table(() => Object.entries(lexicon.relativePhrases));
  const orEqual = table(() => lexicon.orEqual.map((w) => [w, true] as const));
  const fromLast = table(() => lexicon.fromLast.map((w) => [w, true] as const));
  const cardinals = map(lexicon.cardinals);
  const scales = map(lexicon.scales);
  const ordinals = map(lexicon.ordinals);
  const denominators = map(lexicon.denominators);
  const months = map(lexicon.months);
  const decades = map(lexicon.decades);
  const hundreds = set(lexicon.hundreds);
  const joiners = set(lexicon.joiners);
  const points = set(lexicon.points);
  const negatives = set(lexicon.negatives);
  const articles = set(lexicon.articles);
  const definiteArticles = set(lexicon.definiteArticles);
  const ordinalSuffixes = set(lexicon.ordinalSuffixes);
  const yearCues = set(lexicon.yearCues);
  const ones = set(lexicon.ones);
  const pronounOneBefore = set(lexicon.pronounOneBefore);
  const pronounOneAfter = set(lexicon.pronounOneAfter);
  const triggers = lazy(() => triggerWords(lexicon));
  return {
    lexicon,
    locale,
    get triggers() { return triggers(); },
    get cardinals() { return cardinals(); },
    get hundreds() { return hundreds(); },
    get scales() { return scales(); },
    get ordinals() { return ordinals(); },
    get denominators() { return denominators(); },
    get joiners() { return joiners(); },
    get points() { return points(); },
    get negatives() { return negatives(); },
    get articles() { return articles(); },
    get definiteArticles() { return definiteArticles(); },
    get months() { return months(); },
    get ordinalSuffixes() { return ordinalSuffixes(); },
    get yearCues() { return yearCues(); },
    get decades() { return decades(); },
    get ones() { return ones(); },
    get pronounOneBefore() { return pronounOneBefore(); },
    get pronounOneAfter() { return pronounOneAfter(); },
    get percent() { return percent(); },
    get hedgesBefore() { return hedgesBefore(); },
    get hedgesAfter() { return hedgesAfter(); },
    get directionBefore() { return directionBefore(); },
    get directionAfter() { return directionAfter(); },
    get per() { return per(); },
    get currencyAfter() { return currencyAfter(); },
    get currencyBefore() { return currencyBefore(); },
    get currencyPrefixes() { return currencyPrefixes(); },
    get units() { return units(); },
    get unitNames() { return unitNames(); },
    get magnitudes() { return magnitudes(); },
    get ageWords() { return ageWords(); },
    get ageBefore() { return ageBefore(); },
    get rangeOpeners() { return rangeOpeners(); },
    get rangeJoiners() { return rangeJoiners(); },
    get ratioJoiners() { return ratioJoiners(); },
    get relativeOrdinals() { return relativeOrdinals(); },
    get relativePhrases() { return relativePhrases(); },
    get fromLast() { return fromLast(); },
    get orEqual() { return orEqual(); },
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
