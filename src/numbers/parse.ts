import { AGE_ABBREVIATIONS, ANGLE_AFTER, ANGLE_BEFORE, ANGLE_SIDES, DECADE_CUES, MEASURE_ADJECTIVES, HYPHEN_UNITS, LABEL_WORDS, MINOR_UNITS, PER_BREAKERS, POUND_WORDS, TIME_AFTER, TIME_CUES } from './data/cues.js';
import type { Direction, Modifier } from './data/lexicon.js';
import { GLUED_UNIT_SYMBOLS } from './data/symbols.js';
import { readLiteral } from './literal.js';
import { own } from './own.js';
import { isCountedNoun, readNumber, type NumberCore } from './read-number.js';
import type { Lexeme } from './scan.js';
import type { NumberKind, RangeEndKind, RelativeTo } from './types.js';
import { matchPhrase, type PhraseTable, type Vocabulary } from './vocabulary.js';

/**
 * A mention as the parser finds it, in lexeme indices, before it becomes public output. Every
 * field is always present (`undefined` when unused) and every finding is made by `finding`, so
 * all findings share one shape and the code reading them stays monomorphic.
 */
export interface Found {
  kind: NumberKind;
  /** First lexeme of the mention (hedges excluded). */
  first: number;
  /** Lexeme just past the mention. */
  next: number;
  /** Lexeme where reading resumes (past trailing hedges and rates). */
  resume: number;
  value: number;
  min: number | undefined;
  max: number | undefined;
  of: RangeEndKind | undefined;
  unit: string | undefined;
  currency: string | undefined;
  year: number | undefined;
  month: number | undefined;
  day: number | undefined;
  modifier: Modifier | undefined;
  /** First lexeme of the hedge before the mention, when there is one. */
  hedgeFirst: number | undefined;
  /** Lexeme past the hedge written after the mention (`or more`), when there is one. */
  hedgeNext: number | undefined;
  direction: Direction | undefined;
  per: string | undefined;
  /** The plain number inside the mention (`3.4bn` in `$3.4bn`), as lexeme indices. */
  amount: { first: number; next: number; value: number; scale: number } | undefined;
  /** What a relative rank counts from (`penultimate`, `the second to last`, `next`). */
  relativeTo: RelativeTo | undefined;
  /** A currency amount written in its minor unit only (`50 cents`), valued in the major unit. */
  minor: boolean | undefined;
  /** A time quantity written as an age (`five years old`, `29-year-old`). */
  age: boolean | undefined;
  /** Ends of a range. */
  ends: readonly Found[] | undefined;
  /** A range bounded by two hedges, as an interval (`(10,20]`), for comparison with other tools. */
  interval: string | undefined;
}

/**
 * A finding with every field set, unused ones `undefined`: one object shape for all findings.
 *
 * @param kind - What kind of number it is.
 * @param first - Its first lexeme.
 * @param next - The lexeme just past it (also where reading resumes).
 * @param value - Its value.
 * @returns The finding.
 */
export function finding(kind: NumberKind, first: number, next: number, value: number): Found {
  return {
    kind,
    first,
    next,
    resume: next,
    value,
    min: undefined,
    max: undefined,
    of: undefined,
    unit: undefined,
    currency: undefined,
    year: undefined,
    month: undefined,
    day: undefined,
    modifier: undefined,
    hedgeFirst: undefined,
    hedgeNext: undefined,
    direction: undefined,
    per: undefined,
    amount: undefined,
    relativeTo: undefined,
    minor: undefined,
    age: undefined,
    ends: undefined,
    interval: undefined,
  };
}

/** A copy of a finding, in the same shape (every field is already there, so none is added). */
function copyOf(found: Found): Found {
  return Object.assign(finding(found.kind, found.first, found.next, found.value), found);
}

/** Hours and minutes written with a dot, as one literal (`10.30`, `6.45`). */
const DOTTED_TIME = /^\d{1,2}\.[0-5]\d$/u;

/** Lexemes to jump over: a clock time, phone number, version string or id. */
interface Skip {
  skip: number;
}

type Parsed = Found | Skip | null;

function isSkip<T extends object>(parsed: T | Skip | null): parsed is Skip {
  return parsed !== null && 'skip' in parsed;
}

/** Reads text lexeme by lexeme; one instance per call, holding the lexemes and the locale. */
export class Parser {
  constructor(
    private readonly lexemes: readonly Lexeme[],
    private readonly vocabulary: Vocabulary,
    /** Whether a bare `last`, `next`, `previous` or `current` is a rank. */
    private readonly bareRelative = false,
  ) {}

  /** Lexeme index where the last `run` stopped: past the last mention or skip that began before its end. */
  stoppedAt = 0;

  /**
   * Every mention in document order. Each step either consumes what it read or moves one
   * lexeme on, and every look-ahead is bounded, so the whole pass is linear.
   *
   * @param from - Lexeme to start at; the lexemes before it are context only (`Lot` before `1750`).
   * @param to - Lexeme before which no mention starts; one that starts before it is read whole.
   */
  run(from = 0, to = this.lexemes.length): Found[] {
    const found: Found[] = [];
    let i = from;
    const triggers = this.vocabulary.triggers;
    const compounds = this.vocabulary.locale === 'de';
    while (i < to) {
      const lexeme = this.lexemes[i];
      if (lexeme !== undefined && lexeme.kind !== 'digits' && !triggers.has(lexeme.lower) && !(compounds && lexeme.kind === 'word' && lexeme.text.length >= 6) && !this.signsDigits(i)) {
        // No mention starts with this word or mark (German numerals glue into long words, so those
        // are tried): most lexemes of a text are such, and punctuation is a fifth of them.
        i++;
        continue;
      }
      const parsed = this.parseAt(i);
      if (parsed === null) {
        i++;
      } else if (isSkip(parsed)) {
        i = Math.max(parsed.skip, i + 1);
      } else {
        found.push(parsed);
        i = Math.max(parsed.resume, i + 1);
      }
    }
    this.stoppedAt = i;
    return found;
  }

  /** Whether lexeme `i` is a sign or decimal point glued to the digits after it (`-5`, `.25`). */
  private signsDigits(i: number): boolean {
    const text = this.lexemes[i]?.text;
    return (text === '-' || text === '−' || text === '.') && this.glued(i + 1)?.kind === 'digits';
  }

  private lx(i: number): Lexeme | undefined {
    return this.lexemes[i];
  }

  private glued(i: number): Lexeme | undefined {
    const lexeme = this.lexemes[i];
    return lexeme !== undefined && lexeme.gap === 0 ? lexeme : undefined;
  }

  /** A lexeme that follows closely: on the same line, at most one space away. */
  private near(i: number): Lexeme | undefined {
    const lexeme = this.lexemes[i];
    return lexeme !== undefined && lexeme.gap <= 1 && !lexeme.newline ? lexeme : undefined;
  }

  private parseAt(i: number): Parsed {
    const url = this.urlEnd(i);
    if (url >= 0) return { skip: url };
    const hedge = matchPhrase(this.lexemes, i, this.vocabulary.hedgesBefore);
    const glue = this.lx(i - 1);
    const gluedMark = glue !== undefined && glue.kind === 'mark' && this.lx(i)?.gap === 0 && this.lx(i)?.kind === 'mark';
    if (hedge !== null && !gluedMark && this.lx(hedge.end) !== undefined && !this.lx(hedge.end)?.newline) {
      const inner = this.parseMention(hedge.end);
      if (inner !== null && !isSkip(inner)) {
        // `more than 2023` compares with a year; it does not hedge it.
        if (inner.kind === 'year' || inner.kind === 'date') return inner;
        if (inner.modifier === undefined) {
          inner.modifier = hedge.value;
          inner.hedgeFirst = i;
          // `elle a plus de 60 ans`, `tiene casi tres años`: the verb of age stands before the hedge.
          if (inner.kind === 'quantity' && TIME_UNITS.has(inner.unit ?? '') && this.hasAgeVerb(i, inner.next)) inner.age = true;
        } else if (hedge.value === 'eq') {
          // `equal to 5000 or less`: the bound after the number says which way.
          inner.hedgeFirst = i;
        }
        this.orEqual(inner);
        this.direction(inner, i);
        return this.boundedRange(inner) ?? inner;
      }
      if (isSkip(inner)) return inner;
    }
    const mention = this.parseMention(i);
    if (mention !== null && !isSkip(mention)) this.direction(mention, mention.first);
    return mention;
  }

  /**
   * `more than 10 but less than 20`, `at most 100 and at least 20`: two hedged bounds joined
   * into one range; the interval keeps which ends are open.
   */
  private boundedRange(first: Found): Found | null {
    if (first.modifier === undefined || (!UPPER_BOUNDS.has(first.modifier) && !LOWER_BOUNDS.has(first.modifier)) || first.kind === 'range') return null;
    const joiner = this.near(first.next);
    if (joiner === undefined || !this.vocabulary.lexicon.boundJoiners.includes(joiner.lower)) return null;
    const hedge = matchPhrase(this.lexemes, first.next + 1, this.vocabulary.hedgesBefore);
    if (hedge === null || (UPPER_BOUNDS.has(hedge.value) ? UPPER_BOUNDS : LOWER_BOUNDS).has(first.modifier)) return null;
    const second = this.parseMention(hedge.end);
    if (second === null || isSkip(second) || second.kind === 'range' || second.modifier !== undefined) return null;
    second.modifier = hedge.value;
    const [low, high] = LOWER_BOUNDS.has(first.modifier) ? [first, second] : [second, first];
    if (!(low.value < high.value)) return null;
    const interval = `${low.modifier === 'gte' ? '[' : '('}${low.value},${high.value}${high.modifier === 'lte' ? ']' : ')'}`;
    const range = combineRange(withoutModifier(low), withoutModifier(high), true);
    if (range === null) return null;
    range.first = first.first;
    range.next = second.next;
    range.resume = Math.max(second.resume, first.resume);
    range.hedgeFirst = first.hedgeFirst ?? first.first;
    range.interval = interval;
    return range;
  }

  /** End of a URL or e-mail address starting at `i` (`https://…`, `www.…`), whose digits are no numbers. */
  private urlEnd(i: number): number {
    const word = this.lx(i);
    if (word?.kind !== 'word') return -1;
    const scheme = (word.lower === 'http' || word.lower === 'https' || word.lower === 'ftp') && this.glued(i + 1)?.text === ':' && this.glued(i + 2)?.text === '/';
    const www = word.lower === 'www' && this.glued(i + 1)?.text === '.';
    if (!scheme && !www) return -1;
    let k = i + 1;
    while (this.glued(k) !== undefined) k++;
    return k;
  }

  /** `MUSD 30`, `MEUR`: a currency code with a million prefix, as Nordic reports write it. */
  private millionCode(i: number): { value: string; end: number } | null {
    const word = this.lx(i);
    if (word?.kind !== 'word' || word.text.length !== 4 || !word.text.startsWith('M')) return null;
    // A one-atom phrase: what matching the code alone would find.
    const code = this.vocabulary.currencyBefore.get(word.text.slice(1))?.find((phrase) => phrase.atoms.length === 1);
    return code === undefined ? null : { value: code.value, end: i + 1 };
  }

  private parseMention(i: number): Parsed {
    const lexeme = this.lx(i);
    if (lexeme === undefined) return null;
    const relative = this.parseRelative(i);
    if (relative !== null) return relative;
    const opener = lexeme.kind === 'word' ? this.vocabulary.rangeOpeners.get(lexeme.lower) : undefined;
    if (opener !== undefined) {
      const range = this.parseRangeAfterOpener(i, opener);
      if (range !== null) return this.trailing(range);
    }
    const magnitude = matchPhrase(this.lexemes, i, this.vocabulary.magnitudes);
    if (magnitude !== null) return this.trailing(finding('ratio', i, magnitude.end, magnitude.value));
    const decade = this.parseDecadeWord(i);
    if (decade !== null) return decade;
    const date = this.parseMonthFirst(i);
    if (date !== null) return this.trailing(date);
    const simple = this.parseSimple(i);
    if (simple === null || isSkip(simple)) return simple;
    const combined = this.parseRangeOrRatio(simple) ?? this.parseDayFirst(simple) ?? simple;
    return this.trailing(this.bareAge(combined));
  }

  /**
   * A rank counted from the end or the current item written as words: `penultimate`, `next to
   * last`, `the last but one`, `the one before the last one`, and with `relativeOrdinals` a bare
   * `last`, `next one`. (`the third from last` is read after the ordinal, in `classify`.)
   */
  private parseRelative(i: number): Found | null {
    const word = this.lx(i);
    if (word?.kind !== 'word') return null;
    const phrase = matchPhrase(this.lexemes, i, this.vocabulary.relativePhrases);
    if (phrase !== null) {
      const first = phrase.value.article === true && this.lx(i - 1)?.lower === 'the' && !word.newline ? i - 1 : i;
      return this.relativeRank(first, this.withPronounOne(phrase.end), 'end', phrase.value.offset);
    }
    const relative = this.vocabulary.relativeOrdinals.get(word.lower);
    if (relative === undefined || (relative.bare === true && !this.bareRelative)) return null;
    // `the last one`, `the next one.`: a pronoun one closing the phrase belongs to the rank; in `the last one books` it does not.
    const next = relative.to === 'current' ? this.withPronounOne(i + 1) : i + 1;
    return this.relativeRank(i, next, relative.to, relative.offset);
  }

  /** Past a `one` that closes a noun phrase (`the next one.`), or `k` itself. */
  private withPronounOne(k: number): number {
    const one = this.near(k);
    if (one === undefined || !this.vocabulary.ones.has(one.lower)) return k;
    const after = this.lx(k + 1);
    return after === undefined || after.kind !== 'word' || after.newline ? k + 1 : k;
  }

  private relativeRank(first: number, next: number, to: RelativeTo, offset: number): Found {
    const rank = finding('ordinal', first, next, offset);
    rank.relativeTo = to;
    return rank;
  }

  /** `third from last`, `2nd to last`: an ordinal counted from the end; else the plain ordinal. */
  private ordinal(core: NumberCore, next: number, base: (kind: NumberKind, next: number) => Found): Found {
    const fromLast = this.near(next) !== undefined ? matchPhrase(this.lexemes, next, this.vocabulary.fromLast) : null;
    if (fromLast === null || !Number.isInteger(core.value) || core.value < 1) return base('ordinal', next);
    const first = this.lx(core.first - 1)?.lower === 'the' && this.lx(core.first)?.newline !== true ? core.first - 1 : core.first;
    return this.relativeRank(first, fromLast.end, 'end', 1 - core.value);
  }

  /** `more than 10 or equal to`, `less than 5 or equal`: a strict bound made inclusive after the number. */
  private orEqual(found: Found): void {
    if (found.modifier !== 'gt' && found.modifier !== 'lt') return;
    const at = found.hedgeNext ?? found.next;
    const phrase = this.near(at) !== undefined ? matchPhrase(this.lexemes, at, this.vocabulary.orEqual) : null;
    // `more than 5000 or equal to 6000` names a second number; only a closing `or equal` bounds the first.
    if (phrase === null || readNumber(this.lexemes, phrase.end, this.vocabulary, false) !== null) return;
    found.modifier = found.modifier === 'gt' ? 'gte' : 'lte';
    found.hedgeNext = phrase.end;
    found.resume = Math.max(found.resume, phrase.end);
  }

  /** Hedges, rates and directions written after a mention. */
  private trailing(found: Found): Found {
    let k = found.next;
    const hedge = matchPhrase(this.lexemes, k, this.vocabulary.hedgesAfter);
    // `200 or greater than 150` compares two numbers; a closing `200 or greater than.` bounds one.
    const than = hedge !== null && this.lx(hedge.end)?.lower === 'than';
    const openThan = than && readNumber(this.lexemes, (hedge?.end ?? 0) + 1, this.vocabulary, false) === null;
    if (hedge !== null && found.modifier === undefined && this.near(k) !== undefined && (!than || openThan) && !this.opensBound(k, hedge.end)) {
      found.modifier = hedge.value;
      found.hedgeNext = openThan ? hedge.end + 1 : hedge.end;
      k = found.hedgeNext;
    }
    const per = this.parsePer(k);
    if (per !== null && found.kind !== 'year' && found.kind !== 'date' && found.kind !== 'decade' && found.kind !== 'ordinal') {
      found.per = per.per;
      k = per.end;
    }
    const direction = matchPhrase(this.lexemes, found.next, this.vocabulary.directionAfter);
    if (direction !== null && found.direction === undefined && this.near(found.next) !== undefined && found.kind !== 'year' && found.kind !== 'date') {
      found.direction = direction.value;
    }
    found.resume = Math.max(found.resume, k);
    return found;
  }

  /**
   * Whether a hedge written before a number starts inside lexemes `from`…`to` and runs past them:
   * `10 et plus petit que 20`, `200 o más de 190` bound the next number, not the one before.
   */
  private opensBound(from: number, to: number): boolean {
    for (let k = from + 1; k < to; k++) {
      const bound = matchPhrase(this.lexemes, k, this.vocabulary.hedgesBefore);
      if (bound !== null && bound.end > to && readNumber(this.lexemes, bound.end, this.vocabulary, false) !== null) return true;
    }
    return false;
  }

  private parsePer(k: number): { per: string; end: number } | null {
    if (this.near(k) === undefined) return null;
    const phrase = matchPhrase(this.lexemes, k, this.vocabulary.per);
    if (phrase !== null && PER_BREAKERS.has(this.lx(phrase.end)?.lower ?? '')) return null;
    if (phrase !== null) return { per: phrase.value, end: phrase.end };
    const slash = this.glued(k);
    const word = this.glued(k + 1);
    if (slash?.text === '/' && word?.kind === 'word' && this.glued(k + 2) === undefined) {
      const unit = matchPhrase(this.lexemes, k + 1, this.vocabulary.unitNames) ?? matchPhrase(this.lexemes, k + 1, this.vocabulary.units, true);
      return { per: unit?.value ?? word.lower, end: k + 2 };
    }
    const lexeme = this.lx(k);
    const next = this.near(k + 1);
    if (lexeme?.lower === 'per' && next?.kind === 'word') return { per: next.lower, end: k + 2 };
    return null;
  }

  /**
   * Whether a verb that states an age comes right before lexeme `first` (`elle avait 45 ans`,
   * `tiene 60 años`), and no `de` after the quantity makes it an amount of something
   * (`a 30 ans d’expérience`), nor a word before it a span of time ago (`il y a 30 ans`).
   */
  private hasAgeVerb(first: number, end: number): boolean {
    const lexicon = this.vocabulary.lexicon;
    const verb = this.lx(first - 1);
    if (verb === undefined || this.lx(first)?.newline === true || lexicon.ageVerbs?.includes(verb.lower) !== true) return false;
    if (lexicon.ageVerbBlockers?.includes(this.lx(first - 2)?.lower ?? '') === true) return false;
    return !lexicon.currencyLinks.includes(this.near(end)?.lower ?? '');
  }

  /** Whether a phrase of `table` ends right before lexeme `first`. */
  private endsPhrase<T>(first: number, table: PhraseTable<T>): boolean {
    return this.phraseBefore(first, table) >= 0;
  }

  /** Where a phrase of `table` that ends right before lexeme `first` starts, or -1. */
  private phraseBefore<T>(first: number, table: PhraseTable<T>): number {
    if (this.lx(first)?.newline === true) return -1;
    for (let back = 1; back <= 4; back++) {
      const match = matchPhrase(this.lexemes, first - back, table);
      if (match !== null && match.end === first) return first - back;
    }
    return -1;
  }

  /**
   * `aged 87`, `at the age of 87`, `ages 18 to 24`: a bare count after a word for age is an age in
   * years; the span takes the cue, which is what makes it one.
   */
  private bareAge(found: Found): Found {
    const plain = found.kind === 'cardinal' || (found.kind === 'range' && found.of === 'cardinal');
    if (!plain || found.modifier !== undefined || !Number.isInteger(found.min ?? found.value) || found.value < 0 || (found.max ?? found.value) > 150) return found;
    const cue = this.phraseBefore(found.first, this.vocabulary.ageBefore);
    if (cue < 0) return found;
    const aged = copyOf(found);
    if (found.kind === 'range') aged.of = 'quantity';
    else aged.kind = 'quantity';
    aged.first = cue;
    aged.unit = 'year';
    aged.age = true;
    return aged;
  }

  private movedBefore(first: number): boolean {
    const probe = finding('cardinal', first, first, 0);
    this.direction(probe, first);
    return probe.direction !== undefined;
  }

  /** Looks back from `first` for `rose`, `down`, `an increase of`. */
  private direction(found: Found, first: number): void {
    if (found.direction !== undefined || this.lx(first)?.newline) return;
    for (let back = 1; back <= 3; back++) {
      const match = matchPhrase(this.lexemes, first - back, this.vocabulary.directionBefore);
      if (match !== null && match.end === first) {
        found.direction = match.value;
        return;
      }
    }
  }

  private parseSimple(i: number): Parsed {
    const currencyBefore = matchPhrase(this.lexemes, i, this.vocabulary.currencyBefore, true) ?? matchPhrase(this.lexemes, i, this.vocabulary.currencyPrefixes) ?? this.millionCode(i);
    if (currencyBefore !== null && this.near(currencyBefore.end) !== undefined && !this.gluedLetters(currencyBefore.end - 1, currencyBefore.end)) {
      const core = this.readCore(currencyBefore.end, true);
      if (core !== null && !isSkip(core) && !core.ordinal) {
        const scale = this.lx(i)?.text.startsWith('M') && this.lx(i)?.text.length === 4 ? 1e6 : 1;
        const found = finding('currency', i, core.next, core.value * scale);
        found.currency = currencyBefore.value;
        found.amount = amountOf(core);
        return this.withCurrencyAfter(core, found);
      }
    }
    const date = this.parseNumericDate(i);
    if (date !== null) return date;
    const core = this.readCore(i, false);
    if (core === null || isSkip(core)) return core;
    return this.classify(core);
  }

  /** Whether lexemes `a` and `b` are letters glued to each other (`USD115` is fine, `A320` is not). */
  private gluedLetters(a: number, b: number): boolean {
    return this.lx(a)?.kind === 'word' && this.glued(b)?.kind === 'word';
  }

  /** A number at `i`, or a skip over something that only looks like one. */
  private readCore(i: number, money: boolean): NumberCore | Skip | null {
    const lexeme = this.lx(i);
    if (lexeme === undefined) return null;
    const digitsAt = lexeme.kind === 'digits' ? i : (lexeme.text === '-' || lexeme.text === '−') && this.glued(i + 1)?.kind === 'digits' ? i + 1 : -1;
    if (digitsAt >= 0) {
      const skip = this.nonNumber(digitsAt, money);
      if (skip !== null) return skip;
    }
    const core = readNumber(this.lexemes, i, this.vocabulary, money);
    if (core === null) return null;
    const idiom = this.idiomEnd(core);
    if (idiom >= 0) return { skip: idiom };
    return core;
  }

  /** `no one`, `one of the`, `the one`: the word one used as a pronoun. */
  private isPronoun(core: NumberCore): boolean {
    if (core.next !== core.first + 1 || !this.vocabulary.ones.has(this.lx(core.first)?.lower ?? '')) return false;
    const before = this.lx(core.first - 1);
    const after = this.lx(core.next);
    if (before !== undefined && !before.newline && this.vocabulary.pronounOneBefore.has(before.lower)) return true;
    if (after !== undefined && this.vocabulary.pronounOneAfter.has(after.lower)) return true;
    return after?.text === '-' && this.glued(core.next + 1)?.kind === 'word' && !this.isUnitWord(core.next + 1) && !(this.glued(core.next + 1)?.lower === 'to' && this.glued(core.next + 2)?.text === '-');
  }

  /**
   * `un Français sur trois`, `one adult in five`: the ratio word after the noun that `one`
   * counts, with the number after it; `null` when there is none.
   */
  private splitRatioJoiner(low: Found | NumberCore): { value: true; end: number } | null {
    const noun = this.near(low.next);
    if (low.value !== 1 || noun?.kind !== 'word' || this.near(low.next + 1) === undefined || this.vocabulary.cardinals.has(noun.lower)) return null;
    if (matchPhrase(this.lexemes, low.next, this.vocabulary.ratioJoiners) !== null) return null;
    const joiner = matchPhrase(this.lexemes, low.next + 1, this.vocabulary.ratioJoiners);
    // A bare `de` after a noun links it (`una nota de 30`); only `de cada`, `sur`, `in` count it.
    if (joiner !== null && joiner.end === low.next + 2 && this.vocabulary.lexicon.currencyLinks.includes(this.lx(low.next + 1)?.lower ?? '')) return null;
    return joiner !== null && this.near(joiner.end)?.kind !== undefined && readNumber(this.lexemes, joiner.end, this.vocabulary, false) !== null ? joiner : null;
  }

  /** Whether a ratio word and a number follow `k` (`un sur trois`, `uno de cada cinco`): then one counts. */
  private ratioAfter(core: NumberCore): boolean {
    const k = core.next;
    const joiner = this.near(k) === undefined ? null : (this.splitRatioJoiner(core) ?? matchPhrase(this.lexemes, k, this.vocabulary.ratioJoiners));
    if (joiner === null || this.near(joiner.end) === undefined) return false;
    const before = this.lx(core.first - 1);
    if (before !== undefined && !before.newline && this.vocabulary.pronounOneBefore.has(before.lower)) return false;
    // Only a read of the number and a look at its unit: a full parse here could chain along `un sur un sur …`.
    const high = readNumber(this.lexemes, joiner.end, this.vocabulary, false);
    return high !== null && !high.ordinal && !high.fraction && this.unitAfter(high.next) === null;
  }

  /** `un accident`, `eine Frau`: where one is also the indefinite article, a bare one is the article. */
  private isArticle(core: NumberCore): boolean {
    const word = this.lx(core.first);
    return this.vocabulary.locale !== 'en' && core.next === core.first + 1 && word?.kind === 'word' && this.vocabulary.articles.has(word.lower);
  }

  /**
   * `half-hearted`, `half-baked`, `one-sided`, `one-to-one`: a number word hyphenated to a word
   * that is no unit, or repeated around `to`. Returns the end of the idiom, or -1.
   */
  private idiomEnd(core: NumberCore): number {
    if (!core.words) return -1;
    const hyphen = this.glued(core.next);
    const word = this.glued(core.next + 1);
    if (hyphen?.text !== '-' || word?.kind !== 'word') return -1;
    if (word.lower === 'to' && this.glued(core.next + 2)?.text === '-') {
      // `three-to-one` is odds, read as a ratio after the number; `one-to-one` is no count.
      const again = this.glued(core.next + 3);
      return again !== undefined && again.lower === this.lx(core.first)?.lower && core.next === core.first + 1 ? core.next + 4 : -1;
    }
    if (matchPhrase(this.lexemes, core.next + 1, this.vocabulary.currencyAfter) !== null) return -1;
    // `vingt-et-unième`: a joiner word inside the number is no idiom either.
    const idiom = !this.isUnitWord(core.next + 1) && this.vocabulary.cardinals.get(word.lower) === undefined && !this.vocabulary.denominators.has(word.lower) && !this.vocabulary.joiners.has(word.lower);
    return idiom ? core.next : -1;
  }

  private isUnitWord(i: number): boolean {
    const word = this.lx(i)?.lower ?? '';
    return own(HYPHEN_UNITS, word) !== undefined || matchPhrase(this.lexemes, i, this.vocabulary.unitNames) !== null;
  }

  /** Ids, versions, clock times and phone numbers, which are written with digits but claim no number. */
  private nonNumber(i: number, money: boolean): Skip | null {
    const lexeme = this.lx(i);
    if (lexeme === undefined) return null;
    const before = this.lx(i - 1);
    const glueBefore = lexeme.gap === 0 ? before : undefined;
    const literal = readLiteral(lexeme.text, this.vocabulary.lexicon.decimalComma);
    if (literal.shape !== 'number') return { skip: this.gluedRunEnd(i) };
    if (!money && glueBefore !== undefined && (glueBefore.kind === 'word' || glueBefore.text === '#' || glueBefore.text === '_')) return { skip: this.gluedRunEnd(i) };
    if (glueBefore?.text === '-' && this.lx(i - 2)?.kind === 'word' && before?.gap === 0 && this.glued(i - 2)?.kind !== 'digits' && this.lx(i - 2)?.kind === 'word' && !(this.lx(i - 2)?.gap === 0 && this.lx(i - 3)?.kind === 'digits')) {
      return { skip: this.gluedRunEnd(i) };
    }
    if (before !== undefined && lexeme.gap > 0 && LABEL_WORDS.has(before.lower) && !money) {
      // `Flight 370`, `No. 10`, `version 2.1`: a label followed by its number.
      return { skip: this.gluedRunEnd(i) };
    }
    if (before?.lower === '.' && this.glued(i - 1) !== undefined && LABEL_WORDS.has(this.lx(i - 2)?.lower ?? '') && lexeme.gap > 0) return { skip: this.gluedRunEnd(i) };
    if (literal.plain && literal.integerDigits > 1 && lexeme.text.startsWith('0') && this.glued(i + 1)?.text !== '.' && this.glued(i + 1)?.text !== ',') {
      return { skip: this.gluedRunEnd(i) };
    }
    const after = this.glued(i + 1);
    const scientific = after?.lower === 'x' && this.glued(i + 2)?.text === '10' && this.glued(i + 3)?.text === '^';
    if (after?.kind === 'word' && after.lower !== 'e' && !scientific && this.glued(i + 2)?.kind === 'digits' && !this.isGluedUnit(i + 1)) return { skip: this.gluedRunEnd(i) };
    const clock = this.clockEnd(i, literal.plain);
    if (clock >= 0) return { skip: clock };
    const phone = this.phoneEnd(i);
    if (phone >= 0) return { skip: phone };
    return null;
  }

  /** `120m2`, `5km2`: a unit symbol written with its power right after digits, which makes no id. */
  private isGluedUnit(k: number): boolean {
    const unit = matchPhrase(this.lexemes, k, this.vocabulary.units, true);
    return unit !== null && unit.end === k + 2 && this.glued(k + 2) === undefined;
  }

  /** End of a run of lexemes glued together from `i` (`SCP-173`, `24703L202`, `192.168.1.2`). */
  private gluedRunEnd(i: number): number {
    let k = i + 1;
    while (this.glued(k) !== undefined && k - i < 64) k++;
    return k;
  }

  private isMeridiem(i: number): number {
    const word = this.near(i);
    if (word === undefined || word.kind !== 'word') return -1;
    if (word.lower === 'am' || word.lower === 'pm') return this.glued(i + 1)?.text === '.' && this.lx(i + 2)?.gap !== 0 ? i + 2 : i + 1;
    if ((word.lower === 'a' || word.lower === 'p') && this.glued(i + 1)?.text === '.' && this.glued(i + 2)?.lower === 'm') return this.glued(i + 3)?.text === '.' ? i + 4 : i + 3;
    if (word.lower === 'o' && this.glued(i + 1)?.text === "'" && this.glued(i + 2)?.lower === 'clock') return i + 3;
    if (word.lower === 'uhr' || word.lower === 'heures') return i + 1;
    return -1;
  }

  /** End of a clock time (`10:30`, `6pm`, `11 a.m.`, `10:30:15`) at `i`, or -1. */
  private clockEnd(i: number, plain: boolean): number {
    const text = this.lx(i)?.text ?? '';
    // `10.30 am`, `14.30 Uhr`, `14h30 Uhr`: hours and minutes joined by a dot (which the scanner
    // keeps inside one literal) or an `h` read as a time only with a meridiem or `Uhr` after them.
    if (DOTTED_TIME.test(text) && Number(text.slice(0, -3)) <= 24) return this.isMeridiem(i + 1);
    const hours = Number(text);
    if (!plain || hours > 24) return -1;
    const meridiem = this.isMeridiem(i + 1);
    if (meridiem >= 0 && hours <= 12) return meridiem;
    const colon = this.glued(i + 1);
    const minutes = this.glued(i + 2);
    if ((colon?.text !== ':' && colon?.text !== 'h') || minutes?.kind !== 'digits' || minutes.text.length !== 2 || Number(minutes.text) > 59) return -1;
    if (colon.text === 'h') return this.isMeridiem(i + 3);
    let end = i + 3;
    if (this.glued(end)?.text === ':' && this.glued(end + 1)?.kind === 'digits') end += 2;
    const meridiemAfter = this.isMeridiem(end);
    if (meridiemAfter >= 0) return meridiemAfter;
    const next = this.near(end);
    const before = this.lx(i - 1);
    const cue = before !== undefined && TIME_CUES.has(before.lower);
    if (end > i + 3 || cue || (next !== undefined && TIME_AFTER.has(next.lower))) return next !== undefined && TIME_AFTER.has(next.lower) ? end + 1 : end;
    return -1;
  }

  /** End of a phone number (`+1-222-2222-2222`, `(555) 123-4567`, `555-123-4567`) at `i`, or -1. */
  private phoneEnd(i: number): number {
    const before = this.lx(i - 1);
    const plus = before?.text === '+' && this.lx(i)?.gap === 0;
    const bracket = before?.text === '(';
    let groups = 1;
    let digits = this.lx(i)?.text.length ?? 0;
    let k = i + 1;
    while (groups < 8) {
      const joiner = this.near(k);
      const group = this.near(k + 1);
      if (joiner !== undefined && (joiner.text === '-' || joiner.text === '.' || joiner.text === ')' || joiner.text === '/') && group?.kind === 'digits' && /^\d+$/u.test(group.text)) {
        groups++;
        digits += group.text.length;
        k += 2;
      } else if ((plus || bracket) && joiner?.kind === 'digits' && joiner.gap === 1 && /^\d+$/u.test(joiner.text)) {
        groups++;
        digits += joiner.text.length;
        k += 1;
      } else {
        break;
      }
    }
    if (digits >= 7 && (plus || groups >= 3)) return k;
    return -1;
  }

  /** Decides the kind of a number from what is written right after it. */
  private classify(core: NumberCore): Found | Skip {
    const amount = amountOf(core);
    const base = (kind: NumberKind, next: number, unit?: string): Found => {
      const found = finding(kind, core.first, next, core.value);
      found.amount = amount;
      found.unit = unit;
      return found;
    };
    const k = this.fractionOf(core);
    const after = this.lx(k);
    const isInteger = Number.isInteger(core.value);
    if (core.literal !== undefined && core.literal.plain && after?.text === '.' && after.gap === 0 && this.vocabulary.lexicon.ordinalDotCues.includes(this.lx(core.first - 1)?.lower ?? '')) {
      // `die 3. Banane`: after an article, a dot marks a German ordinal.
      const day = this.parseDayFirst(finding('ordinal', core.first, k, core.value));
      return day ?? base('ordinal', k + 1);
    }
    if (core.literal !== undefined && core.literal.plain && isInteger && after !== undefined && after.gap === 0 && after.kind === 'word') {
      if (this.vocabulary.ordinalSuffixes.has(after.lower)) return this.ordinal(core, k + 1, base);
      if (after.lower === 's' && core.value % 10 === 0 && core.literal.integerDigits === 4) return base('decade', k + 1);
    }
    if (core.literal !== undefined && core.literal.integerDigits === 4 && core.value % 10 === 0 && (after?.text === "'" || after?.text === '’') && after.gap === 0 && this.glued(k + 1)?.lower === 's') {
      return base('decade', k + 2);
    }
    if (core.literal !== undefined && core.literal.integerDigits === 2 && after?.lower === 's' && after.gap === 0) {
      const apostrophe = this.glued(core.first);
      const quoted = this.lx(core.first - 1);
      if ((quoted?.text === "'" || quoted?.text === '’') && apostrophe !== undefined) {
        const decade = base('decade', k + 1);
        decade.first = core.first - 1;
        decade.value = (core.value < 30 ? 2000 : 1900) + core.value;
        return decade;
      }
      if (DECADE_CUES.has(this.lx(core.first - 1)?.lower ?? '')) {
        const decade = base('decade', k + 1);
        decade.value = 1900 + core.value;
        return decade;
      }
    }
    if (this.near(k) !== undefined && !core.ordinal) {
      const percent = matchPhrase(this.lexemes, k, this.vocabulary.percent);
      if (percent !== null && !this.gluedLetters(percent.end - 1, percent.end)) return base(percent.value, percent.end);
      const currency = this.currencyAfter(k, core);
      if (currency !== null) return currency;
      const unit = this.unitAfter(k) ?? (core.scaled && core.words ? this.unitAfterLink(k) : null);
      if (unit !== null) {
        const age = unit.age || (TIME_UNITS.has(unit.unit) && (this.endsPhrase(core.first, this.vocabulary.ageBefore) || this.hasAgeVerb(core.first, unit.end)));
        if (age) {
          const aged = base('quantity', unit.end, unit.unit);
          aged.age = true;
          return aged;
        }
        const inches = unit.unit === 'ft' ? this.inchesAfter(unit.end) : null;
        if (inches !== null) {
          const length = base('quantity', inches.end, 'ft');
          length.value = round(core.value + inches.value / 12);
          return length;
        }
        return base('quantity', unit.end, unit.unit === '°' && this.isAngle(core.first, unit.end) ? 'deg' : unit.unit);
      }
    }
    if (core.ordinal) return this.ordinal(core, k, base);
    if (core.fraction) return base('fraction', k);
    if (after?.kind === 'word' && after.gap === 0 && core.literal !== undefined && (own(this.vocabulary.lexicon.scaleAbbreviations, after.text) === undefined || after.text === 'G') && after.lower !== 'x' && after.lower !== 'e') {
      // Digits glued to letters that are no unit, scale or suffix: `777F`, `4G`, `3D`.
      return { skip: this.gluedRunEnd(core.first) };
    }
    if (this.isYear(core)) return base('year', k);
    if ((this.isPronoun(core) || this.isArticle(core)) && !this.ratioAfter(core)) return { skip: core.next };
    return base('cardinal', k);
  }

  /** `1,5 million de gallons`, `2,4 milliards de barils`: a unit after a scale word and a link (`de`, `of`). */
  private unitAfterLink(k: number): { unit: string; end: number; age: boolean } | null {
    const at = this.skipLink(k);
    if (at === k) return null;
    const unit = this.unitAfter(at);
    return unit === null || unit.age || TIME_UNITS.has(unit.unit) ? null : unit;
  }

  /** `2 in`, `and 2 inches` after a length in feet (`5 ft 2 in`, `6 feet and 2 inches`): the inches, with their end. */
  private inchesAfter(k: number): { value: number; end: number } | null {
    const at = this.near(k) !== undefined && this.vocabulary.joiners.has(this.lx(k)?.lower ?? '') ? k + 1 : k;
    if (this.near(at)?.kind !== 'digits' && at === k && this.near(at)?.kind !== 'word') return null;
    const core = this.near(at) === undefined ? null : readNumber(this.lexemes, at, this.vocabulary, false);
    if (core === null || core.ordinal || core.value < 0 || core.value >= 12) return null;
    const unit = this.near(core.next);
    if (unit === undefined || (unit.lower !== 'in' && matchPhrase(this.lexemes, core.next, this.vocabulary.unitNames)?.value !== 'in')) return null;
    if (this.glued(core.next + 1)?.kind === 'word') return null;
    // A bare `in` may be the preposition (`12 ft 2 in the shed`): only a measuring word or no word may follow it.
    const after = this.near(core.next + 1);
    if (unit.lower === 'in' && after?.kind === 'word' && !MEASURE_ADJECTIVES.has(after.lower)) return null;
    return { value: core.value, end: core.next + 1 };
  }

  /** Whether bare degrees measure an angle: after a verb of turning or before `angle` (`rotate 90 degrees`, `a 45-degree angle`). */
  private isAngle(first: number, end: number): boolean {
    const before = this.lx(first - 1)?.lower ?? '';
    const twoBefore = this.lx(first - 2)?.lower ?? '';
    return ANGLE_BEFORE.has(before) || (ANGLE_SIDES.has(before) && ANGLE_BEFORE.has(twoBefore)) || ANGLE_AFTER.has(this.near(end)?.lower ?? '');
  }

  /** Where a suffix would start: past `a` / `of a` after a written fraction (`half a point`). */
  private fractionOf(core: NumberCore): number {
    if (!core.fraction || !core.words) return core.next;
    let k = core.next;
    if (this.lx(k)?.lower === 'of') k++;
    if (!this.vocabulary.articles.has(this.lx(k)?.lower ?? '')) return core.next;
    const suffix = k + 1;
    const known =
      matchPhrase(this.lexemes, suffix, this.vocabulary.percent) ??
      matchPhrase(this.lexemes, suffix, this.vocabulary.unitNames) ??
      matchPhrase(this.lexemes, suffix, this.vocabulary.currencyAfter);
    return known === null ? core.next : suffix;
  }

  private currencyAfter(k: number, core: NumberCore): Found | null {
    let scale = 1;
    let at = k;
    const m = this.glued(k);
    if (m?.text === 'm' && this.near(k + 1) !== undefined) {
      // `3m euros`: a glued m before a currency is a million, not a metre.
      scale = 1e6;
      at = k + 1;
    }
    const hyphen = this.glued(k)?.text === '-' && this.glued(k + 1)?.kind === 'word';
    if (hyphen) at = k + 1;
    // `5 Mio. Euro`, `2,7 Mrd. €`: the dot closing an abbreviated scale comes before the currency.
    else if (this.isAbbreviationDot(k, core)) at = k + 1;
    if ((core.scaled || core.words) && scale === 1) at = this.skipCurrencyLink(at);
    const million = hyphen ? null : this.millionCode(at);
    if (million !== null) scale = 1e6;
    const symbol = million ?? matchPhrase(this.lexemes, at, this.vocabulary.currencyBefore, true) ?? (hyphen ? null : matchPhrase(this.lexemes, at, this.vocabulary.currencyPrefixes));
    const name = symbol === null ? matchPhrase(this.lexemes, at, this.vocabulary.currencyAfter) : null;
    const match = symbol ?? name;
    if (match === null || this.gluedLetters(match.end - 1, match.end) || (at === k + 1 && symbol === null && name === null)) return null;
    if (symbol !== null && this.glued(at)?.kind === 'word' && core.literal === undefined && !core.scaled) return null;
    // `3 USD50 cards`: a code glued to the digits after it prefixes those, not the number before.
    if (symbol !== null && this.glued(match.end)?.kind === 'digits') return null;
    const word = this.lx(at)?.lower ?? '';
    // `25 pounds` weighs; `£25` and `25 million pounds` are money.
    if (name !== null && POUND_WORDS.has(word) && !core.scaled && scale === 1) return null;
    const minor = MINOR_UNITS.has(word) && match.end === at + 1 ? 0.01 : 1;
    let end = match.end;
    const trailingScale = this.near(end) !== undefined ? this.vocabulary.scales.get(this.lx(end)?.lower ?? '') : undefined;
    if (trailingScale !== undefined && trailingScale > 12 && !core.scaled) {
      // `75 USD million`.
      scale *= trailingScale;
      end++;
    }
    let value = core.value * scale * minor;
    const change = minor === 1 && scale === 1 ? this.minorAmount(end) : null;
    if (change !== null) {
      value += change.value;
      end = change.end;
    }
    const found = finding('currency', core.first, end, round(value));
    found.currency = match.value;
    found.amount = amountOf(core);
    if (minor !== 1 && change === null) found.minor = true;
    return this.withCurrencyAfter(core, found);
  }

  /**
   * Whether `k` is the dot of an abbreviated scale word (`Mio.`, `Mrd.`, `Md.`), with more after
   * it. Only abbreviations of a capitalised word take that dot; `bn.` ends a sentence.
   */
  private isAbbreviationDot(k: number, core: NumberCore): boolean {
    const scale = this.lx(core.next - 1);
    if (!core.scaled || scale?.kind !== 'word' || own(this.vocabulary.lexicon.scaleAbbreviations, scale.text) === undefined) return false;
    const second = scale.text.charAt(1);
    return scale.text.charAt(0) !== scale.lower.charAt(0) && second !== '' && second === second.toLowerCase() && this.glued(k)?.text === '.' && this.near(k + 1) !== undefined;
  }

  /** `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `15 dollars 50.`: the minor part. */
  private minorAmount(k: number): { value: number; end: number } | null {
    let at = k;
    if (this.near(at) === undefined) return null;
    if (this.vocabulary.joiners.has(this.lx(at)?.lower ?? '')) at++;
    const lexeme = this.near(at);
    if (lexeme === undefined || (lexeme.kind !== 'digits' && lexeme.kind !== 'word')) return null;
    const core = readNumber(this.lexemes, at, this.vocabulary, false);
    if (core === null || !Number.isInteger(core.value) || core.value >= 100 || core.value < 1 || core.ordinal) return null;
    const unit = this.near(core.next);
    if (unit !== undefined && MINOR_UNITS.has(unit.lower)) return { value: core.value / 100, end: core.next + 1 };
    const after = this.lx(core.next);
    if (after === undefined || (after.kind === 'mark' && SENTENCE_MARKS.has(after.text))) return { value: core.value / 100, end: core.next };
    return null;
  }

  /** Past `de`, `d’` or `of` when a currency name or sign follows (`millones de euros`, `milliards d’euros`, `millions de $`). */
  /** Past a link word (`de`, `d’`, `of`) at `k`, or `k` itself. */
  private skipLink(k: number): number {
    const link = this.near(k);
    if (link === undefined || !this.vocabulary.lexicon.currencyLinks.includes(link.lower)) return k;
    const apostrophe = this.glued(k + 1);
    return apostrophe !== undefined && (apostrophe.text === "'" || apostrophe.text === '’') ? k + 2 : k + 1;
  }

  private skipCurrencyLink(k: number): number {
    const after = this.skipLink(k);
    if (after === k) return k;
    // `75 millions de $`, `2 milliards d’€`: French and Spanish also write the symbol after the link.
    const named = matchPhrase(this.lexemes, after, this.vocabulary.currencyAfter) ?? (this.near(after)?.kind === 'mark' && this.near(after + 1)?.kind !== 'digits' ? matchPhrase(this.lexemes, after, this.vocabulary.currencyBefore, true) : null);
    return named !== null ? after : k;
  }

  /** `$5 million dollars`: a currency name repeated after a prefixed amount joins the mention. */
  private withCurrencyAfter(core: NumberCore, found: Found): Found {
    if (found.next !== core.next) return found;
    const name = this.near(core.next) !== undefined ? matchPhrase(this.lexemes, core.next, this.vocabulary.currencyAfter) : null;
    if (name !== null && !MINOR_UNITS.has(this.lx(core.next)?.lower ?? '')) {
      found.next = name.end;
      found.resume = name.end;
    }
    return found;
  }

  /** A unit after a number: `km`, `°C`, `km/h`, `square metres`, `-inch`, `years old`, `(kg)`. */
  private unitAfter(k: number): { unit: string; end: number; age: boolean } | null {
    const bracket = this.near(k);
    const closer = bracket === undefined ? undefined : BRACKETS.get(bracket.text);
    if (closer !== undefined) {
      // `20 (kg)`, `20 [kg]`: a unit symbol in brackets, as tables and forms label a figure.
      const unit = this.glued(k + 1) === undefined ? null : matchPhrase(this.lexemes, k + 1, this.vocabulary.units, true);
      return unit !== null && this.glued(unit.end)?.text === closer ? { unit: unit.value, end: unit.end + 1, age: false } : null;
    }
    const hyphen = this.glued(k);
    if (hyphen?.text === '-' && this.glued(k + 1)?.kind === 'word') {
      const unit = own(HYPHEN_UNITS, this.lx(k + 1)?.lower ?? '');
      if (unit === undefined) return null;
      const old = this.glued(k + 2)?.text === '-' && this.glued(k + 3)?.lower === 'old';
      return { unit, end: old ? k + 4 : k + 2, age: old };
    }
    const gluedUnit = this.glued(k);
    const bare = gluedUnit !== undefined ? own(GLUED_UNIT_SYMBOLS, gluedUnit.text) : undefined;
    // `14.7C/ per security` and `14.7C per share` are cents, not degrees.
    const rate = this.glued(k + 1)?.text === '/' || this.near(k + 1)?.lower === 'per';
    if (bare !== undefined && !rate && this.glued(k + 1)?.kind !== 'word' && this.glued(k + 1)?.kind !== 'digits') return { unit: bare, end: k + 1, age: false };
    const symbol = this.isMillionM(k) ? null : matchPhrase(this.lexemes, k, this.vocabulary.units, true);
    const name = matchPhrase(this.lexemes, k, this.vocabulary.unitNames);
    const best = symbol !== null && (name === null || symbol.end >= name.end) ? symbol : name;
    // Letters with more digits glued on make a code, not a unit: `5 km2x`, and a spaced `24703 L-202` (not `5km-10mi`).
    const code = this.lx(k)?.gap !== 0 && this.glued(best?.end ?? k)?.text === '-' && this.glued((best?.end ?? k) + 1)?.kind === 'digits';
    if (best === null || this.gluedLetters(best.end - 1, best.end) || this.glued(best.end)?.kind === 'digits' || code) return null;
    if (best === symbol && this.lx(k)?.gap !== 0 && this.lx(k)?.text.length === 1 && this.lx(k)?.kind === 'word' && this.glued(best.end)?.text === '.') return null;
    let unit = best.value;
    let end = best.end;
    if (this.glued(end)?.text === '/' && this.glued(end + 1)?.kind === 'word') {
      const per = matchPhrase(this.lexemes, end + 1, this.vocabulary.units, true) ?? matchPhrase(this.lexemes, end + 1, this.vocabulary.unitNames);
      if (per !== null && !this.gluedLetters(per.end - 1, per.end)) {
        unit = unit === 'km' && (per.value === 'hour') ? 'km/h' : `${unit}/${per.value === 'hour' ? 'h' : per.value === 'second' ? 's' : per.value}`;
        end = per.end;
      }
    }
    const perTime = this.perTimeUnit(end);
    if (perTime !== null && !TIME_UNITS.has(unit)) {
      // `50 metres per second`, `3 litres a minute`: a rate of a measure is one compound unit.
      unit = unit === 'km' && perTime.unit === 'hour' ? 'km/h' : `${unit}/${perTime.unit === 'hour' ? 'h' : perTime.unit === 'second' ? 's' : perTime.unit === 'minute' ? 'min' : perTime.unit}`;
      end = perTime.end;
    }
    const age = matchPhrase(this.lexemes, end, this.vocabulary.ageWords);
    if (age !== null && TIME_UNITS.has(unit) && this.near(end) !== undefined) return { unit, end: age.end, age: true };
    // `87 yo`: years old in one abbreviation.
    if (end === k + 1 && AGE_ABBREVIATIONS.has(this.lx(k)?.lower ?? '')) return { unit, end, age: true };
    return { unit, end, age: false };
  }

  /** `per second`, `per millisecond`: `per` and a unit of time after a measure, with its end. */
  private perTimeUnit(k: number): { unit: string; end: number } | null {
    if (this.near(k)?.lower !== 'per' || this.near(k + 1) === undefined) return null;
    const unit = matchPhrase(this.lexemes, k + 1, this.vocabulary.unitNames) ?? matchPhrase(this.lexemes, k + 1, this.vocabulary.units, true);
    if (unit === null || !(TIME_UNITS.has(unit.value) || unit.value === 'second' || unit.value === 'ms') || this.gluedLetters(unit.end - 1, unit.end)) return null;
    return { unit: unit.value, end: unit.end };
  }

  /**
   * `1.2m people`: a glued `m` followed by a lower-case word that is no measuring context
   * (`1.8m tall`, `100m from`) is a million, as news writes it.
   */
  private isMillionM(k: number): boolean {
    const m = this.glued(k);
    const next = this.near(k + 1);
    if (m?.text !== 'm' || next === undefined || next.kind !== 'word' || next.text !== next.lower) return false;
    return isCountedNoun(next.lower) && matchPhrase(this.lexemes, k + 1, this.vocabulary.unitNames) === null;
  }

  /** A plain four-digit number that names a year: `in 2023`, `the 2024 election`, `2019.` */
  private isYear(core: NumberCore): boolean {
    const literal = core.literal;
    if (literal === undefined || !literal.plain || literal.integerDigits !== 4 || core.value < 1000 || core.value > 2199) return false;
    const before = this.lx(core.first - 1);
    if (before !== undefined && this.vocabulary.yearCues.has(before.lower)) return true;
    if (before !== undefined && this.vocabulary.months.has(before.lower)) return true;
    return core.value >= 1900 && core.value <= 2099;
  }

  /** `Month day(, year)` or `Month year`. */
  private parseMonthFirst(i: number): Found | null {
    const word = this.lx(i);
    if (word?.kind !== 'word') return null;
    const month = this.vocabulary.months.get(word.lower);
    if (month === undefined) return null;
    let k = i + 1;
    if (this.glued(k)?.text === '.') k++;
    const link = this.yearLink(k);
    if (link !== k && /^\d{4}$/u.test(this.lx(link)?.text ?? '')) k = link;
    const day = this.near(k);
    if (day?.kind !== 'digits' || !/^\d{1,4}$/u.test(day.text)) return null;
    const n = Number(day.text);
    if (day.text.length === 4) {
      const date = finding('date', i, k + 1, n);
      date.year = n;
      date.month = month;
      return date;
    }
    if (n < 1 || n > 31) return null;
    let end = k + 1;
    const suffix = this.glued(end);
    if (suffix?.kind === 'word' && this.vocabulary.ordinalSuffixes.has(suffix.lower)) end++;
    const found = finding('date', i, end, n);
    found.month = month;
    found.day = n;
    const comma = this.lx(end)?.text === ',' ? end + 1 : end;
    const year = this.near(comma);
    if (year?.kind === 'digits' && /^\d{4}$/u.test(year.text) && this.glued(comma + 1)?.kind !== 'word') {
      found.year = Number(year.text);
      found.next = comma + 1;
      found.resume = comma + 1;
    }
    return found;
  }

  /**
   * `5/17/2018`, `17/05/2018`, `2023-03-01`, `3.4.2023`: a date written in digits. English reads
   * month first unless the first part cannot be a month; other locales read day first.
   */
  private parseNumericDate(i: number): Found | null {
    const first = this.lx(i);
    if (first?.kind !== 'digits') return null;
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(first.text);
    let parts: number[];
    let next: number;
    let iso = false;
    if (dotted !== null) {
      parts = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
      next = i + 1;
    } else {
      const sep = this.glued(i + 1)?.text;
      const second = this.glued(i + 2);
      const sep2 = this.glued(i + 3);
      const third = this.glued(i + 4);
      if ((sep !== '/' && sep !== '-') || second?.kind !== 'digits' || sep2?.text !== sep || third?.kind !== 'digits' || this.glued(i + 5)?.kind === 'digits') return null;
      if (![first.text, second.text, third.text].every((t) => /^\d+$/u.test(t))) return null;
      parts = [Number(first.text), Number(second.text), Number(third.text)];
      iso = first.text.length === 4;
      if (!iso && third.text.length !== 4 && third.text.length !== 2) return null;
      next = i + 5;
    }
    const [a = 0, b = 0, c = 0] = parts;
    let year: number;
    let month: number;
    let day: number;
    if (iso) [year, month, day] = [a, b, c];
    else {
      year = c < 100 ? 2000 + c : c;
      const monthFirst = this.vocabulary.locale === 'en' && dotted === null ? a <= 12 : b > 12;
      [month, day] = monthFirst ? [a, b] : [b, a];
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const date = finding('date', i, next, day);
    date.year = year;
    date.month = month;
    date.day = day;
    return date;
  }

  /** `3 March 2023`, `3rd of March`: a day number then a month name. */
  private parseDayFirst(found: Found): Found | null {
    if ((found.kind !== 'cardinal' && found.kind !== 'ordinal') || !Number.isInteger(found.value) || found.value < 1 || found.value > 31) return null;
    let k = found.next;
    if (this.glued(k)?.text === '.' && this.vocabulary.locale !== 'en') k++;
    if (this.lx(k)?.lower === 'of' || this.lx(k)?.lower === 'de') k++;
    const word = this.near(k);
    const month = word === undefined ? undefined : this.vocabulary.months.get(word.lower);
    if (month === undefined || (word?.lower === 'may' && this.vocabulary.locale === 'en' && found.kind === 'cardinal' && word.text === 'may')) return null;
    let end = k + 1;
    if (this.glued(end)?.text === '.' && word !== undefined && this.isMonthAbbreviation(word.lower)) end++;
    const date = finding('date', found.first, end, found.value);
    date.month = month;
    date.day = found.value;
    const at = this.yearLink(end);
    const year = this.near(at);
    if (year?.kind === 'digits' && /^\d{4}$/u.test(year.text)) {
      date.year = Number(year.text);
      date.next = at + 1;
      date.resume = at + 1;
    }
    if (found.modifier !== undefined) date.modifier = found.modifier;
    return date;
  }

  /** Past the `de` that Spanish writes between a month and its year (`5 de mayo de 2021`), or `k` itself. */
  private yearLink(k: number): number {
    return this.vocabulary.locale === 'es' && this.near(k)?.lower === 'de' && this.near(k + 1)?.kind === 'digits' ? k + 1 : k;
  }

  /** `Jan`, `Sept`: a month key that is a prefix of a longer one, so a dot after it is part of it. */
  private isMonthAbbreviation(word: string): boolean {
    const months = this.vocabulary.lexicon.months;
    const month = own(months, word);
    for (const other in months) if (months[other] === month && other.length > word.length && other.startsWith(word)) return true;
    return false;
  }

  /** `the eighties`, `the Nineties`. */
  private parseDecadeWord(i: number): Found | null {
    const word = this.lx(i);
    const decade = word?.kind === 'word' ? this.vocabulary.decades.get(word.lower) : undefined;
    if (decade === undefined || !DECADE_CUES.has(this.lx(i - 1)?.lower ?? '')) return null;
    return finding('decade', i, i + 1, 1900 + decade);
  }

  /** `between 3 and 7 per cent`, `from $5 to $10`. */
  private parseRangeAfterOpener(i: number, joiners: readonly string[]): Found | null {
    const low = this.rangeEnd(i + 1);
    if (low === null) return null;
    const joiner = this.near(low.next);
    if (joiner === undefined || !joiners.includes(joiner.lower)) return null;
    const high = this.rangeEnd(low.next + 1);
    if (high === null || (high.kind === 'ordinal' && this.monthNear(high.next))) return null;
    const range = combineRange(low, high, true);
    if (range === null) return null;
    range.first = i;
    return range;
  }

  /** Whether a month name is at `k` or one word later (`15th May`, `15th of May`): ranks of days, a date. */
  private monthNear(k: number): boolean {
    const months = this.vocabulary.months;
    return months.has(this.near(k)?.lower ?? '') || months.has(this.near(k + 1)?.lower ?? '');
  }

  /** One end of a range after an opener; a rank may take a definite article (`from the 10th to the 15th`). */
  private rangeEnd(k: number): Found | null {
    const article = this.near(k);
    const at = article !== undefined && this.vocabulary.definiteArticles.has(article.lower) ? k + 1 : k;
    const end = this.parseSimple(at);
    if (end === null || isSkip(end) || (at !== k && end.kind !== 'ordinal')) return null;
    return end;
  }

  /**
   * `2019/20`, `2023/2024`: a season or fiscal year written with a slash, which always spans two
   * consecutive years (so `2019/05` is no range).
   */
  private seasonEnd(low: Found): Found | null {
    const slash = this.glued(low.next);
    const high = this.glued(low.next + 1);
    if (low.kind !== 'year' || slash?.text !== '/' || high?.kind !== 'digits' || this.glued(low.next + 2)?.kind === 'digits' || this.glued(low.next + 2)?.text === '/') return null;
    const next = high.text.length === 2 ? (low.value + 1) % 100 : high.text.length === 4 ? low.value + 1 : -1;
    if (Number(high.text) !== next) return null;
    const end = low.next + 2;
    const season = finding('range', low.first, end, low.value);
    season.min = low.value;
    season.max = low.value + 1;
    season.of = 'year';
    season.ends = [low, finding('year', low.next + 1, end, low.value + 1)];
    return season;
  }

  /**
   * `3-to-1`, `ten-to-one`: odds or a vote split written as one hyphenated word, a ratio; with a
   * unit after it, a range (`three-to-five years`).
   */
  private hyphenatedRatio(low: Found): Found | null {
    const k = low.next;
    if (low.kind !== 'cardinal' || this.glued(k)?.text !== '-' || this.glued(k + 1)?.lower !== 'to' || this.glued(k + 2)?.text !== '-' || this.glued(k + 3) === undefined) return null;
    // Read directly: digits after `to-` would otherwise pass for an id (`SCP-173`).
    const core = readNumber(this.lexemes, k + 3, this.vocabulary, false);
    const high = core === null ? null : this.classify(core);
    if (high === null || isSkip(high) || !(low.value > 0)) return null;
    if (high.kind !== 'cardinal') return low.value < high.value ? combineRange(low, high, false) : null;
    if (!(high.value > 0) || this.glued(high.next)?.kind === 'digits') return null;
    return ratioOf(low, high.next, high.value);
  }

  /** `3-7%`, `2019–2023`, `5 to 10 km`, or a ratio `one in four`, `1:50`. */
  private parseRangeOrRatio(low: Found): Found | null {
    const k = low.next;
    const joiner = this.lx(k);
    if (joiner === undefined || joiner.newline) return null;
    if (joiner.text === ':' && joiner.gap === 0 && low.kind === 'cardinal' && low.amount !== undefined) {
      const high = this.glued(k + 1);
      if (high?.kind === 'digits') {
        const core = readNumber(this.lexemes, k + 1, this.vocabulary, false);
        if (core !== null && core.value > 0 && this.glued(core.next)?.kind !== 'digits' && this.glued(core.next)?.text !== ':') {
          return ratioOf(low, core.next, core.value);
        }
      }
      return null;
    }
    const season = this.seasonEnd(low);
    if (season !== null) return season;
    const odds = this.hyphenatedRatio(low);
    if (odds !== null) return odds;
    const split = this.splitRatioJoiner(low);
    const ratio = split ?? (joiner.kind === 'word' ? matchPhrase(this.lexemes, k, this.vocabulary.ratioJoiners) : null);
    const ordered = !UNORDERED_RATIO.has(this.lx(ratio === null ? k : ratio.end - 1)?.lower ?? '');
    // A division (`minus one over 20`) may have a negative numerator; `one in four` counts.
    if (ratio !== null && low.kind === 'cardinal' && Number.isInteger(low.value) && (low.value > 0 || (!ordered && low.value < 0))) {
      const high = this.parseSimple(ratio.end);
      if (high !== null && !isSkip(high) && high.kind === 'cardinal' && Number.isInteger(high.value) && (high.value >= low.value || !ordered) && high.value > 0 && high.value < 1e6) {
        return ratioOf(low, high.next, high.value);
      }
      return null;
    }
    const range = matchPhrase(this.lexemes, k, this.vocabulary.rangeJoiners);
    if (range === null || joiner.gap > 1 || (joiner.kind === 'mark' && this.lx(range.end)?.gap !== joiner.gap && joiner.text !== '–')) return null;
    const high = this.parseSimple(range.end);
    if (high === null || isSkip(high)) return null;
    if (joiner.kind === 'word' && low.kind !== 'cardinal' && high.kind !== 'cardinal' && this.movedBefore(low.first)) {
      // `rose $2 to $84`: after a verb of change, `to` leads to the new level, not a range end.
      return null;
    }
    return combineRange(low, high, false);
  }
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute']);
/** Opening brackets around a unit symbol, with their closers. */
const BRACKETS: ReadonlyMap<string, string> = new Map([['(', ')'], ['[', ']'], ['{', '}'], ['<', '>']]);
const SENTENCE_MARKS = new Set(['.', ',', ';', ':', '!', '?', ')', '"', '”', '’']);
const UPPER_BOUNDS = new Set(['lt', 'lte']);
/** Ratio words that read as a division in any order (`2000 over 3`, `deux mille sur trois`). */
const UNORDERED_RATIO = new Set(['over', 'sur', 'sobre']);
const LOWER_BOUNDS = new Set(['gt', 'gte']);

function withoutModifier(found: Found): Found {
  const copy = copyOf(found);
  copy.modifier = undefined;
  return copy;
}

/** `low` to `denominator` as a ratio ending at lexeme `next`, keeping the amount of `low`. */
function ratioOf(low: Found, next: number, denominator: number): Found {
  const found = finding('ratio', low.first, next, round(low.value / denominator));
  found.amount = low.amount;
  return found;
}

function amountOf(core: NumberCore): { first: number; next: number; value: number; scale: number } {
  return { first: core.first, next: core.next, value: core.value, scale: core.scale };
}

/** Rounds away binary noise (`0.1 * 3`), keeping twelve significant digits. */
export function round(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
}

const RANGE_KINDS = new Set<NumberKind>(['cardinal', 'ordinal', 'percent', 'percentagePoints', 'currency', 'quantity', 'fraction', 'year']);

/**
 * The low end's value read on the high end's scale: in `3 to 4 million`, `5-10 million people`
 * and `$5-10bn` an unscaled low end means millions or billions too, unless that would put it
 * above the high end (`500 to 2 million`).
 */
function scaledLikeHigh(low: Found, high: Found): number {
  const factor = high.amount?.scale ?? 1;
  const scaled = low.value * factor;
  return factor > 1 && low.amount !== undefined && low.amount.scale === 1 && scaled <= high.value ? scaled : low.value;
}

/** Joins two ends into a range when they agree in kind, the open end borrows the other's unit. */
function combineRange(low: Found, high: Found, opened: boolean): Found | null {
  if (!RANGE_KINDS.has(low.kind) || !RANGE_KINDS.has(high.kind)) return null;
  let lowValue = low.value;
  let highValue = high.value;
  let of = high.kind as RangeEndKind;
  if (low.kind === 'year' && high.kind === 'cardinal' && highValue < 100 && Number.isInteger(highValue)) {
    // `2019-20`: the second year keeps the century of the first.
    highValue = Math.floor(lowValue / 100) * 100 + highValue;
    of = 'year';
  } else if (high.kind === 'cardinal' && (low.kind === 'currency' || low.kind === 'quantity' || low.kind === 'percent') && !opened) {
    // `$5-10bn`: the prefix of the low end covers both.
    of = low.kind;
    const factor = high.amount?.scale ?? 1;
    if (factor > 1 && low.amount !== undefined && low.amount.scale === 1) lowValue = low.value * factor;
  } else if (low.kind !== high.kind) {
    if (low.kind !== 'cardinal' && !(low.kind === 'year' && high.kind !== 'cardinal')) return null;
    lowValue = scaledLikeHigh(low, high);
  } else if (low.kind === 'cardinal') {
    lowValue = scaledLikeHigh(low, high);
  } else if (low.unit !== undefined && high.unit !== undefined && low.unit !== high.unit) {
    return null;
  } else if (low.currency !== undefined && high.currency !== undefined && low.currency !== high.currency) {
    return null;
  }
  if (of === 'cardinal' && low.kind === 'year' && high.kind === 'year') of = 'year';
  if (!(lowValue < highValue) && !opened) return null;
  if (lowValue > highValue) return null;
  const range = finding('range', low.first, high.next, lowValue);
  range.resume = high.resume;
  range.min = round(lowValue);
  range.max = round(highValue);
  range.of = of;
  range.ends = [low, high];
  const unit = high.unit ?? low.unit;
  const currency = high.currency ?? low.currency;
  if (unit !== undefined) range.unit = unit;
  if (currency !== undefined) range.currency = currency;
  if (low.modifier !== undefined) range.modifier = low.modifier;
  return range;
}
