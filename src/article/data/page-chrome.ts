/**
 * Page chrome that scrapers copy along with an article: share bars, cookie banners, newsletter
 * and advertising labels, "read more" teasers. Matched against whole lines, case-folded, with
 * surrounding punctuation and counters removed (see `normalizeChromeLine`). English, German,
 * French, Spanish and Russian, the languages the comment parser's tables cover too.
 */

/** Lines that are chrome when they are exactly one of these phrases. */
export const CHROME_LINES: readonly string[] = [
  // share bars
  'share', 'share this', 'share this article', 'share this story', 'share on facebook',
  'share on twitter', 'share on x', 'share on linkedin', 'share on whatsapp', 'share via email',
  'share by email', 'email', 'print', 'copy link', 'link copied', 'tweet', 'pin it', 'facebook',
  'twitter', 'linkedin', 'whatsapp', 'reddit', 'teilen', 'artikel teilen', 'link kopieren',
  'drucken', 'partager', 'partager cet article', 'copier le lien', 'imprimer', 'compartir',
  'compartir en facebook', 'compartir en twitter', 'copiar enlace', 'imprimir', 'поделиться',
  'скопировать ссылку', 'печать',
  // advertising
  'advertisement', 'advertising', 'ad', 'sponsored', 'sponsored content', 'story continues below advertisement',
  'article continues below', 'anzeige', 'werbung', 'publicité', 'publicidad', 'anuncio', 'реклама',
  // newsletters and paywalls
  'subscribe', 'subscribe now', 'subscribe to our newsletter', 'sign up for our newsletter',
  'sign up to our newsletter', 'newsletter', 'get the newsletter', 'sign in', 'log in', 'register',
  'already a subscriber? sign in', 'newsletter abonnieren', 'jetzt abonnieren', 'anmelden',
  "s'abonner", "s'abonner à la newsletter", 'abonnez-vous', 'suscríbete', 'suscribirse',
  'suscríbete a nuestro boletín', 'подписаться', 'подпишитесь на рассылку',
  // navigation and media
  'skip to content', 'skip to main content', 'menu', 'search', 'close', 'back to top', 'top stories',
  'most read', 'trending', 'related', 'related articles', 'related stories', 'more on this story',
  'image caption', 'photo', 'video', 'listen to this article', 'zum inhalt springen', 'mehr zum thema',
  'meistgelesen', 'lire aussi', 'sur le même sujet', 'leer más', 'te puede interesar', 'читайте также',
  // cookie banners (short forms; long ones are caught by CHROME_PREFIXES)
  'accept', 'accept all', 'accept all cookies', 'reject all', 'manage cookies', 'cookie settings',
  'cookie policy', 'privacy policy', 'alle akzeptieren', 'akzeptieren', 'tout accepter', 'accepter',
  'aceptar', 'aceptar todo', 'aceptar cookies', 'принять', 'принять все',
];

/** Lines that are chrome when they start with one of these phrases (cookie notices, teasers). */
export const CHROME_PREFIXES: readonly string[] = [
  'read more:', 'read more ', 'also read:', 'read also:', 'related:', 'see also:', 'more:',
  'watch:', 'listen:', 'recommended:', 'lesen sie auch', 'auch interessant:', 'mehr zum thema:',
  'lire aussi :', 'lire aussi:', 'à lire aussi', 'leer también:', 'lee también:', 'te puede interesar:',
  'читайте также:', 'смотрите также:',
  'we use cookies', 'this site uses cookies', 'this website uses cookies', 'by continuing to use this site',
  'by using this site, you agree', 'wir verwenden cookies', 'diese website verwendet cookies',
  'nous utilisons des cookies', 'ce site utilise des cookies', 'utilizamos cookies', 'este sitio utiliza cookies',
  'мы используем файлы cookie', 'этот сайт использует файлы cookie',
  'follow us on', 'folgen sie uns', 'suivez-nous', 'síguenos',
  'copyright ©', '© ', 'all rights reserved',
];

/** A byline or date line under the title: "By Jane Roe", "Published 3 May 2026", "Updated …". */
export const BYLINE_PREFIXES: readonly string[] = [
  'by ', 'published ', 'updated ', 'posted ', 'last updated ', 'von ', 'veröffentlicht am ',
  'aktualisiert am ', 'stand: ', 'par ', 'publié le ', 'mis à jour le ', 'por ', 'publicado ',
  'actualizado ', 'автор: ', 'опубликовано ', 'обновлено ',
];
