import { describe, expect, it } from 'vitest';
import { extractNumbers } from './extract-numbers.js';
import { parseNumber } from './parse-number.js';
import type { NumberLocale, NumberMention } from './types.js';

function read(text: string, locale: NumberLocale = 'en'): NumberMention[] {
  const mentions = extractNumbers(text, { locale });
  for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  return mentions;
}

/** Each mention without its offsets, which `read` has already checked. */
function plain(text: string, locale?: NumberLocale): Record<string, unknown>[] {
  return read(text, locale).map(({ start, end, ...rest }) => (start <= end ? rest : {}));
}

describe('number words with a decimal point and a scale', () => {
  it('scales a decimal read in words', () => {
    expect(parseNumber('one point two five million')).toBe(1_250_000);
    expect(parseNumber('two point five billion')).toBe(2_500_000_000);
    expect(plain('Attendance reached three point four million last year.')).toEqual([{ kind: 'cardinal', text: 'three point four million', value: 3_400_000 }]);
  });
});

describe('French counting by twenties', () => {
  it('reads the plural quatre-vingts and the nineties', () => {
    expect(parseNumber('quatre-vingts', 'fr')).toBe(80);
    expect(parseNumber('quatre-vingt-dix', 'fr')).toBe(90);
    expect(parseNumber('deux cent quatre-vingts', 'fr')).toBe(280);
    expect(plain('Il a quatre-vingts ans et sa sœur quatre-vingt-dix.', 'fr').map((m) => m.value)).toEqual([80, 90]);
  });
});

describe('abbreviated scales written with a dot', () => {
  it('joins the currency after `Mio.` and `Mrd.`', () => {
    expect(plain('Der Verein zahlte 5 Mio. Euro Ablöse.', 'de')).toEqual([{ kind: 'currency', text: '5 Mio. Euro', value: 5_000_000, currency: 'EUR' }]);
    expect(plain('Das Defizit lag bei 2,7 Mrd. €.', 'de')).toEqual([{ kind: 'currency', text: '2,7 Mrd. €', value: 2_700_000_000, currency: 'EUR' }]);
  });

  it('leaves a sentence-closing dot after an English abbreviation alone', () => {
    expect(plain('Profit was 5 bn. Dollars were scarce.')).toEqual([{ kind: 'cardinal', text: '5 bn', value: 5_000_000_000 }]);
  });
});

describe('Spanish dates', () => {
  it('reads day, month and year joined by de as one date', () => {
    expect(plain('La ley entró en vigor el 5 de mayo de 2021.', 'es')).toEqual([{ kind: 'date', text: '5 de mayo de 2021', year: 2021, month: 5, day: 5 }]);
    expect(plain('Las obras empezaron en marzo de 2019.', 'es')).toEqual([{ kind: 'date', text: 'marzo de 2019', year: 2019, month: 3 }]);
  });
});

describe('mixed numbers with a scale', () => {
  it('scales a mixed number and keeps the currency after it', () => {
    expect(plain('The studio paid 3 1/2 million dollars for the rights.')).toEqual([{ kind: 'currency', text: '3 1/2 million dollars', value: 3_500_000, currency: 'USD' }]);
    expect(plain('About 2½ billion people watched.')).toEqual([{ kind: 'cardinal', text: '2½ billion', value: 2_500_000_000, modifier: 'approx' }]);
  });
});

describe('seasons and fiscal years', () => {
  it('reads two consecutive years joined by a slash as a year range', () => {
    expect(plain('He scored 31 goals in the 2019/20 season.')).toEqual([
      { kind: 'cardinal', text: '31', value: 31 },
      { kind: 'range', text: '2019/20', min: 2019, max: 2020, of: 'year' },
    ]);
    expect(plain('The budget for 2023/2024 is balanced.')).toEqual([{ kind: 'range', text: '2023/2024', min: 2023, max: 2024, of: 'year' }]);
  });

  it('does not join years that are not consecutive', () => {
    expect(plain('Compare 2019/25 with the rest.').map((m) => m.kind)).not.toContain('range');
  });
});

describe('hyphenated odds', () => {
  it('reads `3-to-1` and `ten-to-one` as ratios', () => {
    expect(plain('The board voted 3-to-1 against the plan.')).toEqual([{ kind: 'ratio', text: '3-to-1', value: 3 }]);
    expect(plain('Bookmakers offered ten-to-one odds.')).toEqual([{ kind: 'ratio', text: 'ten-to-one', value: 10 }]);
  });

  it('reads a hyphenated span with a unit as a range, and one-to-one as no number', () => {
    expect(plain('He faces a 3-to-5-year sentence.')).toEqual([{ kind: 'range', text: '3-to-5-year', min: 3, max: 5, of: 'quantity', unit: 'year' }]);
    expect(plain('She offers one-to-one coaching.')).toEqual([]);
  });
});
