import type { Lexicon } from './lexicon.js';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7 };

function indexed(words: readonly string[], from: number, step = 1): Record<string, number> {
  return Object.fromEntries(words.map((w, i) => [w, from + i * step]));
}

/** Builds the English lexicon; called once, on first use. */
export function buildEnglish(): Lexicon {
  const cardinals = { ...indexed(UNITS, 0), ...indexed(TEENS, 10), ...indexed(TENS, 20, 10), nought: 0, naught: 0 };
  const ordinals: Record<string, number> = { ...indexed(ORDINAL_UNITS, 0), ...indexed(ORDINAL_TEENS, 10), ...indexed(ORDINAL_TENS, 20, 10), nineth: 9, hundredth: 100 };
  const scales: Record<string, number> = {};
  for (const [word, value] of Object.entries(SCALES)) {
    scales[word] = value;
    scales[`${word}s`] = value;
    ordinals[`${word}th`] = value;
  }
  const denominators: Record<string, number> = { half: 2, halves: 2, quarter: 4, quarters: 4 };
  for (const [word, value] of Object.entries(ordinals)) {
    if (value < 3) continue;
    denominators[word] = value;
    denominators[`${word}s`] = value;
  }
  return {
    decimalComma: false,
    vigesimal: false,
    currencyLinks: ['of'],
    cardinals,
    hundreds: ['hundred', 'hundreds'],
    scales: { ...scales, dozen: 12, dozens: 12, doz: 12, dozs: 12, dz: 12, dzs: 12 },
    scaleAbbreviations: {
      k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, MM: 1e6, mm: 1e6,
      b: 1e9, B: 1e9, bn: 1e9, bln: 1e9, G: 1e9, tn: 1e12, tln: 1e12, trn: 1e12, T: 1e12, Mio: 1e6, Mrd: 1e9, Md: 1e9,
    },
    ordinals,
    ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
    denominators,
    joiners: ['and'],
    points: ['point'],
    negatives: ['minus', 'negative'],
    articles: ['a', 'an'],
    definiteArticles: ['the'],
    percentPhrases: ['%', 'percent', 'per cent', 'percents', 'percentage', 'pct', 'pc'],
    pointPhrases: ['percentage points', 'percentage point', 'percent points', 'per cent points', '% points', 'pp', 'ppt', 'ppts'],
    months: {
      january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
      jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
    },
    // `< =` also matches `<=`: the atoms of a phrase may be written apart or together.
    hedgesBefore: {
      about: 'approx', around: 'approx', roughly: 'approx', some: 'approx', approximately: 'approx', 'an estimated': 'approx',
      'estimated at': 'approx', circa: 'approx', ca: 'approx', 'c.': 'approx', approx: 'approx', nearly: 'lt', almost: 'lt',
      '~': 'approx', '≈': 'approx', 'close to': 'approx', 'just over': 'gt', 'just under': 'lt',
      'more than': 'gt', 'greater than': 'gt', 'larger than': 'gt', 'bigger than': 'gt', 'higher than': 'gt', over: 'gt',
      above: 'gt', exceeding: 'gt', 'in excess of': 'gt', '>': 'gt', '> =': 'gte', '≥': 'gte',
      'at least': 'gte', 'no less than': 'gte', 'no fewer than': 'gte', 'not less than': 'gte', 'a minimum of': 'gte',
      'less than': 'lt', 'fewer than': 'lt', 'lower than': 'lt', 'smaller than': 'lt', under: 'lt', below: 'lt', '<': 'lt',
      '< =': 'lte', '≤': 'lte', 'up to': 'lte', 'at most': 'lte', 'no more than': 'lte', 'not more than': 'lte', 'a maximum of': 'lte',
      'as many as': 'lte', 'as much as': 'lte', 'less than or equal to': 'lte', 'fewer than or equal to': 'lte', 'equal to or less than': 'lte', 'equal to or fewer than': 'lte',
      'smaller or equal than': 'lte', 'lower or equal than': 'lte', 'less or equal than': 'lte', 'smaller than or equal to': 'lte', 'lower than or equal to': 'lte',
      'greater than or equal to': 'gte', 'more than or equal to': 'gte', 'equal to or more than': 'gte', 'equal to or greater than': 'gte', 'at least or equal to': 'gte',
      'bigger or equal than': 'gte', 'higher or equal than': 'gte', 'greater or equal than': 'gte', 'larger or equal than': 'gte', 'bigger than or equal to': 'gte', 'higher than or equal to': 'gte',
      'equal to': 'eq', equals: 'eq', 'equals to': 'eq', 'equaling to': 'eq', 'equalling to': 'eq', equaling: 'eq', equalling: 'eq', 'equivalent to': 'eq',
      exceed: 'gt', exceeds: 'gt', exceeded: 'gt', surpass: 'gt', surpassed: 'gt', surpassing: 'gt', 'upwards of': 'gt', 'north of': 'gt', 'south of': 'lt', '±': 'plusMinus', '+/-': 'plusMinus', 'plus or minus': 'plusMinus',
    },
    orEqual: ['or equal to', 'or equal'],
    boundJoiners: ['and', 'but', ',', 'or'],
    hedgesAfter: { 'or more': 'gte', 'and more': 'gte', 'or greater': 'gte', 'or higher': 'gte', 'or less': 'lte', 'or fewer': 'lte', 'or lower': 'lte', 'plus': 'gte', 'or so': 'approx' },
    directionBefore: {
      up: 'up', rose: 'up', rise: 'up', rises: 'up', risen: 'up', grew: 'up', gained: 'up', climbed: 'up', jumped: 'up', increased: 'up', soared: 'up', surged: 'up',
      'increase of': 'up', 'rise of': 'up', 'up by': 'up', 'rose by': 'up', 'increased by': 'up', 'grew by': 'up',
      down: 'down', fell: 'down', fall: 'down', falls: 'down', dropped: 'down', declined: 'down', decreased: 'down', slid: 'down', lost: 'down', plunged: 'down',
      shrank: 'down', slumped: 'down', 'fall of': 'down', 'drop of': 'down', 'decline of': 'down', 'down by': 'down', 'fell by': 'down', 'cut by': 'down',
    },
    directionAfter: { more: 'up', higher: 'up', larger: 'up', bigger: 'up', greater: 'up', up: 'up', less: 'down', fewer: 'down', lower: 'down', smaller: 'down', down: 'down' },
    per: {
      'a year': 'year', 'per year': 'year', 'a yr': 'year', 'per annum': 'year', 'a month': 'month', 'per month': 'month', 'a week': 'week', 'per week': 'week',
      'a day': 'day', 'per day': 'day', 'an hour': 'hour', 'per hour': 'hour', 'a minute': 'minute', 'per minute': 'minute', 'per capita': 'capita',
      'per person': 'person', 'a person': 'person', 'per head': 'head', 'a head': 'head', 'a share': 'share', 'per share': 'share', 'each': 'each',
      apiece: 'each', annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour', 'a barrel': 'barrel', 'per barrel': 'barrel',
      'a litre': 'l', 'per litre': 'l', 'a liter': 'l', 'per liter': 'l', 'a gallon': 'gal', 'per gallon': 'gal', 'a tonne': 't', 'per tonne': 't', 'a ton': 't', 'per ton': 't',
      'a kilo': 'kg', 'per kilo': 'kg', 'per kg': 'kg', 'a pound': 'lb', 'per pound': 'lb', 'per household': 'household', 'a household': 'household',
      'per employee': 'employee', 'per child': 'child', 'a child': 'child', 'per student': 'student', 'per game': 'game', 'a game': 'game', 'per unit': 'unit',
      'a dozen': 'dozen', 'per night': 'night', 'a night': 'night', 'per kilowatt-hour': 'kWh', 'per kilometre': 'km', 'per mile': 'mi', 'a mile': 'mi',
    },
    rangeOpeners: { between: ['and', 'to', '-', '–', '—'], from: ['to', '-', '–', '—'] },
    rangeJoiners: ['to', '-', '–', '—', '~', 'through', 'thru'],
    ratioJoiners: ['in', 'out of', 'of every', 'over'],
    pronounOneBefore: ['no', 'the', 'this', 'that', 'which', 'any', 'every', 'each', 'another', 'such', 'someone', 'little', 'last', 'only', 'new', 'big', 'good', 'right', 'wrong', 'same', 'other', 'next', 'first', 'old', 'young', 'single', 'day'],
    pronounOneAfter: ['of', 'another', 'who', 'whose', 'which', 'that', 'thing', 'day', 'way', 'hand', 'point', 'time', 'side', "'s", '’s', 'else', 'another'],
    ones: ['one'],
    ordinalDotCues: [],
    yearCues: ['in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'year', 'fiscal', 'fy', 'early', 'mid', 'late', 'spring', 'summer', 'autumn', 'fall', 'winter', 'through', 'throughout', 'circa', 'around', 'the'],
    decades: { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 },
    magnitudes: ['an order of magnitude', 'one order of magnitude', 'order of magnitude'],
    relativeOrdinals: {
      penultimate: { to: 'end', offset: -1 }, antepenultimate: { to: 'end', offset: -2 }, last: { to: 'end', offset: 0, bare: true },
      next: { to: 'current', offset: 1, bare: true }, previous: { to: 'current', offset: -1, bare: true }, current: { to: 'current', offset: 0, bare: true },
    },
    fromLast: ['to last', 'from last', 'from the last', 'from the end', 'to the last'],
    relativePhrases: {
      'next to last': { offset: -1 }, 'last but one': { offset: -1, article: true }, 'last but two': { offset: -2, article: true },
      'one before the last': { offset: -1, article: true }, 'one before last': { offset: -1, article: true },
    },
    ageWords: ['old', 'of age'],
    ageBefore: ['aged', 'age of', 'ages of', 'age', 'ages'],
    currencyNames: {
      dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD', euro: 'EUR', euros: 'EUR',
      pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP', 'british pounds': 'GBP', pence: 'GBP', penny: 'GBP', p: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY',
      rupee: 'INR', rupees: 'INR', 'indian rupees': 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', franc: 'CHF', francs: 'CHF', 'swiss francs': 'CHF', 'swiss franc': 'CHF',
      'chinese yuan': 'CNY', 'japanese yen': 'JPY', 'canadian dollars': 'CAD', 'canadian dollar': 'CAD', 'australian dollars': 'AUD', 'australian dollar': 'AUD', 'new zealand dollars': 'NZD', 'hong kong dollars': 'HKD',
      'singapore dollars': 'SGD', won: 'KRW', peso: 'MXN', pesos: 'MXN', 'mexican pesos': 'MXN', real: 'BRL', reais: 'BRL', rand: 'ZAR', lira: 'TRY', 'turkish lira': 'TRY', krona: 'SEK', kronor: 'SEK',
      krone: 'DKK', kroner: 'NOK', 'norwegian kroner': 'NOK', 'danish kroner': 'DKK', zloty: 'PLN', hryvnia: 'UAH', hryvnias: 'UAH', shekel: 'ILS', shekels: 'ILS', naira: 'NGN', riyal: 'SAR', riyals: 'SAR', dirham: 'AED', dirhams: 'AED',
      bitcoin: 'XBT', bitcoins: 'XBT', cent: 'USD', cents: 'USD', 'finnish markka': 'FIM', 'dutch guilders': 'NLG', guilders: 'NLG', pesetas: 'ESP', 'deutsche marks': 'DEM', marks: 'DEM',
    },
    unitNames: {
      kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', metre: 'm', metres: 'm', meter: 'm', meters: 'm', centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm',
      millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm', mile: 'mi', miles: 'mi', foot: 'ft', feet: 'ft', inch: 'in', inches: 'in', yard: 'yd', yards: 'yd',
      'nautical miles': 'nmi', 'square kilometres': 'km²', 'square kilometers': 'km²', 'square miles': 'mi²', 'square metres': 'm²', 'square meters': 'm²', 'square feet': 'ft²', hectare: 'ha', hectares: 'ha', acre: 'ac', acres: 'ac',
      'cubic metres': 'm³', 'cubic meters': 'm³', 'cubic feet': 'ft³', litre: 'l', litres: 'l', liter: 'l', liters: 'l', millilitre: 'ml', millilitres: 'ml', milliliter: 'ml', milliliters: 'ml', gallon: 'gal', gallons: 'gal', barrel: 'bbl', barrels: 'bbl',
      tablespoon: 'tbsp', tablespoons: 'tbsp', teaspoon: 'tsp', teaspoons: 'tsp', cup: 'cup', cups: 'cup', ounce: 'oz', ounces: 'oz', pound: 'lb', pounds: 'lb', turn: 'turn', turns: 'turn', millisecond: 'ms', milliseconds: 'ms', '° celsius': '°C', '° fahrenheit': '°F', picometer: 'pm', picometers: 'pm', drachma: 'dr',
      kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg', kilo: 'kg', kilos: 'kg', gram: 'g', grams: 'g', gramme: 'g', grammes: 'g', milligram: 'mg', milligrams: 'mg', microgram: 'µg', micrograms: 'µg', microgrammes: 'µg',
      tonne: 't', tonnes: 't', ton: 't', tons: 't', 'metric tons': 't', 'metric tonnes': 't', lb: 'lb', lbs: 'lb', stone: 'st',
      'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', 'miles per hour': 'mph', 'miles an hour': 'mph', knots: 'kn',
      'degrees celsius': '°C', 'degree celsius': '°C', 'deg celsius': '°C', 'degrees centigrade': '°C', celsius: '°C', celcius: '°C', centigrade: '°C', 'degrees c': '°C', 'deg c': '°C',
      'degrees fahrenheit': '°F', 'degree fahrenheit': '°F', 'deg fahrenheit': '°F', fahrenheit: '°F', farenheit: '°F', 'degrees farenheit': '°F', 'degrees f': '°F', 'deg f': '°F', degrees: '°', degree: '°', deg: '°',
      year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day', hour: 'hour', hours: 'hour', minute: 'minute', minutes: 'minute',
      second: 'second', seconds: 'second', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century', yo: 'year', 'yr': 'year', yrs: 'year',
      watt: 'W', watts: 'W', kilowatt: 'kW', kilowatts: 'kW', megawatt: 'MW', megawatts: 'MW', gigawatt: 'GW', gigawatts: 'GW', 'kilowatt-hours': 'kWh', 'kilowatt hours': 'kWh',
      'megawatt-hours': 'MWh', 'gigawatt-hours': 'GWh', 'terawatt-hours': 'TWh', volts: 'V', megabytes: 'MB', gigabytes: 'GB', terabytes: 'TB', bit: 'bit', bits: 'bit',
      calories: 'kcal',
    },
  };
}
