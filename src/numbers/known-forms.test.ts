import { describe, expect, it } from 'vitest';
import { extractNumbers } from './extract-numbers.js';
import { findMentions } from './find-mentions.js';
import type { Found } from './parse.js';
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

describe('powers and scientific notation as typed', () => {
  it('reads a caret power, the sign before the base applying to the result', () => {
    expect(parseNumber('2^10')).toBe(1024);
    expect(plain('Growth of 1.05^10 over a decade, and 4^-1 of the cake.').map((m) => [m.text, m.value])).toEqual([
      ['1.05^10', 1.62889462678],
      ['4^-1', 0.25],
    ]);
    expect(parseNumber('-3^+2')).toBe(-9);
  });

  it('reads scientific notation with x or × and a power of ten', () => {
    expect(plain('The sample held 2.5x10^9 cells and 4.1×10^-3 grams.').map((m) => [m.text, m.value])).toEqual([
      ['2.5x10^9', 2.5e9],
      ['4.1×10^-3 grams', 0.0041],
    ]);
  });

  it('keeps a grid size glued to letters out', () => {
    expect(plain('a 3x10 grid')).toEqual([]);
  });
});

describe('zero, dozens and fractions in words', () => {
  it('starts a new number at a zero after other number words', () => {
    expect(plain('The code was five-nought-two.').map((m) => m.text)).toEqual(['five', 'nought-two']);
    expect(plain('Oh, that is right.')).toEqual([]);
  });

  it('multiplies only the group after `and` by a dozen, and reads dozen abbreviations', () => {
    expect(parseNumber('a hundred and two dozen')).toBe(124);
    expect(parseNumber('two hundred dozen')).toBe(2400);
    expect(parseNumber('4 doz')).toBe(48);
    expect(parseNumber('one thousand and two dozen')).toBe(1024);
  });

  it('reads a mixed number whose fractional part follows `and`', () => {
    expect(parseNumber('three and seventy-five hundredths')).toBe(3.75);
    expect(parseNumber('one hundred and twenty-five thousandths')).toBe(100.025);
    // A fraction of one or more after `and` belongs to the numerator.
    expect(parseNumber('one hundred and forty fifths')).toBe(28);
    expect(parseNumber('six million and two thirds')).toBeCloseTo(6_666_666.667, 2);
    expect(parseNumber('four and three quarters billion')).toBe(4_750_000_000);
    expect(parseNumber('sieben und drei Viertel Millionen', 'de')).toBe(7_750_000);
  });

  it('reads a denominator written as a compound ordinal', () => {
    expect(parseNumber('one thirty-second')).toBe(1 / 32);
    expect(parseNumber('seven twenty-fourths')).toBeCloseTo(7 / 24, 12);
    expect(parseNumber('five sixty fourths')).toBeCloseTo(5 / 64, 12);
    expect(parseNumber('two twenty-first')).toBeNull();
  });

  it('divides with `over`, a negative numerator included', () => {
    expect(plain('The slope is minus three over 40.')).toEqual([{ kind: 'ratio', text: 'minus three over 40', value: -0.075 }]);
  });
});

describe('ages written with a cue before a bare count', () => {
  it('reads `aged 87` and `at the age of 9` as ages in years, the cue in the span', () => {
    expect(plain('The victim, aged 62, was taken to hospital.')).toEqual([{ kind: 'quantity', text: 'aged 62', value: 62, unit: 'year' }]);
    expect(plain('She started running at the age of 9.')).toEqual([{ kind: 'quantity', text: 'age of 9', value: 9, unit: 'year' }]);
    expect(plain('children aged 5-11')).toEqual([{ kind: 'range', text: 'aged 5-11', min: 5, max: 11, of: 'quantity', unit: 'year' }]);
  });

  it('keeps a unit written after the number', () => {
    expect(plain('a girl aged six months')).toEqual([{ kind: 'quantity', text: 'six months', value: 6, unit: 'month' }]);
  });
});

describe('units in brackets, dashes and part numbers', () => {
  it('reads a unit symbol in brackets after a number', () => {
    expect(plain('Load: 450 (kg), span 12 [m].').map((m) => [m.text, m.kind === 'quantity' ? m.unit : m.kind])).toEqual([
      ['450 (kg)', 'kg'],
      ['12 [m]', 'm'],
    ]);
    expect(plain('He scored 20 (a record).')).toEqual([{ kind: 'cardinal', text: '20', value: 20 }]);
  });

  it('reads a spaced dash after a number as a range, not a minus sign', () => {
    expect(plain('a 70 - 200mm zoom')).toEqual([{ kind: 'range', text: '70 - 200mm', min: 70, max: 200, of: 'quantity', unit: 'mm' }]);
    expect(plain('It fell to -5 degrees.').map((m) => m.kind === 'quantity' && m.value)).toEqual([-5]);
  });

  it('reads a spaced letter with a hyphen and digits after it as a part number', () => {
    expect(plain('Fit 2 L-200 filters').map((m) => m.text)).toEqual(['2']);
    expect(plain('12 W-40 cans').map((m) => m.kind)).toEqual(['cardinal']);
    expect(plain('from 5km-10mi').map((m) => m.kind)).toEqual(['quantity', 'quantity']);
  });

  it('reads lower-case mb as millibars, as weather reports write air pressure', () => {
    expect(plain('The storm deepened to 948 mb.')).toEqual([{ kind: 'quantity', text: '948 mb', value: 948, unit: 'mbar' }]);
  });
});

describe('bounds', () => {
  it('leaves `or equal to` with a number of its own as a second mention', () => {
    expect(plain('a score of more than 70 or equal to 90').map((m) => [m.text, m.modifier])).toEqual([
      ['70', 'gt'],
      ['90', 'eq'],
    ]);
  });

  it('reads a comparison sign written with a space before the equals sign', () => {
    expect(plain('values < = 40')).toEqual([{ kind: 'cardinal', text: '40', value: 40, modifier: 'lte' }]);
  });
});

describe('French and Spanish comparisons', () => {
  it('reads comparison adjectives in every gender and number as hedges', () => {
    expect(plain('Les ventes sont supérieures à 300 unités.', 'fr').map((m) => m.modifier)).toEqual(['gt']);
    expect(plain('un taux inférieur ou égal à 5 %', 'fr').map((m) => [m.text, m.modifier])).toEqual([['5 %', 'lte']]);
    expect(plain('Las ventas fueron mayores a 40 millones.', 'es').map((m) => m.modifier)).toEqual(['gt']);
    expect(plain('una cifra igual o menor que 12', 'es').map((m) => m.modifier)).toEqual(['lte']);
    expect(plain('no más de 50 personas', 'es').map((m) => m.modifier)).toEqual(['lte']);
  });

  it('joins two bounds with the language’s own words into one range', () => {
    expect(plain('un prix supérieur à 10 et inférieur à 20 euros', 'fr').map((m) => m.kind)).toEqual(['range']);
    expect(plain('edades mayores de 18 pero menores de 30', 'es')).toMatchObject([{ kind: 'range', min: 18, max: 30 }]);
  });

  it('leaves `et plus` or `o más` that open a bound on the next number to that number', () => {
    expect(plain('entre 10 et plus de 20', 'fr').map((m) => [m.text, m.modifier])).toEqual([
      ['10', undefined],
      ['20', 'gt'],
    ]);
    expect(plain('con 200 o más de 190', 'es').map((m) => [m.text, m.modifier])).toEqual([
      ['200', undefined],
      ['190', 'gt'],
    ]);
    expect(plain('200 ou plus.', 'fr').map((m) => m.modifier)).toEqual(['gte']);
  });
});

/** What the parser found, with its internal flags (`age`), for the locale. */
function found(text: string, locale: NumberLocale): Found[] {
  const all: Found[] = [];
  findMentions(text, locale, false, (findings) => all.push(...findings.found));
  return all;
}

describe('ages stated with a verb in French and Spanish', () => {
  it('reads `avoir` and `tener` with years as an age', () => {
    expect(found('Le suspect avait 23 ans et sa mère a plus de 60 ans.', 'fr').map((f) => [f.value, f.age === true])).toEqual([
      [23, true],
      [60, true],
    ]);
    expect(found('La víctima tenía 35 años.', 'es').map((f) => f.age === true)).toEqual([true]);
  });

  it('keeps spans of time ago and amounts of experience apart from ages', () => {
    expect(found('Il y a 30 ans, elle a 12 ans d’expérience.', 'fr').map((f) => f.age === true)).toEqual([false, false]);
    expect(found('Tiene 20 años de carrera.', 'es').map((f) => f.age === true)).toEqual([false]);
  });
});

describe('ratios counted with one', () => {
  it('reads `un sur trois` and `uno de cada cinco`, with or without a noun after one', () => {
    expect(plain('Un salarié sur quatre travaille le dimanche.', 'fr')).toEqual([{ kind: 'ratio', text: 'Un salarié sur quatre', value: 0.25 }]);
    expect(plain('un sur 20', 'fr')).toEqual([{ kind: 'ratio', text: 'un sur 20', value: 0.05 }]);
    expect(plain('Uno de cada diez hogares', 'es')).toEqual([{ kind: 'ratio', text: 'Uno de cada diez', value: 0.1 }]);
    expect(plain('One voter in three stayed home.')).toEqual([{ kind: 'ratio', text: 'One voter in three', value: 0.333333333333 }]);
  });

  it('keeps the pronoun and a noun linked by de out', () => {
    expect(plain('No one in 5 years has done it.').map((m) => m.kind)).toEqual(['quantity']);
    expect(plain('Saca una nota de 30.', 'es')).toEqual([{ kind: 'cardinal', text: '30', value: 30 }]);
  });
});

describe('Spanish fractions', () => {
  it('joins a whole number to its fraction with con', () => {
    expect(parseNumber('siete con un cuarto', 'es')).toBe(7.25);
    expect(parseNumber('doce con tres quintos', 'es')).toBe(12.6);
    // `con` joins only a fraction: `café con 20` is no number joined to another.
    expect(parseNumber('dos con tres', 'es')).toBeNull();
  });

  it('reads -avo denominators from eleven on, but not the coin centavo', () => {
    expect(parseNumber('tres doceavos', 'es')).toBe(0.25);
    expect(parseNumber('un cuarentavo', 'es')).toBe(1 / 40);
    expect(plain('Cuesta cinco centavos.', 'es')).toMatchObject([{ kind: 'currency', value: 0.05 }]);
  });
});

describe('French ranks and halves', () => {
  it('reads a rank joined with et, with or without hyphens', () => {
    expect(plain('au vingt et unième siècle', 'fr')).toEqual([{ kind: 'ordinal', text: 'vingt et unième', value: 21 }]);
    expect(plain('le trente-et-unième jour', 'fr')).toEqual([{ kind: 'ordinal', text: 'trente-et-unième', value: 31 }]);
    expect(parseNumber('soixante-et-onze', 'fr')).toBe(71);
    expect(parseNumber('one-and-a-half')).toBe(1.5);
  });

  it('reads moitié, mitad and Hälfte as a half, and pénultième as a rank from the end', () => {
    expect(plain('la moitié des salariés', 'fr')).toEqual([{ kind: 'fraction', text: 'moitié', value: 0.5 }]);
    expect(plain('la mitad del presupuesto', 'es')).toEqual([{ kind: 'fraction', text: 'mitad', value: 0.5 }]);
    expect(plain('die Hälfte der Kosten', 'de')).toEqual([{ kind: 'fraction', text: 'Hälfte', value: 0.5 }]);
    expect(plain('l’antépénultième étape', 'fr')).toEqual([{ kind: 'ordinal', text: 'antépénultième', value: -2, relativeTo: 'end' }]);
  });
});

describe('Spanish ordinal abbreviations and relative ranks', () => {
  it('reads feminine and -mo abbreviations', () => {
    expect(plain('la 2da vuelta y el 7mo puesto', 'es').map((m) => [m.kind, m.value])).toEqual([
      ['ordinal', 2],
      ['ordinal', 7],
    ]);
  });

  it('reads siguiente, anterior and plural últimos as relative ranks when asked', () => {
    const ranks = extractNumbers('el siguiente, el anterior y los últimos', { locale: 'es', relativeOrdinals: true });
    expect(ranks.map((m) => (m.kind === 'ordinal' ? [m.text, m.relativeTo, m.value] : m.kind))).toEqual([
      ['siguiente', 'current', 1],
      ['anterior', 'current', -1],
      ['últimos', 'end', 0],
    ]);
  });

  it('reads lower-case °c and °f', () => {
    expect(plain('20 °c', 'es')).toEqual([{ kind: 'quantity', text: '20 °c', value: 20, unit: '°C' }]);
  });
});

describe('network generations', () => {
  it('reads 4G and 5G as names, and a glued G as a billion only in money', () => {
    expect(plain('Operators are rolling out 5G after 4G stalled.')).toEqual([]);
    expect(plain('The deal is worth $10G.')).toEqual([{ kind: 'currency', text: '$10G', value: 10_000_000_000, currency: 'USD' }]);
  });
});

describe('chains of ratio words', () => {
  it('reads a long chain of `un sur` without a deep recursion', () => {
    const text = 'un sur '.repeat(20_000) + '3';
    const mentions = read(text, 'fr');
    expect(mentions.length).toBeGreaterThan(1000);
    expect(mentions.every((m) => m.kind === 'ratio' || m.kind === 'cardinal')).toBe(true);
  });
});
