import { IRREGULAR_PLURALS, METRE_CUES, NOT_PLURAL } from './data/cues.js';
import { VULGAR_FRACTIONS } from './data/fractions.js';
import { readLiteral, type Literal } from './literal.js';
import { own } from './own.js';
import type { Lexeme } from './scan.js';
import { compoundValue } from './compound.js';
import type { Vocabulary } from './vocabulary.js';

/** A number read from lexemes `first` (inclusive) to `next` (exclusive). */
export interface NumberCore {
  readonly first: number;
  readonly next: number;
  readonly value: number;
  /** Written at least partly in words (`two million`, `3 hundred`). */
  readonly words: boolean;
  readonly ordinal: boolean;
  readonly fraction: boolean;
  /** A scale (`million`, `bn`, `k`) multiplied the number. */
  readonly scaled: boolean;
  /** The largest scale applied (1 for none), so `5-10bn` can scale its low end too. */
  readonly scale: number;
  /** The digit literal when the number is exactly one literal, for year and id decisions. */
  readonly literal: Literal | undefined;
}

/** A number read, every field set: one object shape for all of them. */
function numberCore(first: number, next: number, value: number, words: boolean, ordinal: boolean, fraction: boolean, scaled: boolean, scale: number, literal: Literal | undefined): NumberCore {
  return { first, next, value, words, ordinal, fraction, scaled, scale, literal };
}

/** What one lexeme means inside a written-out number. */
type Item =
  | { readonly kind: 'cardinal' | 'scale' | 'ordinal' | 'compound'; readonly value: number }
  | { readonly kind: 'hundred' | 'joiner' | 'mixedJoiner' | 'point' | 'article' | 'hyphen' | 'other' };

function itemOf(lexeme: Lexeme | undefined, vocabulary: Vocabulary): Item {
  if (lexeme === undefined) return { kind: 'other' };
  if (lexeme.kind === 'mark') return lexeme.text === '-' || lexeme.text === '‐' ? { kind: 'hyphen' } : { kind: 'other' };
  if (lexeme.kind !== 'word') return { kind: 'other' };
  const word = lexeme.lower;
  const cardinal = vocabulary.cardinals.get(word);
  if (cardinal !== undefined) return { kind: 'cardinal', value: cardinal };
  if (vocabulary.hundreds.has(word)) return { kind: 'hundred' };
  const scale = vocabulary.scales.get(word);
  if (scale !== undefined) return { kind: 'scale', value: scale };
  const ordinal = vocabulary.ordinals.get(word);
  if (ordinal !== undefined) return { kind: 'ordinal', value: ordinal };
  if (vocabulary.joiners.has(word)) return { kind: 'joiner' };
  if (vocabulary.lexicon.mixedJoiners?.includes(word) === true) return { kind: 'mixedJoiner' };
  if (vocabulary.points.has(word)) return { kind: 'point' };
  if (vocabulary.articles.has(word)) return { kind: 'article' };
  const compound = compoundValue(word, vocabulary);
  if (compound !== undefined) return compound.ordinal ? { kind: 'ordinal', value: compound.value } : { kind: 'compound', value: compound.value };
  return { kind: 'other' };
}

/** Room left after adding `value` to `before`: what a following additive word must stay below. */
function roomAfter(value: number, before: number, vocabulary: Vocabulary): number {
  if (vocabulary.lexicon.vigesimal) {
    // French counts by twenties above sixty: soixante-quinze, quatre-vingt-dix-sept.
    const tens = (before + value) % 100;
    if ((tens === 60 || tens === 80) && value >= 20) return 20;
    if (value === 10) return 10;
  }
  if (value >= 100 && value % 100 === 0) return 100;
  if (value >= 20 && value < 100 && value % 10 === 0) return 10;
  return 1;
}

/** Index of the next lexeme, stepping over one hyphen glued between two words. */
function stepHyphen(lexemes: readonly Lexeme[], j: number, vocabulary: Vocabulary): number {
  const lexeme = lexemes[j];
  if (lexeme !== undefined && itemOf(lexeme, vocabulary).kind === 'hyphen' && lexemes[j + 1]?.kind === 'word') return j + 1;
  return j;
}

/**
 * Reads a number starting at lexeme `i`: digits (`3.4`, `10k`, `2 1/4`, `1.3e6`), words
 * (`two hundred and forty-five thousand`, `three quarters`), or both (`4.5 million`).
 *
 * @param lexemes - Scanned text.
 * @param i - Where the number would start.
 * @param vocabulary - The locale's words.
 * @param money - Whether a currency sign came just before, so a glued `m` means million.
 * @returns The number, or `null` when none starts at `i`.
 */
export function readNumber(lexemes: readonly Lexeme[], i: number, vocabulary: Vocabulary, money: boolean): NumberCore | null {
  let j = i;
  let negative = false;
  const head = lexemes[j];
  if (head === undefined) return null;
  if ((head.text === '-' || head.text === '−') && lexemes[j + 1]?.kind === 'digits' && lexemes[j + 1]?.gap === 0) {
    const before = lexemes[j - 1];
    // After a number on the same line the mark is a dash (`75 - 300mm`, `10-20`); glued to a word, a hyphen.
    if (before !== undefined && ((head.gap === 0 && before.kind === 'word') || (before.kind === 'digits' && !head.newline))) return null;
    negative = true;
    j++;
  } else if (head.kind === 'word' && vocabulary.negatives.has(head.lower)) {
    const rest = readNumber(lexemes, j + 1, vocabulary, money);
    if (rest === null || rest.ordinal || lexemes[j + 1]?.kind === 'mark') return null;
    return numberCore(i, rest.next, -rest.value, rest.words, rest.ordinal, rest.fraction, rest.scaled, rest.scale, undefined);
  }
  const point = lexemes[j];
  if (point?.text === '.' && lexemes[j + 1]?.kind === 'digits' && lexemes[j + 1]?.gap === 0 && /^\d+$/u.test(lexemes[j + 1]?.text ?? '')) {
    // `.25`: a leading decimal point, when nothing is glued before it.
    const before = lexemes[j - 1];
    if (before !== undefined && point.gap === 0 && (before.kind === 'digits' || before.kind === 'word')) return null;
    const value = Number(`0.${lexemes[j + 1]?.text ?? ''}`);
    return numberCore(i, j + 2, negative ? -value : value, false, false, false, false, 1, undefined);
  }
  const core = lexemes[j]?.kind === 'digits' ? readDigits(lexemes, j, vocabulary, money) : readWords(lexemes, j, vocabulary);
  if (core === null) return null;
  return negative ? numberCore(i, core.next, -core.value, core.words, core.ordinal, core.fraction, core.scaled, core.scale, core.literal) : core;
}

function readDigits(lexemes: readonly Lexeme[], i: number, vocabulary: Vocabulary, money: boolean): NumberCore | null {
  const lexeme = lexemes[i];
  if (lexeme === undefined) return null;
  const literal = readLiteral(lexeme.text, vocabulary.lexicon.decimalComma);
  if (literal.shape !== 'number') return null;
  let value = literal.value;
  let j = i + 1;
  let fraction = false;
  let scale = 1;
  const glued = (k: number): Lexeme | undefined => (lexemes[k]?.gap === 0 ? lexemes[k] : undefined);
  const vulgar = own(VULGAR_FRACTIONS, glued(j)?.text ?? '');
  if (vulgar !== undefined && !literal.decimal) {
    value += vulgar;
    fraction = true;
    j++;
  } else if (glued(j)?.text === '/' && glued(j + 1)?.kind === 'digits' && lexemes[j + 2]?.text !== '/' && literal.plain) {
    const denominator = Number(lexemes[j + 1]?.text);
    // `2023/2024` is a season or fiscal year, not a fraction just under one.
    const years = literal.integerDigits === 4 && denominator === value + 1;
    if (denominator > value && denominator > 0 && !years) {
      value /= denominator;
      fraction = true;
      j += 2;
    }
  } else if (!literal.decimal && literal.plain && lexemes[j]?.kind === 'digits' && glued(j + 1)?.text === '/' && glued(j + 2)?.kind === 'digits') {
    // A mixed number, `2 1/4`.
    const numerator = Number(lexemes[j]?.text);
    const denominator = Number(lexemes[j + 2]?.text);
    if (numerator < denominator && lexemes[j + 3]?.text !== '/') {
      value += numerator / denominator;
      fraction = true;
      j += 3;
    }
  }
  const exponent = glued(j);
  const tenTo = (exponent?.lower === 'x' || exponent?.text === '×') && glued(j + 1)?.text === '10' ? signedPower(lexemes, j + 2, '^') : null;
  const power = exponent?.lower === 'e' ? signedPower(lexemes, j, 'e') : signedPower(lexemes, j, '^');
  if (tenTo !== null && !fraction) {
    // `1.3x10^6`, `6.23×10^-4`: scientific notation as typed.
    value *= 10 ** tenTo.power;
    j = tenTo.next;
  } else if (power !== null && !fraction) {
    // `1.3e6`, `-12e-1`; `1.1^23`, `2.5^-1`: a power as typed, the sign before the base applying to the result.
    value = exponent?.lower === 'e' ? value * 10 ** power.power : value ** power.power;
    j = power.next;
  }
  const suffix = lexemes[j];
  if (suffix?.kind === 'word') {
    const abbreviation = own(vocabulary.lexicon.scaleAbbreviations, suffix.text);
    const spacedOk = suffix.gap === 1 && suffix.text.length >= 2 && suffix.lower !== 'mm' && !suffix.newline;
    const metric = suffix.text === 'm' || suffix.text === 'mm';
    // `5G`, `4G` name network generations; a glued G is a billion only in money (`$10G`).
    const generation = suffix.text === 'G' && !money;
    const gluedOk = suffix.gap === 0 && !generation && (!metric || money || (suffix.text === 'm' && countedAfter(lexemes, j + 1))) && (lexemes[j + 1]?.gap !== 0 || lexemes[j + 1]?.kind === 'mark');
    if (abbreviation !== undefined && (spacedOk || gluedOk)) {
      value *= abbreviation;
      scale = abbreviation;
      j++;
    }
  }
  const scaleWord = fraction && scale === 1 && lexemes[j]?.kind === 'word' && lexemes[j]?.gap === 1 && lexemes[j]?.newline === false ? vocabulary.scales.get(lexemes[j]?.lower ?? '') : undefined;
  if (scaleWord !== undefined && scaleWord > 12) {
    // `3 1/2 million`, `2½ billion`: a mixed number scaled like a decimal one.
    value *= scaleWord;
    scale = scaleWord;
    j++;
  }
  const scaled = scale > 1;
  if (scaled) fraction = false;
  if (!scaled && !fraction) {
    const more = continueWords(lexemes, j, vocabulary, { total: 0, current: value, room: 0, lastScale: Number.POSITIVE_INFINITY }, true);
    if (more !== null) {
      return numberCore(i, more.next, more.value, true, more.ordinal, more.fraction, true, more.scale ?? 1, undefined);
    }
  }
  return numberCore(i, j, value, false, false, fraction, scaled, scale, j === i + 1 ? literal : undefined);
}

/** A glued `mark` (`e`, `^`) then an optional sign and plain digits (`e+14`, `^-1`): the power and the index past it. */
function signedPower(lexemes: readonly Lexeme[], j: number, mark: string): { power: number; next: number } | null {
  const glued = (k: number): Lexeme | undefined => (lexemes[k]?.gap === 0 ? lexemes[k] : undefined);
  if (glued(j)?.lower !== mark) return null;
  const signText = glued(j + 1)?.text;
  const sign = signText === '-' || signText === '−' ? -1 : signText === '+' ? 1 : 0;
  const at = j + 1 + (sign === 0 ? 0 : 1);
  const digits = glued(at);
  if (digits?.kind !== 'digits' || !/^\d+$/u.test(digits.text) || glued(at + 1)?.kind === 'word' || glued(at + 1)?.kind === 'digits') return null;
  return { power: (sign || 1) * Number(digits.text), next: at + 1 };
}

/** `1.2m people`: a glued `m` before a counted noun is a million. */
function countedAfter(lexemes: readonly Lexeme[], j: number): boolean {
  const next = lexemes[j];
  return next !== undefined && next.kind === 'word' && next.gap === 1 && !next.newline && next.text === next.lower && isCountedNoun(next.lower);
}

/**
 * Whether a word after `1.2m` looks like what news counts in millions: a plural (`visitors`,
 * `barrels`) or an irregular plural (`people`), and no measuring context (`tall`, `hurdles`).
 *
 * @param word - A lower-case word.
 * @returns `true` when a glued `m` before it means a million.
 */
export function isCountedNoun(word: string): boolean {
  if (METRE_CUES.has(word) || NOT_PLURAL.has(word)) return false;
  return IRREGULAR_PLURALS.has(word) || (word.length > 3 && word.endsWith('s') && !word.endsWith('ss'));
}

interface Accumulator {
  total: number;
  current: number;
  room: number;
  lastScale: number;
}

interface WordsResult {
  readonly next: number;
  readonly value: number;
  readonly ordinal: boolean;
  readonly fraction: boolean;
  readonly scale: number | undefined;
}

/** A reading of words, every field set: one object shape for all of them. */
function wordsResult(next: number, value: number, ordinal: boolean, fraction: boolean, scale?: number): WordsResult {
  return { next, value, ordinal, fraction, scale };
}

function readWords(lexemes: readonly Lexeme[], i: number, vocabulary: Vocabulary): NumberCore | null {
  const half = readHalf(lexemes, i, vocabulary);
  if (half !== null) return numberCore(i, half.next, half.value, true, false, true, false, 1, undefined);
  const first = itemOf(lexemes[i], vocabulary);
  if (first.kind === 'other' || first.kind === 'joiner' || first.kind === 'point' || first.kind === 'hyphen') return null;
  const words = continueWords(lexemes, i, vocabulary, { total: 0, current: 0, room: Number.POSITIVE_INFINITY, lastScale: Number.POSITIVE_INFINITY });
  if (words === null) return null;
  return numberCore(i, words.next, words.value, true, words.ordinal, words.fraction, (words.scale ?? 1) > 1, words.scale ?? 1, undefined);
}

/** A bare `half`, `half a million`, `half a dozen`. */
function readHalf(lexemes: readonly Lexeme[], i: number, vocabulary: Vocabulary): { value: number; next: number } | null {
  const word = lexemes[i];
  const vulgar = word?.kind === 'mark' ? own(VULGAR_FRACTIONS, word.text) : undefined;
  if (vulgar !== undefined) return scaleFraction(lexemes, { value: vulgar, next: i + 1 }, vocabulary);
  const denominator = word?.kind === 'word' ? vocabulary.denominators.get(word.lower) : undefined;
  if (word === undefined || denominator === undefined || vocabulary.ordinals.has(word.lower) || word.lower.endsWith('s')) return null;
  if (denominator !== 2) {
    // A bare `quarter` is a fraction only before a scale (`quarter million`), never in `first quarter`.
    const scaled = scaleFraction(lexemes, { value: 1 / denominator, next: i + 1 }, vocabulary);
    return scaled.next > i + 1 ? scaled : null;
  }
  const article = itemOf(lexemes[i + 1], vocabulary);
  const scale = itemOf(lexemes[i + 2], vocabulary);
  if (article.kind === 'article' && scale.kind === 'scale') return { value: scale.value / 2, next: i + 3 };
  return scaleFraction(lexemes, { value: 0.5, next: i + 1 }, vocabulary);
}

/** A fraction `n/d` written as `two thirds`, `a quarter`, `one-half` starting at `j`, with its end. */
function readDenominator(lexemes: readonly Lexeme[], j: number, numerator: number, vocabulary: Vocabulary): { value: number; next: number } | null {
  const k = stepHyphen(lexemes, j, vocabulary);
  const word = lexemes[k];
  if (word === undefined || word.kind !== 'word' || (word.gap > 1 && k === j)) return null;
  const denominator = vocabulary.denominators.get(word.lower);
  if (denominator === undefined) return null;
  const plural = vocabulary.ordinals.get(word.lower) === undefined;
  if (numerator !== 1 && !plural) return null;
  return { value: numerator / denominator, next: k + 1 };
}

/**
 * The additive reading of number words: units and tens add while they fit below the last
 * place (`forty` then `five`, never `five` then `two`), hundreds multiply, scales close a group.
 */
function continueWords(lexemes: readonly Lexeme[], start: number, vocabulary: Vocabulary, state: Accumulator, started = false): WordsResult | null {
  let { total, current, room, lastScale } = state;
  // The group a thousand closed, and the scale before it, for `cinco mil doscientos millones`.
  let thousands = 0;
  let beforeThousands = Number.POSITIVE_INFINITY;
  // The group before the last `and`: `a hundred and two dozen` is 100 + 2 × 12.
  let beforeJoiner = 0;
  let j = start;
  let end = started ? start : -1;
  let usedWord = false;
  const finish = (next: number, value: number, ordinal: boolean, fraction: boolean): WordsResult | null =>
    usedWord || ordinal || fraction ? wordsResult(next, value, ordinal, fraction, Number.isFinite(lastScale) ? lastScale : 1) : null;
  for (;;) {
    const k = end >= 0 ? stepHyphen(lexemes, j, vocabulary) : j;
    const lexeme = lexemes[k];
    if (lexeme === undefined || (lexeme.newline && end >= 0)) break;
    const item = itemOf(lexeme, vocabulary);
    if (item.kind === 'article' && end < 0 && current === 0) {
      const nextItem = itemOf(lexemes[k + 1], vocabulary);
      const fraction = readDenominator(lexemes, k + 1, 1, vocabulary);
      if (fraction !== null) {
        const scaled = scaleFraction(lexemes, fraction, vocabulary);
        return wordsResult(scaled.next, scaled.value, false, true);
      }
      if (nextItem.kind !== 'hundred' && nextItem.kind !== 'scale') break;
      current = 1;
      room = Number.POSITIVE_INFINITY;
      j = k + 1;
      continue;
    }
    if (item.kind === 'cardinal' || item.kind === 'compound' || (lexeme.kind === 'digits' && end >= 0 && room >= 100 && usedWord)) {
      const value = item.kind === 'cardinal' || item.kind === 'compound' ? item.value : readLiteral(lexeme.text, vocabulary.lexicon.decimalComma).value;
      const fourTwenties = vocabulary.lexicon.vigesimal && value === 20 && current % 100 === 4 && room === 1;
      const joined = end >= 0 && itemOf(lexemes[k - 1], vocabulary).kind === 'joiner';
      const written = end < 0 || joined ? readDenominator(lexemes, k + 1, value, vocabulary) : null;
      // After `and`, only a fraction below one is the fractional part (`one hundred and thirty fifths` is 130/5).
      const fraction = written !== null && joined && written.value >= 1 && !(current === 0 && Number.isFinite(lastScale)) ? null : written;
      const over = fraction === null && end >= 0 && usedWord && !(value < room) ? compoundDenominator(lexemes, k, total + current, vocabulary) : null;
      // `one twenty-fifth`, `three twenty-firsts`: a denominator written as a compound ordinal.
      if (over !== null) return wordsResult(over.next, over.value, false, true);
      // A zero adds nothing, so after other words it starts a number of its own (`three-nought-four`, `3 hundred and 0`).
      if (fraction === null && ((!(value < room) && !fourTwenties) || (!Number.isInteger(value) && lexeme.kind === 'digits') || (value === 0 && end >= 0))) break;
      if (fraction !== null) {
        // `two thirds`, or the fraction part of `one and two thirds`, `six million and two thirds`.
        const whole = end < 0 ? 0 : total + current;
        const of = end >= 0 && current === 0 && Number.isFinite(lastScale) ? lastScale : 1;
        const smaller = itemOf(lexemes[fraction.next], vocabulary);
        if (of > 1 && smaller.kind === 'scale' && smaller.value < of && smaller.value !== 12) {
          // `one billion and three quarters million`: the fraction belongs to the smaller scale after it.
          return wordsResult(fraction.next + 1, whole + fraction.value * smaller.value, false, true);
        }
        const scaledFraction = scaleFraction(lexemes, { value: whole + fraction.value * of, next: fraction.next }, vocabulary);
        return wordsResult(scaledFraction.next, scaledFraction.value, false, true);
      }
      if (vocabulary.lexicon.vigesimal && value === 20 && current % 100 === 4 && room === 1) {
        // quatre-vingt(s): four twenties.
        current += 76;
        room = 20;
        usedWord = true;
        j = k + 1;
        end = j;
        continue;
      }
      const before = current;
      current += value;
      room = item.kind === 'compound' ? 0 : roomAfter(value, before, vocabulary);
      usedWord ||= lexeme.kind === 'word';
      j = k + 1;
      end = j;
      continue;
    }
    if (item.kind === 'hundred' && (end >= 0 || current === 1 || current === 0) && (current < 100 || !usedWord)) {
      current = (current || 1) * 100;
      room = 100;
      usedWord = true;
      j = k + 1;
      end = j;
      continue;
    }
    if (item.kind === 'scale' && lastScale === 1000 && thousands > 0 && item.value > 1000 && item.value < beforeThousands) {
      // `cinco mil doscientos veintiocho millones`, `five thousand two hundred million`: the thousands
      // group and what follows it count the larger scale.
      total = total - thousands + (thousands + current) * item.value;
      current = 0;
      room = item.value;
      lastScale = item.value;
      thousands = 0;
      j = k + 1;
      end = j;
      continue;
    }
    if (item.kind === 'scale' && item.value !== 12 && item.value >= lastScale && current === 0 && total > 0) {
      // `mil millones`, `lakh crore`: a scale right after a scale multiplies it.
      total *= item.value;
      lastScale *= item.value;
      j = k + 1;
      end = j;
      continue;
    }
    if (item.kind === 'scale' && item.value < lastScale) {
      if (item.value === 12 && current === 0 && end < 0) break;
      if (item.value === 12) {
        // `three dozen`: a dozen multiplies what came before (back to an `and`) and ends the number.
        const value = total + beforeJoiner + (current - beforeJoiner || 1) * 12;
        return finish(k + 1, value, false, false) ?? wordsResult(k + 1, value, false, false);
      }
      if (item.value === 1000) {
        thousands = (current || 1) * item.value;
        beforeThousands = lastScale;
      }
      total += (current || 1) * item.value;
      current = 0;
      room = item.value;
      lastScale = item.value;
      usedWord = true;
      j = k + 1;
      end = j;
      continue;
    }
    if (item.kind === 'ordinal') {
      if (end < 0) return chainOrdinals(lexemes, k + 1, item.value, vocabulary);
      // `twenty-first`, `hundred and first`; not `280 million first` (a new word, not one ordinal).
      const joined = itemOf(lexemes[k - 1], vocabulary).kind === 'joiner' || k !== j;
      if (vocabulary.lexicon.vigesimal && item.value === 20 && current % 100 === 4 && room === 1) {
        // quatre-vingtième: four twentieths make eighty.
        return wordsResult(k + 1, total + current + 76, true, false);
      }
      if (item.value < room && (room <= 10 || joined)) return wordsResult(k + 1, total + current + item.value, true, false);
      if (item.value >= 100 && current < item.value) return chainOrdinals(lexemes, k + 1, total + (current || 1) * item.value, vocabulary, item.value);
      break;
    }
    if ((item.kind === 'joiner' || item.kind === 'mixedJoiner') && end >= 0) {
      // The word after the joiner, past a hyphen (`vingt-et-un`, `one-and-a-half`).
      const a = stepHyphen(lexemes, k + 1, vocabulary);
      const after = lexemes[a];
      const nextItem = itemOf(after, vocabulary);
      if (nextItem.kind === 'article') {
        const fraction = readDenominator(lexemes, a + 1, 1, vocabulary);
        if (fraction === null) break;
        // `one and a half`, `3 million and a half` (a half million), `five and a half million`,
        // `one billion and a half million` (the half belongs to the million).
        const of = current === 0 && Number.isFinite(lastScale) ? lastScale : 1;
        const nextScale = itemOf(lexemes[fraction.next], vocabulary);
        if (of > 1 && nextScale.kind === 'scale' && nextScale.value < of) {
          return wordsResult(fraction.next + 1, total + fraction.value * nextScale.value, false, true);
        }
        const scaled = scaleFraction(lexemes, { value: total + current + fraction.value * of, next: fraction.next }, vocabulary);
        return wordsResult(scaled.next, scaled.value, false, true);
      }
      const half = after?.kind === 'word' && vocabulary.denominators.get(after.lower) === 2 && !vocabulary.ordinals.has(after.lower);
      if (half) {
        // `un et demi`, `un million et demi`.
        const of = current === 0 && Number.isFinite(lastScale) ? lastScale : 1;
        return wordsResult(a + 1, total + current + of / 2, false, true);
      }
      const afterScale = current === 0 && Number.isFinite(lastScale);
      const part = nextItem.kind === 'cardinal' && !afterScale ? properFraction(lexemes, a, vocabulary) : null;
      // `two and fifty-four hundredths`, `one hundred and three quarters`: a mixed number.
      if (part !== null) {
        // `five and three quarters billion`: a scale after the mixed number multiplies all of it.
        const scaled = scaleFraction(lexemes, { value: total + current + part.value, next: part.next }, vocabulary);
        return wordsResult(scaled.next, scaled.value, false, true);
      }
      // `cinco con un cuarto`: a joiner used only before the fraction of a mixed number.
      if (item.kind === 'mixedJoiner') break;
      if (nextItem.kind === 'ordinal' && nextItem.value < room) {
        // `vingt et unième`, `hundred and first`: the rank closes the number.
        j = k + 1;
        continue;
      }
      const numeratorFits = nextItem.kind === 'cardinal' && readDenominator(lexemes, a + 1, nextItem.value, vocabulary) !== null;
      // `3 hundred and 2 hundred`, `five million and two million`: the word after the joiner opens a
      // group of its own (a second hundreds, or a scale no smaller than the last), so two numbers.
      const closer = itemOf(lexemes[a + 1], vocabulary);
      if ((closer.kind === 'hundred' && current >= 100) || (closer.kind === 'scale' && closer.value !== 12 && closer.value >= lastScale && current === 0)) break;
      if ((nextItem.kind === 'cardinal' && (nextItem.value < room || numeratorFits)) || (after?.kind === 'digits' && room >= 100 && usedWord)) {
        beforeJoiner = current;
        j = k + 1;
        continue;
      }
      break;
    }
    if (item.kind === 'point' && end >= 0 && Number.isInteger(current)) {
      const decimals = readDecimalWords(lexemes, k + 1, vocabulary);
      if (decimals === null) break;
      const value = total + current + Number(`0.${decimals.digits}`);
      const scale = itemOf(lexemes[decimals.next], vocabulary);
      if (scale.kind === 'scale' && scale.value > 12 && total === 0 && lexemes[decimals.next]?.newline !== true) {
        // `one point two five million`: a decimal read in words, then scaled like `1.25 million`.
        return wordsResult(decimals.next + 1, value * scale.value, false, false, scale.value);
      }
      return finish(decimals.next, value, false, false);
    }
    break;
  }
  if (end < 0) return null;
  const whole = total + current;
  const denominator = usedWord && whole > 1 ? readDenominator(lexemes, end, whole, vocabulary) : null;
  // `twenty-three fifths`, `one hundred and thirty fifths`: the whole number is the numerator.
  if (denominator !== null) return wordsResult(denominator.next, denominator.value, false, true);
  return finish(end, whole, false, false);
}

/**
 * A denominator written as a tens word and a unit ordinal (`twenty-fifth`, `thirty firsts`) at
 * `j`, dividing `numerator`: plural after any numerator, singular only after one.
 */
function compoundDenominator(lexemes: readonly Lexeme[], j: number, numerator: number, vocabulary: Vocabulary): { value: number; next: number } | null {
  const tens = itemOf(lexemes[j], vocabulary);
  if (tens.kind !== 'cardinal' || tens.value < 20 || tens.value >= 100 || tens.value % 10 !== 0) return null;
  const k = stepHyphen(lexemes, j + 1, vocabulary);
  const word = lexemes[k];
  if (word === undefined || word.kind !== 'word' || word.newline || word.gap > 1 || (lexemes[k + 1]?.text === '-' && lexemes[k + 1]?.gap === 0)) return null;
  const singular = vocabulary.ordinals.get(word.lower);
  const plural = word.lower.endsWith('s') ? vocabulary.ordinals.get(word.lower.slice(0, -1)) : undefined;
  const unit = plural ?? (numerator === 1 ? singular : undefined);
  if (unit === undefined || unit < 1 || unit > 9) return null;
  return { value: numerator / (tens.value + unit), next: k + 1 };
}

/**
 * A fraction below one written with a numerator under a hundred (`three quarters`, `fifty-four
 * hundredths`), as the fractional part of a mixed number; a bounded look, never a new number read.
 */
function properFraction(lexemes: readonly Lexeme[], j: number, vocabulary: Vocabulary): { value: number; next: number } | null {
  const first = itemOf(lexemes[j], vocabulary);
  if (first.kind !== 'cardinal' || lexemes[j]?.kind !== 'word') return null;
  let numerator = first.value;
  let k = j + 1;
  const unitAt = stepHyphen(lexemes, k, vocabulary);
  const unit = itemOf(lexemes[unitAt], vocabulary);
  if (numerator >= 20 && numerator < 100 && numerator % 10 === 0 && unit.kind === 'cardinal' && unit.value > 0 && unit.value < 10) {
    numerator += unit.value;
    k = unitAt + 1;
  }
  const fraction = readDenominator(lexemes, k, numerator, vocabulary);
  return fraction !== null && fraction.value < 1 ? fraction : null;
}

/**
 * `vigésimo primero` (21), `milésimo tricentésimo cuadragésimo séptimo` (1347): in languages that
 * write ordinals as several words, each smaller than the place of the one before adds to it.
 */
function chainOrdinals(lexemes: readonly Lexeme[], start: number, value: number, vocabulary: Vocabulary, last = value): WordsResult {
  let total = value;
  let place = 10 ** Math.floor(Math.log10(Math.max(last, 1)));
  let k = start;
  while (vocabulary.lexicon.compoundOrdinals === true) {
    const lexeme = lexemes[k];
    const item = itemOf(lexeme, vocabulary);
    if (lexeme === undefined || lexeme.newline || lexeme.gap > 1 || item.kind !== 'ordinal' || !(item.value < place)) break;
    total += item.value;
    place = 10 ** Math.floor(Math.log10(Math.max(item.value, 1)));
    k++;
  }
  return wordsResult(k, total, true, false);
}

/** `half a million`, `three quarters of a million`: a fraction that a scale word multiplies. */
function scaleFraction(lexemes: readonly Lexeme[], fraction: { value: number; next: number }, vocabulary: Vocabulary): { value: number; next: number } {
  let k = fraction.next;
  // `two thirds of a million`, `deux tiers de million`, `demi-million`
  if (lexemes[k]?.lower === 'of' && itemOf(lexemes[k + 1], vocabulary).kind === 'article') k += 2;
  else if (vocabulary.locale !== 'en' && vocabulary.lexicon.currencyLinks.includes(lexemes[k]?.lower ?? '')) k += 1;
  else if (lexemes[k]?.text === '-' && lexemes[k]?.gap === 0) k += 1;
  const nextItem = itemOf(lexemes[k], vocabulary);
  if (nextItem.kind === 'scale' && nextItem.value !== 12 && lexemes[k]?.newline !== true) return { value: fraction.value * nextItem.value, next: k + 1 };
  return fraction;
}

/** Digits after `point`: `point zero three` → "03", `point seventy-one` → "71". */
function readDecimalWords(lexemes: readonly Lexeme[], j: number, vocabulary: Vocabulary): { digits: string; next: number } | null {
  const lexeme = lexemes[j];
  if (lexeme?.kind === 'digits' && /^\d+$/u.test(lexeme.text)) return { digits: lexeme.text, next: j + 1 };
  let digits = '';
  let k = j;
  for (;;) {
    const item = itemOf(lexemes[k], vocabulary);
    if (item.kind !== 'cardinal') break;
    if (item.value >= 10) {
      const tail = continueWords(lexemes, k, vocabulary, { total: 0, current: 0, room: 100, lastScale: 100 });
      if (tail === null) break;
      digits += String(tail.value);
      k = tail.next;
      break;
    }
    digits += String(item.value);
    k++;
  }
  return digits === '' ? null : { digits, next: k };
}
