/**
 * Fits the probability temperature of detectLanguage on the development set (gettext catalogues
 * installed on this machine, see dev-set.ts), never on the evaluation data. Prints dev accuracy,
 * the calibration error and log loss for a grid of temperatures, and the reliability table at the
 * one with the least calibration error.
 *
 * Usage: tsx scripts/language/calibrate.ts
 */
import { TEMPERATURE, toProbabilities } from '../../src/language/detect-language.js';
import { scoreText } from '../../src/language/score-text.js';
import { devSet } from './dev-set.js';

const LANGS = 'de fr es it pt nl sv da nb fi pl cs sk hu ro ru uk be bg sr hr sl lt lv et tr el ar he fa hi vi id'.split(' ');
const set = devSet(LANGS, 400);
const items: { truth: string; scores: ReturnType<typeof scoreText> }[] = [];
for (const [truth, messages] of set) for (const m of messages) items.push({ truth, scores: scoreText(m) });

let correct = 0;
const perLang = new Map<string, [number, number]>();
for (const { truth, scores } of items) {
  const best = toProbabilities(scores.languages, scores.scores, scores.evidence, TEMPERATURE, 1)[0]?.language;
  const ok = best === truth;
  if (ok) correct++;
  const cell = perLang.get(truth) ?? [0, 0];
  cell[0] += ok ? 1 : 0;
  cell[1]++;
  perLang.set(truth, cell);
}
console.log(`dev set: ${items.length} messages in ${set.size} languages; accuracy ${(100 * correct / items.length).toFixed(1)}%`);
console.log([...perLang].map(([l, [c, n]]) => `${l} ${(100 * c / n).toFixed(0)}`).join('  '));

function loss(temperature: number): number {
  let total = 0;
  for (const { truth, scores } of items) {
    if (scores.languages.length === 0) continue;
    const p = toProbabilities(scores.languages, scores.scores, scores.evidence, temperature).find((g) => g.language === truth)?.probability ?? 0;
    total -= Math.log(Math.max(p, 1e-6));
  }
  return total / items.length;
}
/**
 * Expected calibration error of the top guess: the mean gap between stated confidence and observed
 * accuracy over ten equal-width buckets, weighted by their items. Unlike the log loss, a few wrongly
 * labelled messages (untranslated English, place names) cannot move it much.
 */
function calibrationError(temperature: number): number {
  const stated = new Float64Array(10);
  const right = new Float64Array(10);
  let n = 0;
  for (const { truth, scores } of items) {
    const top = toProbabilities(scores.languages, scores.scores, scores.evidence, temperature)[0];
    if (!top) continue;
    const b = Math.min(9, Math.floor(top.probability * 10));
    stated[b] = (stated[b] as number) + top.probability;
    right[b] = (right[b] as number) + (top.language === truth ? 1 : 0);
    n++;
  }
  let error = 0;
  for (let b = 0; b < 10; b++) error += Math.abs((stated[b] as number) - (right[b] as number));
  return error / n;
}
// The temperature is chosen by calibration error, the promise detectLanguage makes ("when it says
// 0.9 it is right 90 % of the time"); the log loss is printed beside it.
let best = TEMPERATURE;
let bestError = Infinity;
for (const t of [0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 4.25, 4.5, 4.75, 5, 5.5, 6, 8, 10, 12, 15]) {
  const error = calibrationError(t);
  console.log(`temperature ${t}: log loss ${loss(t).toFixed(4)}, calibration error ${error.toFixed(4)}`);
  if (error < bestError) [best, bestError] = [t, error];
}
console.log(`best temperature ${best} (current ${TEMPERATURE})`);
const buckets = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001];
for (let b = 0; b + 1 < buckets.length; b++) {
  const lo = buckets[b] as number;
  const hi = buckets[b + 1] as number;
  let n = 0;
  let ok = 0;
  for (const { truth, scores } of items) {
    const top = toProbabilities(scores.languages, scores.scores, scores.evidence, best)[0];
    if (!top || top.probability < lo || top.probability >= hi) continue;
    n++;
    if (top.language === truth) ok++;
  }
  if (n > 0) console.log(`[${lo}, ${Math.min(hi, 1)}) n=${n} accuracy ${(ok / n).toFixed(3)}`);
}
