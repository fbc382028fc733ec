import { buildEnglish } from './en.js';
import type { Lexicon, Modifier } from './lexicon.js';

function indexed(words: readonly string[], from: number, step = 1): Record<string, number> {
  return Object.fromEntries(words.map((w, i) => [w, from + i * step]));
}

/** Adds `s` plurals (and optional extra endings) to a table of words. */
function withPlurals(table: Record<string, number>, endings: readonly string[]): Record<string, number> {
  const out: Record<string, number> = { ...table };
  for (const [word, value] of Object.entries(table)) for (const ending of endings) out[word + ending] = value;
  return out;
}

// The combining accents NFD splits from Latin letters, rather than `\p{M}`: V8 checks a regular
// expression literal while parsing the module, and checking a property class builds its whole set.
const COMBINING_ACCENTS = /[\u0300-\u036f]/gu;

/** A word without its accents (`vingtième` → `vingtieme`), as typed on keyboards without them. */
function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(COMBINING_ACCENTS, '');
}

const SHARED_SCALE_ABBREVIATIONS = { k: 1e3, K: 1e3 };

/** `anderthalb`, `eineinhalb`, `zweieinhalb` … `neuneinhalb`, `dreiviertel`: mixed numbers in one word. */
function germanHalves(): Record<string, number> {
  const units = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'];
  const out: Record<string, number> = { anderthalb: 1.5, einundhalb: 1.5, dreiviertel: 0.75 };
  units.forEach((unit, i) => {
    out[`${unit}einhalb`] = i + 1.5;
  });
  return out;
}

/** Temperature names after a number: the scale alone (`40 celsius`) or after a word for degrees (`98,6 degrés f`). */
function temperatureNames(degrees: readonly string[]): Record<string, string> {
  const scales: Record<string, string> = { celsius: '°C', c: '°C', centigrade: '°C', centigrades: '°C', centígrados: '°C', fahrenheit: '°F', f: '°F', kelvin: 'K' };
  const out: Record<string, string> = { celsius: '°C', centigrade: '°C', fahrenheit: '°F', kelvin: 'K' };
  for (const degree of [...degrees, 'deg']) for (const [scale, unit] of Object.entries(scales)) out[`${degree} ${scale}`] = unit;
  return out;
}

/** Comparison hedges for every gender and number of the adjective: `supérieur(e)(s) à`, `mayor(es) que`. */
function comparisons(adjectives: readonly string[], links: readonly string[], modifier: Modifier): Record<string, Modifier> {
  const out: Record<string, Modifier> = {};
  for (const adjective of adjectives) for (const link of links) out[`${adjective} ${link}`] = modifier;
  return out;
}

const FRENCH_ABOVE = ['supérieur', 'supérieure', 'supérieurs', 'supérieures', 'plus grand', 'plus grande', 'plus grands', 'plus grandes', 'plus haut', 'plus haute'];
const FRENCH_BELOW = ['inférieur', 'inférieure', 'inférieurs', 'inférieures', 'plus petit', 'plus petite', 'plus petits', 'plus petites', 'plus bas', 'plus basse'];

/** French comparisons: `supérieur à`, `inférieure ou égale à`, `égal ou supérieur à`, `plus petits ou égaux à`. */
function frenchComparisons(): Record<string, Modifier> {
  const equal = ['égal', 'égale', 'égaux', 'égales'];
  return {
    ...comparisons(FRENCH_ABOVE.filter((a) => !a.startsWith('plus')), ['à'], 'gt'),
    ...comparisons(FRENCH_BELOW.filter((a) => !a.startsWith('plus')), ['à'], 'lt'),
    ...comparisons(FRENCH_ABOVE.filter((a) => a.startsWith('plus')), ['que', 'qu'], 'gt'),
    ...comparisons(FRENCH_BELOW.filter((a) => a.startsWith('plus')), ['que', 'qu'], 'lt'),
    ...comparisons(FRENCH_ABOVE.flatMap((a) => equal.map((e) => `${a} ou ${e}`)), ['à'], 'gte'),
    ...comparisons(FRENCH_BELOW.flatMap((a) => equal.map((e) => `${a} ou ${e}`)), ['à'], 'lte'),
    ...comparisons(equal.flatMap((e) => FRENCH_ABOVE.map((a) => `${e} ou ${a}`)), ['à'], 'gte'),
    ...comparisons(equal.flatMap((e) => FRENCH_BELOW.map((a) => `${e} ou ${a}`)), ['à'], 'lte'),
    ...comparisons(equal, ['à'], 'eq'),
    'équivalent à': 'eq', 'en dessous de': 'lt', 'au-dessous de': 'lt', 'au-dessus de': 'gt', 'au dessus de': 'gt', 'pas plus de': 'lte', 'pas moins de': 'gte',
  };
}

const SPANISH_ABOVE = ['mayor', 'mayores', 'superior', 'superiores', 'más alto', 'más alta', 'más altos', 'más altas'];
const SPANISH_BELOW = ['menor', 'menores', 'inferior', 'inferiores', 'más bajo', 'más baja', 'más bajos', 'más bajas'];

/** Spanish comparisons: `mayor que`, `menores o iguales a`, `igual o mayor que`, `no más de`. */
function spanishComparisons(): Record<string, Modifier> {
  const links = ['que', 'a', 'de'];
  const equal = ['igual', 'iguales'];
  return {
    ...comparisons(SPANISH_ABOVE, links, 'gt'),
    ...comparisons(SPANISH_BELOW, links, 'lt'),
    ...comparisons(SPANISH_ABOVE.flatMap((a) => equal.map((e) => `${a} o ${e}`)), ['que', 'a'], 'gte'),
    ...comparisons(SPANISH_BELOW.flatMap((a) => equal.map((e) => `${a} o ${e}`)), ['que', 'a'], 'lte'),
    ...comparisons(['igual o', 'igual a o', 'iguales o'].flatMap((e) => SPANISH_ABOVE.map((a) => `${e} ${a}`)), ['que', 'a'], 'gte'),
    ...comparisons(['igual o', 'igual a o', 'iguales o'].flatMap((e) => SPANISH_BELOW.map((a) => `${e} ${a}`)), ['que', 'a'], 'lte'),
    'igual a': 'eq', 'iguales a': 'eq', 'equivale a': 'eq', 'equivalente a': 'eq', 'no más de': 'lte', 'no menos de': 'gte', 'como mínimo': 'gte', 'por encima de': 'gt', 'por debajo de': 'lt',
  };
}

type RelativeWords = Lexicon['relativeOrdinals'];

/** Relative ranks with every ending a locale inflects them with (`letzte`, `letzten`, `letzter`…). */
function inflectRelative(words: Readonly<Record<string, RelativeWords[string]>>, endings: readonly string[]): RelativeWords {
  const out: Record<string, RelativeWords[string]> = {};
  for (const [word, rank] of Object.entries(words)) for (const ending of endings) out[word + ending] = rank;
  return out;
}

/** Builds the German lexicon; called once, on first use. */
export function buildGerman(): Lexicon {
  const en = buildEnglish();
  const ordinalWords = ['nullte', 'erste', 'zweite', 'dritte', 'vierte', 'fünfte', 'sechste', 'siebte', 'achte', 'neunte', 'zehnte', 'elfte', 'zwölfte'];
  const ordinals: Record<string, number> = {};
  for (const [word, value] of Object.entries({ ...indexed(ordinalWords, 0), siebente: 7, hundertste: 100, tausendste: 1000, millionste: 1e6, milliardste: 1e9, billionste: 1e12 })) {
    for (const ending of ['', 'n', 'r', 's', 'm']) ordinals[word + ending] = value;
  }
  return {
    ...en,
    decimalComma: true,
    currencyLinks: [],
    cardinals: {
      ...indexed(['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'], 0),
      ...indexed(['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'], 10),
      ...indexed(['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'], 20, 10),
      ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, eines: 1, zwo: 2, sieb: 7, dreissig: 30,
      // Spellings without umlauts or ß, as typed on foreign keyboards.
      fuenf: 5, zwoelf: 12, fuenfzehn: 15, fuenfzig: 50, dreiszig: 30,
      ...germanHalves(),
    },
    hundreds: ['hundert'],
    scales: { tausend: 1e3, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, billion: 1e12, billionen: 1e12, dutzend: 12 },
    scaleAbbreviations: { ...SHARED_SCALE_ABBREVIATIONS, Tsd: 1e3, Mio: 1e6, Mrd: 1e9, Bio: 1e12, Mill: 1e6, Md: 1e9 },
    ordinals,
    relativeOrdinals: inflectRelative(
      { vorletzt: { to: 'end', offset: -1 }, drittletzt: { to: 'end', offset: -2 }, letzt: { to: 'end', offset: 0, bare: true }, nächst: { to: 'current', offset: 1, bare: true }, naechst: { to: 'current', offset: 1, bare: true }, vorherig: { to: 'current', offset: -1, bare: true } },
      ['e', 'en', 'er', 'es', 'em'],
    ),
    relativePhrases: {},
    fromLast: [],
    orEqual: [],
    boundJoiners: ['und', 'aber', ',', 'oder'],
    ordinalSuffixes: [],
    denominators: withPlurals({ halb: 2, halbe: 2, halben: 2, halbes: 2, halber: 2, hälfte: 2, drittel: 3, viertel: 4, fünftel: 5, sechstel: 6, siebtel: 7, achtel: 8, neuntel: 9, zehntel: 10, hundertstel: 100, tausendstel: 1000 }, []),
    joiners: ['und'],
    points: ['komma'],
    negatives: ['minus'],
    articles: ['ein', 'eine', 'einer'],
    definiteArticles: ['dem', 'der', 'den', 'die'],
    percentPhrases: ['%', 'prozent', 'vom hundert', 'v. h.'],
    pointPhrases: ['prozentpunkte', 'prozentpunkten', 'prozentpunkt', '%-punkte', '% punkte', 'pp', 'pp.'],
    months: {
      januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, dezember: 12,
      jan: 1, feb: 2, mär: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12,
    },
    hedgesBefore: {
      etwa: 'approx', rund: 'approx', ungefähr: 'approx', circa: 'approx', ca: 'approx', 'ca.': 'approx', zirka: 'approx', knapp: 'lt', fast: 'lt', beinahe: 'lt',
      'mehr als': 'gt', über: 'gt', 'weniger als': 'lt', unter: 'lt', 'mindestens': 'gte', 'wenigstens': 'gte', 'höchstens': 'lte', 'bis zu': 'lte', 'maximal': 'lte',
      'gut': 'gt', '~': 'approx', '>': 'gt', '<': 'lt', '≥': 'gte', '≤': 'lte', '±': 'plusMinus', 'plus minus': 'plusMinus',
    },
    hedgesAfter: { 'oder mehr': 'gte', 'und mehr': 'gte', 'oder weniger': 'lte' },
    directionBefore: { um: 'up', plus: 'up', 'stieg um': 'up', 'wuchs um': 'up', 'sank um': 'down', 'fiel um': 'down', minus: 'down' },
    directionAfter: { mehr: 'up', höher: 'up', weniger: 'down', niedriger: 'down' },
    per: { 'pro jahr': 'year', 'im jahr': 'year', jährlich: 'year', 'pro monat': 'month', 'im monat': 'month', monatlich: 'month', 'pro tag': 'day', täglich: 'day', 'pro kopf': 'capita', 'pro stunde': 'hour', 'pro person': 'person', 'je aktie': 'share', 'pro aktie': 'share' },
    rangeOpeners: { zwischen: ['und'], von: ['bis'] },
    rangeJoiners: ['bis', '-', '–', '—'],
    ratioJoiners: ['von', 'aus'],
    pronounOneBefore: [],
    pronounOneAfter: [],
    ones: [],
    ordinalDotCues: ['der', 'die', 'das', 'dem', 'den', 'des', 'am', 'im', 'zum', 'zur', 'beim', 'vom', 'seit', 'ihr', 'ihre', 'sein', 'seine', 'seinem', 'ihrem'],
    yearCues: ['im', 'jahr', 'seit', 'bis', 'von', 'ab', 'vor', 'nach', 'anfang', 'ende', 'mitte', 'frühjahr', 'sommer', 'herbst', 'winter'],
    decades: { zwanziger: 20, dreißiger: 30, vierziger: 40, fünfziger: 50, sechziger: 60, siebziger: 70, achtziger: 80, neunziger: 90 },
    magnitudes: ['eine größenordnung', 'größenordnung'],
    ageWords: ['alt'],
    ageBefore: ['alter von', 'im alter von', 'alter'],
    currencyNames: {
      euro: 'EUR', euros: 'EUR', cent: 'EUR', dollar: 'USD', 'us-dollar': 'USD', 'us dollar': 'USD', pfund: 'GBP', franken: 'CHF', yen: 'JPY', yuan: 'CNY', rubel: 'RUB', rappen: 'CHF', kronen: 'SEK',
      'schweizer franken': 'CHF', 'kanadische dollar': 'CAD', 'kanadischen dollar': 'CAD', 'kanadische dollars': 'CAD', 'australische dollar': 'AUD', 'australischen dollar': 'AUD', 'hongkong-dollar': 'HKD',
      rupie: 'INR', rupien: 'INR', 'indische rupien': 'INR', 'indischen rupien': 'INR', riel: 'KHR', 'kambodschanische riel': 'KHR', 'finnische mark': 'FIM', 'finnischen mark': 'FIM', mark: 'DEM', 'd-mark': 'DEM',
      pesos: 'MXN', peso: 'MXN', real: 'BRL', rand: 'ZAR', lira: 'TRY', zloty: 'PLN', forint: 'HUF', 'britische pfund': 'GBP', 'britischen pfund': 'GBP', dollars: 'USD',
    },
    unitNames: {
      kilometer: 'km', meter: 'm', zentimeter: 'cm', millimeter: 'mm', meilen: 'mi', quadratkilometer: 'km²', quadratmeter: 'm²', hektar: 'ha', kubikmeter: 'm³', liter: 'l',
      kilogramm: 'kg', kilo: 'kg', gramm: 'g', milligramm: 'mg', tonne: 't', tonnen: 't', 'stundenkilometer': 'km/h', 'kilometer pro stunde': 'km/h', 'grad celsius': '°C', grad: '°',
      'grad fahrenheit': '°F', celsius: '°C', fahrenheit: '°F', '° celsius': '°C', '° fahrenheit': '°F', kelvin: 'K', zoll: 'in', teelöffel: 'tsp', esslöffel: 'tbsp', pfund: 'lb', gigabyte: 'GB', megabyte: 'MB', terabyte: 'TB',
      metern: 'm', kilometern: 'km', zentimetern: 'cm', millimetern: 'mm', nanometer: 'nm', nanometern: 'nm', mikrometer: 'µm', 'metern pro sekunde': 'm/s', 'meter pro sekunde': 'm/s', quadratmetern: 'm²', litern: 'l',
      jahr: 'year', jahre: 'year', jahren: 'year', jahres: 'year', monat: 'month', monate: 'month', monaten: 'month', woche: 'week', wochen: 'week', tag: 'day', tage: 'day', tagen: 'day',
      stunde: 'hour', stunden: 'hour', minute: 'minute', minuten: 'minute', sekunde: 'second', sekunden: 'second', megawatt: 'MW', gigawatt: 'GW', kilowattstunden: 'kWh', barrel: 'bbl', fass: 'bbl',
    },
  };
}

/** Fraction denominators from the ordinals (`cinquième(s)`), also without accents, plus demi, tiers, quart. */
function frenchDenominators(ordinals: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = { demi: 2, demie: 2, moitié: 2, moitie: 2, tiers: 3, quart: 4, quarts: 4 };
  for (const [word, value] of Object.entries(ordinals)) {
    if (value < 3) continue;
    for (const form of [word, withoutAccents(word)]) {
      out[form] = value;
      out[`${form}s`] = value;
    }
  }
  return out;
}

/** French cardinal words; like all data of the other locales, made when the locale is first asked for, never at import. */
function frenchCardinals(): Record<string, number> {
  return {
    ...indexed(['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'], 0),
    ...indexed(['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'], 10),
    vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90, une: 1,
    'quatre-vingt': 80, 'quatre-vingts': 80, 'quatre vingt': 80, 'quatre vingts': 80,
    // The plural of `quatre-vingts` (80), read as four twenties like `quatre-vingt-dix`.
    vingts: 20,
  };
}

/**
 * French ordinals: `-ième` on every cardinal and scale (`onzième`, `septantième`, `milliardième`),
 * also written without the accent (`vingtieme`), plus premier, second and tierce.
 */
function frenchOrdinals(cardinals: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = { premier: 1, première: 1, premiers: 1, premières: 1, second: 2, seconde: 2, tierce: 3 };
  const words: Record<string, number> = { ...cardinals, cent: 100, mille: 1000, million: 1e6, milliard: 1e9, billion: 1e12 };
  for (const [word, value] of Object.entries(words)) {
    if (value === 0 || word.includes(' ') || word === 'une') continue;
    // Drop a final e or s (onze → onz-, quatre-vingts → quatre-vingt-), cinq takes a u, neuf becomes neuv-.
    const stem = word === 'cinq' ? 'cinqu' : word === 'neuf' ? 'neuv' : word === 'mille' ? 'mill' : word.replace(/[es]$/u, '');
    out[`${stem}ième`] = value;
    out[`${stem}ieme`] = value;
  }
  return out;
}

/** Builds the French lexicon; called once, on first use. */
export function buildFrench(): Lexicon {
  const en = buildEnglish();
  const cardinals = frenchCardinals();
  const ordinals = frenchOrdinals(cardinals);
  return {
    ...en,
    decimalComma: true,
    vigesimal: true,
    currencyLinks: ['de', 'd'],
    cardinals,
    hundreds: ['cent', 'cents'],
    scales: { mille: 1e3, milles: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12, douzaine: 12, douzaines: 12 },
    scaleAbbreviations: { ...SHARED_SCALE_ABBREVIATIONS, Md: 1e9, Mds: 1e9, Mrd: 1e9, M: 1e6, Mio: 1e6, mds: 1e9, md: 1e9 },
    ordinals,
    relativeOrdinals: inflectRelative(
      {
        dernier: { to: 'end', offset: 0, bare: true }, dernière: { to: 'end', offset: 0, bare: true }, prochain: { to: 'current', offset: 1, bare: true }, prochaine: { to: 'current', offset: 1, bare: true },
        précédent: { to: 'current', offset: -1, bare: true }, précédente: { to: 'current', offset: -1, bare: true }, suivant: { to: 'current', offset: 1, bare: true }, suivante: { to: 'current', offset: 1, bare: true },
        actuel: { to: 'current', offset: 0, bare: true }, actuelle: { to: 'current', offset: 0, bare: true },
        pénultième: { to: 'end', offset: -1 }, penultieme: { to: 'end', offset: -1 }, antépénultième: { to: 'end', offset: -2 }, antepenultieme: { to: 'end', offset: -2 },
      },
      ['', 's'],
    ),
    relativePhrases: { 'avant-dernier': { offset: -1 }, 'avant-dernière': { offset: -1 }, 'avant dernier': { offset: -1 }, 'avant dernière': { offset: -1 } },
    fromLast: [],
    orEqual: ['ou égal', 'ou égale'],
    boundJoiners: ['et', 'mais', ',', 'ou'],
    ordinalSuffixes: ['e', 'er', 'ère', 're', 'ème', 'eme', 'è'],
    denominators: frenchDenominators(ordinals),
    joiners: ['et'],
    points: ['virgule'],
    negatives: ['moins', 'négatif', 'négative', 'negatif', 'negative'],
    articles: ['un', 'une'],
    definiteArticles: ['le', 'la', 'les', 'l'],
    percentPhrases: ['%', 'pour cent', 'pourcent', 'pourcents', 'pour-cent', 'p. cent', 'pc', 'pourcentage', 'pourcentages'],
    pointPhrases: ['points de pourcentage', 'point de pourcentage', 'points de pour cent', 'pp'],
    months: { janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, janv: 1, févr: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, déc: 12 },
    hedgesBefore: {
      environ: 'approx', 'près de': 'approx', quelque: 'approx', quelques: 'approx', 'autour de': 'approx', 'aux alentours de': 'approx', 'presque': 'lt', 'à peine': 'lt',
      'plus de': 'gt', 'moins de': 'lt', 'au moins': 'gte', "jusqu'à": 'lte', 'au plus': 'lte', 'au maximum': 'lte', 'au minimum': 'gte', '~': 'approx', '>': 'gt', '<': 'lt', '±': 'plusMinus',
      '> =': 'gte', '< =': 'lte', '≥': 'gte', '≤': 'lte', ...frenchComparisons(),
    },
    hedgesAfter: { 'ou plus': 'gte', 'ou moins': 'lte', 'et plus': 'gte' },
    directionBefore: { hausse: 'up', 'hausse de': 'up', 'en hausse de': 'up', baisse: 'down', 'baisse de': 'down', 'en baisse de': 'down', 'augmenté de': 'up', 'diminué de': 'down', 'recul de': 'down', 'baissé de': 'down', 'reculé de': 'down', 'chuté de': 'down', 'progressé de': 'up', 'grimpé de': 'up', 'bondi de': 'up' },
    directionAfter: { 'de plus': 'up', 'de moins': 'down' },
    per: { 'par an': 'year', 'par jour': 'day', 'par mois': 'month', 'par semaine': 'week', 'par heure': 'hour', 'par habitant': 'capita', 'par personne': 'person', 'par action': 'share', 'par tête': 'capita' },
    rangeOpeners: { entre: ['et'], de: ['à'] },
    rangeJoiners: ['à', '-', '–', '—'],
    ratioJoiners: ['sur'],
    pronounOneBefore: ['l', 'chaque', 'aucun', 'pas'],
    pronounOneAfter: ['des', 'de', "d'", 'autre'],
    ones: ['un', 'une'],
    yearCues: ['en', 'depuis', 'dès', 'avant', 'après', 'année', 'an', 'fin', 'début', 'mi', 'jusqu'],
    decades: {},
    magnitudes: ["un ordre de grandeur", 'ordre de grandeur'],
    ageWords: [],
    ageBefore: ['âgé de', 'âgée de', 'âgés de', "l'âge de", 'l’âge de'],
    ageVerbs: ['a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avais', 'avions', 'aviez', 'avaient', 'aura', 'auront', 'aurait', 'avoir', 'eu', 'fête', 'fêtera', 'fêté'],
    ageVerbBlockers: ['y'],
    currencyNames: { euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', 'dollars américains': 'USD', livre: 'GBP', livres: 'GBP', 'livres sterling': 'GBP', franc: 'CHF', francs: 'CHF', 'francs suisses': 'CHF', yen: 'JPY', yens: 'JPY', yuan: 'CNY', yuans: 'CNY', roubles: 'RUB', centimes: 'EUR' },
    unitNames: {
      kilomètre: 'km', kilomètres: 'km', mètre: 'm', mètres: 'm', centimètre: 'cm', centimètres: 'cm', millimètres: 'mm', 'kilomètres carrés': 'km²', 'mètres carrés': 'm²', hectare: 'ha', hectares: 'ha',
      litre: 'l', litres: 'l', kilogramme: 'kg', kilogrammes: 'kg', kilo: 'kg', kilos: 'kg', gramme: 'g', grammes: 'g', tonne: 't', tonnes: 't', 'kilomètres par heure': 'km/h', 'km par heure': 'km/h',
      'degrés celsius': '°C', 'degré celsius': '°C', degrés: '°', degré: '°', an: 'year', ans: 'year', année: 'year', années: 'year', mois: 'month', semaine: 'week', semaines: 'week', jour: 'day', jours: 'day',
      heure: 'hour', heures: 'hour', minute: 'minute', minutes: 'minute', seconde: 'second', secondes: 'second', mégawatts: 'MW', barils: 'bbl', miles: 'mi', pieds: 'ft', pouces: 'in',
      ...temperatureNames(['degrés', 'degré', 'degres', 'degre']),
      once: 'oz', onces: 'oz', acre: 'ac', acres: 'ac', gallon: 'gal', gallons: 'gal', microgramme: 'µg', microgrammes: 'µg', milligramme: 'mg', milligrammes: 'mg',
      'tonne métrique': 't', 'tonnes métriques': 't', 'mètres cubes': 'm³', 'pieds cubes': 'ft³', hectomètre: 'hm', hectomètres: 'hm', millimètre: 'mm', bit: 'bit', bits: 'bit',
      'miles à l’heure': 'mph', "miles à l'heure": 'mph', 'miles a l’heure': 'mph', "miles a l'heure": 'mph', 'miles par heure': 'mph', kilowatts: 'kW', gigawatts: 'GW',
    },
  };
}



/** Spanish ordinals in both genders, with and without accents (`séptimo`, `septima`), plus `primer`, `tercer`. */
function spanishOrdinals(): Record<string, number> {
  const stems: Readonly<Record<string, number>> = {
    primer: 1, segund: 2, tercer: 3, cuart: 4, quint: 5, sext: 6, séptim: 7, octav: 8, noven: 9, décim: 10, undécim: 11, duodécim: 12,
    vigésim: 20, trigésim: 30, cuadragésim: 40, quincuagésim: 50, sexagésim: 60, septuagésim: 70, octogésim: 80, nonagésim: 90,
    centésim: 100, ducentésim: 200, tricentésim: 300, cuadringentésim: 400, quingentésim: 500, sexcentésim: 600, septingentésim: 700, octingentésim: 800, noningentésim: 900,
    milésim: 1000, millonésim: 1e6, milmillonésim: 1e9, billonésim: 1e12,
  };
  const out: Record<string, number> = { primer: 1, tercer: 3 };
  for (const [stem, value] of Object.entries(stems)) {
    for (const form of new Set([stem, withoutAccents(stem)])) {
      for (const ending of ['o', 'a']) out[form + ending] = value;
    }
  }
  return out;
}

/** Fraction denominators from the ordinals (`quinto(s)`, `quintas`), also without accents, plus medio and tercio, and the `-avo` words from eleven on (`onceavo`, `veinticincoavos`, `treintavo`). */
function spanishDenominators(cardinals: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = { medio: 2, media: 2, medios: 2, mitad: 2, tercio: 3, tercios: 3 };
  for (const [word, value] of Object.entries(cardinals)) {
    // Not `centavo`, which is a coin; `veintiuno` becomes `veintiunavo`, `treinta` `treintavo`.
    if (value <= 10 || value >= 100 || !/[aeiou]$/u.test(word)) continue;
    const stem = word.endsWith('uno') ? word.slice(0, -1) : word.endsWith('a') ? word.slice(0, -1) : word;
    out[`${stem}avo`] = value;
    out[`${stem}avos`] = value;
  }
  for (const [word, value] of Object.entries(spanishOrdinals())) {
    if (value < 4 || word.endsWith('s')) continue;
    for (const form of [word, withoutAccents(word)]) {
      out[form] = value;
      out[`${form}s`] = value;
    }
  }
  return out;
}

/** Spanish cardinal words, hundreds included. */
function spanishCardinals(): Record<string, number> {
  return {
    ...indexed(['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'], 0),
    ...indexed(['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'], 10),
    ...indexed(['veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'], 20, 10),
    ...indexed(['veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'], 21),
    un: 1, una: 1, veintiún: 21, veintiun: 21, dieciseis: 16, veintidos: 22, veintitres: 23, veintiseis: 26,
    doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900, ciento: 100,
  };
}

/** Builds the Spanish lexicon; called once, on first use. */
export function buildSpanish(): Lexicon {
  const en = buildEnglish();
  const cardinals = spanishCardinals();
  return {
    ...en,
    decimalComma: true,
    currencyLinks: ['de'],
    cardinals,
    hundreds: ['cien'],
    scales: { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6, billón: 1e12, billon: 1e12, billones: 1e12, docena: 12, docenas: 12 },
    scaleAbbreviations: { ...SHARED_SCALE_ABBREVIATIONS, M: 1e6, mill: 1e6, MM: 1e9 },
    ordinals: spanishOrdinals(),
    relativeOrdinals: {
      ...inflectRelative(
        { penúltim: { to: 'end', offset: -1 }, penultim: { to: 'end', offset: -1 }, antepenúltim: { to: 'end', offset: -2 }, antepenultim: { to: 'end', offset: -2 }, últim: { to: 'end', offset: 0, bare: true }, ultim: { to: 'end', offset: 0, bare: true }, próxim: { to: 'current', offset: 1, bare: true }, proxim: { to: 'current', offset: 1, bare: true } },
        ['o', 'a', 'os', 'as'],
      ),
      ...inflectRelative({ siguiente: { to: 'current', offset: 1, bare: true }, anterior: { to: 'current', offset: -1, bare: true }, actual: { to: 'current', offset: 0, bare: true } }, ['', 's', 'es']),
    },
    relativePhrases: {},
    fromLast: [],
    orEqual: ['o igual', 'o igual a'],
    boundJoiners: ['y', 'e', 'pero', ',', 'o'],
    compoundOrdinals: true,
    ordinalSuffixes: ['º', 'ª', 'o', 'a', 'er', 'ro', 'do', 'to', 'vo', 'no', 'mo', 'ra', 'da', 'ta', 'va', 'na', 'ma', '°'],
    denominators: spanishDenominators(cardinals),
    joiners: ['y'],
    mixedJoiners: ['con'],
    points: ['coma', 'punto'],
    negatives: ['menos'],
    articles: ['un', 'una'],
    definiteArticles: ['el', 'la', 'los', 'las'],
    percentPhrases: ['%', 'por ciento', 'porciento', 'por cien'],
    pointPhrases: ['puntos porcentuales', 'punto porcentual', 'pp', 'p.p.'],
    months: { enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, ene: 1, feb: 2, mar: 3, abr: 4, jun: 6, jul: 7, ago: 8, sept: 9, oct: 10, nov: 11, dic: 12 },
    hedgesBefore: {
      'cerca de': 'approx', alrededor: 'approx', 'alrededor de': 'approx', aproximadamente: 'approx', unos: 'approx', unas: 'approx', casi: 'lt',
      'más de': 'gt', 'menos de': 'lt', 'al menos': 'gte', 'por lo menos': 'gte', 'hasta': 'lte', 'como máximo': 'lte', '~': 'approx', '>': 'gt', '<': 'lt', '±': 'plusMinus',
      '> =': 'gte', '< =': 'lte', '≥': 'gte', '≤': 'lte', ...spanishComparisons(),
    },
    hedgesAfter: { 'o más': 'gte', 'o menos': 'lte', 'o mayor': 'gte', 'o menor': 'lte', 'por lo menos': 'gte', 'al menos': 'gte', 'como máximo': 'lte', 'como mínimo': 'gte' },
    directionBefore: { 'subió un': 'up', 'aumentó un': 'up', 'creció un': 'up', 'cayó un': 'down', 'bajó un': 'down', 'descendió un': 'down', 'subida de': 'up', 'caída de': 'down' },
    directionAfter: { más: 'up', menos: 'down' },
    per: { 'al año': 'year', 'por año': 'year', 'al mes': 'month', 'por mes': 'month', 'al día': 'day', 'por día': 'day', 'por hora': 'hour', 'per cápita': 'capita', 'por habitante': 'capita', 'por persona': 'person', 'por acción': 'share' },
    rangeOpeners: { entre: ['y'], de: ['a'], desde: ['hasta'] },
    rangeJoiners: ['a', '-', '–', '—'],
    ratioJoiners: ['de cada', 'de', 'sobre'],
    pronounOneBefore: ['el', 'la', 'cada', 'ningún', 'ninguno', 'alguno'],
    pronounOneAfter: ['de', 'del', 'a', 'otro', 'otra'],
    ones: ['uno', 'una', 'un'],
    yearCues: ['en', 'desde', 'hasta', 'año', 'antes', 'después', 'finales', 'principios', 'mediados', 'de'],
    decades: {},
    magnitudes: ['un orden de magnitud', 'orden de magnitud'],
    ageWords: ['de edad'],
    ageBefore: ['edad de', 'a los'],
    ageVerbs: ['tiene', 'tengo', 'tienes', 'tenemos', 'tienen', 'tenía', 'tenías', 'teníamos', 'tenían', 'tendrá', 'tendría', 'tener', 'cumple', 'cumplió', 'cumplir', 'cumplirá', 'cumplía', 'cumplido'],
    currencyNames: { euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', dolares: 'USD', libra: 'GBP', libras: 'GBP', 'libras esterlinas': 'GBP', peso: 'MXN', pesos: 'MXN', 'pesos mexicanos': 'MXN', 'pesos argentinos': 'ARS', yenes: 'JPY', yuanes: 'CNY', céntimos: 'EUR', centavos: 'USD', reales: 'BRL', francos: 'CHF', rublos: 'RUB', bolívares: 'VES', soles: 'PEN' },
    unitNames: {
      kilómetro: 'km', kilómetros: 'km', metro: 'm', metros: 'm', centímetros: 'cm', milímetros: 'mm', 'kilómetros cuadrados': 'km²', 'metros cuadrados': 'm²', hectárea: 'ha', hectáreas: 'ha',
      litro: 'l', litros: 'l', kilogramo: 'kg', kilogramos: 'kg', kilo: 'kg', kilos: 'kg', gramo: 'g', gramos: 'g', tonelada: 't', toneladas: 't', 'kilómetros por hora': 'km/h',
      'grados celsius': '°C', 'grados centígrados': '°C', grados: '°', grado: '°', año: 'year', años: 'year', mes: 'month', meses: 'month', semana: 'week', semanas: 'week', día: 'day', días: 'day',
      hora: 'hour', horas: 'hour', minuto: 'minute', minutos: 'minute', segundo: 'second', segundos: 'second', barriles: 'bbl', millas: 'mi', pies: 'ft', pulgadas: 'in', megavatios: 'MW',
      ...temperatureNames(['grados', 'grado']),
      onza: 'oz', onzas: 'oz', acre: 'ac', acres: 'ac', galón: 'gal', galones: 'gal', microgramo: 'µg', microgramos: 'µg', miligramo: 'mg', miligramos: 'mg', milímetro: 'mm', centímetro: 'cm',
      'tonelada métrica': 't', 'toneladas métricas': 't', 'metros cúbicos': 'm³', 'pies cúbicos': 'ft³', 'millas por hora': 'mph', bit: 'bit', bits: 'bit', kilovatios: 'kW', gigavatios: 'GW', barril: 'bbl', milla: 'mi', pie: 'ft', pulgada: 'in',
    },
  };
}
