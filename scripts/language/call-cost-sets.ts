/**
 * The text sets of call-cost.ts: what detectLanguage is given by whole-page analysis (each page's
 * distinct comments and its body, sampled as `analyzeArticle` samples them: 4 windows of 128) and
 * by the sentence benchmark. Kept apart so the bundle measured under callgrind holds only detection.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { multilingualSentences, newsPages } from '../bench/corpus.js';
import { analyzeArticle } from '../../src/article/index.js';
import { evenSample } from '../../src/text/sample.js';

/**
 * Writes comments.json, bodies.json and sentences.json into a folder.
 *
 * @param dir - The folder (made if missing).
 * @param mb - Megabytes of bench pages to take comments and bodies from.
 * @param sentences - How many bench sentences.
 */
export function writeSets(dir: string, mb: number, sentences: number): void {
  mkdirSync(dir, { recursive: true });
  const comments: string[] = [];
  const bodies: string[] = [];
  for (const page of newsPages(mb * (1 << 20))) {
    const article = analyzeArticle(page, { only: ['comments'] });
    bodies.push(evenSample(article.body.text, 4, 128));
    const seen = new Set<string>();
    for (const { text } of article.comments?.comments ?? []) {
      const sample = evenSample(text, 4, 128);
      if (!seen.has(sample)) comments.push(sample);
      seen.add(sample);
    }
  }
  const sets = { comments, bodies, sentences: multilingualSentences(sentences) };
  for (const [name, texts] of Object.entries(sets)) {
    writeFileSync(`${dir}/${name}.json`, JSON.stringify(texts));
    console.log(`${name}: ${texts.length} texts, mean ${(texts.reduce((n, t) => n + t.length, 0) / texts.length).toFixed(0)} chars`);
  }
}
