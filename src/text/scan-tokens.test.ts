import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointEnd } from './code-units.js';
import { scanTokens } from './scan-tokens.js';
import { isSpaceCode } from './span.js';
import type { Token } from './tokenize.js';

function scanned(input: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(input, (start, end, kind) => tokens.push({ text: input.slice(start, end), start, end, kind }));
  return tokens;
}

/**
 * The token grammar read the slow, plain way, every token by its regular expression: the oracle
 * that scanTokens' ASCII shortcuts must agree with.
 */
function byGrammar(input: string): Token[] {
  const word = /[\p{L}\p{M}\p{N}]+(?:(?:['’\-\u2010\u2011]|(?<=\p{Nd})[.,](?=\p{Nd}))[\p{L}\p{M}\p{N}]+)*/uy;
  const glue = /[\p{M}\p{Emoji_Modifier}\u{e0020}-\u{e007f}]/uy;
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (isSpaceCode(input.charCodeAt(i))) {
      i++;
      continue;
    }
    word.lastIndex = i;
    let end: number;
    let kind: Token['kind'];
    if (!/[\0-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]/.test(input[i] ?? '') && word.test(input)) {
      end = word.lastIndex;
      kind = /^\p{Nd}+(?:[.,]\p{Nd}+)*$/u.test(input.slice(i, end)) ? 'number' : 'word';
    } else {
      end = codePointEnd(input, i);
      for (;;) {
        glue.lastIndex = end;
        if (glue.test(input)) end = glue.lastIndex;
        else if (input.charCodeAt(end) === 0x200d && end + 1 < input.length) end = codePointEnd(input, end + 1);
        else break;
      }
      kind = /\p{P}/u.test(input.slice(i, end)) ? 'punctuation' : 'symbol';
    }
    tokens.push({ text: input.slice(i, end), start: i, end, kind });
    i = end;
  }
  return tokens;
}

// Where the ASCII shortcuts stop and the regular expressions take over: joiners after letters and
// digits, non-ASCII letters, combining marks and modifiers after ASCII, joiners at the very end.
const PIECES = [
  'a', 'Z', 'word', 'Marin', '7', '2024', '3,400.50', '1.', '1,', '.5', ',', '.', "'", '’', '-', '‐', '\u2011',
  ' ', '\n', '\u00a0', '\u200b', '\u200d', '\u0301', '🏽', '👍', '😀', '\udc00', '\ud83d', '\0', '$', '%', '+', '<',
  'é', 'ß', 'Ω', 'ж', '٣', '१', '𝒜', '“', '”', '«', '…', '—', '_', '`', '~', '\u{e0067}',
];

describe('scanTokens', () => {
  it('visits the tokens of the grammar, with their kinds', () => {
    const input = "Don't pay $3,400.50 for well-known goods! 1990s 42 x2 rock ’n’ roll 👍🏽 e\u0301te\u0301";
    expect(scanned(input)).toEqual(byGrammar(input));
    expect(scanned(input).map((token) => token.kind)).toContain('number');
  });

  it('cuts every text as the grammar does, at the edges of its ASCII shortcuts', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 30 })), (input) => {
      expect(scanned(input)).toEqual(byGrammar(input));
    }), { seed: 8, numRuns: 3000 });
  });

  it('visits nothing in blank text', () => {
    expect(scanned(' \n\u00a0\u200b')).toEqual([]);
  });
});
