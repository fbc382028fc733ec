/**
 * Per-call cost of detectLanguage on short texts (CPU time, best of several passes): the
 * benchmark's multilingual sentences (scripts/bench/corpus.ts) and one-to-three-sentence messages
 * of the development catalogues in 35 languages. `--save FILE` writes every result, `--check FILE`
 * compares against such a file, so a speed change can be shown to change no answer.
 *
 * Usage: node --import tsx scripts/language/bench-short.ts [--passes N] [--save FILE | --check FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { multilingualSentences } from '../bench/corpus.js';
import { detectLanguage } from '../../src/language/detect-language.js';
import { devSet } from './dev-set.js';
import { flag } from '../flags.js';

const passes = Number(flag('--passes') ?? 5);

const LANGS = 'de fr es it pt nl sv da nb fi pl cs sk hu ro ru uk be bg sr hr sl lt lv et tr el ar he fa hi vi id gl ca'.split(' ');
const sets: Record<string, string[]> = {
  'bench sentences': multilingualSentences(20_000),
  'dev messages': [...devSet(LANGS, 600).values()].flat().filter((m) => m.length >= 20),
};

function cpuPass(texts: readonly string[]): number {
  const before = process.cpuUsage();
  for (const t of texts) detectLanguage(t);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e3;
}

for (const [name, texts] of Object.entries(sets)) {
  cpuPass(texts);
  const times: number[] = [];
  for (let p = 0; p < passes; p++) times.push(cpuPass(texts));
  const best = Math.min(...times);
  const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
  console.log(
    `${name}: ${texts.length} texts (mean ${chars.toFixed(0)} chars): ${((1000 * best) / texts.length).toFixed(2)} µs per call, ${Math.round((texts.length / best) * 1000)} per CPU second (best of ${passes} passes, CPU time)`,
  );
}

const results = Object.values(sets).flat().map((t) => detectLanguage(t));
const save = flag('--save');
if (save) writeFileSync(save, JSON.stringify(results));
const check = flag('--check');
if (check) {
  const before = JSON.parse(readFileSync(check, 'utf8')) as unknown[];
  const texts = Object.values(sets).flat();
  let differ = 0;
  results.forEach((r, i) => {
    if (JSON.stringify(r) !== JSON.stringify(before[i])) {
      if (differ++ < 5) console.log(`differs: ${JSON.stringify(texts[i])}\n  was ${JSON.stringify(before[i])}\n  now ${JSON.stringify(r)}`);
    }
  });
  console.log(`${differ} of ${results.length} results differ from ${check}`);
}
