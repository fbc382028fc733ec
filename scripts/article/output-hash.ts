/**
 * A fingerprint of what whole-page analysis and language detection answer, for showing that a
 * speed change changes no output: SHA-256 of the JSON of `analyzeArticle` over the benchmark's
 * text and HTML pages and the test fixtures, and of `detectLanguage` over the development
 * catalogues' messages (single words to sentences, 35 languages) and the benchmark sentences.
 *
 * Usage: nice npx tsx scripts/article/output-hash.ts [--mb N] (text pages' size, default 5)
 * [--only analyzeArticle] (only the rows whose name starts so)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { multilingualSentences, newsHtmlPages, newsPages } from '../bench/corpus.js';
import { analyzeArticle } from '../../src/article/index.js';
import { findCommentSection, parseTextComments } from '../../src/comments/index.js';
import { detectLanguage } from '../../src/language/detect-language.js';
import { devSet } from '../language/dev-set.js';
import { FLOOD_PAGE, HTML_PAGE, NO_COMMENTS_PAGE } from '../../test/fixtures/article/pages.js';

const args = process.argv.slice(2);
const at = args.indexOf('--mb');
const MB = 1 << 20;
const size = Number(at >= 0 ? args[at + 1] : 5) * MB;
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : '';

function hash(values: Iterable<unknown>): string {
  const sha = createHash('sha256');
  for (const value of values) sha.update(`${JSON.stringify(value)}\n`);
  return sha.digest('hex').slice(0, 16);
}

const fixtureDirs = ['text', 'html'].map((dir) => new URL(`../../test/fixtures/comments/${dir}/`, import.meta.url));
const fixtures = [FLOOD_PAGE, NO_COMMENTS_PAGE, HTML_PAGE, ...fixtureDirs.flatMap((dir) => readdirSync(dir).sort().map((file) => readFileSync(new URL(file, dir), 'utf8')))];
const text = newsPages(size);
const html = newsHtmlPages(size / 5);
const LANGS = 'en de fr es it pt nl sv da nb fi pl cs sk hu ro ru uk be bg sr hr sl lt lv et tr el ar he fa hi vi id gl ca ja zh ko th'.split(' ');
const wantsLanguage = only === '' || only.startsWith('detectLanguage');
const messages = wantsLanguage ? [...devSet(LANGS, 1500).values()].flat() : [];

const rows: [string, number, () => Iterable<unknown>][] = [
  ['analyzeArticle text pages', text.length, () => text.map((page) => analyzeArticle(page))],
  ['analyzeArticle text pages, comment details', text.length, () => text.slice(0, 200).map((page) => analyzeArticle(page, { commentDetails: true }))],
  ['analyzeArticle HTML pages', html.length, () => html.map((page) => analyzeArticle(page))],
  ['analyzeArticle fixtures', fixtures.length, () => fixtures.flatMap((page) => [analyzeArticle(page), analyzeArticle(page, { format: 'text' })])],
  ['parseTextComments text pages', text.length, () => text.map((page) => parseTextComments(page))],
  ['findCommentSection text pages', text.length, () => text.map((page) => findCommentSection(page))],
  ['detectLanguage dev messages', messages.length, () => messages.map((m) => detectLanguage(m))],
  ['detectLanguage dev messages, options', messages.length, () => messages.slice(0, 5000).map((m) => [detectLanguage(m, { only: ['de', 'nl', 'en', 'sr', 'ru'] }), detectLanguage(m, { candidates: 'all', minLength: 5 }), detectLanguage(m, { ignore: ['en'] })])],
  ['detectLanguage bench sentences', 20000, () => multilingualSentences(20_000).map((s) => detectLanguage(s))],
];
for (const [name, count, run] of rows.filter(([name]) => name.startsWith(only))) console.log(`${name} (${count}): ${hash(run())}`);
