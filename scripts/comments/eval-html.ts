/**
 * Measures parseHtmlComments and extractMainText against /work/shared/data/comments (html/ and
 * wpdiscuz-html/, expected.json, trafilatura-expectations.json) and prints timings side by side
 * with defuddle and a trafilatura-style container extraction. Run: npm run eval:comments-html
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlComments } from '../../src/comments/parse-html.js';
import { extractMainText } from '../../src/comments/html/main-text.js';
import { containerBaseline } from './container-baseline.js';
import { domText } from '../../src/comments/html/dom-text.js';
import { parseHtml } from '../../src/comments/html/dom.js';

const root = process.env['COMMENTS_DATA'] ?? '/work/shared/data/comments';
const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as {
  samples: Record<string, { comments: number; topLevel: number; maxDepth: number; firstAuthors: Array<string | null>; trafilatura?: { evaldata?: { comments?: string[]; with?: string[]; without?: string[] } } }>;
};
const trafilatura = JSON.parse(readFileSync(join(root, 'trafilatura-expectations.json'), 'utf8')) as {
  pages: Record<string, { evaldata?: { comments?: string[]; with?: string[]; without?: string[] } }>;
};

const norm = (s: string): string => s.replace(/\s+/gu, ' ').trim().toLowerCase();
/**
 * Median CPU time of `runs` calls, in ms. CPU time (process.cpuUsage) rather than wall time, because
 * this 2-core machine runs several jobs at once and wall time then mostly measures the queue.
 */
const time = (fn: () => unknown, runs = 15): number => {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    fn();
    const used = process.cpuUsage(t0);
    samples.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
};
/** Median wall time, for comparison. */
const wall = (fn: () => unknown, runs = 15): number => {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
};

let exact = 0;
let htmlPages = 0;
let segTotal = 0;
let segFound = 0;
let segInMain = 0;
let segInPage = 0;
let withTotal = 0;
let withFound = 0;
let withoutTotal = 0;
let withoutLeaked = 0;
const rows: string[] = [];
for (const folder of ['html', 'wpdiscuz-html']) {
  for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith('.html')).sort()) {
    const key = `${folder}/${file}`;
    const truth = expected.samples[key];
    if (truth === undefined) continue;
    const source = readFileSync(join(root, folder, file), 'utf8');
    const thread = parseHtmlComments(source);
    const top = thread.comments.filter((c) => c.parentId === null).length;
    const depth = thread.comments.reduce((m, c) => Math.max(m, c.depth), 0);
    const authors = thread.comments.slice(0, 3).map((c) => c.author);
    const ok =
      thread.comments.length === truth.comments &&
      top === truth.topLevel &&
      depth === truth.maxDepth &&
      JSON.stringify(authors) === JSON.stringify(truth.firstAuthors);
    if (folder === 'html') {
      htmlPages++;
      if (ok) exact++;
    }
    const main = extractMainText(source);
    const mainNorm = norm(main.text);
    const commentText = norm(thread.comments.map((c) => c.text).join(' \n '));
    const evaldata = trafilatura.pages[file]?.evaldata ?? truth.trafilatura?.evaldata;
    const missing: string[] = [];
    const pageText = norm(domText(parseHtml(source)));
    for (const segment of evaldata?.comments ?? []) {
      segTotal++;
      if (pageText.includes(norm(segment))) segInPage++;
      if (commentText.includes(norm(segment))) segFound++;
      else missing.push(segment);
      if (mainNorm.includes(norm(segment))) segInMain++;
    }
    for (const segment of evaldata?.with ?? []) {
      withTotal++;
      if (mainNorm.includes(norm(segment))) withFound++;
    }
    for (const segment of evaldata?.without ?? []) {
      withoutTotal++;
      if (mainNorm.includes(norm(segment))) withoutLeaked++;
    }
    const ms = time(() => parseHtmlComments(source));
    const mainMs = time(() => extractMainText(source));
    const baselineMs = time(() => containerBaseline(source));
    rows.push(
      `${ok ? 'OK  ' : 'MISS'} ${key.padEnd(48)} ${thread.system ?? '-'} ${thread.comments.length}/${truth.comments} top ${top}/${truth.topLevel} depth ${depth}/${truth.maxDepth} ` +
        `authors ${JSON.stringify(authors)} vs ${JSON.stringify(truth.firstAuthors)} unloaded ${thread.unloaded.length}` +
        `\n      ${(source.length / 1024).toFixed(0)} KB parse ${ms.toFixed(1)} ms CPU, main text ${mainMs.toFixed(1)} ms, container baseline ${baselineMs.toFixed(1)} ms` +
        (missing.length > 0 ? `\n      segments not in comments: ${JSON.stringify(missing)}` : ''),
    );
  }
}
console.log(rows.join('\n'));
console.log(`\nHTML pages exact (count, top level, depth, first three authors): ${exact}/${htmlPages} (target >= 9/10)`);
console.log(`trafilatura comment segments inside comments: ${segFound}/${segTotal} = ${((100 * segFound) / segTotal).toFixed(1)}% (target >= 90%; 4 of 29 are not in the comment records per expected.json)`);
console.log(`  of the segments present in the page's visible text: ${segFound}/${segInPage} = ${((100 * segFound) / segInPage).toFixed(1)}%`);
console.log(`comment segments inside main text: ${segInMain} (target 0)`);
console.log(`main text: 'with' segments found ${withFound}/${withTotal}; 'without' segments leaked ${withoutLeaked}/${withoutTotal}`);

// Speed: our parser and the container baseline first (median of 25 runs), then defuddle, whose
// linkedom DOM allocates enough to disturb the other timings if interleaved.
const speedPages = ['exxpress.at-zaehne.html', 'reddit.com.init.html', 'foxyfolksy.com.buttercream.html', 'netzpolitik.org.abmahnungen.html'];
const sources = speedPages.map((file) => readFileSync(join(root, 'html', file), 'utf8'));
const ours = sources.map((source) => time(() => parseHtmlComments(source), 25));
const oursWall = sources.map((source) => wall(() => parseHtmlComments(source), 25));
const mains = sources.map((source) => time(() => extractMainText(source), 25));
const bases = sources.map((source) => time(() => containerBaseline(source), 25));
const { Defuddle } = await import('defuddle/node');
const { parseHTML } = await import('linkedom');
const defuddles: number[] = [];
for (const source of sources) {
  const runs = 3;
  const t0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const { document } = parseHTML(source);
    await Defuddle(document as unknown as Document, 'https://example.org/');
  }
  const used = process.cpuUsage(t0);
  defuddles.push((used.user + used.system) / 1000 / runs);
}
console.log('\nSpeed (CPU ms; median of 25 runs, defuddle mean of 3 incl. its linkedom parse; wall time in brackets):');
speedPages.forEach((file, i) => {
  const kb = ((sources[i] ?? '').length / 1024).toFixed(0).padStart(4);
  console.log(`${file.padEnd(36)} ${kb} KB  parseHtmlComments ${(ours[i] ?? 0).toFixed(1).padStart(5)} [${(oursWall[i] ?? 0).toFixed(1)}]  extractMainText ${(mains[i] ?? 0).toFixed(1).padStart(5)}  container-baseline ${(bases[i] ?? 0).toFixed(1).padStart(5)}  defuddle ${(defuddles[i] ?? 0).toFixed(1).padStart(6)}`);
});
