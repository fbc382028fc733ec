/**
 * fast-check generators for the inputs a text library gets fed: hostile pieces of Unicode mixed
 * with news words, and real-looking news pages with hostile pieces inserted.
 */
import fc from 'fast-check';
import { createRng, newsPage, newsSentence } from '../../scripts/bench/corpus.js';
import { FORMAT_GENERATORS, type ThreadShape } from '../../scripts/bench/formats.js';

/** Pieces that break naive text code: line endings, NUL, bidi and zero-width marks, surrogates. */
const HOSTILE = [
  '\r\n', '\r', '\n', '\n\n', '\n\n\n', '\u2028', '\u2029', '\t', '\0', '\u0007', '\u007f',
  '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u202f',
  '\ud83d', '\ude00', '\udc00', '\udbff', '\ud800\ud800', '😀', '👩‍👩‍👧‍👦', '🇺🇦', '👍🏽', '𝒜', '𠀀', 'e\u0301', '\u0301',
  '“', '”', '"', "'", '’', '‘', '«', '»', '‹', '›', '„', '‚', '``', "''", '「', '」', '′', '″',
  '—', '–', '-', '‐', '−', '…', '...', '.', '?', '!', ',', ':', ';', '%', '‰', '$', '€', '£', '¥', '₽', '½', '²',
  '/', '(', ')', '[', ']', '<', '>', '&', '{', '}', '\\', '@', '#', '*', '_', '=', '+', '·',
  ' ', '  ', '<div>', '</div>', '<p>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&#x27;',
];

/** Words and numbers a news text is made of, in several scripts. */
const NEWSY = [
  'said', 'says', 'told', 'according to', 'he', 'she', 'they', 'Mr.', 'Dr.', 'Gov.', 'Jan.', 'U.S.', 'J. K.',
  'President', 'Sanna Marin', 'Zelensky', 'Zelenskyy', 'the', 'of', 'and', 'that', 'per cent', 'percent',
  'percentage points', 'billion', 'bn', 'm', 'km', 'million', 'about', 'around', 'more than', 'between',
  'one in four', 'two-thirds', 'half', '1980s', '’90s', 'rock ’n’ roll', "don't", '2023', 'March 3rd', '68.2%',
  '$3.4bn', '€2,7 Mrd', '1:50', '1,234,567', '3.14', '-12', '10^6', '0x1F', '1e9', 'v2.1.3', '+44 20 7946 0958', '12:30',
  'Reply', 'Leave a Reply', 'says:', 'sagte', 'dijo', 'Привет', 'мир', 'сказал', 'Україна', 'це', 'ў',
  'Straße', 'été', 'Łódź', 'مرحبا', 'שלום', '中文', '日本語', 'ภาษาไทย', 'हिन्दी',
];

const loneSurrogate = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdbff }),
  fc.integer({ min: 0xdc00, max: 0xdfff }),
).map((code) => String.fromCharCode(code));

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 4 },
  { arbitrary: fc.constantFrom(...NEWSY), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }), weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: fc.nat({ max: 1_000_000 }).map(String), weight: 1 },
);

/** Short strings mixing hostile Unicode with news words, glued or separated by spaces. */
export const hostileText = fc
  .tuple(fc.array(piece, { maxLength: 40 }), fc.constantFrom('', ' ', '\n'))
  .map(([parts, glue]) => parts.join(glue));

/** Any string at all, code unit by code unit (lone surrogates included). */
export const anyString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 60 });

/** A very long line: one piece repeated, with no line break. */
export const longLine = fc
  .tuple(fc.constantFrom('word', '“', '1,000', 'a', '—', '😀', ' ', 'said “', '\u200d'), fc.integer({ min: 500, max: 6000 }))
  .map(([unit, times]) => unit.repeat(times));

/** A generated news page (article + comment section), with hostile pieces inserted at random places. */
export const newsText = fc
  .tuple(fc.integer(), fc.array(fc.tuple(fc.nat(), piece), { maxLength: 8 }), fc.boolean())
  .map(([seed, insertions, crlf]) => {
    const rng = createRng(seed);
    const text = insertAll(rng.chance(0.5) ? newsPage(rng) : `${newsSentence(rng)} ${newsSentence(rng)}`, insertions);
    return crlf ? text.replace(/\n/gu, '\r\n') : text;
  });

/** Every kind of text input, weighted towards the kinds that find bugs. */
export const textInput = fc.oneof(
  { arbitrary: hostileText, weight: 4 },
  { arbitrary: newsText, weight: 4 },
  { arbitrary: anyString, weight: 2 },
  { arbitrary: longLine, weight: 1 },
);

/** Values that are not strings, for the TypeError contract. */
export const NON_STRINGS: readonly unknown[] = [undefined, null, 42, 0, true, {}, [], ['text'], new String('boxed'), Symbol('s'), 10n, () => 'text'];

/** Inserts pieces at the given places (positions taken modulo the growing length). */
function insertAll(text: string, insertions: readonly (readonly [number, string])[]): string {
  let out = text;
  for (const [at, inserted] of insertions) {
    const index = at % (out.length + 1);
    out = out.slice(0, index) + inserted + out.slice(index);
  }
  return out;
}

const markupPiece = fc.oneof(
  piece,
  fc.constantFrom('<div>', '</div>', '<li class="comment depth-3">', '</ol>', '<ul class="children">', '<p', '<!--', '<script>', '</script>', '<![CDATA[', '"', "'", '=', '&', '&#0;', '&#xD800;', '<br/>', '<?xml ?>', '<a href="x">', '</a>', '<html>', '<body>'),
);

/** A generated comment page (WordPress or Hacker News markup) with markup and text pieces inserted. */
export const htmlInput = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.integer(), fc.constantFrom('html', 'hn-html'), fc.nat({ max: 8 }), fc.boolean(), fc.array(fc.tuple(fc.nat(), markupPiece), { maxLength: 8 }))
      .map(([seed, format, count, chain, insertions]) => insertAll((FORMAT_GENERATORS[format] as (shape: ThreadShape) => string)({ count, seed, chain }), insertions)),
    weight: 5,
  },
  { arbitrary: fc.array(markupPiece, { maxLength: 40 }).map((parts) => parts.join('')), weight: 3 },
  { arbitrary: anyString, weight: 1 },
);

/** A generated export in `format`: valid, cut short, with pieces inserted, or other JSON entirely. */
export function exportInput(format: string): fc.Arbitrary<string> {
  const generate = FORMAT_GENERATORS[format];
  if (generate === undefined) throw new Error(`no generator for ${format}`);
  const valid = fc.tuple(fc.integer(), fc.nat({ max: 8 }), fc.boolean()).map(([seed, count, chain]) => generate({ count, seed, chain }));
  return fc.oneof(
    { arbitrary: valid, weight: 4 },
    { arbitrary: fc.tuple(valid, fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1))), weight: 2 },
    { arbitrary: fc.tuple(valid, fc.array(fc.tuple(fc.nat(), markupPiece), { minLength: 1, maxLength: 4 })).map(([text, insertions]) => insertAll(text, insertions)), weight: 2 },
    { arbitrary: valid.map((text) => text.replaceAll('"id"', '"__proto__"').replaceAll('"author"', '"constructor"')), weight: 1 },
    { arbitrary: fc.json(), weight: 1 },
    { arbitrary: anyString, weight: 1 },
  );
}
