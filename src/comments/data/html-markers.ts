/**
 * Markup vocabulary of comment systems, as data. Selectors are CSS (css-select syntax) and are
 * tried in order: the first that matches inside a comment wins.
 */

/** Where the author's display name sits inside one comment, most specific first. */
export const AUTHOR_SELECTORS: readonly string[] = [
  '.fn',
  '[itemprop=author] [itemprop=name]',
  '[itemprop=author]',
  '.comment-author .url',
  '.comment-author strong',
  '.comment-author b',
  '.comment-author a:not(.comment-reply-link)',
  'cite strong',
  'cite b',
  '.comment-author',
  '.comment-author-name',
  '.comment_author',
  '.commentauthor',
  '.author-name',
  '.username',
  '.user-name',
  '.author',
  '.name',
  '.nickname',
  'cite',
];

/** Where the comment's own text sits, most specific first. */
export const BODY_SELECTORS: readonly string[] = [
  '[itemprop=text]',
  '.comment-content',
  '.comment-text',
  '.comment_text',
  '.commenttext',
  '.comment-entry',
  '.comment-body-text',
  '.contenttext',
  '.comment-message',
  '.comment__content',
  '.comment__body',
  '.comment-body',
  '.text',
  '.content',
];

/** Where a time stamp sits when there is no `<time datetime>`. */
export const TIME_SELECTORS: readonly string[] = [
  'time',
  '[itemprop=datePublished]',
  '[itemprop=dateCreated]',
  '.comment-date',
  '.comment-time',
  '.comment-metadata a',
  '.comment-metadata',
  '.commentmetadata a',
  '.commentmetadata',
  '.date',
];

/**
 * Chrome inside a comment element that is not the comment's text: who/when lines, reply and like
 * links, avatars, moderation notes, forms.
 */
export const CHROME_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'footer',
  'img',
  '.avatar',
  '.comment-author',
  '.comment-meta',
  '.comment-metadata',
  '.commentmetadata',
  '.comment-awaiting-moderation',
  '.reply',
  '.comment-reply-link',
  '.comment-reply',
  '.comment-actions',
  '.comment-likes',
  '.comment-like',
  '.says',
  '.edit-link',
  '.comment-edit-link',
  '.sharedaddy',
  '[itemprop=author]',
].join(',');

/**
 * Words that mark an element as (part of) a comment section when they occur in its id or class, in
 * the languages presslens covers.
 */
export const COMMENT_CONTAINER_HINTS: readonly string[] = [
  'comment',
  'kommentar',
  'comentario',
  'commentaire',
  'commento',
  'commentaar',
  'komentarz',
  'комментар',
  'discussion',
  'replies',
  'respond',
];

/** Lists that WordPress and wpDiscuz render even when a post has no comments. */
export const KNOWN_COMMENT_LISTS = '.comment-list,.commentlist,.comments-list,.wpd-thread-list';

/** JavaScript-only comment widgets: how to recognise the placeholder or loader in the page. */
export interface EmbedMarker {
  /** The widget's name, as reported in warnings. */
  readonly system: string;
  /** A selector for its placeholder element or loader script. */
  readonly selector: string;
}

/** Comment widgets whose comments never appear in the served HTML. */
export const EMBED_MARKERS: readonly EmbedMarker[] = [
  { system: 'Disqus', selector: '#disqus_thread,script[src*="disqus.com"],script[src*="disquscdn.com"]' },
  { system: 'Commento', selector: '#commento,script[src*="commento"]' },
  { system: 'Facebook Comments', selector: '.fb-comments' },
  { system: 'giscus', selector: 'script[src*="giscus.app"],.giscus' },
  { system: 'utterances', selector: 'script[src*="utteranc.es"]' },
  { system: 'Hyvor Talk', selector: '#hyvor-talk-view,hyvor-talk-comments' },
  { system: 'Remark42', selector: '#remark42' },
  { system: 'Coral Talk', selector: '#coral_thread,#coral-thread' },
  { system: 'Isso', selector: '#isso-thread' },
  { system: 'Cusdis', selector: '#cusdis_thread' },
];

/** Notes that a comment awaits moderation (WordPress shows them to the comment's author). */
export const PENDING_SELECTOR = '.comment-awaiting-moderation,.wpd-comment-status-pending';

/** Class names WordPress' `comment_class()` gives every comment item, besides `depth-N`. */
export const WORDPRESS_ITEM_CLASSES: readonly string[] = ['comment', 'pingback', 'trackback', 'review'];
