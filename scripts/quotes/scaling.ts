/**
 * Checks that extractQuotes takes linear time on the shapes that have gone quadratic before:
 * many one-quote paragraphs, many pronoun-attributed one-line paragraphs, tens of thousands of
 * distinct names, unbalanced marks, and news-like text at 1, 2, 4 and 8 MB.
 * Run: `npm run bench:quotes` (best of 3 runs per size, each from a collected heap).
 */
import { extractQuotes } from '../../src/quotes/index.js';
import { newsText, unbalancedText } from './news-text.js';

const MB = 1024 * 1024;

/** Fastest of `runs` runs in milliseconds: the measure least disturbed by other processes. */
function best(run: () => unknown, runs = 3): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** Capitalised pseudo-names, all distinct: `Kavotu Relami`, … */
function distinctNames(count: number): string {
  const syllables = ['ka', 'vo', 'tu', 're', 'la', 'mi', 'so', 'ne', 'di', 'pa', 'go', 'zu'];
  const word = (n: number): string => {
    let out = '';
    for (let k = 0; k < 3; k++) {
      out += syllables[n % syllables.length];
      n = Math.floor(n / syllables.length);
    }
    return out.charAt(0).toUpperCase() + out.slice(1);
  };
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`“We agree,” said ${word(i)} ${word(i * 7 + 3)}.`);
  return parts.join(' ');
}

const shapes: { name: string; build: (scale: number) => string }[] = [
  { name: 'one-quote paragraphs  “A.” / B said 1.', build: (n) => '“A.”\n\nB said 1.\n\n'.repeat(10_000 * n) },
  { name: 'pronoun one-liners    “X,” he said.', build: (n) => '“We will win,” he said.\n'.repeat(10_000 * n) },
  { name: 'pronoun paragraphs    “X,” he said.', build: (n) => '“We will win,” he said.\n\n'.repeat(10_000 * n) },
  { name: 'distinct names', build: (n) => distinctNames(25_000 * n) },
  { name: 'unbalanced marks', build: (n) => unbalancedText(n * MB) },
];

extractQuotes(newsText(64 * 1024)); // warm-up: lazy tables and the JIT
for (const shape of shapes) {
  const cells: string[] = [];
  const times: number[] = [];
  for (const scale of [1, 2, 4]) {
    const text = shape.build(scale);
    const ms = best(() => extractQuotes(text));
    times.push(ms);
    cells.push(`×${scale} ${(text.length / MB).toFixed(2)} MB ${ms.toFixed(0)} ms`);
  }
  console.log(`${shape.name.padEnd(40)} ${cells.join('   ')}   ratio ×4/×1 ${((times[2] ?? 0) / (times[0] ?? 1)).toFixed(2)}`);
}
const sizes = [1, 2, 4, 8];
const times = sizes.map((size) => {
  const text = newsText(size * MB);
  return best(() => extractQuotes(text));
});
console.log(`news-like text ${sizes.map((size, k) => `${size} MB ${(times[k] ?? 0).toFixed(0)} ms`).join('   ')}   4/1 ${((times[2] ?? 0) / (times[0] ?? 1)).toFixed(2)}   8/1 ${((times[3] ?? 0) / (times[0] ?? 1)).toFixed(2)}`);
