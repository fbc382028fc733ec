/**
 * Fingerprints what `analyzeQuotes` returns over many inputs, so a change meant only to make
 * extraction faster can prove its output byte-identical: run before and after, compare the lines.
 * Inputs: the benchmark pages, news-like text, unbalanced marks, the hand-made news cases, the
 * article and text-layer fixtures, the hostile corpora, and thousands of seeded variants of the
 * news sentences (marks dropped, doubled, swapped and moved; case flipped; paragraphs joined).
 * Also hashes `extractQuotes` with options, and the LitBank sample when the shared data is there.
 *
 * Run: `npx tsx scripts/quotes/output-hash.ts` (prints one SHA-256 per input family and a total).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRng, newsPages, newsSentence, type Rng } from '../bench/corpus.js';
import { analyzeQuotes, extractQuotes } from '../../src/quotes/index.js';
import { EXTRA_TEXT_CORPORA, ISSUE_TEXT_CORPORA } from '../../test/adversarial/corpora.js';
import { FLOOD_PAGE, NO_COMMENTS_PAGE } from '../../test/fixtures/article/pages.js';
import { ARTICLE, TRICKY } from '../../test/fixtures/text/articles.js';
import { newsText, unbalancedText } from './news-text.js';

const CASES = new URL('../../test/fixtures/quotes/news-cases.json', import.meta.url);
const LITBANK = new URL('../../../../shared/data/quotes/litbank-sample.jsonl', import.meta.url);
const MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '`', '``', "''", '「', '」', ' — ', ':', ',', '.'];

/** Seeded variants of news sentences: the rules' edge cases, many times over. */
function mutants(count: number, seed: number): string[] {
  const rng = createRng(seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const parts: string[] = [];
    for (let s = 0, total = 1 + rng.int(6); s < total; s++) parts.push(mutate(rng, newsSentence(rng)));
    out.push(parts.join(rng.pick([' ', ' ', '\n', '\n\n', '\n\n'])));
  }
  return out;
}

function mutate(rng: Rng, sentence: string): string {
  let text = sentence;
  for (let edits = rng.int(4); edits > 0; edits--) {
    const at = rng.int(text.length + 1);
    switch (rng.int(6)) {
      case 0: text = text.slice(0, at) + text.slice(at + 1); break;
      case 1: text = text.slice(0, at) + rng.pick(MARKS) + text.slice(at); break;
      case 2: text = text.toLowerCase(); break;
      case 3: text = text.replace(/[“”]/gu, '"'); break;
      case 4: text = text.replace(/[“”]/gu, (mark) => (mark === '“' ? '‘' : '’')); break;
      default: text = text.slice(0, at) + rng.pick(['he', 'She', 'Mr.', 'the mayor', 'according to', 'said', 'told reporters that', 'Marin', 'Zelenskyy']) + ' ' + text.slice(at);
    }
  }
  return text;
}

function families(): [string, string[]][] {
  const cases = (JSON.parse(readFileSync(CASES, 'utf8')) as { text: string }[]).map((item) => item.text);
  const list: [string, string[]][] = [
    ['bench pages (1 MB)', newsPages(1 << 20)],
    ['news text', [newsText(1 << 20), newsText(300_000, 7), newsText(300_000, 99)]],
    ['unbalanced', [unbalancedText(300_000)]],
    ['news cases', cases],
    ['fixtures', [FLOOD_PAGE, NO_COMMENTS_PAGE, ARTICLE, ...TRICKY, cases.join('\n\n'), cases.join(' ')]],
    ['hostile', [...Object.values(ISSUE_TEXT_CORPORA), ...Object.values(EXTRA_TEXT_CORPORA)].map((build) => build())],
    ['mutants', mutants(6000, 11)],
  ];
  if (existsSync(LITBANK)) {
    const docs = readFileSync(LITBANK, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
    list.push(['litbank', docs]);
  }
  return list;
}

const total = createHash('sha256');
for (const [name, inputs] of families()) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    hash.update(JSON.stringify(analyzeQuotes(input)));
    hash.update(JSON.stringify(extractQuotes(input, { kinds: ['direct', 'mixed'], minConfidence: 0.7, maxScareWords: 2 })));
  }
  const digest = hash.digest('hex');
  total.update(digest);
  console.log(`${name.padEnd(20)} ${String(inputs.length).padStart(5)} inputs  ${digest.slice(0, 16)}`);
}
console.log(`${'total'.padEnd(33)} ${total.digest('hex').slice(0, 16)}`);
