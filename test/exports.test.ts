import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';

// Pins the public surface of every entry point: adding or removing an export is a deliberate,
// reviewed change (and a CHANGELOG entry), never an accident.
describe('public exports', () => {
  it('root', () => {
    expect(Object.keys(root).sort()).toEqual([
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
    ]);
  });
});
