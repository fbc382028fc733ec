import type { Lexicon } from './lexicon.js';

/** Builds the English lexicon; called once, on first use. */
export function buildEnglish(): Lexicon {
  // Records are null-prototype literals (`__proto__: null`, typed `never` for TypeScript): V8 makes
  // them hash tables at once instead of growing an object and converting it, which halves what the
  // first call allocates for them; a word such as `constructor` finds nothing in them either.
  const ordinals: Readonly<Record<string, number>> = {
    __proto__: null as never,
    zeroth: 0, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, nineth: 9,
    tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
    twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
    hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12, lakhth: 1e5, croreth: 1e7,
  };
  // Every ordinal from three on names a fraction's parts, also in the plural (`two thirds`).
  const denominators: Record<string, number> = { __proto__: null as never, half: 2, halves: 2, quarter: 4, quarters: 4 };
  for (const word in ordinals) {
    const value = ordinals[word] ?? 0;
    if (value < 3) continue;
    denominators[word] = value;
    denominators[`${word}s`] = value;
  }
  return {
    decimalComma: false,
    vigesimal: false,
    currencyLinks: ['of'],
    cardinals: {
      __proto__: null as never,
      zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, nought: 0, naught: 0,
      ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
      twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    },
    hundreds: ['hundred', 'hundreds'],
    scales: {
      __proto__: null as never,
      thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12,
      lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, dozen: 12, dozens: 12, doz: 12, dozs: 12, dz: 12, dzs: 12,
    },
    scaleAbbreviations: {
      __proto__: null as never,
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
      __proto__: null as never,
      january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
      jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
    },
    // `< =` also matches `<=`: the atoms of a phrase may be written apart or together.
    hedgesBefore: {
      __proto__: null as never,
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
    hedgesAfter: { __proto__: null as never, 'or more': 'gte', 'and more': 'gte', 'or greater': 'gte', 'or higher': 'gte', 'or less': 'lte', 'or fewer': 'lte', 'or lower': 'lte', 'plus': 'gte', 'or so': 'approx' },
    directionBefore: {
      __proto__: null as never,
      up: 'up', rose: 'up', rise: 'up', rises: 'up', risen: 'up', grew: 'up', gained: 'up', climbed: 'up', jumped: 'up', increased: 'up', soared: 'up', surged: 'up',
      'increase of': 'up', 'rise of': 'up', 'up by': 'up', 'rose by': 'up', 'increased by': 'up', 'grew by': 'up',
      down: 'down', fell: 'down', fall: 'down', falls: 'down', dropped: 'down', declined: 'down', decreased: 'down', slid: 'down', lost: 'down', plunged: 'down',
      shrank: 'down', slumped: 'down', 'fall of': 'down', 'drop of': 'down', 'decline of': 'down', 'down by': 'down', 'fell by': 'down', 'cut by': 'down',
    },
    directionAfter: { __proto__: null as never, more: 'up', higher: 'up', larger: 'up', bigger: 'up', greater: 'up', up: 'up', less: 'down', fewer: 'down', lower: 'down', smaller: 'down', down: 'down' },
    per: {
      __proto__: null as never,
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
    decades: { __proto__: null as never, twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 },
    magnitudes: ['an order of magnitude', 'one order of magnitude', 'order of magnitude'],
    relativeOrdinals: {
      __proto__: null as never,
      penultimate: { to: 'end', offset: -1 }, antepenultimate: { to: 'end', offset: -2 }, last: { to: 'end', offset: 0, bare: true },
      next: { to: 'current', offset: 1, bare: true }, previous: { to: 'current', offset: -1, bare: true }, current: { to: 'current', offset: 0, bare: true },
    },
    fromLast: ['to last', 'from last', 'from the last', 'from the end', 'to the last'],
    relativePhrases: {
      __proto__: null as never,
      'next to last': { offset: -1 }, 'last but one': { offset: -1, article: true }, 'last but two': { offset: -2, article: true },
      'one before the last': { offset: -1, article: true }, 'one before last': { offset: -1, article: true },
    },
    ageWords: ['old', 'of age'],
    ageBefore: ['aged', 'age of', 'ages of', 'age', 'ages'],
    currencyNames: {
      __proto__: null as never,
      dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD', euro: 'EUR', euros: 'EUR',
      pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP', 'british pounds': 'GBP', pence: 'GBP', penny: 'GBP', p: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY',
      rupee: 'INR', rupees: 'INR', 'indian rupees': 'INR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', franc: 'CHF', francs: 'CHF', 'swiss francs': 'CHF', 'swiss franc': 'CHF',
      'chinese yuan': 'CNY', 'japanese yen': 'JPY', 'canadian dollars': 'CAD', 'canadian dollar': 'CAD', 'australian dollars': 'AUD', 'australian dollar': 'AUD', 'new zealand dollars': 'NZD', 'hong kong dollars': 'HKD',
      'singapore dollars': 'SGD', won: 'KRW', peso: 'MXN', pesos: 'MXN', 'mexican pesos': 'MXN', real: 'BRL', reais: 'BRL', rand: 'ZAR', lira: 'TRY', 'turkish lira': 'TRY', krona: 'SEK', kronor: 'SEK',
      krone: 'DKK', kroner: 'NOK', 'norwegian kroner': 'NOK', 'danish kroner': 'DKK', zloty: 'PLN', hryvnia: 'UAH', hryvnias: 'UAH', shekel: 'ILS', shekels: 'ILS', naira: 'NGN', riyal: 'SAR', riyals: 'SAR', dirham: 'AED', dirhams: 'AED',
      bitcoin: 'XBT', bitcoins: 'XBT', cent: 'USD', cents: 'USD', 'finnish markka': 'FIM', 'dutch guilders': 'NLG', guilders: 'NLG', pesetas: 'ESP', 'deutsche marks': 'DEM', marks: 'DEM',
    },
    unitNames: {
      __proto__: null as never,
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
