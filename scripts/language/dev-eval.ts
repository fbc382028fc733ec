/**
 * Accuracy on the development set (gettext catalogues, see dev-set.ts), cut the way lingua's test
 * data is (single words of at least 5 letters, word pairs of at least 10 characters, messages of
 * at least 6 words): for comparing scoring weights and data builds without touching the
 * evaluation data.
 *
 * Usage: tsx scripts/language/dev-eval.ts [--per N] [--langs "da nb sv"]
 */
import { detectLanguage } from '../../src/language/detect-language.js';
import { letterWords } from '../../src/language/words.js';
import { devSet } from './dev-set.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const PER = Number(flag('--per') ?? 300);
const LANGS = (flag('--langs') ?? 'en de fr es it pt nl sv da nb fi pl cs sk hu ro ru uk be bg sr hr sl lt lv et tr ar fa hi vi id').split(' ');

/** Deterministic pick of `n` items spread over the list. */
function pick<T>(items: readonly T[], n: number): T[] {
  return items
    .map((item, i) => [((i + 1) * 2654435761) % 4294967296, item] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, n)
    .map(([, item]) => item);
}

const kinds = { sentences: [] as number[], 'word-pairs': [] as number[], 'single-words': [] as number[] };
const rows: string[] = [];
for (const [lang, messages] of devSet(LANGS, 5000)) {
  const singles = new Set<string>();
  const pairs = new Set<string>();
  const sentences: string[] = [];
  for (const message of messages) {
    const words = message.split(/\s+/).filter((w) => letterWords(w).length > 0);
    if (words.length >= 6) sentences.push(message);
    for (const w of words) if (/^[\p{L}\p{M}]{5,}$/u.test(w)) singles.add(w);
    for (let i = 0; i + 1 < words.length; i++) {
      const pair = `${words[i]} ${words[i + 1]}`;
      if (pair.length >= 10 && /^[\p{L}\p{M}]+ [\p{L}\p{M}]+$/u.test(pair)) pairs.add(pair);
    }
  }
  const cells: string[] = [];
  for (const [kind, items] of [['sentences', sentences], ['word-pairs', [...pairs]], ['single-words', [...singles]]] as const) {
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
