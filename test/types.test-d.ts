import { expectTypeOf, test } from 'vitest';
import { splitParagraphs, splitSentences, tokenize, type Paragraph, type TextSpan, type Token } from '../src/index.js';

test('text layer results are typed spans', () => {
  expectTypeOf(splitSentences).parameter(0).toEqualTypeOf<string>();
  expectTypeOf(splitSentences('')).toEqualTypeOf<TextSpan[]>();
  expectTypeOf(splitParagraphs('')).toEqualTypeOf<Paragraph[]>();
  expectTypeOf(tokenize('')[0]).toEqualTypeOf<Token | undefined>();
  expectTypeOf<Token['kind']>().toEqualTypeOf<'word' | 'number' | 'punctuation' | 'symbol'>();
});
