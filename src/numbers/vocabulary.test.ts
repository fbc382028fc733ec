import { describe, expect, it } from 'vitest';
import { buildEnglish } from './data/en.js';
import { buildFrench, buildGerman, buildSpanish } from './data/romance-germanic.js';
import { CURRENCY_SYMBOLS, UNIT_SYMBOLS } from './data/symbols.js';
import { scan } from './scan.js';
import { firstAtom, matchPhrase, vocabularyFor } from './vocabulary.js';

describe('firstAtom', () => {
  it('gives the first lexeme of every phrase without scanning it', () => {
    const phrases = new Set<string>([...Object.keys(CURRENCY_SYMBOLS), ...Object.keys(UNIT_SYMBOLS)]);
    for (const lexicon of [buildEnglish(), buildGerman(), buildFrench(), buildSpanish()]) {
      for (const words of [lexicon.currencyNames, lexicon.unitNames, lexicon.hedgesBefore, lexicon.hedgesAfter, lexicon.per]) Object.keys(words).forEach((w) => phrases.add(w));
      [...lexicon.percentPhrases, ...lexicon.pointPhrases, ...lexicon.rangeJoiners, ...lexicon.ratioJoiners].forEach((w) => phrases.add(w));
    }
    expect(phrases.size).toBeGreaterThan(200);
    for (const phrase of phrases) {
      const first = scan(phrase)[0];
      expect(firstAtom(phrase, true), phrase).toBe(first?.text);
      expect(firstAtom(phrase, false), phrase).toBe(first?.kind === 'word' ? first.text.toLowerCase() : phrase.length === 1 ? phrase.toLowerCase() : first?.text);
    }
  });

  it('finds multi-word phrases through their lazily built group', () => {
    const lexemes = scan('15 percentage points');
    expect(matchPhrase(lexemes, 1, vocabularyFor('en').percent)).toEqual({ value: 'percentagePoints', end: 3 });
    expect(matchPhrase(scan('in excess of 5'), 0, vocabularyFor('en').hedgesBefore)).toEqual({ value: 'gt', end: 3 });
  });
});
