import { describe, expect, it } from 'vitest';
import { extractNumbers } from './extract-numbers.js';
import { parseNumber } from './parse-number.js';
import type { NumberMention } from './types.js';

type Locale = 'en' | 'de' | 'fr' | 'es';
/** A mention without its offsets, kept a discriminated union. */
type Bare<M = NumberMention> = M extends NumberMention ? Omit<M, 'start' | 'end'> : never;

function read(text: string, locale: Locale = 'en'): Bare[] {
  const mentions = extractNumbers(text, { locale });
  return mentions.map(({ start, end, ...rest }) => {
    expect(text.slice(start, end)).toBe(rest.text);
    return rest as Bare;
  });
}

// Less common shapes of numbers in news copy, each read end to end through extractNumbers.
describe('extractNumbers: signs, decimals and exponents', () => {
  it('reads negative numbers written as words and signs', () => {
    expect(read('Temperatures fell to minus 5 degrees overnight.')).toEqual([{ kind: 'quantity', text: 'minus 5 degrees', value: -5, unit: '°' }]);
    expect(read('Shares were −3.5% lower and the index lost -12 points.')).toEqual([
      { kind: 'percent', text: '−3.5%', value: -3.5, direction: 'down' },
      { kind: 'cardinal', text: '-12', value: -12, direction: 'down' },
    ]);
    expect(read('The balance was negative 4 and the score minus three.')).toEqual([
      { kind: 'cardinal', text: 'negative 4', value: -4 },
      { kind: 'cardinal', text: 'minus three', value: -3 },
    ]);
  });

  it('reads a leading decimal point and scientific notation', () => {
    expect(read('The odds were .25 at the start.')).toEqual([{ kind: 'cardinal', text: '.25', value: 0.25 }]);
    expect(read('The dataset holds 1.3e6 rows, a 12e-1 ratio and 5e+3 items.')).toEqual([
      { kind: 'cardinal', text: '1.3e6', value: 1.3e6 },
      { kind: 'cardinal', text: '12e-1', value: 1.2 },
      { kind: 'cardinal', text: '5e+3', value: 5000 },
    ]);
  });

  it('reads vulgar, slashed and mixed fractions', () => {
    const [miles, cake, hours] = read('He ran 2½ miles and ate 3/4 of the cake, then 2 1/4 hours more.');
    expect(miles).toEqual({ kind: 'quantity', text: '2½ miles', value: 2.5, unit: 'mi' });
    expect(cake).toEqual({ kind: 'fraction', text: '3/4', value: 0.75 });
    expect(hours).toMatchObject({ kind: 'quantity', text: '2 1/4 hours', value: 2.25, unit: 'hour' });
  });
});

describe('extractNumbers: words in four languages', () => {
  it('reads French vigesimal tens', () => {
    expect(read('Il y avait quatre-vingt-dix-sept élus et soixante-quinze absents.', 'fr')).toEqual([
      { kind: 'cardinal', text: 'quatre-vingt-dix-sept', value: 97 },
      { kind: 'cardinal', text: 'soixante-quinze', value: 75 },
    ]);
  });

  it('reads German compound number words', () => {
    expect(read('Es kamen zweitausendzwanzig Besucher und dreiundzwanzig Kinder.', 'de')).toEqual([
      { kind: 'cardinal', text: 'zweitausendzwanzig', value: 2020 },
      { kind: 'cardinal', text: 'dreiundzwanzig', value: 23 },
    ]);
  });

  it('reads Spanish number words with a scale', () => {
    expect(read('Llegaron doscientos cuarenta y cinco mil aficionados.', 'es')).toEqual([{ kind: 'cardinal', text: 'doscientos cuarenta y cinco mil', value: 245000 }]);
  });

  it('reads hedged money and percentages in German, French and Spanish', () => {
    expect(read('Mehr als 10 aber weniger als 20 Menschen, etwa 3,5 Millionen Euro.', 'de')).toEqual([
      // Two bounds joined by `aber` make one range, as `more than 10 but less than 20` does.
      { kind: 'range', text: '10 aber weniger als 20', min: 10, max: 20, of: 'cardinal' },
      { kind: 'currency', text: '3,5 Millionen Euro', value: 3.5e6, currency: 'EUR', modifier: 'approx' },
    ]);
    expect(read('Plus de 3 millions d’euros, environ 12,5 % et 1 200 habitants.', 'fr')).toEqual([
      { kind: 'currency', text: '3 millions d’euros', value: 3e6, currency: 'EUR', modifier: 'gt' },
      { kind: 'percent', text: '12,5 %', value: 12.5, modifier: 'approx' },
      { kind: 'cardinal', text: '1 200', value: 1200 },
    ]);
    expect(read('Más de 3 millones de euros, unos 12,5 % y 1.200 habitantes.', 'es')).toEqual([
      { kind: 'currency', text: '3 millones de euros', value: 3e6, currency: 'EUR', modifier: 'gt' },
      { kind: 'percent', text: '12,5 %', value: 12.5, modifier: 'approx' },
      { kind: 'cardinal', text: '1.200', value: 1200 },
    ]);
  });

  it('reads dates and directions in German and French', () => {
    expect(read('Am 3. Mai 2021 stieg der Preis um 2,3 Prozent auf 4.500 Euro.', 'de')).toEqual([
      { kind: 'date', text: '3. Mai 2021', year: 2021, month: 5, day: 3 },
      { kind: 'percent', text: '2,3 Prozent', value: 2.3, direction: 'up' },
      { kind: 'currency', text: '4.500 Euro', value: 4500, currency: 'EUR' },
    ]);
    expect(read('Le 14 juillet 1789, puis le 1er mai.', 'fr')).toEqual([
      { kind: 'date', text: '14 juillet 1789', year: 1789, month: 7, day: 14 },
      { kind: 'date', text: '1er mai', month: 5, day: 1 },
    ]);
  });
});

describe('extractNumbers: addresses, codes, bounds and ranks', () => {
  it('skips the digits of URLs', () => {
    expect(read('See https://example.com/2023/05 or www.example.org/page/42 for 3 items.')).toEqual([{ kind: 'cardinal', text: '3', value: 3 }]);
  });

  it('reads Nordic million codes', () => {
    expect(read('Revenue was MUSD 30 and MEUR 12.5 last year.')).toEqual([
      { kind: 'currency', text: 'MUSD 30', value: 30e6, currency: 'USD' },
      { kind: 'currency', text: 'MEUR 12.5', value: 12.5e6, currency: 'EUR' },
    ]);
  });

  it('joins two hedged bounds into one range', () => {
    expect(read('more than 10 but less than 20 people and at most 100 and at least 20 cars')).toEqual([
      { kind: 'range', text: '10 but less than 20', min: 10, max: 20, of: 'cardinal' },
      { kind: 'range', text: '100 and at least 20', min: 20, max: 100, of: 'cardinal' },
    ]);
  });

  it('makes a strict bound inclusive with a trailing or equal', () => {
    expect(read('more than 10 or equal to, and less than 5 or equal')).toEqual([
      { kind: 'cardinal', text: '10', value: 10, modifier: 'gte' },
      { kind: 'cardinal', text: '5', value: 5, modifier: 'lte' },
    ]);
    expect(read('We expect 200 or more visitors and 300 or greater than 150.')).toEqual([
      { kind: 'cardinal', text: '200', value: 200, modifier: 'gte' },
      { kind: 'cardinal', text: '300', value: 300 },
      { kind: 'cardinal', text: '150', value: 150, modifier: 'gt' },
    ]);
  });

  it('reads ranks counted from the end', () => {
    expect(read('It was the penultimate race, the last but one, and the third from last lap.')).toEqual([
      { kind: 'ordinal', text: 'penultimate', value: -1, relativeTo: 'end' },
      { kind: 'ordinal', text: 'the last but one', value: -1, relativeTo: 'end' },
      { kind: 'ordinal', text: 'the third from last', value: -2, relativeTo: 'end' },
    ]);
  });

  it('reads rates after a slash, per and a phrase', () => {
    expect(read('GDP of $40,000 per capita and 120 km/h and 3 per week')).toEqual([
      { kind: 'currency', text: '$40,000', value: 40000, currency: 'USD', per: 'capita' },
      { kind: 'quantity', text: '120 km/h', value: 120, unit: 'km/h' },
      { kind: 'cardinal', text: '3', value: 3, per: 'week' },
    ]);
  });

  it('reads hedged and opened ranges, decades and dates', () => {
    expect(read('about 5 to 10 percent and from 3 to 4 km')).toEqual([
      { kind: 'range', text: '5 to 10 percent', min: 5, max: 10, of: 'percent', modifier: 'approx' },
      { kind: 'range', text: 'from 3 to 4 km', min: 3, max: 4, of: 'quantity', unit: 'km' },
    ]);
    expect(read('On 5/12/2023 and 2023-05-12 and May 5, 2021, in the twenties')).toEqual([
      { kind: 'date', text: '5/12/2023', year: 2023, month: 5, day: 12 },
      { kind: 'date', text: '2023-05-12', year: 2023, month: 5, day: 12 },
      { kind: 'date', text: 'May 5, 2021', year: 2021, month: 5, day: 5 },
      { kind: 'decade', text: 'twenties', value: 1920 },
    ]);
  });
});

describe('extractNumbers: where a long text is cut', () => {
  it('reads every line of a long text without blank lines once', () => {
    const text = 'The council approved 12 new homes.\n'.repeat(1_000);
    const mentions = read(text);
    expect(text.length).toBeGreaterThan(16 * 2_048);
    expect(mentions).toHaveLength(1_000);
    expect(mentions.every((m) => m.kind === 'cardinal' && m.text === '12' && m.value === 12)).toBe(true);
  });

  it('reads every mention of a long text without line breaks or full stops once', () => {
    const text = 'turnout of 64% in the north and '.repeat(1_200);
    const mentions = read(text);
    expect(mentions).toHaveLength(1_200);
    expect(mentions.every((m) => m.kind === 'percent' && m.value === 64)).toBe(true);
  });

  it('reads a text with no place to cut in one piece', () => {
    const text = `${'x'.repeat(100_000)} won 42 seats`;
    expect(read(text)).toEqual([{ kind: 'cardinal', text: '42', value: 42 }]);
  });

  it('gives every mention its own text when there are more distinct short texts than it shares', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `The bid rose to ${i + 1}.`).join(' ');
    const mentions = read(text);
    expect(mentions).toHaveLength(5_000);
    expect(mentions.map((m) => ('value' in m ? m.value : null))).toEqual(Array.from({ length: 5_000 }, (_, i) => i + 1));
  });
});

describe('extractNumbers: times, decades, halves and units', () => {
  it('skips clock times', () => {
    expect(read("The meeting starts at 10 o'clock, ends at 3 p.m. and resumes at 7:30 am.")).toEqual([]);
    expect(read('Die Sitzung beginnt um 10 Uhr.', 'de')).toEqual([]);
    expect(read('La réunion commence à 10 heures et finit à 14h30.', 'fr')).toEqual([]);
  });

  it('reads decades with and without an apostrophe', () => {
    expect(read("Music from the '90s and the 1990's, back in the 80s.")).toEqual([
      { kind: 'decade', text: "'90s", value: 1990 },
      { kind: 'decade', text: "1990's", value: 1990 },
      { kind: 'decade', text: '80s', value: 1980 },
    ]);
  });

  it('reads dozens, halves and quarters of a scale', () => {
    expect(read('Two dozen eggs, a half million people, one and a half million votes and three quarters of a million dollars.')).toEqual([
      { kind: 'cardinal', text: 'Two dozen', value: 24 },
      { kind: 'fraction', text: 'a half million', value: 5e5 },
      { kind: 'fraction', text: 'one and a half million', value: 1.5e6 },
      { kind: 'currency', text: 'three quarters of a million dollars', value: 7.5e5, currency: 'USD' },
    ]);
    expect(read('Es waren dreieinhalb Millionen Menschen und anderthalb Stunden.', 'de')).toEqual([
      { kind: 'cardinal', text: 'dreieinhalb Millionen', value: 3.5e6 },
      { kind: 'quantity', text: 'anderthalb Stunden', value: 1.5, unit: 'hour' },
    ]);
  });

  it('reads angles, heights, speeds and hyphenated units', () => {
    expect(read('a 90-degree turn, the ship turned 180 degrees')).toEqual([
      { kind: 'quantity', text: '90-degree', value: 90, unit: 'deg' },
      { kind: 'quantity', text: '180 degrees', value: 180, unit: 'deg' },
    ]);
    const [tall, short] = read('He is 5 foot 11 inches tall and 6 ft 2 in.');
    expect(tall).toMatchObject({ kind: 'quantity', text: '5 foot 11 inches', unit: 'ft' });
    expect(tall && 'value' in tall ? tall.value : NaN).toBeCloseTo(5 + 11 / 12, 6);
    expect(short).toMatchObject({ kind: 'quantity', text: '6 ft 2 in', unit: 'ft' });
    expect(read('a 10-mile walk at 5 km/h, falling at 3 m/s and 100 km per hour')).toEqual([
      { kind: 'quantity', text: '10-mile', value: 10, unit: 'mi' },
      { kind: 'quantity', text: '5 km/h', value: 5, unit: 'km/h' },
      { kind: 'quantity', text: '3 m/s', value: 3, unit: 'm/s' },
      { kind: 'quantity', text: '100 km per hour', value: 100, unit: 'km/h' },
    ]);
    expect(read('a twelve-month period and a 24-hour strike')).toEqual([
      { kind: 'quantity', text: 'twelve-month', value: 12, unit: 'month' },
      { kind: 'quantity', text: '24-hour', value: 24, unit: 'hour' },
    ]);
  });

  it('reads ages, temperatures and rain', () => {
    expect(read('The driver, aged 45, and a 45 yrs old man.')).toEqual([
      { kind: 'quantity', text: 'aged 45', value: 45, unit: 'year' },
      { kind: 'quantity', text: '45 yrs old', value: 45, unit: 'year' },
    ]);
    expect(read('The temperature was 30°C and 86°F, with 5 mm of rain.')).toEqual([
      { kind: 'quantity', text: '30°C', value: 30, unit: '°C' },
      { kind: 'quantity', text: '86°F', value: 86, unit: '°F' },
      { kind: 'quantity', text: '5 mm', value: 5, unit: 'mm' },
    ]);
  });
});

describe('extractNumbers: money, ranks, dates and ranges', () => {
  it('reads cents, pence and amounts with their minor part', () => {
    expect(read('It cost $5 and 50 cents, or 3 euros 50.')).toEqual([
      { kind: 'currency', text: '$5', value: 5, currency: 'USD' },
      { kind: 'currency', text: '50 cents', value: 0.5, currency: 'USD' },
      { kind: 'currency', text: '3 euros 50', value: 3.5, currency: 'EUR' },
    ]);
    expect(read('Tickets cost 50p and the fare rose 20 cents.')).toEqual([
      { kind: 'currency', text: '50p', value: 0.5, currency: 'GBP' },
      { kind: 'currency', text: '20 cents', value: 0.2, currency: 'USD', direction: 'up' },
    ]);
    expect(read('The company earned £5 million pounds and ¥300bn.')).toEqual([
      { kind: 'currency', text: '£5 million pounds', value: 5e6, currency: 'GBP' },
      { kind: 'currency', text: '¥300bn', value: 3e11, currency: 'JPY' },
    ]);
  });

  it('reads large ordinals and German dotted ordinals and dates', () => {
    expect(read('It was his twenty-first birthday and the hundredth anniversary, the two thousandth visitor.')).toEqual([
      { kind: 'ordinal', text: 'twenty-first', value: 21 },
      { kind: 'ordinal', text: 'hundredth', value: 100 },
      { kind: 'ordinal', text: 'two thousandth', value: 2000 },
    ]);
    expect(read('Sie belegte den 3. Platz am 12.05.2023.', 'de')).toEqual([
      { kind: 'ordinal', text: '3.', value: 3 },
      { kind: 'date', text: '12.05.2023', year: 2023, month: 5, day: 12 },
    ]);
  });

  it('reads short dates, ratios in words and month dates', () => {
    expect(read('On 05/12/23 three out of four voters, 5 in 10 households.')).toEqual([
      { kind: 'date', text: '05/12/23', year: 2023, month: 5, day: 12 },
      { kind: 'ratio', text: 'three out of four', value: 0.75 },
      { kind: 'ratio', text: '5 in 10', value: 0.5 },
    ]);
    expect(read('on 3rd of May, on the 3rd May 2020, May 2020')).toEqual([
      { kind: 'date', text: '3rd of May', month: 5, day: 3 },
      { kind: 'date', text: '3rd May 2020', year: 2020, month: 5, day: 3 },
      { kind: 'date', text: 'May 2020', year: 2020, month: 5 },
    ]);
  });

  it('joins ranges of money, scaled numbers and years, and keeps mismatched ends apart', () => {
    expect(read('$5m-$10m, from 5 km to 10 miles, from €5 to $10, a 10-5 win')).toEqual([
      { kind: 'range', text: '$5m-$10m', min: 5e6, max: 1e7, of: 'currency', currency: 'USD' },
      { kind: 'quantity', text: '5 km', value: 5, unit: 'km' },
      { kind: 'quantity', text: '10 miles', value: 10, unit: 'mi' },
      { kind: 'currency', text: '€5', value: 5, currency: 'EUR' },
      { kind: 'currency', text: '$10', value: 10, currency: 'USD' },
      { kind: 'cardinal', text: '10', value: 10 },
      { kind: 'cardinal', text: '5', value: 5 },
    ]);
    expect(read('Sales of 1.5 million units, 2.5 thousand tonnes, and 3,000-4,000 troops between 2010 and 2015')).toEqual([
      { kind: 'cardinal', text: '1.5 million', value: 1.5e6 },
      { kind: 'quantity', text: '2.5 thousand tonnes', value: 2500, unit: 't' },
      { kind: 'range', text: '3,000-4,000', min: 3000, max: 4000, of: 'cardinal' },
      { kind: 'range', text: 'between 2010 and 2015', min: 2010, max: 2015, of: 'year' },
    ]);
  });

  it('leaves years unhedged and reads a bound after equal to', () => {
    expect(read('up to 2023 and equal to 5000 or less')).toEqual([
      { kind: 'year', text: '2023', value: 2023 },
      { kind: 'cardinal', text: '5000', value: 5000, modifier: 'lte' },
    ]);
  });

  it('reads French and Spanish hundreds', () => {
    expect(read('Il y avait trois cents voitures.', 'fr')).toEqual([{ kind: 'cardinal', text: 'trois cents', value: 300 }]);
    expect(read('Había cien personas y ciento veinte coches.', 'es')).toEqual([
      { kind: 'cardinal', text: 'cien', value: 100 },
      { kind: 'cardinal', text: 'ciento veinte', value: 120 },
    ]);
  });
});

describe('extractNumbers: what is no amount, and more word forms', () => {
  it('skips phone numbers, labels and ids', () => {
    expect(read('Call +1-222-555-0123 or (555) 123-4567 or 555-123-4567 for the 3 offers.')).toEqual([{ kind: 'cardinal', text: '3', value: 3 }]);
    expect(read('The No. 10 bus and flight 370 left at 6pm with 12 people.')).toEqual([{ kind: 'cardinal', text: '12', value: 12 }]);
    expect(read('Agent 007 bought the 2023 model and 0.5 litres of oil in room SCP-173.')).toEqual([
      { kind: 'year', text: '2023', value: 2023 },
      { kind: 'quantity', text: '0.5 litres', value: 0.5, unit: 'l' },
    ]);
  });

  it('reads decades written with a typographic apostrophe', () => {
    expect(read('in the ’20s and ’70s, the 2020’s and the 1960’s')).toEqual([
      { kind: 'decade', text: '’20s', value: 2020 },
      { kind: 'decade', text: '’70s', value: 1970 },
      { kind: 'decade', text: '2020’s', value: 2020 },
      { kind: 'decade', text: '1960’s', value: 1960 },
    ]);
  });

  it('reads German ordinals after an article, and a day with its month', () => {
    expect(read('Die 3. Runde und die 2. Mai-Woche', 'de')).toEqual([
      { kind: 'ordinal', text: '3.', value: 3 },
      { kind: 'date', text: '2. Mai', month: 5, day: 2 },
    ]);
  });

  it('reads square units glued to digits and ordinals before a hyphen', () => {
    expect(read('It covered 120m2 and 5km2 of land, code 24703L202.')).toEqual([
      { kind: 'quantity', text: '120m2', value: 120, unit: 'm²' },
      { kind: 'quantity', text: '5km2', value: 5, unit: 'km²' },
    ]);
    expect(read('The 19th-century house and the 21st century.')).toEqual([
      { kind: 'ordinal', text: '19th', value: 19 },
      { kind: 'ordinal', text: '21st', value: 21 },
    ]);
  });

  it('reads hundreds after a teen, dozens and mixed word fractions', () => {
    expect(read('He had fifteen hundred dollars and twelve hundred votes, three dozen eggs.')).toEqual([
      { kind: 'currency', text: 'fifteen hundred dollars', value: 1500, currency: 'USD' },
      { kind: 'cardinal', text: 'twelve hundred', value: 1200 },
      { kind: 'cardinal', text: 'three dozen', value: 36 },
    ]);
    expect(read('two and a half percent, two and three quarters, five and a quarter million')).toEqual([
      { kind: 'percent', text: 'two and a half percent', value: 2.5 },
      { kind: 'fraction', text: 'two and three quarters', value: 2.75 },
      { kind: 'fraction', text: 'five and a quarter million', value: 5.25e6 },
    ]);
    const [third, fifths, ofMillion] = read('one third of voters, two fifths, a third of a million');
    expect(third).toMatchObject({ kind: 'fraction', text: 'one third' });
    expect(fifths).toEqual({ kind: 'fraction', text: 'two fifths', value: 0.4 });
    expect(ofMillion).toMatchObject({ kind: 'fraction', text: 'a third of a million' });
    expect(ofMillion && 'value' in ofMillion ? ofMillion.value : NaN).toBeCloseTo(1e6 / 3, 3);
  });

  it('reads scaled money in several currencies', () => {
    expect(read('He spent €1.2bn, €3.5 mn, 2 billion yen and 5 million rupees.')).toEqual([
      { kind: 'currency', text: '€1.2bn', value: 1.2e9, currency: 'EUR' },
      { kind: 'currency', text: '€3.5 mn', value: 3.5e6, currency: 'EUR' },
      { kind: 'currency', text: '2 billion yen', value: 2e9, currency: 'JPY' },
      { kind: 'currency', text: '5 million rupees', value: 5e6, currency: 'INR' },
    ]);
    expect(read('Il a coûté 5 Md€, soit 12 milliards de dollars.', 'fr')).toEqual([
      { kind: 'currency', text: '5 Md€', value: 5e9, currency: 'EUR' },
      { kind: 'currency', text: '12 milliards de dollars', value: 1.2e10, currency: 'USD' },
    ]);
  });

  it('reads dates in every order and rejects impossible ones', () => {
    expect(read('On 31/12/2021 and 2021/12/31 and 12.31.2021 and 32/13/2021.')).toEqual([
      { kind: 'date', text: '31/12/2021', year: 2021, month: 12, day: 31 },
      { kind: 'date', text: '2021/12/31', year: 2021, month: 12, day: 31 },
      { kind: 'date', text: '12.31.2021', year: 2021, month: 12, day: 31 },
    ]);
    expect(read('the 12th of June 2021, 1 June, June 1st.')).toEqual([
      { kind: 'date', text: '12th of June 2021', year: 2021, month: 6, day: 12 },
      { kind: 'date', text: '1 June', month: 6, day: 1 },
      { kind: 'date', text: 'June 1st', month: 6, day: 1 },
    ]);
    expect(read('Am 1.1.2020 war es kalt.', 'de')).toEqual([{ kind: 'date', text: '1.1.2020', year: 2020, month: 1, day: 1 }]);
    expect(read('Le 1er janvier 2020, 3 000 000 €.', 'fr')).toEqual([
      { kind: 'date', text: '1er janvier 2020', year: 2020, month: 1, day: 1 },
      { kind: 'currency', text: '3 000 000 €', value: 3e6, currency: 'EUR' },
    ]);
  });

  it('reads percentage ranges and scaled money ranges', () => {
    expect(read('It was 5-10% lower, 5 to 10 per cent, 5%-10% and 2 to 3 billion euros.')).toEqual([
      { kind: 'range', text: '5-10%', min: 5, max: 10, of: 'percent', direction: 'down' },
      { kind: 'range', text: '5 to 10 per cent', min: 5, max: 10, of: 'percent' },
      { kind: 'range', text: '5%-10%', min: 5, max: 10, of: 'percent' },
      { kind: 'range', text: '2 to 3 billion euros', min: 2e9, max: 3e9, of: 'currency', currency: 'EUR' },
    ]);
  });

  it('reads approximations written after the number', () => {
    expect(read('5 or so, some 30-odd people')).toEqual([
      { kind: 'cardinal', text: '5', value: 5, modifier: 'approx' },
      { kind: 'cardinal', text: '30', value: 30, modifier: 'approx' },
    ]);
  });
});

describe('parseNumber: separators and word forms', () => {
  it('tells grouping from decimal marks and rejects lists', () => {
    const cases: [string, 'en' | 'de', number | null][] = [
      ['1 234 567', 'en', 1234567],
      ['1,234.5', 'en', 1234.5],
      ['12,34,567.89', 'en', 1234567.89],
      ['1.234.567', 'en', 1234567],
      ['1.234,5', 'en', 1234.5],
      ['1,234', 'en', 1234],
      ['1,5', 'en', 1.5],
      ['1,234', 'de', 1.234],
      ['1.234', 'de', 1234],
      ['1,2,3', 'en', null],
      ['1.2.3', 'en', null],
      ['12 34', 'en', null],
      ['1,234,5', 'en', null],
      ['- 7', 'en', null],
    ];
    for (const [text, locale, value] of cases) expect([text, parseNumber(text, locale)]).toEqual([text, value]);
  });

  it('reads signs, leading points, vulgar fractions and halves of scales', () => {
    expect(parseNumber('−7')).toBe(-7);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('2½')).toBe(2.5);
    expect(parseNumber('half a million')).toBe(5e5);
    expect(parseNumber('a million and a half')).toBe(1.5e6);
    expect(parseNumber('twelve dozen')).toBe(144);
    expect(parseNumber('two million three hundred thousand')).toBe(2.3e6);
    expect(parseNumber('five hundred thousand million')).toBe(5e11);
    expect(parseNumber('nine hundred ninety-nine thousand')).toBe(999000);
    expect(parseNumber('zero point five')).toBe(0.5);
    expect(parseNumber('the third')).toBeNull();
  });

  it('reads German compounds, ordinal endings and halves', () => {
    expect(parseNumber('dreiundzwanzigste', 'de')).toBe(23);
    expect(parseNumber('einunddreißigsten', 'de')).toBe(31);
    expect(parseNumber('einhundertste', 'de')).toBe(100);
    expect(parseNumber('zweitausendste', 'de')).toBe(2000);
    expect(parseNumber('siebzehnten', 'de')).toBe(17);
    expect(parseNumber('neunzehnhundertneunundneunzig', 'de')).toBe(1999);
    expect(parseNumber('hunderttausend', 'de')).toBe(1e5);
    expect(parseNumber('eineinhalb', 'de')).toBe(1.5);
    expect(parseNumber('dreiviertel', 'de')).toBe(0.75);
    expect(parseNumber('zwei Komma fünf', 'de')).toBe(2.5);
    // `und` joins a unit to a ten (`einundzwanzig`), never a ten to a unit.
    expect(parseNumber('zwanzigundeins', 'de')).toBeNull();
    expect(parseNumber('einundzwei', 'de')).toBeNull();
  });

  it('reads French and Spanish words', () => {
    expect(parseNumber('soixante et onze', 'fr')).toBe(71);
    expect(parseNumber('quatre-vingt-onze', 'fr')).toBe(91);
    expect(parseNumber('mille deux cents', 'fr')).toBe(1200);
    expect(parseNumber('un virgule cinq', 'fr')).toBe(1.5);
    expect(parseNumber('ciento uno', 'es')).toBe(101);
    expect(parseNumber('dos mil veintitrés', 'es')).toBe(2023);
    expect(parseNumber('mil quinientos', 'es')).toBe(1500);
    expect(parseNumber('tres cuartos', 'es')).toBe(0.75);
  });
});

describe('extractNumbers: scripts and separators', () => {
  it('reads Swiss apostrophe grouping and keeps a feet-and-inches apostrophe apart', () => {
    expect(read("Der Bund zahlt CHF 1'000'000 und 2'500 Franken.", 'de')).toEqual([
      { kind: 'currency', text: "CHF 1'000'000", value: 1e6, currency: 'CHF' },
      { kind: 'currency', text: "2'500 Franken", value: 2500, currency: 'CHF' },
    ]);
    expect(read("The 5'11 guard scored 30 points.")).toEqual([
      { kind: 'cardinal', text: '5', value: 5 },
      { kind: 'cardinal', text: '11', value: 11 },
      { kind: 'cardinal', text: '30', value: 30 },
    ]);
  });

  it('reads a decimal part after space-grouped thousands', () => {
    expect(read('Il y avait 1 234 567,89 € en caisse.', 'fr')).toEqual([{ kind: 'currency', text: '1 234 567,89 €', value: 1234567.89, currency: 'EUR' }]);
  });

  it('treats Greek and Cyrillic letters and combining marks as letters, emoji as marks', () => {
    expect(read('Shares 📈 rose 5% in Москва5 and Αθήνα2 while the cafe\u0301 sold 30 cups.')).toEqual([
      { kind: 'percent', text: '5%', value: 5, direction: 'up' },
      { kind: 'quantity', text: '30 cups', value: 30, unit: 'cup' },
    ]);
    expect(read('Profits of ¥5 billion 💴 and 3 🚗 cars')).toEqual([
      { kind: 'currency', text: '¥5 billion', value: 5e9, currency: 'JPY' },
      { kind: 'cardinal', text: '3', value: 3 },
    ]);
  });
});

describe('extractNumbers: compound units and ends that do not match', () => {
  it('reads a unit per another unit, after a slash or in words', () => {
    expect(read('The plant uses 100 g/day and 20 kg/m of steel; winds of 50 metres per second and 10 km a day.')).toEqual([
      { kind: 'quantity', text: '100 g/day', value: 100, unit: 'g/day' },
      { kind: 'quantity', text: '20 kg/m', value: 20, unit: 'kg/m' },
      { kind: 'quantity', text: '50 metres per second', value: 50, unit: 'm/s' },
      { kind: 'quantity', text: '10 km', value: 10, unit: 'km', per: 'day' },
    ]);
  });

  it('keeps a dash between different currencies or units apart, and joins years', () => {
    expect(read('It costs €5-$10, 5km-10mi, and ran 1990-2000.')).toEqual([
      { kind: 'currency', text: '€5', value: 5, currency: 'EUR' },
      { kind: 'currency', text: '$10', value: 10, currency: 'USD' },
      { kind: 'quantity', text: '5km', value: 5, unit: 'km' },
      { kind: 'quantity', text: '10mi', value: 10, unit: 'mi' },
      { kind: 'range', text: '1990-2000', min: 1990, max: 2000, of: 'year' },
    ]);
  });

  it('skips times written with a meridiem or o’clock', () => {
    expect(read("At 3 a.m and 11 p.m. sharp, at 7 am. and 10 o'clock.")).toEqual([]);
  });
});

describe('extractNumbers: relative ranks in four languages', () => {
  function ranks(text: string, locale: Locale, relativeOrdinals: boolean): string[] {
    return extractNumbers(text, { locale, relativeOrdinals }).map((m) => {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      return m.kind === 'ordinal' ? `${m.text}:${m.relativeTo ?? ''}${m.value}` : m.kind;
    });
  }

  it('reads bare relative ranks only when asked, with a closing pronoun one', () => {
    expect(ranks('The last one and the next one books, the next one.', 'en', true)).toEqual(['last:end0', 'next:current1', 'next one:current1']);
    expect(ranks('The last one and the next one books, the next one.', 'en', false)).toEqual([]);
    expect(ranks('the second to last and the one before the last one', 'en', false)).toEqual(['the second to last:end-1', 'the one before the last one:end-1']);
  });

  it('reads relative ranks in Spanish, French and German', () => {
    expect(ranks('Es el penúltimo partido y la próxima semana.', 'es', true)).toEqual(['penúltimo:end-1', 'próxima:current1']);
    expect(ranks("C'est l'avant-dernier match et le dernier.", 'fr', true)).toEqual(['avant-dernier:end-1', 'dernier:end0']);
    expect(ranks('Das vorletzte Spiel und das letzte.', 'de', true)).toEqual(['vorletzte:end-1', 'letzte:end0']);
  });
});
