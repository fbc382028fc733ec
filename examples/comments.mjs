// Reader comments from a page copied as text: authors, replies, depth, and what was set apart.
// Run: npm run build && node examples/comments.mjs [page.txt]
import { readFileSync } from 'node:fs';
import { parseTextComments } from 'presslens';

const file = process.argv[2] ?? new URL('./sample-page.txt', import.meta.url);
const thread = parseTextComments(readFileSync(file, 'utf8'));

console.log(`${thread.comments.length} comments, ${thread.roots.length} top-level\n`);
const show = (comment) => {
  const indent = '    '.repeat(comment.depth - 1);
  const when = comment.publishedRaw ? ` (${comment.publishedRaw})` : '';
  console.log(`${indent}${comment.depth > 1 ? '↳ ' : ''}${comment.author ?? 'Anonymous'}${when}`);
  for (const paragraph of comment.text.split(/\n\s*\n/)) console.log(`${indent}  ${paragraph}`);
  comment.children.forEach(show);
};
thread.roots.forEach(show);
console.log(`\nWidget text set apart: ${[...new Set(thread.boilerplate.map((b) => b.text))].join(' · ')}`);
for (const warning of thread.warnings) console.log(`warning: ${warning.message}`);
