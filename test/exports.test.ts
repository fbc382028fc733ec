import { describe, expect, it } from 'vitest';
import * as article from '../src/article/index.js';
import * as comments from '../src/comments/index.js';
import * as root from '../src/index.js';
import * as language from '../src/language/index.js';
import * as numbers from '../src/numbers/index.js';
import * as quotes from '../src/quotes/index.js';

const TEXT_LAYER = [
  'dashKind',
  'foldName',
  'isPrime',
  'nameSimilarity',
  'quoteMarkAt',
  'singleQuoteRole',
  'splitParagraphs',
  'splitSentences',
  'tokenize',
  'words',
];

// Each subpath pins its own export list beside its code; the root is exactly the text layer plus
// every capability, so nothing reaches the public surface by accident.
describe('public exports', () => {
  it('root = text layer + every capability', () => {
    const expected = new Set([...TEXT_LAYER, ...[quotes, numbers, language, comments, article].flatMap((m) => Object.keys(m))]);
    expect(Object.keys(root).sort()).toEqual([...expected].sort());
  });

  it('each capability pins its exports', () => {
    expect(Object.keys(quotes).sort()).toEqual(['analyzeQuotes', 'clusterSpeakers', 'extractQuotes']);
    expect(Object.keys(numbers).sort()).toEqual(['extractNumbers', 'parseNumber']);
    expect(Object.keys(article).sort()).toEqual(['analyzeArticle']);
    expect(Object.keys(language).sort()).toEqual(['detectLanguage', 'detectLanguages', 'languageInfo', 'languageName', 'supportedLanguages', 'toIso6391', 'toIso6393']);
  });
});
