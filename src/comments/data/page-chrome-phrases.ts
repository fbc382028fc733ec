/**
 * Page furniture that follows the comments when a whole page is copied as text: cookie and consent
 * banners and site footers, in English, German, Spanish, French and Russian. Compared like the
 * chrome phrases (case-folded, surrounding punctuation removed). Only a trailing run of such
 * blocks is taken for page chrome, so a comment that mentions cookies stays a comment.
 */

/** Line starts of consent-banner and footer sentences (the block they open is chrome). */
export const PAGE_CHROME_PREFIXES: readonly string[] = [
  // English
  'we use cookies', 'this website uses cookies', 'this site uses cookies', 'our website uses cookies', 'our site uses cookies',
  'this website stores cookies', 'we and our partners', 'we value your privacy', 'we care about your privacy', 'your privacy choices',
  'by continuing to use this', 'by continuing to browse', 'by using this site', 'by using our site', 'by clicking “accept',
  'by clicking "accept', 'by clicking accept', 'cookies help us', 'this website uses technologies', '©', 'copyright ©', 'copyright 20',
  // German
  'wir verwenden cookies', 'wir nutzen cookies', 'wir setzen cookies', 'diese website verwendet cookies', 'diese webseite verwendet cookies',
  'diese website nutzt cookies', 'diese seite verwendet cookies', 'wir und unsere partner', 'ihre privatsphäre ist uns wichtig',
  'mit der nutzung dieser website', 'durch die nutzung dieser website', 'wenn sie auf „alle akzeptieren', 'wenn sie auf "alle akzeptieren',
  // Spanish
  'utilizamos cookies', 'usamos cookies', 'este sitio web utiliza cookies', 'este sitio utiliza cookies', 'esta web utiliza cookies',
  'este sitio web usa cookies', 'nosotros y nuestros socios', 'al continuar navegando', 'si continúa navegando', 'si continuas navegando',
  'valoramos tu privacidad', 'tu privacidad es importante',
  // French
  'nous utilisons des cookies', 'ce site utilise des cookies', 'ce site web utilise des cookies', 'notre site utilise des cookies',
  'nous et nos partenaires', 'en poursuivant votre navigation', 'en continuant à naviguer', 'en continuant votre navigation',
  'vos choix en matière de cookies', 'le respect de votre vie privée',
  // Russian
  'мы используем файлы cookie', 'мы используем cookie', 'мы используем куки', 'этот сайт использует файлы cookie',
  'этот сайт использует cookie', 'сайт использует файлы cookie', 'продолжая использовать сайт', 'продолжая пользоваться сайтом',
  'оставаясь на сайте', 'мы и наши партнёры', 'мы и наши партнеры',
];

/**
 * Whole lines of banner buttons, footer links and legal notices (no word a reader might post alone,
 * such as `OK` or `I agree`).
 */
export const PAGE_CHROME_LINES: readonly string[] = [
  // English
  'accept', 'accept all', 'accept all cookies', 'accept cookies', 'allow all', 'allow cookies', 'reject', 'reject all',
  'decline', 'deny', 'necessary only', 'only necessary', 'necessary cookies only', 'cookie settings', 'cookie preferences',
  'manage cookies', 'manage preferences', 'manage options', 'customize', 'customise', 'save preferences', 'save settings',
  'agree and close', 'more information', 'learn more', 'privacy policy',
  'privacy notice', 'privacy', 'cookie policy', 'cookies policy', 'terms', 'terms of use', 'terms of service',
  'terms and conditions', 'imprint', 'legal notice', 'legal', 'about', 'about us', 'contact', 'contact us', 'advertise',
  'advertising', 'careers', 'jobs', 'newsletter', 'sitemap', 'rss', 'follow us', 'back to top', 'all rights reserved',
  'do not sell my personal information', 'do not sell or share my personal information', 'accessibility',
  // German
  'akzeptieren', 'alle akzeptieren', 'alle cookies akzeptieren', 'zustimmen', 'alle zulassen', 'ablehnen', 'alle ablehnen',
  'nur notwendige', 'nur notwendige cookies', 'nur essenzielle cookies', 'einstellungen', 'cookie-einstellungen',
  'cookie einstellungen', 'einstellungen verwalten', 'auswahl speichern', 'mehr erfahren',
  'weitere informationen', 'datenschutz', 'datenschutzerklärung', 'datenschutzhinweise', 'impressum', 'agb',
  'nutzungsbedingungen', 'kontakt', 'über uns', 'mediadaten', 'werben', 'karriere', 'nach oben', 'alle rechte vorbehalten',
  'barrierefreiheit', 'privatsphäre-einstellungen',
  // Spanish
  'aceptar', 'aceptar todo', 'aceptar todas', 'aceptar cookies', 'aceptar todas las cookies', 'rechazar', 'rechazar todo',
  'rechazar todas', 'configurar', 'configurar cookies', 'configuración de cookies', 'personalizar', 'más información',
  'política de privacidad', 'política de cookies', 'aviso legal', 'términos y condiciones', 'condiciones de uso',
  'contacto', 'quiénes somos', 'sobre nosotros', 'publicidad', 'volver arriba', 'todos los derechos reservados',
  // French
  'accepter', 'tout accepter', 'accepter tout', 'accepter et fermer', 'refuser', 'tout refuser', 'continuer sans accepter',
  'paramétrer', 'paramètres des cookies', 'gérer les cookies', 'personnaliser', 'en savoir plus', 'politique de confidentialité', 'politique de cookies', 'politique relative aux cookies', 'mentions légales',
  'conditions générales', "conditions générales d'utilisation", 'cgu', 'nous contacter', 'qui sommes-nous', 'publicité',
  'retour en haut', 'tous droits réservés',
  // Russian
  'принять', 'принять все', 'отклонить', 'отклонить все', 'настройки', 'настроить',
  'настройки cookie', 'подробнее', 'политика конфиденциальности', 'политика обработки персональных данных',
  'пользовательское соглашение', 'правовая информация', 'контакты', 'о нас', 'о проекте', 'реклама', 'наверх',
  'все права защищены',
];
