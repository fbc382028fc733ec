/**
 * Whole-page analysis: one call that reads a scraped news page (title, article, reader comments)
 * with every capability of presslens.
 *
 * @packageDocumentation
 */
export { analyzeArticle } from './analyze-article.js';
export type { AnalyzeArticleOptions, Article, ArticleComment, ArticleFeature, ArticleThread, ArticleWarning } from './types.js';
