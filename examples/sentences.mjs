// Splits the sample article into paragraphs and sentences, with offsets into the file.
// Run: npm run build && node examples/sentences.mjs [file]
import { readFileSync } from 'node:fs';
import { splitParagraphs, splitSentences } from 'presslens';

const file = process.argv[2] ?? new URL('./sample-article.txt', import.meta.url);
const text = readFileSync(file, 'utf8');
const paragraphs = splitParagraphs(text);
const sentences = splitSentences(text);
console.log(`${paragraphs.length} paragraphs, ${sentences.length} sentences\n`);
for (const sentence of sentences) {
  console.log(`[${String(sentence.start).padStart(5)}–${String(sentence.end).padEnd(5)}] ${sentence.text}`);
}
