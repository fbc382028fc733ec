/**
 * Abbreviations that end with a period but almost never end a sentence, because a name or a
 * number always follows them. Lower-cased, without the final period.
 */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // courtesy titles and ranks
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'fr', 'sr', 'st', 'hon',
  'gov', 'sen', 'rep', 'reps', 'pres', 'amb', 'supt', 'insp', 'det', 'sgt', 'cpl', 'pvt',
  'lt', 'col', 'gen', 'maj', 'capt', 'cmdr', 'adm', 'brig', 'atty', 'gen', 'sec', 'treas',
  // references
  'no', 'nos', 'vol', 'vols', 'p', 'pp', 'ch', 'fig', 'figs', 'art', 'para', 'ed', 'eds',
  // months and days as written in datelines
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // Latin and others that take a continuation
  'e.g', 'i.e', 'cf', 'vs', 'v', 'approx', 'est', 'ca', 'viz', 'al',
  // German, French, Spanish, Russian forms seen in news
  'hr', 'fr', 'dipl', 'ing', 'bzw', 'ca', 'evtl', 'vgl', 'z.b', 'd.h', 'u.a', 'nr',
  'm', 'mm', 'sra', 'sres', 'dra', 'ud', 'uds', 'г', 'гг', 'т.е', 'т.д', 'им',
]);
