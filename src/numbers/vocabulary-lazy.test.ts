import { describe, expect, it, vi } from 'vitest';

// The builders are wrapped so that the tests see when each locale's data is made.
vi.mock('./data/en.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./data/en.js')>();
  return { ...real, buildEnglish: vi.fn(real.buildEnglish) };
});
vi.mock('./data/romance-germanic.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./data/romance-germanic.js')>();
  return { ...real, buildGerman: vi.fn(real.buildGerman), buildFrench: vi.fn(real.buildFrench), buildSpanish: vi.fn(real.buildSpanish) };
});

const { buildEnglish } = await import('./data/en.js');
const { buildFrench, buildGerman, buildSpanish } = await import('./data/romance-germanic.js');
const { extractNumbers } = await import('./extract-numbers.js');
const { matchPhrase, vocabularyFor } = await import('./vocabulary.js');
const { scan } = await import('./scan.js');

function spans(text: string, locale: 'en' | 'de' | 'fr' | 'es' = 'en'): [string, number][] {
  return extractNumbers(text, { locale }).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.kind === 'range' ? m.min : m.kind === 'date' ? (m.year ?? 0) : m.value];
  });
}

describe('vocabulary: each locale is built on its first call only', () => {
  it('builds nothing at import, and only English for an English call', () => {
    expect(buildEnglish).not.toHaveBeenCalled();
    expect(spans('Sales rose about 40% to $3.4bn in 2023.')).toEqual([['40%', 40], ['$3.4bn', 3.4e9], ['2023', 2023]]);
    expect(buildEnglish).toHaveBeenCalledTimes(1);
    expect(buildGerman).not.toHaveBeenCalled();
    expect(buildFrench).not.toHaveBeenCalled();
    expect(buildSpanish).not.toHaveBeenCalled();
  });

  it('reads German after English, building German once', () => {
    expect(spans('Der Umsatz stieg um 4,5 Prozent auf 2,7 Mrd. Euro.', 'de')).toEqual([['4,5 Prozent', 4.5], ['2,7 Mrd. Euro', 2.7e9]]);
    expect(spans('Zwischen 3 und 7 Prozent, rund zweihundert Menschen.', 'de')).toEqual([['Zwischen 3 und 7 Prozent', 3], ['zweihundert', 200]]);
    expect(buildGerman).toHaveBeenCalledTimes(1);
    // English is still read as English, from the tables made before (German builds on a fresh English lexicon).
    const englishBuilds = vi.mocked(buildEnglish).mock.calls.length;
    expect(spans('one in four paid €2.7bn')).toEqual([['one in four', 0.25], ['€2.7bn', 2.7e9]]);
    expect(buildEnglish).toHaveBeenCalledTimes(englishBuilds);
  });

  it('builds French and Spanish only when they are asked for', () => {
    expect(buildFrench).not.toHaveBeenCalled();
    expect(spans('environ 40 pour cent', 'fr')).toEqual([['40 pour cent', 40]]);
    expect(buildFrench).toHaveBeenCalledTimes(1);
    expect(buildSpanish).not.toHaveBeenCalled();
    expect(spans('unos 40 por ciento', 'es')).toEqual([['40 por ciento', 40]]);
    expect(buildSpanish).toHaveBeenCalledTimes(1);
  });
});

describe('vocabulary tables', () => {
  it('makes each table once, on first read', () => {
    const en = vocabularyFor('en');
    expect(vocabularyFor('en')).toBe(en);
    expect(en.hedgesBefore).toBe(en.hedgesBefore);
    expect(en.triggers).toBe(en.triggers);
    expect(en.joiners).toBe(en.joiners);
  });

  it('finds no inherited property of a record', () => {
    for (const locale of ['en', 'de', 'fr', 'es'] as const) {
      const vocabulary = vocabularyFor(locale);
      for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
        expect(vocabulary.cardinals.get(word), `${locale} ${word}`).toBeUndefined();
        expect(vocabulary.ordinals.has(word), `${locale} ${word}`).toBe(false);
        expect(vocabulary.months.get(word), `${locale} ${word}`).toBeUndefined();
        expect(vocabulary.hedgesBefore.get(word), `${locale} ${word}`).toBeUndefined();
        expect(vocabulary.units.get(word), `${locale} ${word}`).toBeUndefined();
      }
      expect(spans('constructor 5 toString', locale)).toEqual([['5', 5]]);
    }
  });

  it('finds one-atom phrases in the record and longer ones through their first atom', () => {
    const en = vocabularyFor('en');
    // `over` alone and `over` … are not both phrases; `more than` is found by `more`, `percent` by itself.
    expect(matchPhrase(scan('more than 5'), 0, en.hedgesBefore)).toEqual({ value: 'gt', end: 2 });
    expect(matchPhrase(scan('over 5'), 0, en.hedgesBefore)).toEqual({ value: 'gt', end: 1 });
    expect(matchPhrase(scan('5 percent'), 1, en.percent)).toEqual({ value: 'percent', end: 2 });
    // The longest phrase wins over a one-atom phrase with the same first atom: `per cent points`, not `per`.
    expect(matchPhrase(scan('5 per cent points'), 1, en.percent)).toEqual({ value: 'percentagePoints', end: 4 });
    expect(matchPhrase(scan('5 per cent'), 1, en.percent)).toEqual({ value: 'percent', end: 3 });
  });

  it('reads upper-case symbols and codes in any case where the table says so, and only there', () => {
    const en = vocabularyFor('en');
    expect(matchPhrase(scan('USD 20'), 0, en.currencyPrefixes)).toEqual({ value: 'USD', end: 1 });
    expect(matchPhrase(scan('usd 20'), 0, en.currencyPrefixes)).toEqual({ value: 'USD', end: 1 });
    expect(matchPhrase(scan('us$ 20'), 0, en.currencyPrefixes)).toEqual({ value: 'USD', end: 2 });
    expect(matchPhrase(scan('rmb 20'), 0, en.currencyPrefixes)).toEqual({ value: 'CNY', end: 1 });
    // A code that is a common word is read in upper case only, and only by the case-sensitive table.
    expect(matchPhrase(scan('try 20'), 0, en.currencyPrefixes)).toBeNull();
    expect(matchPhrase(scan('TRY 20'), 0, en.currencyBefore, true)).toEqual({ value: 'TRY', end: 1 });
    expect(matchPhrase(scan('try 20'), 0, en.currencyBefore, true)).toBeNull();
    // Only symbols that start with letters are prefixes read in any case; `zł` is written as it is.
    expect(matchPhrase(scan('zł 20'), 0, en.currencyBefore, true)).toEqual({ value: 'PLN', end: 1 });
    expect(matchPhrase(scan('zł 20'), 0, en.currencyPrefixes)).toBeNull();
    expect(matchPhrase(scan('€ 20'), 0, en.currencyPrefixes)).toBeNull();
    expect(matchPhrase(scan('hk $ 20'), 0, en.currencyPrefixes)).toEqual({ value: 'HKD', end: 2 });
    // Units are case-sensitive: `MB` is a megabyte, `mb` a millibar.
    expect(matchPhrase(scan('MB'), 0, en.units, true)).toEqual({ value: 'MB', end: 1 });
    expect(matchPhrase(scan('mb'), 0, en.units, true)).toEqual({ value: 'mbar', end: 1 });
    expect(matchPhrase(scan('km/h'), 0, en.units, true)).toEqual({ value: 'km/h', end: 3 });
  });
});
