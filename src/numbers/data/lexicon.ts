/**
 * The shape every locale's number vocabulary takes. Keys are lower-case surface forms; phrases
 * are written with single spaces and matched word by word, so hyphens and line breaks between
 * words do not matter.
 */
export interface Lexicon {
  /** Whether `3,5` is three and a half (decimal comma) rather than a thousands group. */
  readonly decimalComma: boolean;
  /** Whether numbers count by twenties above sixty (French `quatre-vingt-dix`). */
  readonly vigesimal: boolean;
  /** Words between a scaled amount and its currency (`millions de dollars`, `milliards d’euros`). */
  readonly currencyLinks: readonly string[];
  /** Additive number words: units, teens, tens and (in Romance languages) written-out hundreds. */
  readonly cardinals: Readonly<Record<string, number>>;
  /** Words that multiply what precedes them inside a group (`hundred`, `hundert`, `cent`). */
  readonly hundreds: readonly string[];
  /** Scale words that close a group (`thousand`, `million`, `Milliarde`), with their value. */
  readonly scales: Readonly<Record<string, number>>;
  /** Abbreviated scales written after digits (`bn`, `m`, `Mrd`, `Mio`), case-sensitive keys. */
  readonly scaleAbbreviations: Readonly<Record<string, number>>;
  /** Ordinal words (`third`, `dritte`, `troisième`) with their value. */
  readonly ordinals: Readonly<Record<string, number>>;
  /** Whether ordinals are written as several ordinal words that add up (`vigésimo primero` → 21). */
  readonly compoundOrdinals?: boolean;
  /** Suffixes that turn digits into an ordinal (`st`, `nd`, `te`, `e`, `º`). */
  readonly ordinalSuffixes: readonly string[];
  /** Fraction denominators written as words (`half`, `thirds`, `quarter`), by denominator. */
  readonly denominators: Readonly<Record<string, number>>;
  /** Words joining parts of one number (`and`, `und`, `et`, `y`). */
  readonly joiners: readonly string[];
  /** Words joining a whole number only to the fraction after it (`cinco con un cuarto`). */
  readonly mixedJoiners?: readonly string[];
  /** Words for the decimal point (`point`, `Komma`, `virgule`, `coma`). */
  readonly points: readonly string[];
  /** Words for a negative sign (`minus`, `negative`). */
  readonly negatives: readonly string[];
  /** Indefinite articles that can stand for one before a scale or fraction (`a hundred`). */
  readonly articles: readonly string[];
  /** Definite articles that may stand before a rank at either end of a range (`between the tenth and the fifteenth`). */
  readonly definiteArticles: readonly string[];
  /** Phrases that make a percent (`percent`, `per cent`, `Prozent`, `pour cent`). */
  readonly percentPhrases: readonly string[];
  /** Phrases for percentage points (`percentage points`, `Prozentpunkte`). */
  readonly pointPhrases: readonly string[];
  /** Month names and abbreviations, by month number (1–12). */
  readonly months: Readonly<Record<string, number>>;
  /** Hedge phrases written before a number, by modifier. */
  readonly hedgesBefore: Readonly<Record<string, Modifier>>;
  /** Words joining two bounds into one range (`more than 10 and less than 20`, `au plus 100 et au moins 20`). */
  readonly boundJoiners: readonly string[];
  /** Phrases after a strict bound that make it inclusive (`more than 10 or equal to`). */
  readonly orEqual: readonly string[];
  /** Hedge phrases written after a number (`or more`, `und mehr`). */
  readonly hedgesAfter: Readonly<Record<string, Modifier>>;
  /** Words before a number that say which way it moved (`up`, `rose`, `fell`). */
  readonly directionBefore: Readonly<Record<string, Direction>>;
  /** Words after a number that say which way it compares (`more`, `higher`, `less`). */
  readonly directionAfter: Readonly<Record<string, Direction>>;
  /** Rate phrases after a number (`a year`, `per capita`, `pro Jahr`), by what they are per. */
  readonly per: Readonly<Record<string, string>>;
  /** Words that introduce the first end of a range (`between`, `from`, `zwischen`). */
  readonly rangeOpeners: Readonly<Record<string, readonly string[]>>;
  /** Words between the two ends of a range (`to`, `and`, `bis`, `à`). */
  readonly rangeJoiners: readonly string[];
  /** Words between the parts of a ratio (`in`, `out of`, `sur`, `von`). */
  readonly ratioJoiners: readonly string[];
  /** Words that, right before a lone `one`, make it a pronoun (`no one`, `the one`). */
  readonly pronounOneBefore: readonly string[];
  /** Words that, right after a lone `one`, make it a pronoun (`one of`, `one another`). */
  readonly pronounOneAfter: readonly string[];
  /** Words before `3.` that make the dot an ordinal mark (`die 3. Banane`), for languages that write ordinals so. */
  readonly ordinalDotCues: readonly string[];
  /** The words for one, whose pronoun uses are excluded. */
  readonly ones: readonly string[];
  /** Words before a four-digit number that make it a year (`in`, `since`, `im`, `en`). */
  readonly yearCues: readonly string[];
  /** Words for a decade (`eighties`, `achtziger`) by its first year within a century. */
  readonly decades: Readonly<Record<string, number>>;
  /** Phrases for an order of magnitude (value 10 each). */
  readonly magnitudes: readonly string[];
  /** Words before a time quantity that make it an age (`aged`, `at the age of`, `im Alter von`). */
  readonly ageBefore: readonly string[];
  /** Verbs right before a time quantity that state an age (`elle a 30 ans`, `tiene 30 años`). */
  readonly ageVerbs?: readonly string[];
  /** Words before such a verb that make the time quantity no age (`il y a 30 ans`: 30 years ago). */
  readonly ageVerbBlockers?: readonly string[];
  /** Words after a time quantity that make it an age (`old`, `alt`). */
  readonly ageWords: readonly string[];
  /** Currency names in this language, to ISO 4217 codes. */
  readonly currencyNames: Readonly<Record<string, string>>;
  /**
   * Words for a rank relative to the end or the current item, with the offset (`penultimate` →
   * end −1, `next` → current +1). `bare` ones (`last`, `next`) are ranks only when asked for.
   */
  readonly relativeOrdinals: Readonly<Record<string, { readonly to: 'end' | 'current'; readonly offset: number; readonly bare?: true }>>;
  /** Phrases after an ordinal that count it from the end (`to last`, `from last`): `the third from last` → end −2. */
  readonly fromLast: readonly string[];
  /**
   * Fixed phrases for a rank counted from the end, with the offset (`next to last` → −1,
   * `last but one` → −1). `article` marks those built on a number word, whose `the` joins the span.
   */
  readonly relativePhrases: Readonly<Record<string, { readonly offset: number; readonly article?: true }>>;
  /** Unit names in this language, to normalised unit symbols. */
  readonly unitNames: Readonly<Record<string, string>>;
}

/** How a hedge qualifies a number. */
export type Modifier = 'approx' | 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'plusMinus';

/** Which way a number moved or compares. */
export type Direction = 'up' | 'down';
