/**
 * Accuracy on the development set (gettext catalogues, see dev-set.ts), cut the way lingua's test
 * data is (single words of at least 5 letters, word pairs of at least 10 characters, messages of
 * at least 6 words): for comparing scoring weights and data builds without touching the
 * evaluation data.
 *
 * Usage: tsx scripts/language/dev-eval.ts [--per N] [--langs "da nb sv"]
 */
import { detectLanguage } from '../../src/language/detect-language.js';
import { cutByKind, devSet, pick } from './dev-set.js';
import { flag } from '../flags.js';

const PER = Number(flag('--per') ?? 300);
const LANGS = (flag('--langs') ?? 'en de fr es it pt nl sv da nb fi pl cs sk hu ro ru uk be bg sr hr sl lt lv et tr ar fa hi vi id').split(' ');

const kinds = { sentences: [] as number[], 'word-pairs': [] as number[], 'single-words': [] as number[] };
const rows: string[] = [];
for (const [lang, messages] of devSet(LANGS, 5000)) {
  const cells: string[] = [];
  for (const [kind, items] of cutByKind(messages)) {
    const chosen = pick(items, PER);
    if (chosen.length === 0) continue;
    const ok = chosen.filter((t) => detectLanguage(t).language === lang).length;
    const accuracy = (100 * ok) / chosen.length;
    kinds[kind].push(accuracy);
    cells.push(accuracy.toFixed(0).padStart(4));
  }
  rows.push(`${lang} ${cells.join('')}`);
}
console.log(rows.join('  '));
for (const [kind, list] of Object.entries(kinds)) {
  console.log(`${kind}: ${(list.reduce((a, b) => a + b, 0) / list.length).toFixed(2)} (${list.length} languages)`);
}
