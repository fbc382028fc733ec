/**
 * Checks that every comment format parses in linear time: each input is parsed at a quarter, half
 * and full size, and the CPU time per comment must not grow with size. Inputs come from the shared
 * thread generators (50,000-comment threads and 10,000-deep reply chains) plus hostile HTML: 5 MB of
 * unclosed `<div>`, stray end tags under a deep stack, and comments under a 100,000-element pile.
 *
 * Run: `npm run bench:comments-scaling`
 */
import { FORMAT_GENERATORS } from '../bench/formats.js';
import { parseComments } from '../../src/comments/index.js';
import type { CommentFormat } from '../../src/comments/index.js';

interface Case {
  readonly name: string;
  readonly format: CommentFormat;
  readonly make: (count: number) => string;
  readonly count: number;
}

const cases: Case[] = [];
for (const [generator, make] of Object.entries(FORMAT_GENERATORS)) {
  const format = generator as CommentFormat;
  cases.push({ name: `${generator} thread`, format, make: (count) => make({ count }), count: 50_000 });
  cases.push({ name: `${generator} chain`, format, make: (count) => make({ count, chain: true }), count: 10_000 });
}
cases.push(
  { name: 'unclosed <div> (5 MB)', format: 'html', make: (count) => '<div>'.repeat(count), count: 1_000_000 },
  { name: 'stray end tags on a deep stack', format: 'html', make: (count) => '<div>'.repeat(count) + '</span>'.repeat(count), count: 400_000 },
  { name: 'comments under 100k unclosed', format: 'html', make: (count) => `${'<div>'.repeat(count)}<ol class="comment-list">${'<li class="comment depth-1"><p>Under the pile.</p></li>'.repeat(count / 10)}</ol>`, count: 100_000 },
  { name: 'nested repeated elements', format: 'html', make: (count) => `<div id="comments"><div class="c"><p>A first comment here.</p></div>${'<div class="c"><p>A nested reply comment.</p>'.repeat(count)}</div>`, count: 20_000 },
  { name: 'text @replies to absent names', format: 'text', make: (count) => Array.from({ length: count }, (_, index) => `${name(index)} says:\n@${name(index + count)} I disagree with you.\n\nReply`).join('\n\n\n'), count: 50_000 },
);

/** A letters-only name for the index (`Ab Cd`), since author lines hold no digits. */
function name(index: number): string {
  let letters = '';
  for (let rest = index; letters.length < 6; rest = Math.floor(rest / 26)) letters += String.fromCharCode(97 + (rest % 26));
  return `${letters.charAt(0).toUpperCase()}${letters.slice(1, 3)} ${letters.charAt(3).toUpperCase()}${letters.slice(4)}`;
}

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const only = process.argv[2];
let worst = 0;
for (const test of cases) {
  if (only !== undefined && !test.name.includes(only)) continue;
  const rows: string[] = [];
  const perItem: number[] = [];
  let comments = 0;
  for (const fraction of [0.25, 0.5, 1]) {
    const count = Math.round(test.count * fraction);
    const input = test.make(count);
    let found = 0;
    const ms = cpuMs(() => {
      found = parseComments(input, { format: test.format }).comments.length;
    });
    comments = found;
    perItem.push(ms / count);
    rows.push(`${count} → ${ms.toFixed(0)} ms (${(input.length / 1e6).toFixed(1)} MB)`);
  }
  const growth = (perItem[2] ?? 0) / Math.max(perItem[0] ?? 0, 1e-9);
  worst = Math.max(worst, growth);
  console.log(`${test.name.padEnd(34)} ${rows.join(', ')}; ${comments} comments; time per item ×${growth.toFixed(2)} from ¼ to full size`);
}
console.log(`\nWorst growth of time per item from ¼ to full size: ×${worst.toFixed(2)} (linear ≈ 1; quadratic would be ≈ 4)`);
