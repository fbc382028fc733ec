/**
 * Hostile inputs, built on demand: each is what a scraper really delivers on a bad day, sized so
 * that a super-linear algorithm shows up as a slow test instead of passing quietly.
 *
 * ADVERSARIAL_SCALE (default 1) multiplies every size, e.g. `ADVERSARIAL_SCALE=8` for a long run.
 */
import { createRng, newsSentence } from '../../scripts/bench/corpus.js';

const SCALE = Number(process.env.ADVERSARIAL_SCALE ?? 1);
const KB = 1024;
const MB = 1024 * KB;

/** Repeats `unit` until the string is `chars` long (times the scale). */
function fill(unit: string, chars: number): string {
  const length = Math.round(chars * SCALE);
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** The inputs the reliability issue names, at the sizes it names. */
export const ISSUE_TEXT_CORPORA: Readonly<Record<string, () => string>> = {
  '10,000 unbalanced “ marks': () => Array.from({ length: Math.round(10_000 * SCALE) }, (_, i) => `“Quote ${i} opens, he said. `).join(''),
  '1 MB of one word': () => fill('Donaudampfschifffahrt', MB),
  '1 MB of digits with separators': () => fill('1,234,567.890 ', MB / 2) + fill('9', MB / 4) + fill('12,3', MB / 4),
  'deeply nested quotes (5,000 levels)': () => {
    const opens = ['“', '‘', '«', '„', '"', "'"];
    const closes = ['”', '’', '»', '“', '"', "'"];
    let head = '';
    let tail = '';
    for (let depth = 0; depth < Math.round(5_000 * SCALE); depth++) {
      head += `${opens[depth % opens.length]}level ${depth} said `;
      tail = `${closes[depth % closes.length]} ${tail}`;
    }
    return `${head}the end.${tail}`;
  },
};

/** More hostile text, smaller: each shape, not its size, is the test. */
export const EXTRA_TEXT_CORPORA: Readonly<Record<string, () => string>> = {
  '10,000 lone ” and ‘ marks': () => fill('and then ” it ‘ ended ', 10_000 * 22),
  // 64 KB: a line that long already defeats any per-line assumption; bench:linear times 1-8 MB.
  '64 KB of news on one line': () => {
    const rng = createRng(7);
    const parts: string[] = [];
    let length = 0;
    while (length < 64 * KB * SCALE) {
      const sentence = newsSentence(rng);
      parts.push(sentence);
      length += sentence.length + 1;
    }
    return parts.join(' ');
  },
  '100,000 CRLF blank lines': () => fill('\r\n', 200 * KB),
  '32 KB of random UTF-16 (lone surrogates, NUL, controls)': () => {
    const rng = createRng(3);
    let text = '';
    for (let i = 0; i < 32 * KB * SCALE; i++) text += String.fromCharCode(rng.int(0x10000));
    return text;
  },
  'RTL, zero-width joiners and emoji': () => fill('\u200fمرحبا\u200d👩‍👩‍👧\u200b\u202eשלום “כן” 12٫5٪ ', 64 * KB),
  // The shape is the test here; `npm run bench:quotes` shows how this shape grows with size.
  '5,000 tiny paragraphs': () => fill('“A.”\n\nB said 1.\n\n', 5_000 * 16),
};

/** 5 MB of `<div>` and other malformed HTML. */
export const HTML_CORPORA: Readonly<Record<string, () => string>> = {
  '5 MB of <div>': () => fill('<div>', 5 * MB),
  '200 KB of <div>': () => fill('<div>', 200 * KB),
  'unclosed tags and attributes': () => fill('<p class="comment <a href=\'x>text <b><i>“quote <span', MB),
  '10,000-deep nested comment lists': () =>
    `<ol class="commentlist">${'<li class="comment"><div class="comment-body">Hi</div><ul class="children">'.repeat(Math.round(10_000 * SCALE))}`,
};
