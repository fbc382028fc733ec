import { buildEnglish } from './data/en.js';
import { buildFrench, buildGerman, buildSpanish } from './data/romance-germanic.js';
import type { Direction, Lexicon, Modifier } from './data/lexicon.js';
import { COMMON_WORD_CODES, CURRENCY_CODES, CURRENCY_SYMBOLS, UNIT_SYMBOLS } from './data/symbols.js';
import { isSpaceCode } from '../text/span.js';
import { isAsciiLetter } from '../text/code-units.js';
import { isLetterAt, scan, type Lexeme } from './scan.js';
import { own } from './own.js';
import { VULGAR_FRACTIONS } from './data/fractions.js';

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
   * Every lower-cased word, and every mark, that can start or be part of a mention (a sign or
   * decimal point glued to digits aside). A lexeme outside this set cannot start one, so the
   * parser steps over it at once: most lexemes of a text are such.
   */
  readonly triggers: ReadonlySet<string>;
}

/** `US$`, `HK $`, `U.S.$`, `C$`: a dollar prefix of two letters (or C), readable in any case. */
function isLetterPrefix(symbol: string): boolean {
  const first = symbol.charCodeAt(0);
  // Never read past the end: V8 deoptimises code that does.
  const second = symbol.length > 1 ? symbol.charCodeAt(1) : 0;
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
  // `toLowerCase` copies even a word that is lower-case already: most phrases are, so test first.
  if (caseSensitive ? isPlainWord(phrase) : LOWER_WORD.test(phrase)) return phrase;
  if (isPlainWord(phrase)) return phrase.toLowerCase();
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
function phraseTable<T>(sources: readonly Readonly<Record<string, T>>[], caseSensitive = false, accept: (phrase: string) => boolean = () => true): PhraseTable<T> {
  // A group of one phrase is kept as the bare string: most are, and an array for each was garbage.
  const longer = new Map<string, string | string[]>();
  for (const source of sources) {
    for (const phrase in source) {
      if ((caseSensitive ? isPlainWord(phrase) : LOWER_WORD.test(phrase)) || !accept(phrase)) continue;
      const first = firstAtom(phrase, caseSensitive);
      if (first === undefined || first === phrase) continue;
      const group = longer.get(first);
      if (group === undefined) longer.set(first, phrase);
      else if (typeof group === 'string') longer.set(first, [group, phrase]);
      else group.push(phrase);
    }
  }
  const ready = new Map<string, readonly Phrase<T>[]>();
  // The value of a phrase is the first source's that has it, as a lookup in `ready` finds it.
  const valueOf = (phrase: string): T | undefined => {
    if (!accept(phrase)) return undefined;
    // Index loops: a cold `for…of` allocates an iterator result per step, and this runs cold.
    for (let s = 0; s < sources.length; s++) {
      const value = own(sources[s] ?? {}, phrase);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  return {
    get(first: string): readonly Phrase<T>[] | undefined {
      const built = ready.get(first);
      if (built !== undefined) return built;
      // A record's key equal to a lexeme is one atom, so it was left out of the groups above.
      const value = valueOf(first);
      const group = longer.get(first);
      // Most look-ups miss (any word after a number is tried as a unit): they allocate nothing.
      if (value === undefined && group === undefined) return undefined;
      const phrases: Phrase<T>[] = [];
      if (value !== undefined) phrases.push({ atoms: [first], glued: [true], value });
      const grouped = group === undefined ? [] : typeof group === 'string' ? [group] : group;
      for (let g = 0; g < grouped.length; g++) {
        const phrase = grouped[g] ?? '';
        phrases.push({ ...atomsOf(phrase, caseSensitive), value: valueOf(phrase) as T });
      }
      if (phrases.length > 1) phrases.sort((a, b) => b.atoms.length - a.atoms.length);
      ready.set(first, phrases);
      return phrases;
    },
  };
}

/** A table of phrases that all mean the same. */
function valued<T>(phrases: readonly string[], value: T): Record<string, T> {
  const out: Record<string, T> = Object.create(null) as Record<string, T>;
  for (let i = 0; i < phrases.length; i++) out[phrases[i] ?? ''] = value;
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

/** Dollar prefixes of two letters or more and codes other than common words, which read in any case (`us $`, `usd 20`). */
function isCurrencyPrefix(symbol: string): boolean {
  return isLetterPrefix(symbol) && !COMMON_WORD_CODES.has(symbol);
}

/** Word look-ups straight on a data record. */
class RecordWords<T> implements WordTable<T> {
  constructor(private readonly record: Readonly<Record<string, T>>) {}

  get(word: string): T | undefined {
    return own(this.record, word);
  }

  has(word: string): boolean {
    return own(this.record, word) !== undefined;
  }
}

/**
 * Words and marks that can start a mention, taken from the raw lexicon without building its tables: the
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
  for (const fraction in VULGAR_FRACTIONS) triggers.add(fraction);
  for (const symbol in CURRENCY_CODES) {
    const code = symbol.toLowerCase();
    triggers.add(code);
    triggers.add(`m${code}`);
  }
  return triggers;
}

/**
 * A locale's tables, each made the first time it is read: most are needed only once a number is
 * found. Getters on a class rather than a closure per table, so that making a vocabulary makes
 * one object. Words are looked up in the lexicon's records themselves.
 */
class Tables implements Vocabulary {
  readonly relativeOrdinals: WordTable<RelativeWord>;
  readonly cardinals: WordTable<number>;
  readonly scales: WordTable<number>;
  readonly ordinals: WordTable<number>;
  readonly denominators: WordTable<number>;
  readonly months: WordTable<number>;
  readonly decades: WordTable<number>;
  #percent: PhraseTable<'percent' | 'percentagePoints'> | undefined;
  #hedgesBefore: PhraseTable<Modifier> | undefined;
  #hedgesAfter: PhraseTable<Modifier> | undefined;
  #directionBefore: PhraseTable<Direction> | undefined;
  #directionAfter: PhraseTable<Direction> | undefined;
  #per: PhraseTable<string> | undefined;
  #currencyAfter: PhraseTable<string> | undefined;
  #currencyBefore: PhraseTable<string> | undefined;
  #currencyPrefixes: PhraseTable<string> | undefined;
  #units: PhraseTable<string> | undefined;
  #unitNames: PhraseTable<string> | undefined;
  #magnitudes: PhraseTable<number> | undefined;
  #ageWords: PhraseTable<true> | undefined;
  #ageBefore: PhraseTable<true> | undefined;
  #rangeJoiners: PhraseTable<true> | undefined;
  #ratioJoiners: PhraseTable<true> | undefined;
  #rangeOpeners: ReadonlyMap<string, readonly string[]> | undefined;
  #relativePhrases: PhraseTable<{ readonly offset: number; readonly article?: true }> | undefined;
  #orEqual: PhraseTable<true> | undefined;
  #fromLast: PhraseTable<true> | undefined;
  #triggers: ReadonlySet<string> | undefined;
  #hundreds: ReadonlySet<string> | undefined;
  #joiners: ReadonlySet<string> | undefined;
  #points: ReadonlySet<string> | undefined;
  #negatives: ReadonlySet<string> | undefined;
  #articles: ReadonlySet<string> | undefined;
  #definiteArticles: ReadonlySet<string> | undefined;
  #ordinalSuffixes: ReadonlySet<string> | undefined;
  #yearCues: ReadonlySet<string> | undefined;
  #ones: ReadonlySet<string> | undefined;
  #pronounOneBefore: ReadonlySet<string> | undefined;
  #pronounOneAfter: ReadonlySet<string> | undefined;

  constructor(
    readonly locale: Locale,
    readonly lexicon: Lexicon,
  ) {
    this.relativeOrdinals = new RecordWords(lexicon.relativeOrdinals);
    this.cardinals = new RecordWords(lexicon.cardinals);
    this.scales = new RecordWords(lexicon.scales);
    this.ordinals = new RecordWords(lexicon.ordinals);
    this.denominators = new RecordWords(lexicon.denominators);
    this.months = new RecordWords(lexicon.months);
    this.decades = new RecordWords(lexicon.decades);
  }

  get percent(): PhraseTable<'percent' | 'percentagePoints'> {
    return (this.#percent ??= phraseTable<'percent' | 'percentagePoints'>([valued(this.lexicon.percentPhrases, 'percent'), valued(this.lexicon.pointPhrases, 'percentagePoints')]));
  }

  get hedgesBefore(): PhraseTable<Modifier> {
    return (this.#hedgesBefore ??= phraseTable([this.lexicon.hedgesBefore]));
  }

  get hedgesAfter(): PhraseTable<Modifier> {
    return (this.#hedgesAfter ??= phraseTable([this.lexicon.hedgesAfter]));
  }

  get directionBefore(): PhraseTable<Direction> {
    return (this.#directionBefore ??= phraseTable([this.lexicon.directionBefore]));
  }

  get directionAfter(): PhraseTable<Direction> {
    return (this.#directionAfter ??= phraseTable([this.lexicon.directionAfter]));
  }

  get per(): PhraseTable<string> {
    return (this.#per ??= phraseTable([this.lexicon.per]));
  }

  get currencyAfter(): PhraseTable<string> {
    return (this.#currencyAfter ??= phraseTable([this.lexicon.currencyNames]));
  }

  get currencyBefore(): PhraseTable<string> {
    return (this.#currencyBefore ??= phraseTable([CURRENCY_SYMBOLS, CURRENCY_CODES], true));
  }

  get currencyPrefixes(): PhraseTable<string> {
    return (this.#currencyPrefixes ??= phraseTable([CURRENCY_SYMBOLS, CURRENCY_CODES], false, isCurrencyPrefix));
  }

  get units(): PhraseTable<string> {
    return (this.#units ??= phraseTable([UNIT_SYMBOLS], true));
  }

  get unitNames(): PhraseTable<string> {
    return (this.#unitNames ??= phraseTable([this.lexicon.unitNames]));
  }

  get magnitudes(): PhraseTable<number> {
    return (this.#magnitudes ??= phraseTable([valued(this.lexicon.magnitudes, 10)]));
  }

  get ageWords(): PhraseTable<true> {
    return (this.#ageWords ??= phraseTable([valued(this.lexicon.ageWords, true as const)]));
  }

  get ageBefore(): PhraseTable<true> {
    return (this.#ageBefore ??= phraseTable([valued(this.lexicon.ageBefore, true as const)]));
  }

  get rangeJoiners(): PhraseTable<true> {
    return (this.#rangeJoiners ??= phraseTable([valued(this.lexicon.rangeJoiners, true as const)]));
  }

  get ratioJoiners(): PhraseTable<true> {
    return (this.#ratioJoiners ??= phraseTable([valued(this.lexicon.ratioJoiners, true as const)]));
  }

  get rangeOpeners(): ReadonlyMap<string, readonly string[]> {
    return (this.#rangeOpeners ??= new Map(Object.entries(this.lexicon.rangeOpeners).map(([k, v]) => [k, v.map((w) => w.toLowerCase())] as const)));
  }

  get relativePhrases(): PhraseTable<{ readonly offset: number; readonly article?: true }> {
    return (this.#relativePhrases ??= phraseTable([this.lexicon.relativePhrases]));
  }

  get orEqual(): PhraseTable<true> {
    return (this.#orEqual ??= phraseTable([valued(this.lexicon.orEqual, true as const)]));
  }

  get fromLast(): PhraseTable<true> {
    return (this.#fromLast ??= phraseTable([valued(this.lexicon.fromLast, true as const)]));
  }

  get triggers(): ReadonlySet<string> {
    return (this.#triggers ??= triggerWords(this.lexicon));
  }

  get hundreds(): ReadonlySet<string> {
    return (this.#hundreds ??= new Set(this.lexicon.hundreds));
  }

  get joiners(): ReadonlySet<string> {
    return (this.#joiners ??= new Set(this.lexicon.joiners));
  }

  get points(): ReadonlySet<string> {
    return (this.#points ??= new Set(this.lexicon.points));
  }

  get negatives(): ReadonlySet<string> {
    return (this.#negatives ??= new Set(this.lexicon.negatives));
  }

  get articles(): ReadonlySet<string> {
    return (this.#articles ??= new Set(this.lexicon.articles));
  }

  get definiteArticles(): ReadonlySet<string> {
    return (this.#definiteArticles ??= new Set(this.lexicon.definiteArticles));
  }

  get ordinalSuffixes(): ReadonlySet<string> {
    return (this.#ordinalSuffixes ??= new Set(this.lexicon.ordinalSuffixes));
  }

  get yearCues(): ReadonlySet<string> {
    return (this.#yearCues ??= new Set(this.lexicon.yearCues));
  }

  get ones(): ReadonlySet<string> {
    return (this.#ones ??= new Set(this.lexicon.ones));
  }

  get pronounOneBefore(): ReadonlySet<string> {
    return (this.#pronounOneBefore ??= new Set(this.lexicon.pronounOneBefore));
  }

  get pronounOneAfter(): ReadonlySet<string> {
    return (this.#pronounOneAfter ??= new Set(this.lexicon.pronounOneAfter));
  }
}

function build(locale: Locale): Vocabulary {
  const lexicon = locale === 'de' ? buildGerman() : locale === 'fr' ? buildFrench() : locale === 'es' ? buildSpanish() : buildEnglish();
  return new Tables(locale, lexicon);
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
