/**
 * Capitalised words that start sentences or headlines but are never part of a person's name
 * (lower-cased). Keeps `But Marin said` from making “But Marin” a name.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'when', 'while', 'as',
  'after', 'before', 'since', 'until', 'because', 'although', 'though', 'once', 'then', 'now',
  'still', 'also', 'however', 'meanwhile', 'moreover', 'instead', 'indeed', 'yes', 'no', 'not',
  'in', 'on', 'at', 'by', 'to', 'from', 'with', 'without', 'of', 'about', 'over', 'under', 'into',
  'during', 'through', 'against', 'among', 'between', 'within', 'despite', 'amid', 'like',
  'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'it’s', "it's", 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me',
  'what', 'who', 'whom', 'whose', 'which', 'where', 'why', 'how', 'all', 'some', 'many', 'most',
  'more', 'few', 'several', 'each', 'every', 'any', 'both', 'either', 'neither', 'other', 'another',
  'such', 'only', 'even', 'just', 'well', 'oh', 'ah', 'ok', 'okay', 'please', 'thank', 'thanks',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'have', 'has', 'had',
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'let', 'let’s',
  "let's", 'don’t', "don't", 'i’m', "i'm", 'we’re', "we're", 'mr', 'mrs', 'ms', 'dr',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'first', 'second',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'update',
  'updated', 'breaking', 'exclusive', 'watch', 'read', 'photo', 'video', 'opinion', 'analysis',
  'editor', 'note', 'chapter', 'speaking', 'asked', 'according', 'following', 'earlier', 'later',
  'said', 'says', 'told', 'added', 'god', 'hey', 'hello', 'sorry', 'why', 'very', 'never',
  'always', 'perhaps', 'maybe', 'nothing', 'everything', 'something', 'anything', 'everyone',
  'someone', 'anyone', 'nobody', 'somebody', 'everybody', 'dear', 'good', 'bad', 'new', 'old',
]);

/**
 * Months (and their abbreviations) that are also first names: a name when another capitalised
 * word follows (`Jan Olsen`, `June Carter`), a date otherwise (`Jan. 13`, `in June`).
 */
export const FIRST_NAME_MONTHS: ReadonlySet<string> = new Set(['jan', 'june', 'april', 'august']);

/**
 * Lower-case words that cannot describe a person before a name (`said harbour master Ole Brun`
 * is described, `said on Monday Ole Brun` or `said yesterday Ole Brun` is not).
 */
export const NOT_DESCRIPTORS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my',
  'your', 'and', 'or', 'but', 'nor', 'so', 'yet', 'to', 'of', 'in', 'on', 'at', 'by', 'for',
  'from', 'with', 'about', 'after', 'before', 'during', 'since', 'until', 'into', 'over', 'under',
  'as', 'than', 'then', 'now', 'also', 'again', 'once', 'later', 'earlier', 'today', 'yesterday',
  'tomorrow', 'tonight', 'here', 'there', 'when', 'while', 'where', 'who', 'which', 'what', 'how',
  'not', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'should', 'he', 'she', 'they', 'we', 'it', 'him', 'them', 'us',
  // Articles and prepositions of the other languages whose cues are read (`a déclaré la …`).
  'la', 'le', 'les', 'el', 'los', 'las', 'lo', 'gli', 'der', 'die', 'das', 'den', 'dem', 'des',
  'un', 'une', 'una', 'ein', 'eine', 'de', 'du', 'del', 'am', 'im', 'vor', 'devant', 'ante', 'en',
]);
