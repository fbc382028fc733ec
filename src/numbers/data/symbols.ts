/**
 * Unit symbols written right after a number (`312 km`, `5kg`, `30°C`), shared by every locale,
 * to their normalised form. Keys are case-sensitive: `MB` is a megabyte, `mb` a millibar.
 */
export const UNIT_SYMBOLS: Readonly<Record<string, string>> = {
  __proto__: null as never,
  km: 'km', m: 'm', cm: 'cm', mm: 'mm', µm: 'µm', nm: 'nm', mi: 'mi', ft: 'ft', yd: 'yd', dm: 'dm',
  'km²': 'km²', km2: 'km²', 'm²': 'm²', m2: 'm²', sqm: 'm²', 'sq km': 'km²', 'sq mi': 'mi²', 'sq ft': 'ft²', ha: 'ha',
  'm³': 'm³', m3: 'm³', l: 'l', L: 'l', ml: 'ml', mL: 'ml', cl: 'cl', hl: 'hl', gal: 'gal', bbl: 'bbl', oz: 'oz', tbsp: 'tbsp', tsp: 'tsp',
  kg: 'kg', g: 'g', mg: 'mg', µg: 'µg', μg: 'µg', mcg: 'µg', ug: 'µg', t: 't', lb: 'lb', lbs: 'lb',
  'km/h': 'km/h', kph: 'km/h', kmh: 'km/h', kmph: 'km/h', 'km/hr': 'km/h', mph: 'mph', 'm/s': 'm/s', kn: 'kn',
  '°C': '°C', '°F': '°F', '°c': '°C', '°f': '°F', '°': '°', K: 'K', μm: 'µm', Km: 'km', KM: 'km', '℃': '°C', '℉': '°F',
  W: 'W', kW: 'kW', MW: 'MW', GW: 'GW', TW: 'TW', kWh: 'kWh', MWh: 'MWh', GWh: 'GWh', TWh: 'TWh', V: 'V', kV: 'kV', Hz: 'Hz', GHz: 'GHz', MHz: 'MHz',
  KB: 'kB', kB: 'kB', MB: 'MB', GB: 'GB', TB: 'TB', Mb: 'Mbit', Gb: 'Gbit', Mbps: 'Mbit/s', Gbps: 'Gbit/s', bit: 'bit',
  h: 'hour', hr: 'hour', hrs: 'hour', min: 'minute', mins: 'minute', sec: 'second', secs: 'second', ms: 'ms',
  yr: 'year', yrs: 'year', yo: 'year', rad: 'rad', kcal: 'kcal', ppm: 'ppm', dB: 'dB', mb: 'mbar', mbar: 'mbar', hPa: 'hPa',
};

/** Unit letters that are units only glued to the number, as British news writes temperatures (`highs of 25C`). */
export const GLUED_UNIT_SYMBOLS: Readonly<Record<string, string>> = { C: '°C' };

/** Currency symbols written before or after a number, to ISO 4217 codes. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  __proto__: null as never,
  $: 'USD', US$: 'USD', 'U.S.$': 'USD', USD$: 'USD', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', NZ$: 'NZD', HK$: 'HKD', S$: 'SGD', Mex$: 'MXN', R$: 'BRL',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '円': 'JPY', '元': 'CNY', '₹': 'INR', Rs: 'INR', 'Rs.': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS',
  AUD$: 'AUD', CAD$: 'CAD', NZD$: 'NZD', MXN$: 'MXN', 'U.S. $': 'USD', 'U.S $': 'USD', 'HK $': 'HKD', 'US $': 'USD', 'C $': 'CAD',
  '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', '₮': 'MNT', '₲': 'PYG', '₵': 'GHS', '₸': 'KZT', '₼': 'AZN', '৳': 'BDT', '﷼': 'IRR', '₨': 'PKR', '₣': 'FRF', '₤': 'ITL',
  '₦': 'NGN', '₴': 'UAH', '฿': 'THB', '₫': 'VND', '₱': 'PHP', 'zł': 'PLN', Fr: 'CHF', 'Fr.': 'CHF', CHF: 'CHF', kr: 'SEK', '₿': 'XBT', '¢': 'USD',
};

/**
 * ISO 4217 codes written in upper case, recognised as currency next to a number, to the code they
 * stand for (`RMB` is the yuan's `CNY`, `BTC` bitcoin's `XBT`).
 */
export const CURRENCY_CODES: Readonly<Record<string, string>> = {
  __proto__: null as never,
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', INR: 'INR', RUB: 'RUB', CHF: 'CHF', CAD: 'CAD', AUD: 'AUD', NZD: 'NZD', HKD: 'HKD', SGD: 'SGD', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', PLN: 'PLN', CZK: 'CZK', HUF: 'HUF',
  TRY: 'TRY', BRL: 'BRL', MXN: 'MXN', ARS: 'ARS', ZAR: 'ZAR', KRW: 'KRW', ILS: 'ILS', UAH: 'UAH', NGN: 'NGN', SAR: 'SAR', AED: 'AED', THB: 'THB', IDR: 'IDR', MYR: 'MYR', PHP: 'PHP', VND: 'VND', EGP: 'EGP', KES: 'KES', PKR: 'PKR', BTC: 'XBT',
};

/** Currency codes that are also ordinary words, recognised only in upper case (`TRY 5` but not `try 5`). */
export const COMMON_WORD_CODES: ReadonlySet<string> = new Set(['TRY', 'ALL', 'CUP', 'MOP', 'TOP', 'BAM', 'MAD', 'PEN', 'SOS', 'RUB']);
