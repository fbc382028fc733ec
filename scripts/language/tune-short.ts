/**
 * Compares scoring weights on the short-text development set (short-dev.ts): one line per
 * configuration, the core languages' macro accuracy (sentences / word pairs / single words) and
 * the close siblings'.
 *
 * With `--extra "af sq az"`, languages only franc's tables know are scored too and their macro
 * accuracy printed (`only-franc`), so that a weight of franc's evidence is charged for what it
 * costs them (the core and sibling sets are almost all profiled languages).
 *
 * Usage: tsx scripts/language/tune-short.ts [--per N] [--extra "af sq"] '{"prior":0.5}' '{"wordBonus":24}' …
 */
import { SCORE_WEIGHTS, type ScoreWeights } from '../../src/language/score-text.js';
import { CORE_DEV, evaluate, macro, shortDevItems, SIBLINGS_DEV, summary, type Kind } from './short-dev.js';

const args = process.argv.slice(2);
const perAt = args.indexOf('--per');
const per = perAt >= 0 ? Number(args[perAt + 1]) : 200;
const extraAt = args.indexOf('--extra');
const extra = extraAt >= 0 ? (args[extraAt + 1] ?? '').split(' ').filter(Boolean) : [];
const configs = args.filter((a) => a.startsWith('{'));
const items = shortDevItems([...CORE_DEV, ...SIBLINGS_DEV, ...extra], per);
for (const config of configs.length > 0 ? configs : ['{}']) {
  const weights: ScoreWeights = { ...SCORE_WEIGHTS, ...(JSON.parse(config) as Partial<ScoreWeights>) };
  const report = evaluate(items, weights);
  const watch = ['en', 'es', 'pt', 'nb', 'gl', 'ca', 'be', 'sk', 'bs', 'ms'];
  const kinds: Kind[] = ['sentences', 'word-pairs', 'single-words'];
  const others = extra.length > 0 ? `   only-franc ${kinds.map((k) => macro(report.accuracy[k], extra).toFixed(1)).join(' / ')}` : '';
  console.log(`${config.padEnd(40)} ${summary(report)}${others}   words: ${watch.map((l) => `${l} ${report.accuracy['single-words'][l]?.toFixed(0)}`).join(' ')}`);
}
