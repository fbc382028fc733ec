/**
 * A fingerprint of what `extractNumbers` returns, to show that a change meant for speed changes no
 * output: sha256 over `JSON.stringify(extractNumbers(text, options))` for the bench corpus at a
 * few seeds, the bench pages, the hand-written news cases, generated soups of number words,
 * digits, signs and units in every locale (hostile on purpose: glued, hyphenated, split across
 * lines and chunk boundaries), and the input sentences of the Recognizers-Text specs when they are
 * present (hashed only, never looked at).
 *
 * Run: `nice npx tsx scripts/numbers/output-hash.ts` (HASH_PARTS=corpus,pages,cases,soup,specs
 * picks parts; each part's hash is printed, then the total).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, newsCorpus, newsNumber, newsPages, type Rng } from '../bench/corpus.js';
import { buildEnglish } from '../../src/numbers/data/en.js';
import type { Lexicon } from '../../src/numbers/data/lexicon.js';
import { buildFrench, buildGerman, buildSpanish } from '../../src/numbers/data/romance-germanic.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, UNIT_SYMBOLS } from '../../src/numbers/data/symbols.js';
import { extractNumbers } from '../../src/numbers/index.js';
import type { ExtractNumbersOptions, NumberLocale } from '../../src/numbers/types.js';

const SPECS = '/work/shared/data/numbers/recognizers-specs';
const ROOT = new URL('../../', import.meta.url).pathname;
const MB = 1 << 20;
const parts = new Set((process.env.HASH_PARTS ?? 'corpus,pages,cases,soup,specs').split(','));

/** One hash per part, fed every output in a fixed order. */
function hashOf(inputs: Iterable<readonly [string, ExtractNumbersOptions]>): { hash: string; texts: number; mentions: number } {
  const hash = createHash('sha256');
  let texts = 0;
  let mentions = 0;
  for (const [text, options] of inputs) {
    const found = extractNumbers(text, options);
    hash.update(JSON.stringify(found));
    hash.update('\u0000');
    texts++;
    mentions += found.length;
  }
  return { hash: hash.digest('hex'), texts, mentions };
}

function* corpus(): Generator<readonly [string, ExtractNumbersOptions]> {
  for (const seed of [1, 7, 2026]) yield [newsCorpus(MB, seed), {}];
}

function* pages(): Generator<readonly [string, ExtractNumbersOptions]> {
  for (const page of newsPages(2 * MB)) yield [page, {}];
}

function* cases(): Generator<readonly [string, ExtractNumbersOptions]> {
  const file = join(ROOT, 'test/fixtures/numbers/news-cases.json');
  const list = JSON.parse(readFileSync(file, 'utf8')) as { text: string }[];
  for (const { text } of list) {
    yield [text, {}];
    yield [text, { relativeOrdinals: true }];
  }
}

const LEXICONS: Record<NumberLocale, () => Lexicon> = { en: buildEnglish, de: buildGerman, fr: buildFrench, es: buildSpanish };

/** Every word and phrase a locale's lexicon names, with the shared symbols and codes. */
function atomsOf(lexicon: Lexicon): string[] {
  const atoms = new Set<string>();
  for (const value of Object.values(lexicon)) {
    if (Array.isArray(value)) for (const word of value) if (typeof word === 'string') atoms.add(word);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
        atoms.add(key);
        if (Array.isArray(inner)) for (const word of inner) if (typeof word === 'string') atoms.add(word);
      }
    }
  }
  for (const table of [CURRENCY_SYMBOLS, CURRENCY_CODES, UNIT_SYMBOLS]) for (const key in table) atoms.add(key);
  return [...atoms];
}

const DIGITS = ['0', '7', '12', '2023', '1999', '07', '3.4', '3,4', '1,234', '1.234,5', '1 234 567', "1'000", '10.30', '192.168.1.2', '22,24,26', '5/17/2018', '2019/20', '1e6', '1.3x10^6', '½', '¾', '10:30', '555-123-4567', '+44'];
const MARKS = ['-', '–', '—', '/', ':', '.', ',', '%', '$', '€', '£', '¥', '(', ')', '[', ']', "'", '’', '"', '“', '”', '#', '+', '−', '^', '×', '°', '&', '…'];
const GAPS = [' ', ' ', ' ', ' ', '', '', '  ', '\n', '\n\n', '\u00a0', '\t'];
const FILLER = ['the', 'of', 'in', 'was', 'and', 'a', 'to', 'The', 'In', 'Lot', 'Flight', 'No', 'version', 'said', 'rose', 'fell', 'people', 'tall', 'years', 'old', 'ago', 'am', 'pm', 'Uhr', 'http', 'www', 'one', 'no', 'which', 'x', 'e', 'm', 'G', 'C', 'constructor', '__proto__', 'toString', 'Ünïcödé', 'ÉTÉ', '𝟘', '😀', '\ud800', 'Übergrößen'];

/** A soup of atoms glued or spaced at random: what a careful reader never writes, but text holds. */
function soup(rng: Rng, atoms: readonly string[], length: number): string {
  let out = '';
  while (out.length < length) {
    const roll = rng.int(10);
    let atom: string;
    if (roll < 4) atom = rng.pick(atoms);
    else if (roll < 6) atom = rng.pick(DIGITS);
    else if (roll < 7) atom = rng.pick(MARKS);
    else if (roll < 8) atom = newsNumber(rng);
    else atom = rng.pick(FILLER);
    const casing = rng.int(20);
    if (casing < 3) atom = atom.toUpperCase();
    else if (casing < 6) atom = atom.charAt(0).toUpperCase() + atom.slice(1);
    out += atom + rng.pick(GAPS);
  }
  return out;
}

function* soups(): Generator<readonly [string, ExtractNumbersOptions]> {
  for (const [index, locale] of (['en', 'de', 'fr', 'es'] as const).entries()) {
    const rng = createRng(100 + index);
    const atoms = atomsOf(LEXICONS[locale]());
    // Short texts (every start and end condition) and long ones (chunk boundaries every 2,048 characters).
    for (let n = 0; n < 400; n++) yield [soup(rng, atoms, 10 + rng.int(200)), { locale, relativeOrdinals: n % 2 === 0 }];
    for (let n = 0; n < 4; n++) yield [soup(rng, atoms, 60_000), { locale, relativeOrdinals: n % 2 === 1 }];
  }
  // Long runs that stress the scanner: digits with separators, one word, marks.
  yield ['1,234,'.repeat(20_000), {}];
  yield ['9'.repeat(50_000), {}];
  yield ['three hundred and '.repeat(5_000), {}];
  yield ['zweihundertfünfundvierzig '.repeat(3_000), { locale: 'de' }];
  yield ['– $ 5 - 10 % '.repeat(5_000), {}];
}

const LOCALE_OF: Record<string, NumberLocale> = { English: 'en', German: 'de', French: 'fr', Spanish: 'es' };

function* specs(): Generator<readonly [string, ExtractNumbersOptions]> {
  if (!existsSync(SPECS)) return;
  for (const group of ['Number', 'NumberWithUnit']) {
    for (const language of Object.keys(LOCALE_OF).sort()) {
      const dir = join(SPECS, group, language);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
        const list = JSON.parse(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/u, '')) as { Input: string }[];
        for (const { Input } of list) {
          yield [Input, { locale: LOCALE_OF[language] ?? 'en' }];
          if (language !== 'English') yield [Input, {}];
        }
      }
    }
  }
}

const PARTS = { corpus, pages, cases, soup: soups, specs } as const;
const total = createHash('sha256');
for (const [name, inputs] of Object.entries(PARTS)) {
  if (!parts.has(name)) continue;
  const { hash, texts, mentions } = hashOf(inputs());
  total.update(`${name}:${hash}\n`);
  console.log(`${name.padEnd(7)} ${hash}  (${texts} texts, ${mentions} mentions)`);
}
console.log(`total   ${total.digest('hex')}`);
