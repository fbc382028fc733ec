/**
 * How often each language is written on the web, as a rough share of websites (%), for the prior
 * of detectLanguage: a lone word that reads equally well as Spanish and as Galician is far more
 * often Spanish. Tiers rounded from W3Techs' survey of the content languages of the top ten
 * million websites (2024, as tabled in Wikipedia's "Languages used on the Internet"): English
 * about 50 %; Spanish, German, Japanese, French, Russian and Portuguese 4–6 %; Italian, Dutch,
 * Turkish, Polish and Persian 1.3–2.7 %, and so on. Languages not listed (Galician, Bosnian,
 * Belarusian, Macedonian, Malay, Swahili …) share the last tier, under 0.1 %. Only the ratios
 * between tiers matter, and only for text too short to decide by itself.
 */
export const WEB_SHARE_TIERS: readonly (readonly [share: number, languages: string])[] = [
  [50, 'en'],
  [5, 'es de fr ru ja pt'],
  [2, 'it tr nl pl fa'],
  [1, 'zh vi id cs ko uk ar'],
  [0.5, 'hu el sv ro da fi sk th he bg nb'],
  [0.2, 'sr hr lt sl ca et lv hi kk'],
];

/** Share (%) of every language not listed in {@link WEB_SHARE_TIERS}. */
export const WEB_SHARE_FLOOR = 0.05;
