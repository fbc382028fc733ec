/**
 * Comment-widget and reply chrome that leaks into text scrapes, as data, in English, German,
 * Spanish, French and Russian. Whole-line phrases are compared case-folded with surrounding
 * punctuation and white space removed; prefixes match the start of a line.
 */

/** Reply links: a line that is only this ends the comment above it. */
export const REPLY_LINKS: readonly string[] = [
  'reply', 'reply ↓', '↳ reply', 'replies', 'respond', 'log in to reply', 'login to reply',
  'antworten', 'antwort', 'melden', 'zum antworten einloggen',
  'responder', 'respuesta', 'contestar',
  'répondre', 'repondre',
  'ответить', 'ответ',
];

/** Widget chrome that is a whole line: forms, sort tabs, labels, share and vote buttons. */
export const WIDGET_LINES: readonly string[] = [
  // English (WordPress core, wpDiscuz, Disqus and news-site widgets)
  'subscribe', 'login', 'log in', 'notify of', 'label', 'name', 'name*', 'email', 'email*', 'e-mail', 'website', 'δ', 'Δ',
  'oldest', 'newest', 'most voted', 'most popular', 'best', 'top', 'sort by', 'inline feedbacks', 'view all comments',
  'load more comments', 'show more replies', 'show more comments', 'leave a reply', 'leave a comment', 'post comment',
  'submit comment', 'cancel reply', 'comment', 'comments', 'like', 'likes', 'liked by', 'share', 'report', 'flag', 'edit',
  'delete', 'upvote', 'downvote', 'vote up', 'vote down', 'x', '×', 'sort by best', 'sort by newest', 'sort by oldest',
  'would love your thoughts, please comment.', 'would love your thoughts, please comment.x', 'please comment',
  'join the discussion', 'start the discussion', 'be the first to comment', 'loading comments', 'loading...',
  // German
  'abonnieren', 'anmelden', 'benachrichtige mich zu', 'benachrichtigen über', 'älteste', 'neueste', 'am meisten bewertet',
  'beliebteste', 'inline feedbacks', 'inline-feedbacks', 'alle kommentare anzeigen', 'weitere kommentare laden',
  'schreibe einen kommentar', 'hinterlasse einen kommentar', 'kommentar verfassen', 'kommentar abschicken',
  'antwort abbrechen', 'gefällt mir', 'teilen', 'kommentar', 'kommentare',
  'würde mich über deine gedanken freuen, bitte kommentiere.', 'würde mich über deine gedanken freuen, bitte kommentiere.x',
  // Spanish
  'suscribir', 'suscribirse', 'acceder', 'notificar de', 'más antiguo', 'más nuevo', 'más votado', 'comentarios en línea',
  'ver todos los comentarios', 'cargar más comentarios', 'deja una respuesta', 'deja un comentario', 'dejar un comentario',
  'publicar comentario', 'enviar comentario', 'cancelar respuesta', 'me gusta', 'compartir', 'denunciar',
  'comentario', 'comentarios',
  'me encantaría conocer tu opinión, por favor comenta.', 'me encantaría conocer tu opinión, por favor comenta.x',
  // French
  's’abonner', "s'abonner", 'connexion', 'notifier de', 'le plus ancien', 'le plus récent', 'le plus voté',
  'commentaires en ligne', 'voir tous les commentaires', 'charger plus de commentaires', 'laisser un commentaire',
  'laisser une réponse', 'laisser une reponse', 'publier le commentaire', 'annuler la réponse', "j'aime", 'j’aime', 'partager',
  'signaler', 'commentaire', 'commentaires',
  "j'aimerais avoir votre avis, merci de commenter.", "j'aimerais avoir votre avis, merci de commenter.x",
  // Russian
  'подписаться', 'войти', 'уведомить о', 'старые', 'новые', 'популярные', 'межтекстовые отзывы', 'посмотреть все комментарии',
  'показать все комментарии', 'загрузить ещё комментарии', 'добавить комментарий', 'оставить комментарий', 'оставьте комментарий',
  'отправить комментарий', 'отменить ответ', 'нравится', 'поделиться', 'пожаловаться', 'комментарий', 'комментарии',
];

/**
 * Leftovers of a commenter's avatar (its alt text) that scrapers keep: they stand where a comment
 * begins, so they also end the comment above.
 */
export const AVATAR_LINES: readonly string[] = [
  'comment image', 'avatar', 'user avatar', 'profile picture', 'profile image', 'image', 'photo',
  'kommentarbild', 'bild', 'profilbild', 'benutzerbild',
  'imagen del comentario', 'imagen', 'foto', 'foto de perfil',
  'image du commentaire', 'photo de profil',
  'изображение комментария', 'аватар', 'фото',
];

/** Line starts that mark widget text whatever follows (form notices with varying tails). */
export const WIDGET_PREFIXES: readonly string[] = [
  'your email address will not be published', 'your email address will not be displayed', 'required fields are marked',
  'save my name, email, and website', 'this site uses akismet', 'notify me of follow-up comments', 'notify me of new posts',
  'you must be logged in to post a comment', 'comments are closed', 'would love your thoughts',
  'deine e-mail-adresse wird nicht veröffentlicht', 'ihre e-mail-adresse wird nicht veröffentlicht', 'erforderliche felder sind mit',
  'meinen namen, meine e-mail-adresse und meine website', 'diese website verwendet akismet', 'die kommentarfunktion ist geschlossen',
  'kommentare sind geschlossen', 'du musst angemeldet sein', 'würde mich über deine gedanken freuen',
  'tu dirección de correo electrónico no será publicada', 'los campos obligatorios están marcados', 'guarda mi nombre, correo electrónico',
  'este sitio usa akismet', 'los comentarios están cerrados', 'debes iniciar sesión',
  'votre adresse e-mail ne sera pas publiée', 'votre adresse de messagerie ne sera pas publiée', 'les champs obligatoires sont indiqués',
  'enregistrer mon nom, mon e-mail', 'ce site utilise akismet', 'les commentaires sont fermés', 'vous devez être connecté',
  'ваш адрес email не будет опубликован', 'ваш e-mail не будет опубликован', 'обязательные поля помечены',
  'сохранить моё имя, email', 'этот сайт использует akismet', 'комментарии закрыты', 'для отправки комментария вам необходимо',
];

/**
 * Widget lines that open a comment section (a form or subscription box above the comments), used
 * to find the section when no header names it.
 */
export const SECTION_OPENERS: readonly string[] = [
  'leave a reply', 'leave a comment', 'subscribe', 'notify of', 'join the discussion', 'start the discussion',
  'schreibe einen kommentar', 'hinterlasse einen kommentar', 'kommentar verfassen', 'abonnieren', 'benachrichtige mich zu',
  'deja una respuesta', 'deja un comentario', 'dejar un comentario', 'suscribir', 'suscribirse', 'notificar de',
  'laisser un commentaire', 'laisser une réponse', 's’abonner', "s'abonner", 'notifier de',
  'добавить комментарий', 'оставить комментарий', 'оставьте комментарий', 'подписаться', 'уведомить о',
];

/** Line starts that name the comment a reply answers: `Reply to Jane`, `Antwort an Jane`. */
export const REPLY_TO_PREFIXES: readonly string[] = [
  'in reply to', 'reply to', 'replying to', 'replied to', 'responding to',
  'als antwort auf', 'antwort an', 'antwort auf', 'antworte auf', 'antworten auf',
  'en respuesta a', 'respuesta a', 'responder a', 'respondiendo a',
  'en réponse à', 'réponse à', 'répondre à', 'reponse a',
  'в ответ на', 'ответ на', 'ответ для', 'ответить', 'ответ',
];

/** Headers that open a comment section: a label, alone on its line. */
export const SECTION_HEADERS: readonly string[] = [
  'comments', 'reader comments', 'readers’ comments', "readers' comments", 'discussion', 'join the conversation', 'responses',
  'kommentare', 'leserkommentare', 'diskussion', 'diskutieren sie mit',
  'comentarios', 'comentarios de los lectores', 'discusión', 'opiniones',
  'commentaires', 'commentaires des lecteurs', 'réactions', 'discussion',
  'комментарии', 'комментарии читателей', 'обсуждение',
];

/**
 * Words that, after a number, make a count header (`3 Comments`, `12 Kommentare`); also used with
 * `thoughts on` / `responses to` headers (`5 thoughts on “Title”`).
 */
export const COUNT_HEADER_WORDS: readonly string[] = [
  'comment', 'comments', 'response', 'responses', 'reply', 'replies', 'thought', 'thoughts',
  'kommentar', 'kommentare', 'antwort', 'antworten', 'gedanke', 'gedanken', 'reaktion', 'reaktionen',
  'comentario', 'comentarios', 'respuesta', 'respuestas', 'opinión', 'opiniones',
  'commentaire', 'commentaires', 'réponse', 'réponses', 'réaction', 'réactions',
  'комментарий', 'комментария', 'комментариев', 'ответ', 'ответа', 'ответов', 'отзыв', 'отзыва', 'отзывов',
];

/** Units of "3 years ago" style relative times. */
export const RELATIVE_TIME_UNITS: readonly string[] = [
  'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'sekunde', 'sekunden', 'minute', 'minuten', 'stunde', 'stunden', 'tag', 'tagen', 'woche', 'wochen', 'monat', 'monaten', 'jahr', 'jahren',
  'segundo', 'segundos', 'minuto', 'minutos', 'hora', 'horas', 'día', 'días', 'semana', 'semanas', 'mes', 'meses', 'año', 'años',
  'seconde', 'secondes', 'heure', 'heures', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années',
  'секунду', 'секунды', 'секунд', 'минуту', 'минуты', 'минут', 'час', 'часа', 'часов', 'день', 'дня', 'дней', 'неделю', 'недели', 'недель', 'месяц', 'месяца', 'месяцев', 'год', 'года', 'лет',
];

/** Words around a relative time: `3 years ago`, `vor 3 Jahren`, `hace 3 años`, `il y a 3 ans`, `3 года назад`. */
export const RELATIVE_TIME_WORDS: readonly string[] = ['ago', 'vor', 'hace', 'il y a', 'назад', 'a', 'an', 'one', 'einem', 'einer', 'un', 'una', 'une'];

/** Vote and like counters: a number followed by one of these (`12 likes`, `3 Punkte`). */
export const VOTE_WORDS: readonly string[] = [
  'like', 'likes', 'vote', 'votes', 'point', 'points', 'upvote', 'upvotes', 'people like this',
  'punkt', 'punkte', 'stimme', 'stimmen', 'gefällt mir',
  'voto', 'votos', 'punto', 'puntos', 'me gusta',
  'vote', 'votes', 'point', 'points', "j'aime", 'j’aime',
  'голос', 'голоса', 'голосов', 'балл', 'балла', 'баллов', 'лайк', 'лайка', 'лайков',
];

/** Month names and abbreviations that make a line a date line. */
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'mär', 'okt', 'dez',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'ene', 'abr', 'ago', 'dic',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'déc',
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
];
