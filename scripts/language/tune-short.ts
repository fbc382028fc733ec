/**
 * Compares scoring weights on the short-text development set (short-dev.ts): one line per
 * configuration, the core languages' macro accuracy (sentences / word pairs / single words) and
 * the close siblings'.
 *
 * Usage: tsx scripts/language/tune-short.ts [--per N] '{"prior":0.5}' '{"shortWordBonus":32}' …
 */
import { SCORE_WEIGHTS, type ScoreWeights } from '../../src/language/score-text.js';
import { CORE_DEV, evaluate, shortDevItems, SIBLINGS_DEV, summary } from './short-dev.js';

const args = process.argv.slice(2);
const perAt = args.indexOf('--per');
const per = perAt >= 0 ? Number(args[perAt + 1]) : 200;
const configs = args.filter((a, i) => a.startsWith("{") && (perAt < 0 || i !== perAt + 1));
const items = shortDevItems([...CORE_DEV, ...SIBLINGS_DEV], per);
for (const config of configs.length > 0 ? configs : ['{}']) {
  const weights: ScoreWeights = { ...SCORE_WEIGHTS, ...(JSON.parse(config) as Partial<ScoreWeights>) };
  const report = evaluate(items, weights);
  const watch = ['en', 'es', 'pt', 'nb', 'gl', 'ca', 'be', 'sk', 'bs', 'ms'];
  console.log(`${config.padEnd(40)} ${summary(report)}   words: ${watch.map((l) => `${l} ${report.accuracy['single-words'][l]?.toFixed(0)}`).join(' ')}`);
}
