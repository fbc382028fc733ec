import { describe, expect, it } from 'vitest';
import { extractNumbers } from './extract-numbers.js';
import type { NumberMention } from './types.js';

function read(text: string, locale?: 'en' | 'de' | 'fr' | 'es'): NumberMention[] {
  const mentions = extractNumbers(text, locale === undefined ? {} : { locale });
  for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  return mentions;
}

function brief(text: string, locale?: 'en' | 'de' | 'fr' | 'es'): string[] {
  return read(text, locale).map((m) => `${m.kind}:${m.text}=${'value' in m ? m.value : 'min' in m ? `${m.min}..${m.max}` : `${m.year ?? ''}-${m.month ?? ''}-${m.day ?? ''}`}`);
}

describe('extractNumbers: cardinals, percentages and money', () => {
  it('reads digits with separators and scale words', () => {
    expect(brief('It has 1,234,567 residents and 4 million voters.')).toEqual(['cardinal:1,234,567=1234567', 'cardinal:4 million=4000000']);
  });

  it('reads number words', () => {
    expect(brief('Twenty-six people and two hundred and forty-five thousand fans')).toEqual(['cardinal:Twenty-six=26', 'cardinal:two hundred and forty-five thousand=245000']);
  });

  it('reads percentages in symbols and words', () => {
    expect(brief('Turnout was 68.2%, up from sixty per cent and 55 percent.')).toEqual(['percent:68.2%=68.2', 'percent:sixty per cent=60', 'percent:55 percent=55']);
  });

  it('reads money with symbols, suffixes, codes and names', () => {
    const mentions = read('It cost $3.4bn, then €2 million, 500 USD and two billion euros.');
    expect(mentions.map((m) => (m.kind === 'currency' ? [m.text, m.value, m.currency] : m.kind))).toEqual([
      ['$3.4bn', 3.4e9, 'USD'],
      ['€2 million', 2e6, 'EUR'],
      ['500 USD', 500, 'USD'],
      ['two billion euros', 2e9, 'EUR'],
    ]);
  });

  it('keeps hedges out of the span and reports them as modifiers', () => {
    const [about, over, upTo] = read('about 40% of voters, more than 300 people and up to $5m');
    expect(about).toMatchObject({ text: '40%', modifier: 'approx' });
    expect(over).toMatchObject({ text: '300', modifier: 'gt' });
    expect(upTo).toMatchObject({ text: '$5m', modifier: 'lte', value: 5e6 });
  });

  it('reports direction and rate', () => {
    const [rise, spend] = read('Prices rose 3% while the state spends two billion euros a year.');
    expect(rise).toMatchObject({ kind: 'percent', direction: 'up' });
    expect(spend).toMatchObject({ kind: 'currency', per: 'year', text: 'two billion euros' });
  });

  it('throws a TypeError naming the argument', () => {
    expect(() => extractNumbers(42 as unknown as string)).toThrow(/`text`/u);
    expect(() => extractNumbers('1', { locale: 'xx' as 'en' })).toThrow(TypeError);
  });
});

describe('extractNumbers: other kinds', () => {
  it('reads ordinals, fractions, ratios and magnitudes', () => {
    expect(brief('the 3rd and twenty-first, two-thirds, 3/4, one in four, 1:50, an order of magnitude')).toEqual([
      'ordinal:3rd=3',
      'ordinal:twenty-first=21',
      'fraction:two-thirds=0.666666666667',
      'fraction:3/4=0.75',
      'ratio:one in four=0.25',
      'ratio:1:50=0.02',
      'ratio:an order of magnitude=10',
    ]);
  });

  it('reads ranges with the unit of their ends', () => {
    const [between, dash, years] = read('between 3 and 7 per cent, $5-10bn and 2019-20');
    expect(between).toMatchObject({ kind: 'range', min: 3, max: 7, of: 'percent', text: 'between 3 and 7 per cent' });
    expect(dash).toMatchObject({ kind: 'range', min: 5e9, max: 10e9, of: 'currency', currency: 'USD' });
    expect(years).toMatchObject({ kind: 'range', min: 2019, max: 2020, of: 'year' });
  });

  it('reads an unscaled low end of a count range on the scale of the high end', () => {
    expect(brief('Some 2-3 million voters stayed home, 3 to 4 million more were abroad.')).toEqual(['range:2-3 million=2000000..3000000', 'range:3 to 4 million=3000000..4000000']);
    expect(brief('The camp grew from 500 to 2 million people.')).toEqual(['range:from 500 to 2 million=500..2000000']);
  });

  it('reads years, decades and dates', () => {
    expect(brief("In 2023, after the 1980s and the '90s, on March 3rd and 3 March 2021")).toEqual([
      'year:2023=2023',
      'decade:1980s=1980',
      "decade:'90s=1990",
      'date:March 3rd=-3-3',
      'date:3 March 2021=2021-3-3',
    ]);
  });

  it('reads quantities with normalised units', () => {
    expect(read('312 km at 120 km/h, 30°C, a 29-year-old, 5 tonnes').map((m) => (m.kind === 'quantity' ? `${m.value} ${m.unit}` : m.kind))).toEqual([
      '312 km',
      '120 km/h',
      '30 °C',
      '29 year',
      '5 t',
    ]);
  });

  it('leaves out pronouns, idioms, times, phones, versions and ids', () => {
    expect(read('No one came; one of the men was half-hearted and half-baked.')).toEqual([]);
    expect(read('Call +1-222-333-4444 at 10:30 pm or 6pm; version 2.1.3, COVID-19, F-35, A320, 192.168.1.2')).toEqual([]);
  });

  it('leaves out times of day written with a dot, but keeps decimals', () => {
    expect(read('The meeting starts at 10.30 am on Monday.')).toEqual([]);
    expect(read('Die Sitzung beginnt um 14.30 Uhr.', 'de')).toEqual([]);
    expect(brief('Growth was 10.30 percent and prices rose 2.45 times.')).toEqual(['percent:10.30 percent=10.3', 'cardinal:2.45=2.45']);
  });
});

describe('extractNumbers: locales', () => {
  it('reads German decimal commas, Mrd and Prozentpunkte', () => {
    expect(brief('€2,7 Mrd, rund 40 Prozent, zweihundertfünfundvierzig Menschen, 1,5 Prozentpunkte', 'de')).toEqual([
      'currency:€2,7 Mrd=2700000000',
      'percent:40 Prozent=40',
      'cardinal:zweihundertfünfundvierzig=245',
      'percentagePoints:1,5 Prozentpunkte=1.5',
    ]);
  });

  it('reads French and Spanish', () => {
    expect(brief('3,5 milliards d’euros, 12 pour cent, vingt-trois', 'fr')).toEqual(['currency:3,5 milliards d’euros=3500000000', 'percent:12 pour cent=12', 'cardinal:vingt-trois=23']);
    expect(brief('el 12 por ciento, veintitrés personas, 1,5 millones de euros', 'es')).toEqual(['percent:12 por ciento=12', 'cardinal:veintitrés=23', 'currency:1,5 millones de euros=1500000']);
  });
});

describe('extractNumbers: long texts and odd words', () => {
  it('reads a long text a chunk at a time with the same result as paragraph by paragraph', () => {
    const paragraphs = Array.from({ length: 800 }, (_, i) => `Paragraph ${i}: sales rose about ${i % 90}% to $${i}.5bn in 2023, and 1 234 567 people voted.`);
    const text = paragraphs.join('\n\n');
    const whole = read(text);
    let offset = 0;
    const apart = paragraphs.flatMap((p) => {
      const found = extractNumbers(p).map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
      offset += p.length + 2;
      return found;
    });
    expect(text.length).toBeGreaterThan(3 * 16_384);
    expect(whole).toEqual(apart);
  });

  it('keeps numbers whole in a long text without line breaks', () => {
    const text = 'It fell 1 234 567 tonnes. '.repeat(3_000);
    const mentions = read(text);
    expect(mentions).toHaveLength(3_000);
    expect(new Set(mentions.map((m) => m.text))).toEqual(new Set(['1 234 567 tonnes']));
  });

  it('does not read inherited object keys as units or scales', () => {
    expect(brief('It has 5 constructor parts, a 3-constructor plan and 7 toString calls.')).toEqual(['cardinal:5=5', 'cardinal:3=3', 'cardinal:7=7']);
  });
});

describe('extractNumbers: relative ranks, feet and inches, angles', () => {
  it('reads ranks counted from the end, and bare last or next only when asked', () => {
    expect(read('She came second to last; the 3rd from last; the antepenultimate stage.').map((m) => (m.kind === 'ordinal' ? [m.text, m.relativeTo, m.value] : m.kind))).toEqual([
      ['second to last', 'end', -1],
      ['the 3rd from last', 'end', -2],
      ['antepenultimate', 'end', -2],
    ]);
    expect(read('Last year, and the next one.')).toEqual([]);
    const asked = extractNumbers('Give me the next one. I want the last two books.', { relativeOrdinals: true });
    expect(asked.map((m) => (m.kind === 'ordinal' ? [m.text, m.relativeTo, m.value] : m.kind))).toEqual([
      ['next one', 'current', 1],
      ['last', 'end', 0],
      'cardinal',
    ]);
  });

  it('leaves out `one` in every single one and from day one', () => {
    expect(read('Every single one of them knew it from day one.')).toEqual([]);
  });

  it('joins feet and inches and keeps the preposition in apart', () => {
    expect(brief('He is 6ft 2in tall; the room is 12 ft 2 in the attic.')).toEqual(['quantity:6ft 2in=6.16666666667', 'quantity:12 ft=12', 'cardinal:2=2']);
  });

  it('tells angles from temperatures', () => {
    expect(read('Turn left 45 degrees at a 90-degree angle when it is 30 degrees.').map((m) => (m.kind === 'quantity' ? m.unit : m.kind))).toEqual(['deg', 'deg', '°']);
  });
});

describe('extractNumbers: Spanish ordinals and ages', () => {
  it('reads Spanish ordinals in words, accented or not, and adds compound ones', () => {
    expect(brief('Es el vigésimo primer aniversario y la septima edicion; quedó en el trigesimo puesto; dos quintos del total.', 'es')).toEqual([
      'ordinal:vigésimo primer=21',
      'ordinal:septima=7',
      'ordinal:trigesimo=30',
      'fraction:dos quintos=0.4',
    ]);
  });

  it('reads a glued currency code as the prefix of the digits after it', () => {
    expect(brief('The club sold 3 players for USD50m in total.')).toEqual(['cardinal:3=3', 'currency:USD50m=50000000']);
  });
});

describe('extractNumbers: French ordinals and money', () => {
  it('reads French ordinals on every cardinal, with or without the accent, and vigesimal ones', () => {
    expect(brief('la onzieme édition, le vingt-cinquième jour, le quatre-vingtième anniversaire, la septantième fois', 'fr')).toEqual([
      'ordinal:onzieme=11',
      'ordinal:vingt-cinquième=25',
      'ordinal:quatre-vingtième=80',
      'ordinal:septantième=70',
    ]);
  });

  it('reads a currency sign written after millions de', () => {
    expect(brief('La société a levé 48 milliards de $ et 254 millions de $.', 'fr')).toEqual(['currency:48 milliards de $=48000000000', 'currency:254 millions de $=254000000']);
    expect(brief('It printed 3 million of $5 notes.')).toEqual(['cardinal:3 million=3000000', 'currency:$5=5']);
  });
});

describe('extractNumbers: units after a scale and a link', () => {
  it('reads French and Spanish units after millions de, and more unit names', () => {
    expect(brief('un aquarium de 1,5 million de gallons, 68 onces et 291890 tonnes métriques', 'fr')).toEqual([
      'quantity:1,5 million de gallons=1500000',
      'quantity:68 onces=68',
      'quantity:291890 tonnes métriques=291890',
    ]);
    expect(brief('2,4 millones de barriles y 3 toneladas métricas', 'es')).toEqual(['quantity:2,4 millones de barriles=2400000', 'quantity:3 toneladas métricas=3']);
  });

  it('keeps counts of people apart from units', () => {
    expect(brief('il y a deux millions de personnes', 'fr')).toEqual(['cardinal:deux millions=2000000']);
  });
});

describe('extractNumbers: equality and inclusive bounds', () => {
  it('reads equal to as eq and or equal as an inclusive bound', () => {
    expect(read('Debt equal to 90% of GDP; more than 5000 or equal; at 200 or greater than.').map((m) => `${m.text}:${m.modifier ?? ''}`)).toEqual(['90%:eq', '5000:gte', '200:gte']);
    expect(read('Scores of 200 or greater than 150.').map((m) => `${m.text}:${m.modifier ?? ''}`)).toEqual(['200:', '150:gt']);
  });
});

describe('extractNumbers: relative ranks in other locales', () => {
  it('reads German, French and Spanish ranks counted from the end', () => {
    expect(brief('Er wurde Vorletzter, sie Drittletzte.', 'de')).toEqual(['ordinal:Vorletzter=-1', 'ordinal:Drittletzte=-2']);
    expect(brief("l'avant-dernier tour", 'fr')).toEqual(['ordinal:avant-dernier=-1']);
    expect(brief('el penúltimo partido y la antepenúltima etapa', 'es')).toEqual(['ordinal:penúltimo=-1', 'ordinal:antepenúltima=-2']);
    expect(brief('Le dernier jour, el próximo año, im letzten Jahr', 'fr')).toEqual([]);
  });
});

describe('extractNumbers: temperatures in French and Spanish', () => {
  it('reads the scale alone or after a word for degrees', () => {
    expect(read('Il fait 40 deg celsius, 98,6 degrés f, 10,5 celsius et 20 degrés.', 'fr').map((m) => (m.kind === 'quantity' ? `${m.value} ${m.unit}` : m.kind))).toEqual([
      '40 °C',
      '98.6 °F',
      '10.5 °C',
      '20 °',
    ]);
    expect(read('hace 30 grados fahrenheit', 'es').map((m) => (m.kind === 'quantity' ? `${m.value} ${m.unit}` : m.kind))).toEqual(['30 °F']);
  });
});

describe('extractNumbers: thousands of a larger scale', () => {
  it('counts a thousands group in the larger scale after it', () => {
    expect(brief('El Estado gastó cinco mil doscientos millones de euros.', 'es')).toEqual(['currency:cinco mil doscientos millones de euros=5200000000']);
    expect(brief('It cost five thousand two hundred million dollars, then three million two thousand.')).toEqual([
      'currency:five thousand two hundred million dollars=5200000000',
      'cardinal:three million two thousand=3002000',
    ]);
  });
});

describe('extractNumbers: compact mentions', () => {
  it('writes only the fields a mention has, and survives a JSON round trip unchanged', () => {
    const mentions = extractNumbers('Sales rose about 40% to $3.4bn in 2023; 2023 was up 40% on 5 to 7 km, on March 3, 2021.');
    for (const mention of mentions) {
      expect(Object.values(mention)).not.toContain(undefined);
      expect(JSON.parse(JSON.stringify(mention))).toEqual(mention);
    }
    expect(mentions.map((m) => m.kind)).toEqual(['percent', 'currency', 'year', 'year', 'percent', 'range', 'date']);
    expect(mentions[0]).toMatchObject({ modifier: 'approx', direction: 'up' });
    expect(mentions[2]?.text).toBe('2023');
    expect(mentions[3]?.text).toBe('2023');
  });
});

describe('extractNumbers: a joiner before a new group', () => {
  it('keeps two hundreds or two equal scales joined by and as two numbers', () => {
    expect(brief('between 3 hundred and 2 hundred seats')).toEqual(['cardinal:3 hundred=300', 'cardinal:2 hundred=200']);
    expect(brief('one thousand and five hundred, five million and two million')).toEqual(['cardinal:one thousand and five hundred=1500', 'cardinal:five million=5000000', 'cardinal:two million=2000000']);
  });
});

describe('extractNumbers: ranks with a definite article in a range', () => {
  it('reads the ranks as one range, but not ranks of days before a month', () => {
    expect(brief('He finished between the tenth and the fifteenth.')).toEqual(['range:between the tenth and the fifteenth=10..15']);
    expect(brief('between the two and the three')).toEqual(['cardinal:two=2', 'cardinal:three=3']);
    expect(brief('from the 10th to the 15th of May').map((m) => m.split(':')[0])).toEqual(['ordinal', 'date']);
  });
});

describe('extractNumbers: mentions that start with a mark', () => {
  // Punctuation is stepped over without parsing unless it can start a number: these marks can.
  it('reads signs, decimal points, fractions, currency symbols and hedging marks', () => {
    expect(brief('Lows of -5, a yield of .25, ½ of it, $20, €3 and >50 items; “10”, (7).')).toEqual([
      'cardinal:-5=-5',
      'cardinal:.25=0.25',
      'fraction:½=0.5',
      'currency:$20=20',
      'currency:€3=3',
      'cardinal:50=50',
      'cardinal:10=10',
      'cardinal:7=7',
    ]);
    expect(read('>50 items')[0]?.modifier).toBe('gt');
  });

  it('leaves a sign or point without glued digits alone', () => {
    expect(brief('Well - 5 of them. Then . 25 more.')).toEqual(['cardinal:5=5', 'cardinal:25=25']);
  });
});
