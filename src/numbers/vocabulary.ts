import { buildEnglish } from './data/en.js';
import { buildFrench, buildGerman, buildSpanish } from './data/romance-germanic.js';
import type { Direction, Lexicon, Modifier } from './data/lexicon.js';
import { COMMON_WORD_CODES, CURRENCY_CODES, CURRENCY_SYMBOLS, UNIT_SYMBOLS } from './data/symbols.js';
import { isSpaceCode } from '../text/span.js';
import { isAsciiLetter } from '../text/code-units.js';
import { isLetterAt, scan, type Lexeme } from './scan.js';
import { own } from './own.js';

/** Languages with a number vocabulary. */
export type Locale = 'en' | 'de' | 'fr' | 'es';

/** A word for a rank relative to the end or the current item. */
export type RelativeWord = NonNullable<Lexicon['relativeOrdinals']>[string];

/** Look-ups of single words in a data record. */
export interface WordTable<T> {
  get(word: string): T | undefined;
  has(word: string): boolean;
}

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
  readonly cardinals: WordTable<number>;
  readonly hundreds: ReadonlySet<string>;
  readonly scales: WordTable<number>;
  readonly ordinals: WordTable<number>;
  readonly denominators: WordTable<number>;
  readonly joiners: ReadonlySet<string>;
  readonly points: ReadonlySet<string>;
  readonly negatives: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly definiteArticles: ReadonlySet<string>;
  readonly months: WordTable<number>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  readonly yearCues: ReadonlySet<string>;
  readonly decades: WordTable<number>;
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
  readonly relativeOrdinals: WordTable<RelativeWord>;
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
const PLAIN_WORD = /^[A-Za-z]+$/u;

const LOWER_WORD = /^[a-z]+$/u;

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
 * Phrases looked up by first atom, straight in their data records: a phrase that is one atom
 * (`percent`, `€`) is found by a property look-up, and only the longer ones (`per cent`, `US$`)
 * are grouped by first atom when the table is built. A group becomes phrase objects the first
 * time it is looked up. Copying whole records into maps of pairs, as this once did, made most of
 * the first call's garbage and, with it, V8's first young-generation collection.
 */
function phraseTable<T>(sources: readonly Readonly<Record<string, T>>[], caseSensitive = false): PhraseTable<T> {
  const longer = new Map<string, (readonly [string, T])[]>();
  for (const source of sources) {
    for (const phrase in source) {
      if (caseSensitive ? isPlainWord(phrase) : LOWER_WORD.test(phrase)) continue;
      const first = firstAtom(phrase, caseSensitive);
      if (first === undefined || first === phrase) continue;
      const entry = [phrase, source[phrase] as T] as const;
      const list = longer.get(first);
      if (list === undefined) longer.set(first, [entry]);
      else list.push(entry);
    }
  }
  const ready = new Map<string, readonly Phrase<T>[]>();
  return {
    get(first: string): readonly Phrase<T>[] | undefined {
      const built = ready.get(first);
      if (built !== undefined) return built;
      // A record's key equal to a lexeme is one atom, so it was left out of the groups above.
      const phrases: Phrase<T>[] = [];
      for (const source of sources) {
        const value = own(source, first);
        if (value !== undefined) phrases.push({ atoms: [first], glued: [true], value });
      }
      const group = longer.get(first);
      if (group !== undefined) for (const [phrase, value] of group) phrases.push({ ...atomsOf(phrase, caseSensitive), value });
      if (phrases.length === 0) return undefined;
      if (phrases.length > 1) phrases.sort((a, b) => b.atoms.length - a.atoms.length);
      ready.set(first, phrases);
      return phrases;
    },
  };
}

/** A table of phrases that all mean the same. */
function valued<T>(phrases: readonly string[], value: T): Record<string, T> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const phrase of phrases) out[phrase] = value;
  return out;
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

/** ISO codes that pass `keep`, to the code they stand for (`RMB` is the yuan's `CNY`). */
function currencyCodes(keep: (code: string) => boolean): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const code of CURRENCY_CODES) if (keep(code)) out[code] = code === 'RMB' ? 'CNY' : code === 'BTC' ? 'XBT' : code;
  return out;
}

/** The currency symbols that start with a dollar prefix of letters. */
function letterPrefixes(): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const symbol in CURRENCY_SYMBOLS) if (isLetterPrefix(symbol)) out[symbol] = CURRENCY_SYMBOLS[symbol] as string;
  return out;
}

/** Word look-ups straight on a data record. */
function wordTable<T>(record: Readonly<Record<string, T>>): WordTable<T> {
  return {
    get: (word) => own(record, word),
    has: (word) => own(record, word) !== undefined,
  };
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
  const table = <T>(sources: () => readonly Readonly<Record<string, T>>[], caseSensitive = false): (() => PhraseTable<T>) => lazy(() => phraseTable(sources(), caseSensitive));
  const set = (words: readonly string[]): (() => ReadonlySet<string>) => lazy(() => new Set(words));
  const percent = table<'percent' | 'percentagePoints'>(() => [valued(lexicon.percentPhrases, 'percent'), valued(lexicon.pointPhrases, 'percentagePoints')]);
  const hedgesBefore = table(() => [lexicon.hedgesBefore]);
  const hedgesAfter = table(() => [lexicon.hedgesAfter]);
  const directionBefore = table(() => [lexicon.directionBefore]);
  const directionAfter = table(() => [lexicon.directionAfter]);
  const per = table(() => [lexicon.per]);
  const currencyAfter = table(() => [lexicon.currencyNames]);
  const currencyBefore = table(() => [CURRENCY_SYMBOLS, currencyCodes(() => true)], true);
  // Dollar prefixes of two letters or more and codes other than common words read in any case (`us $`, `usd 20`).
  const currencyPrefixes = table(() => [letterPrefixes(), currencyCodes((code) => !COMMON_WORD_CODES.has(code))]);
  const units = table(() => [UNIT_SYMBOLS], true);
  const unitNames = table(() => [lexicon.unitNames]);
  const magnitudes = table(() => [valued(lexicon.magnitudes, 10)]);
  const ageWords = table(() => [valued(lexicon.ageWords, true as const)]);
  const ageBefore = table(() => [valued(lexicon.ageBefore, true as const)]);
  const rangeJoiners = table(() => [valued(lexicon.rangeJoiners, true as const)]);
  const ratioJoiners = table(() => [valued(lexicon.ratioJoiners, true as const)]);
  const rangeOpeners = lazy(() => new Map(Object.entries(lexicon.rangeOpeners).map(([k, v]) => [k, v.map((w) => w.toLowerCase())] as const)));
  const relativePhrases = table(() => [lexicon.relativePhrases]);
  const orEqual = table(() => [valued(lexicon.orEqual, true as const)]);
  const fromLast = table(() => [valued(lexicon.fromLast, true as const)]);
  // Words are looked up in the records themselves: copying them into maps only made garbage.
  const relativeOrdinals = wordTable(lexicon.relativeOrdinals);
  const cardinals = wordTable(lexicon.cardinals);
  const scales = wordTable(lexicon.scales);
  const ordinals = wordTable(lexicon.ordinals);
  const denominators = wordTable(lexicon.denominators);
  const months = wordTable(lexicon.months);
  const decades = wordTable(lexicon.decades);
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
    cardinals,
    get hundreds() { return hundreds(); },
    scales,
    ordinals,
    denominators,
    get joiners() { return joiners(); },
    get points() { return points(); },
    get negatives() { return negatives(); },
    get articles() { return articles(); },
    get definiteArticles() { return definiteArticles(); },
    months,
    get ordinalSuffixes() { return ordinalSuffixes(); },
    get yearCues() { return yearCues(); },
    decades,
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
    relativeOrdinals,
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
