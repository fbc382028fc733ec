/**
 * Short-text development set: the gettext catalogues of dev-set.ts cut the way lingua's test data
 * is (single words of at least 5 letters, word pairs of at least 10 characters, messages of at
 * least 6 words), plus English (the catalogues' untranslated originals, their msgids) and the close
 * siblings the evaluation leaves out of its average (Galician, Catalan, Malay, Bosnian, Macedonian),
 * so that a weight helping Spanish against Galician is also charged for the Galician it loses.
 * For choosing scoring weights and priors; never shipped, never the evaluation data.
 *
 * Usage: tsx scripts/language/short-dev.ts [--per N] [--langs "es gl pt"] [--confusion] [--weights '{"wordBonus":16}']
 */
import { existsSync, readdirSync } from 'node:fs';
import { scoreText, SCORE_WEIGHTS, type ScoreWeights } from '../../src/language/score-text.js';
import { cleanMessage, cutByKind, devSet, isUsable, pick, readMo, type Kind } from './dev-set.js';
import { flag } from '../flags.js';

/** The languages of lingua's core set that the catalogues hold (no Chinese, Japanese, Korean, Greek script languages differ). */
export const CORE_DEV = 'en de fr es it pt nl sv da nb fi pl cs sk hu ro ru uk be bg sr hr sl lt lv et tr ar fa hi vi id el he'.split(' ');
/** Close siblings outside the evaluation's average, charged here for what a weight costs them. */
export const SIBLINGS_DEV = 'gl ca ms bs mk'.split(' ');

export type { Kind };
export interface Item {
  readonly language: string;
  readonly kind: Kind;
  readonly text: string;
}

function englishSet(perLanguage: number): string[] {
  const seen = new Set<string>();
  for (const locale of ['de', 'fr', 'es']) {
    const folder = `/usr/share/locale/${locale}/LC_MESSAGES`;
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.mo')) continue;
      for (const message of readMo(`${folder}/${file}`, true)) {
        const text = cleanMessage(message);
        if (isUsable(text) && !text.includes('Project-Id')) seen.add(text);
      }
    }
  }
  return pick([...seen], perLanguage);
}

/**
 * The development items of the listed languages, `per` of each kind.
 *
 * @param languages - ISO 639-1 codes (locale folder names).
 * @param per - Items per language and kind.
 * @returns The items.
 */
export function shortDevItems(languages: readonly string[], per: number): Item[] {
  const sets = devSet(languages.filter((l) => l !== 'en'), 5000);
  if (languages.includes('en')) sets.set('en', englishSet(5000));
  const items: Item[] = [];
  for (const [language, messages] of sets) {
    for (const [kind, list] of cutByKind(messages)) {
      for (const text of pick(list, per)) items.push({ language, kind, text });
    }
  }
  return items;
}

/** The top-scored language of a text under the given weights. */
export function topLanguage(text: string, weights: ScoreWeights): string {
  const { languages, scores } = scoreText(text, undefined, weights);
  let best = -1;
  for (let c = 0; c < languages.length; c++) if (best < 0 || (scores[c] as number) > (scores[best] as number)) best = c;
  return languages[best] ?? 'und';
}

export interface DevReport {
  /** kind → language → accuracy (%) */
  readonly accuracy: Record<Kind, Record<string, number>>;
  /** kind → truth → predicted → count */
  readonly confusion: Record<Kind, Record<string, Record<string, number>>>;
}

export function evaluate(items: readonly Item[], weights: ScoreWeights): DevReport {
  const accuracy = { sentences: {}, 'word-pairs': {}, 'single-words': {} } as Record<Kind, Record<string, number>>;
  const confusion = { sentences: {}, 'word-pairs': {}, 'single-words': {} } as Record<Kind, Record<string, Record<string, number>>>;
  const totals = new Map<string, [number, number]>();
  for (const item of items) {
    const guess = topLanguage(item.text, weights);
    const key = `${item.kind}\t${item.language}`;
    const cell = totals.get(key) ?? [0, 0];
    cell[1]++;
    if (guess === item.language) cell[0]++;
    totals.set(key, cell);
    const row = (confusion[item.kind][item.language] ??= {});
    row[guess] = (row[guess] ?? 0) + 1;
  }
  for (const [key, [ok, n]] of totals) {
    const [kind, language] = key.split('\t') as [Kind, string];
    accuracy[kind][language] = (100 * ok) / n;
  }
  return { accuracy, confusion };
}

export function macro(row: Record<string, number>, languages: readonly string[]): number {
  const present = languages.filter((l) => row[l] !== undefined);
  return present.reduce((sum, l) => sum + (row[l] as number), 0) / present.length;
}

export function summary(report: DevReport): string {
  const kinds: Kind[] = ['sentences', 'word-pairs', 'single-words'];
  const core = kinds.map((k) => macro(report.accuracy[k], CORE_DEV).toFixed(2)).join(' / ');
  const sib = kinds.map((k) => macro(report.accuracy[k], SIBLINGS_DEV).toFixed(1)).join(' / ');
  return `core ${core}   siblings ${sib}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const per = Number(flag('--per') ?? 300);
  const languages = flag('--langs')?.split(' ') ?? [...CORE_DEV, ...SIBLINGS_DEV];
  const weights: ScoreWeights = { ...SCORE_WEIGHTS, ...(JSON.parse(flag('--weights') ?? '{}') as Partial<ScoreWeights>) };
  const items = shortDevItems(languages, per);
  const report = evaluate(items, weights);
  for (const kind of ['sentences', 'word-pairs', 'single-words'] as const) {
    const row = report.accuracy[kind];
    console.log(`${kind}: ${languages.map((l) => `${l} ${(row[l] ?? NaN).toFixed(0)}`).join('  ')}`);
    if (args.includes('--confusion')) {
      for (const l of languages) {
        const c = report.confusion[kind][l] ?? {};
        const n = Object.values(c).reduce((a, b) => a + b, 0);
        const top = Object.entries(c).filter(([g]) => g !== l).sort((a, b) => b[1] - a[1]).slice(0, 5);
        console.log(`  ${l}: ${top.map(([g, k]) => `${g} ${((100 * k) / n).toFixed(0)}`).join(', ')}`);
      }
    }
  }
  console.log(summary(report));
}
