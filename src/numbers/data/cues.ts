/**
 * Words right before a number that make it a label rather than a quantity: `Flight 370`,
 * `Route 66`, `version 2`, `No. 10`. Lower-case, any locale.
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'version', 'ver', 'v', 'release', 'build', 'flight', 'route', 'highway', 'interstate', 'room', 'gate', 'platform', 'bus', 'tram',
  'exit', 'article', 'chapter', 'section', 'paragraph', 'clause', 'rule', 'amendment', 'resolution', 'bill', 'id', 'isbn', 'issn', 'zip',
  'postcode', 'code', 'pin', 'model', 'serial', 'ticket', 'case', 'docket', 'apollo', 'ios', 'android', 'windows', 'macos', 'python',
  'no', 'nr', 'nos', 'nrs', 'nº', 'number', 'tel', 'phone', 'fax', 'pp', 'p', 'page', 'pages', 'vol', 'volume', 'episode', 'season', 'level',
  'seat', 'row', 'unit', 'apartment', 'apt', 'suite', 'block', 'lot', 'street', 'avenue', 'track', 'channel', 'channels',
  'artikel', 'kapitel', 'absatz', 'paragraf', 'nummer', 'seite', 'zimmer', 'linie', 'gleis', 'numéro', 'chapitre', 'alinéa', 'page', 'ligne',
  'número', 'capítulo', 'artículo', 'página', 'línea', 'vuelo', 'vol', 'flug',
]);

/** Glued letters after digits that do not make an id: meridiem marks handled as clock times. */
export const MERIDIEM: ReadonlySet<string> = new Set(['am', 'pm', 'a', 'p', 'uhr', 'h']);

/** Words before a clock-like `10:30` that make it a time of day. */
export const TIME_CUES: ReadonlySet<string> = new Set([
  'at', 'from', 'until', 'till', 'before', 'after', 'since', 'by', 'around', 'about', 'um', 'ab', 'bis', 'à', 'vers', 'las', 'desde', 'hasta', 'kick', 'off',
]);

/** Words after a clock-like `10:30` that make it a time of day. */
export const TIME_AFTER: ReadonlySet<string> = new Set(['am', 'pm', 'a', 'p', 'gmt', 'utc', 'bst', 'cet', 'cest', 'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'uhr', 'h', 'hrs', 'local']);

/** Minor currency units worth a hundredth of the major unit, by word. */
export const MINOR_UNITS: ReadonlySet<string> = new Set(['cent', 'cents', 'pence', 'penny', 'p', '¢', 'centimes', 'céntimos', 'centavos', 'rappen', 'kopeks', 'kopecks']);

/** Singular unit names that make an adjective with a hyphen: `3-inch`, `six-mile`, `10-year`. */
export const HYPHEN_UNITS: Readonly<Record<string, string>> = {
  year: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour', minute: 'minute', second: 'second', decade: 'decade',
  inch: 'in', foot: 'ft', mile: 'mi', yard: 'yd', metre: 'm', meter: 'm', kilometre: 'km', kilometer: 'km', km: 'km', ton: 't', tonne: 't',
  gallon: 'gal', acre: 'ac', ounce: 'oz', pound: 'lb', bit: 'bit', storey: 'storey', story: 'storey', degree: '°',
};

/** Words after `the` that make a two-digit `80s` a decade rather than an age. */
export const DECADE_CUES: ReadonlySet<string> = new Set(['the', 'early', 'mid', 'late', 'of']);

/** Words after `a year`, `a day` that make it a time reference rather than a rate (`a year earlier`). */
export const PER_BREAKERS: ReadonlySet<string> = new Set(['earlier', 'ago', 'before', 'later', 'after', 'on', 'since', 'from', 'into']);

/**
 * Words after a glued `m` (`1.8m tall`, `100m away`) that keep it a metre; before other
 * lower-case words news means a million (`1.2m people`).
 */
export const METRE_CUES: ReadonlySet<string> = new Set([
  'tall', 'high', 'long', 'wide', 'deep', 'away', 'above', 'below', 'under', 'from', 'of', 'in', 'to', 'and', 'or', 'by', 'x', 'high', 'thick', 'across',
  'race', 'sprint', 'hurdles', 'freestyle', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'relay', 'dash', 'final', 'title', 'record', 'gold', 'silver', 'bronze',
  'at', 'on', 'into', 'down', 'up', 'per', 'square', 'cubic', 'metres', 'meters',
]);

/** Plurals without an `s` that news counts in millions (`1.2m people`). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women', 'sheep', 'cattle', 'fish', 'deer', 'mice', 'geese', 'staff', 'personnel']);

/** Words ending in `s` that are no plural nouns (`1m is`, `2m was`). */
export const NOT_PLURAL: ReadonlySet<string> = new Set(['this', 'was', 'has', 'is', 'its', 'as', 'us', 'plus', 'across', 'towards', 'less', 'thus', 'perhaps', 'always', 'sometimes', 'yes', 'does', 'goes', 'says', 'seems', 'isn', 'wasn']);

/** Words for the pound that also weigh: money only with a scale (`5 million pounds`) or a `£`. */
export const POUND_WORDS: ReadonlySet<string> = new Set(['pound', 'pounds', 'pfund']);

/** Words before bare degrees that make them an angle (`rotate 90 degrees`, `turned 180 degrees`). */
export const ANGLE_BEFORE: ReadonlySet<string> = new Set([
  'rotate', 'rotates', 'rotated', 'rotating', 'turn', 'turns', 'turned', 'turning', 'tilt', 'tilts', 'tilted', 'swivel', 'swivelled', 'pivot', 'pivoted', 'spin', 'spun', 'bank', 'banked',
]);

/** Directions between a verb of turning and the degrees (`turn left 45 degrees`). */
export const ANGLE_SIDES: ReadonlySet<string> = new Set(['left', 'right', 'clockwise', 'anticlockwise', 'counterclockwise', 'by', 'through', 'about', 'around']);

/** Words after degrees that make them an angle (`a 45-degree angle`, `a 180-degree turn`). */
export const ANGLE_AFTER: ReadonlySet<string> = new Set(['angle', 'angles', 'turn', 'turns', 'rotation', 'arc', 'incline', 'slope', 'tilt', 'pivot', 'shift', 'spin', 'view', 'camera', 'panorama']);

/** Words that may follow a length (`6 ft 2 in tall`), unlike a noun phrase after the preposition `in`. */
export const MEASURE_ADJECTIVES: ReadonlySet<string> = new Set(['tall', 'high', 'long', 'wide', 'deep', 'thick', 'across', 'short', 'more', 'less']);

/** Abbreviations that say years old on their own (`an 87 yo man`). */
export const AGE_ABBREVIATIONS: ReadonlySet<string> = new Set(['yo']);
