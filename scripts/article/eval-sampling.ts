/**
 * How much of a page's text language detection needs: detects the language of long texts (runs of
 * consecutive test sentences of one language, as long as a news article) whole and on the bounded
 * sample `analyzeArticle` reads (`evenSample`, 4 windows of 128 code units), and prints the
 * accuracy of both and their CPU time. Measures only; nothing is tuned on the data.
 *
 * Run: `nice npx tsx scripts/article/eval-sampling.ts` (TEXT_CHARS sets the text length, default
 * 2500; SAMPLE=windows,window sets the sample, default 4,128).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { detectLanguage } from '../../src/language/index.js';
import { evenSample } from '../../src/text/sample.js';

const DIR = '/work/shared/data/language/lingua-testdata/sentences';
const length = Number(process.env.TEXT_CHARS ?? 2500);
const [windows = 4, window = 128] = (process.env.SAMPLE ?? '4,128').split(',').map(Number);

/** Texts of about `length` code units made of consecutive sentences, per language file. */
function texts(): { language: string; text: string }[] {
  const out: { language: string; text: string }[] = [];
  for (const file of readdirSync(DIR).filter((name) => name.endsWith('.txt'))) {
    const language = file.replace(/\.txt$/u, '');
    let text = '';
    for (const sentence of readFileSync(`${DIR}/${file}`, 'utf8').split('\n')) {
      if (sentence.trim() === '') continue;
      text = text === '' ? sentence : `${text} ${sentence}`;
      if (text.length >= length) {
        out.push({ language, text });
        text = '';
      }
    }
  }
  return out;
}

const items = texts();
function run(read: (text: string) => string): { correct: number; ms: number } {
  let correct = 0;
  const before = process.cpuUsage();
  for (const { language, text } of items) if (detectLanguage(read(text)).language === language) correct++;
  const used = process.cpuUsage(before);
  return { correct, ms: (used.user + used.system) / 1000 };
}
run((text) => text.slice(0, 200));
const whole = run((text) => text);
const sampled = run((text) => evenSample(text, windows, window));
const pct = (n: number): string => `${((100 * n) / items.length).toFixed(2)} %`;
console.log(`${items.length} texts of ≥ ${length} code units in ${new Set(items.map((i) => i.language)).size} languages`);
console.log(`whole text:          ${pct(whole.correct)} correct, ${whole.ms.toFixed(0)} ms CPU`);
console.log(`sample ${windows} × ${window}:     ${pct(sampled.correct)} correct, ${sampled.ms.toFixed(0)} ms CPU`);
