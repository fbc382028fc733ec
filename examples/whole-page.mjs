// The whole page in one call: headline, language, who said what, the numbers, the comment thread.
// Run: npm run demo   (or: npm run build && node examples/whole-page.mjs [page.txt|page.html])
import { readFileSync } from 'node:fs';
import { analyzeArticle } from 'presslens/article';

const file = process.argv[2] ?? new URL('./sample-page.txt', import.meta.url);
const page = analyzeArticle(readFileSync(file, 'utf8'));

console.log(`${page.title?.text ?? '(no headline)'}`);
if (page.byline) console.log(page.byline.text.split('\n').join(' · '));
const lang = page.language;
console.log(`Language: ${lang.language} (${Math.round(lang.confidence * 100)}% sure)\n`);

console.log('Who said what');
const said = (name) => page.quotes.filter((q) => q.kind !== 'scare' && (q.speaker?.name ?? null) === name);
for (const speaker of page.speakers) {
  const role = speaker.role ? `, ${speaker.role}` : '';
  const aliases = speaker.aliases.filter((alias) => alias !== speaker.name);
  console.log(`  ${speaker.name}${role} — ${speaker.quoteCount} quote(s)${aliases.length ? `; also “${aliases.join('”, “')}”` : ''}`);
  for (const quote of said(speaker.name)) console.log(`      ${quote.kind.padEnd(8)} ${quote.cue?.text ?? ''}: “${quote.text}”`);
}
const unattributed = said(null);
if (unattributed.length) console.log(`  Nobody named — ${unattributed.map((q) => `“${q.text}”`).join(', ')}`);

console.log('\nNumbers, by kind');
const byKind = new Map();
for (const number of page.numbers) byKind.set(number.kind, [...(byKind.get(number.kind) ?? []), number]);
for (const [kind, numbers] of byKind) console.log(`  ${kind.padEnd(17)} ${numbers.map((n) => n.text).join(' · ')}`);

const thread = page.comments;
console.log(`\nComments: ${thread.comments.length}, ${thread.roots.length} top-level`);
const walk = (comment) => {
  const indent = '  '.repeat(comment.depth);
  const firstLine = comment.text.split('\n')[0];
  const text = firstLine.length > 70 ? `${firstLine.slice(0, 69)}…` : firstLine;
  console.log(`${indent}${comment.author ?? 'Anonymous'} [${comment.language.language}]: ${text}`);
  comment.children.forEach(walk);
};
thread.roots.forEach(walk);

console.log(`\nSet apart as boilerplate (${page.boilerplate.length} lines): ${page.boilerplate.slice(0, 6).map((b) => `“${b.text}”`).join(', ')}, …`);
