/**
 * Experiment: would weighting the n-gram orders differently, the frequent-word evidence, or the
 * web-share prior raise short-text accuracy? Precomputes per item and language the summed log
 * probabilities of each n-gram order (1–4) and the word evidence, then scores combinations in
 * memory on the short-text development set (profiled languages only; franc-only ones left out).
 *
 * Usage: tsx scripts/language/tune-orders.ts [--per N]
 */
import { childOf, nodeRow, scriptModel } from '../../src/language/profile-model.js';
import { logWebShare } from '../../src/language/score-text.js';
import { textScript } from '../../src/language/script.js';
import { letterWords } from '../../src/language/words.js';
import { CORE_DEV, shortDevItems, SIBLINGS_DEV, type Kind } from './short-dev.js';

const args = process.argv.slice(2);
const perAt = args.indexOf('--per');
const per = perAt >= 0 ? Number(args[perAt + 1]) : 200;
const items = shortDevItems([...CORE_DEV, ...SIBLINGS_DEV], per);

interface Features { language: string; kind: Kind; languages: readonly string[]; orders: Float64Array[]; words: Float64Array; prior: Float64Array; n: number }
const features: Features[] = [];
for (const item of items) {
  const script = textScript(item.text).script;
  const model = scriptModel(script);
  if (!model || !model.languages.includes(item.language)) continue;
  const columns = model.languages.length;
  const orders = [0, 1, 2, 3].map(() => new Float64Array(columns));
  const wordsEv = new Float64Array(columns);
  const ws = letterWords(item.text);
  for (const word of ws) {
    const length = word.length + 2;
    for (let start = 0; start < length; start++) {
      let node = 0;
      for (let end = start; end < start + 4 && end < length; end++) {
        const letter = end === 0 || end === length - 1 ? 0x20 : word.charCodeAt(end - 1);
        node = childOf(model, node, letter);
        if (node < 0) break;
        const row = nodeRow(model, node);
        if (row < 0) continue;
        const o = orders[end - start] as Float64Array;
        for (let c = 0; c < columns; c++) o[c] = (o[c] as number) + (model.values[row + c] as number);
      }
    }
    const r = model.words.get(word);
    if (r !== undefined) for (let c = 0; c < columns; c++) wordsEv[c] = (wordsEv[c] as number) + (model.wordWeights[r * columns + c] as number);
  }
  const prior = Float64Array.from(model.languages, logWebShare);
  features.push({ language: item.language, kind: item.kind, languages: model.languages, orders, words: wordsEv, prior, n: ws.length });
}

function run(a: readonly number[], bonus: number, shortBonus: number, lambda: number): string {
  const hits = new Map<string, [number, number]>();
  for (const f of features) {
    let best = -1;
    let bestScore = -Infinity;
    const b = f.n <= 2 ? shortBonus : bonus;
    for (let c = 0; c < f.languages.length; c++) {
      let s = b * (f.words[c] as number) + lambda * (f.prior[c] as number);
      for (let k = 0; k < 4; k++) s += (a[k] as number) * ((f.orders[k] as Float64Array)[c] as number);
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    const key = `${f.kind}\t${f.language}`;
    const cell = hits.get(key) ?? [0, 0];
    cell[1]++;
    if (f.languages[best] === f.language) cell[0]++;
    hits.set(key, cell);
  }
  const out: string[] = [];
  for (const set of [CORE_DEV, SIBLINGS_DEV]) {
    for (const kind of ['sentences', 'word-pairs', 'single-words'] as const) {
      const accs = set.map((l) => hits.get(`${kind}\t${l}`)).filter((x) => x !== undefined).map(([ok, n]) => (100 * ok) / n);
      out.push((accs.reduce((x, y) => x + y, 0) / accs.length).toFixed(2));
    }
  }
  return `core ${out.slice(0, 3).join(' / ')}  sib ${out.slice(3).join(' / ')}`;
}


/** Per-language bias per word, fitted by coordinate ascent on one half of the items, checked on the other. */
function fitBias(lambda: number): void {
  const langs = [...new Set(features.flatMap((f) => f.languages))];
  const train = features.filter((_, i) => i % 2 === 0);
  const test = features.filter((_, i) => i % 2 === 1);
  const bias = new Map(langs.map((l) => [l, 0]));
  const accuracy = (set: readonly Features[], kinds: readonly Kind[]): number => {
    const hits = new Map<string, [number, number]>();
    for (const f of set) {
      if (!kinds.includes(f.kind)) continue;
      let best = -1;
      let bestScore = -Infinity;
      for (let c = 0; c < f.languages.length; c++) {
        let s = 16 * (f.words[c] as number) + lambda * (f.prior[c] as number) + (bias.get(f.languages[c] as string) as number) * f.n;
        for (let k = 0; k < 4; k++) s += (f.orders[k] as Float64Array)[c] as number;
        if (s > bestScore) [best, bestScore] = [c, s];
      }
      const key = `${f.kind}\t${f.language}`;
      const cell = hits.get(key) ?? [0, 0];
      cell[1]++;
      if (f.languages[best] === f.language) cell[0]++;
      hits.set(key, cell);
    }
    const accs = [...hits.values()].map(([ok, n]) => ok / n);
    return (100 * accs.reduce((a, b) => a + b, 0)) / accs.length;
  };
  const short: Kind[] = ['word-pairs', 'single-words'];
  console.log(`lambda ${lambda} before: train ${accuracy(train, short).toFixed(2)} test ${accuracy(test, short).toFixed(2)} sentences ${accuracy(test, ['sentences']).toFixed(2)}`);
  for (let round = 0; round < 3; round++) {
    for (const l of langs) {
      const start = bias.get(l) as number;
      let bestB = start;
      let bestA = accuracy(train, short);
      for (const step of [-2, -1, -0.5, 0.5, 1, 2]) {
        bias.set(l, start + step);
        const a = accuracy(train, short);
        if (a > bestA + 0.01) [bestA, bestB] = [a, start + step];
      }
      bias.set(l, bestB);
    }
    console.log(`round ${round}: train ${accuracy(train, short).toFixed(2)} test ${accuracy(test, short).toFixed(2)} sentences ${accuracy(test, ['sentences']).toFixed(2)}`);
  }
  console.log([...bias].filter(([, b]) => b !== 0).map(([l, b]) => `${l} ${b}`).join(', '));
}
if (args.includes('--fit')) {
  fitBias(0);
  fitBias(0.5);
  process.exit(0);
}
const grid: [number[], number, number, number][] = args.includes('--joint')
  ? // Joint search: unigram and 4-gram weights, the word bonus for longer and for 1–2-word texts, the prior.
    [0.5, 0.75, 1].flatMap((a1) =>
      [1, 1.25, 1.5].flatMap((a4) =>
        [12, 16, 24].flatMap((b) => [16, 24, 32, 48].flatMap((sb) => [0.3, 0.5, 0.7, 1].map((l) => [[a1, 1, 1, a4], b, sb, l] as [number[], number, number, number]))),
      ),
    )
  : [
      [[1, 1, 1, 1], 16, 16, 0],
      [[0.5, 1, 1, 1], 16, 16, 0],
      [[0, 1, 1, 1], 16, 16, 0],
      [[1, 1, 1.5, 1.5], 16, 16, 0],
      [[1, 1, 1, 2], 16, 16, 0],
      [[0.5, 0.75, 1, 1.5], 16, 16, 0],
      [[1, 1, 1, 1], 16, 16, 0.5],
      [[1, 1, 1, 1], 8, 8, 0],
      [[1, 1, 1, 1], 32, 32, 0],
    ];
for (const [a, b, sb, l] of grid) console.log(`${JSON.stringify(a)} bonus ${b}/${sb} prior ${l}: ${run(a, b, sb, l)}`);
