import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanTokens } from './scan-tokens.js';
import { tokenize, type Token } from './tokenize.js';

function scanned(input: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(input, (start, end, kind) => tokens.push({ text: input.slice(start, end), start, end, kind }));
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
  it('visits the tokens of tokenize, with their kinds', () => {
    const input = "Don't pay $3,400.50 for well-known goods! 1990s 42 x2 rock ’n’ roll 👍🏽 e\u0301te\u0301";
    expect(scanned(input)).toEqual(tokenize(input));
    expect(scanned(input).map((token) => token.kind)).toContain('number');
  });

  it('cuts every text as tokenize does, at the edges of its ASCII shortcuts', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 30 })), (input) => {
      expect(scanned(input)).toEqual(tokenize(input));
    }), { seed: 8, numRuns: 3000 });
  });

  it('visits nothing in blank text', () => {
    expect(scanned(' \n\u00a0\u200b')).toEqual([]);
  });
});
