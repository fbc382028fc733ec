/**
 * How comment sections introduce an author, as data: the verb after the name (`Jane says:`), the
 * phrase before it (`Posted by Jane`), and what may trail a name (`®`, `(Author)`).
 * Lower case; compared against case-folded lines.
 */

/** Words after a name that make the line an author line: `Jane says:`, `Jane sagt:`. */
export const AUTHOR_SUFFIXES: readonly string[] = [
  // English
  'says', 'said', 'wrote', 'writes', 'replied', 'commented', 'asks',
  // German
  'sagt', 'sagte', 'schreibt', 'schrieb', 'meint', 'meinte', 'antwortet', 'kommentiert',
  // Spanish
  'dijo', 'dice', 'escribió', 'escribe', 'comentó', 'respondió',
  // French
  'dit', 'a dit', 'écrit', 'a écrit', 'répond', 'a répondu', 'a commenté',
  // Russian
  'пишет', 'написал', 'написала', 'говорит', 'сказал', 'сказала', 'ответил', 'ответила', 'комментирует',
];

/** Phrases before a name that make the line an author line: `Posted by Jane`. */
export const AUTHOR_PREFIXES: readonly string[] = [
  'posted by', 'comment by', 'comment from', 'written by', 'by',
  'kommentar von', 'geschrieben von', 'von',
  'comentario de', 'escrito por', 'publicado por', 'por',
  'commentaire de', 'écrit par', 'publié par', 'par',
  'комментарий от', 'автор:', 'автор',
];

/** Marks that may trail a display name (registered-user badges, role labels). */
export const NAME_TRAILERS: readonly string[] = [
  '®', '©', '™', '✓', '✔', '★',
  '(author)', '(autor)', '(autora)', '(auteur)', '(автор)', '(admin)', '(moderator)', '(moderador)', '(modérateur)', '(модератор)',
  'author', 'autor', 'admin',
];

/**
 * First words that show a short capitalised line is a sentence, not a name: greetings, thanks,
 * pronouns, answers and sign-offs.
 */
export const NOT_A_NAME_START: readonly string[] = [
  // English
  'hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'great', 'good', 'nice', 'well', 'yes', 'no', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'this', 'that', 'the', 'a', 'an', 'my', 'our', 'so', 'and', 'but', 'agreed', 'exactly', 'cheers', 'regards', 'best', 'love', 'wow', 'lol', 'ok', 'okay', 'update', 'edit', 'ps', 'p.s.', 'what', 'why', 'how', 'who', 'true', 'same', 'amen', 'bravo', 'congratulations', 'happy', 'merry', 'updated', 'posted', 'published', 'edited', 'last', 'date', 'source', 'note', 'photo', 'image',
  // German
  'hallo', 'hi', 'liebe', 'lieber', 'danke', 'vielen', 'gut', 'gute', 'guter', 'super', 'ja', 'nein', 'ich', 'wir', 'sie', 'er', 'es', 'das', 'der', 'die', 'ein', 'eine', 'und', 'aber', 'genau', 'grüße', 'gruß', 'viele', 'beste', 'toll', 'stimmt', 'richtig', 'leider', 'warum', 'wieso', 'was', 'wer', 'aktualisiert', 'veröffentlicht', 'stand', 'quelle', 'foto', 'bild',
  // Spanish
  'hola', 'gracias', 'querido', 'querida', 'buen', 'buena', 'buenos', 'muy', 'sí', 'si', 'yo', 'nosotros', 'el', 'la', 'los', 'las', 'un', 'una', 'y', 'pero', 'exacto', 'saludos', 'felicidades', 'excelente', 'viva', 'qué', 'por', 'actualizado', 'publicado', 'fuente', 'foto',
  // French
  'bonjour', 'salut', 'merci', 'cher', 'chère', 'bien', 'bon', 'bonne', 'très', 'oui', 'non', 'je', 'nous', 'vous', 'il', 'elle', 'le', 'les', 'une', 'et', 'mais', 'exactement', 'cordialement', 'bravo', 'pourquoi', 'publié', 'modifié', 'source',
  // Russian
  'привет', 'здравствуйте', 'спасибо', 'дорогой', 'дорогая', 'хорошо', 'да', 'нет', 'я', 'мы', 'вы', 'он', 'она', 'это', 'и', 'но', 'точно', 'согласен', 'согласна', 'браво', 'почему', 'обновлено', 'опубликовано', 'источник', 'фото',
];
