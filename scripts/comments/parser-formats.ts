/**
 * Each structured comment parser and the export format `npm run bench:linear` feeds it
 * (parseComments: Reddit JSON), for the measuring scripts in this folder.
 */
export const PARSER_FORMATS: Readonly<Record<string, string>> = {
  parseComments: 'reddit-json',
  parseRedditJson: 'reddit-json',
  parseHackerNewsJson: 'hn-algolia-json',
  parseDiscourseJson: 'discourse-json',
  parseYoutubeJson: 'youtube-json',
  parseCommentoJson: 'commento-json',
  parseWordpressWxr: 'wordpress-wxr',
  parseDisqusXml: 'disqus-xml',
};
