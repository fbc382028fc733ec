/**
 * Measures the structured comment parsers against shared/data/comments/expected.json: exact
 * comment / top-level / max-depth / first-three-author counts per sample, format detection, strict
 * mode on the malformed Disqus file, and parse speed (MB/s) on inputs built by replicating each
 * sample's structure to several MB.
 *
 * Run: npm run eval:comments-structured   (DATA_DIR overrides the data folder)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { MalformedInputError } from '../../src/errors.js';
import { detectCommentFormat } from '../../src/comments/detect-comment-format.js';
import { parseComments } from '../../src/comments/parse-comments.js';
import type { CommentFormat, CommentThread } from '../../src/comments/types.js';

const dataDir = resolve(process.env.DATA_DIR ?? '/work/shared/data/comments');
const STRUCTURED: ReadonlySet<string> = new Set(['wordpress-wxr', 'disqus-xml', 'reddit-json', 'hn-algolia-json', 'discourse-json', 'youtube-json', 'commento-json']);
/**
 * The truth names authors the way the source writes the field; presslens returns `null` for a
 * gone or anonymous author (Reddit's `[deleted]`, Commento's `anonymous` commenter id).
 */
const NO_AUTHOR_PLACEHOLDERS: ReadonlySet<string> = new Set(['[deleted]', 'anonymous']);

interface Sample {
  format: CommentFormat;
  bytes: number;
  comments: number;
  topLevel: number;
  maxDepth: number;
  firstAuthors: string[];
}

const expected = JSON.parse(readFileSync(join(dataDir, 'expected.json'), 'utf8')) as { samples: Record<string, Sample> };

function summarise(thread: CommentThread) {
  return {
    comments: thread.comments.length,
    topLevel: thread.comments.filter((comment) => comment.parentId === null).length,
    maxDepth: thread.comments.reduce((max, comment) => Math.max(max, comment.depth), 0),
    firstAuthors: thread.comments.slice(0, 3).map((comment) => comment.author),
  };
}

const sameAuthor = (got: string | null | undefined, want: string): boolean => got === want || (got === null && NO_AUTHOR_PLACEHOLDERS.has(want));

let exact = 0;
let total = 0;
console.log('Accuracy (lenient mode)');
for (const [file, truth] of Object.entries(expected.samples)) {
  if (!STRUCTURED.has(truth.format)) continue;
  total++;
  const text = readFileSync(join(dataDir, file), 'utf8');
  const detected = detectCommentFormat(text);
  const thread = parseComments(text);
  const got = summarise(thread);
  const checks = {
    format: detected === truth.format,
    comments: got.comments === truth.comments,
    topLevel: got.topLevel === truth.topLevel,
    maxDepth: got.maxDepth === truth.maxDepth,
    authors: truth.firstAuthors.length === got.firstAuthors.length && truth.firstAuthors.every((want, index) => sameAuthor(got.firstAuthors[index], want)),
  };
  const ok = Object.values(checks).every(Boolean);
  if (ok) exact++;
  const failed = Object.entries(checks).filter(([, passed]) => !passed).map(([name]) => name);
  console.log(
    `  ${ok ? 'exact' : 'MISS '} ${file.padEnd(48)} comments ${got.comments}/${truth.comments} top ${got.topLevel}/${truth.topLevel} depth ${got.maxDepth}/${truth.maxDepth} ` +
      `authors ${JSON.stringify(got.firstAuthors)} warnings ${thread.warnings.length} unloaded ${thread.unloaded.reduce((sum, part) => sum + (part.count ?? part.ids.length), 0)}` +
      (failed.length > 0 ? `  failed: ${failed.join(', ')}` : ''),
  );
}
console.log(`  => ${exact}/${total} structured samples exact`);

console.log('\nStrict mode on malformed input');
for (const [file, truth] of Object.entries(expected.samples)) {
  if (truth.format !== 'disqus-xml') continue;
  const text = readFileSync(join(dataDir, file), 'utf8');
  try {
    const thread = parseComments(text, { strict: true });
    console.log(`  ${file}: parsed, ${thread.comments.length} comments (no error)`);
  } catch (error) {
    const typed = error instanceof MalformedInputError;
    console.log(`  ${file}: ${typed ? 'MalformedInputError' : 'UNTYPED ERROR'} ${(error as MalformedInputError).code} at offset ${(error as MalformedInputError).offset}: ${(error as Error).message}`);
  }
}

// ---- speed -------------------------------------------------------------------------------------
const TARGET_BYTES = 8 * 1024 * 1024;

/** Repeats `unit(copy)` until the joined text reaches the target size. */
function repeatUnits(unit: (copy: number) => string, separator: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < TARGET_BYTES; copy++) {
    const part = unit(copy);
    parts.push(part);
    size += part.length + separator.length;
  }
  return parts.join(separator);
}

function bigWxr(): string {
  const text = readFileSync(join(dataDir, 'wordpress-wxr/theme-unit-test-data.xml'), 'utf8');
  const first = text.indexOf('<item>');
  const last = text.lastIndexOf('</item>') + '</item>'.length;
  const items = text.slice(first, last);
  const body = repeatUnits((copy) => items.replace(/<wp:comment_(id|parent)>(\d+)</g, (_, tag: string, id: string) => `<wp:comment_${tag}>${id === "0" ? "0" : `${copy + 1}${id}`}<`), '\n');
  return text.slice(0, first) + body + text.slice(last);
}

function bigDisqus(): string {
  const text = readFileSync(join(dataDir, 'disqus-xml/isso-disqus.xml'), 'utf8');
  const first = text.indexOf('<thread');
  const last = text.lastIndexOf('</post>') + '</post>'.length;
  const body = repeatUnits((copy) => text.slice(first, last).replace(/dsq:id="(\w+)"/g, `dsq:id="${copy}-$1"`), '\n');
  return text.slice(0, first) + body + text.slice(last);
}

function bigReddit(): string {
  const text = readFileSync(join(dataDir, 'reddit-json/praw-3hahrw-thread.json'), 'utf8');
  const value = JSON.parse(text) as [unknown, { data: { children: unknown[] } }];
  const forest = JSON.stringify(value[1].data.children).slice(1, -1);
  const children = repeatUnits((copy) => forest.replace(/"(id|parent_id|name)": "(t1_)?(\w+)"/g, `"$1": "$2${copy}$3"`), ',');
  return `[${JSON.stringify(value[0])}, {"kind": "Listing", "data": {"children": [${children}]}}]`;
}

function bigHackerNews(): string {
  const item = JSON.parse(readFileSync(join(dataDir, 'hn-algolia-json/hn-item-17.json'), 'utf8')) as { children: { text: string }[] };
  const sample = JSON.stringify(item);
  const children = repeatUnits((copy) => sample.replace(/"id":(\d+)/g, `"id":${copy + 1}$1`), ',');
  return `{"id":1,"type":"story","author":"pg","title":"Y Combinator","children":[${children}]}`;
}

function bigDiscourse(): string {
  const value = JSON.parse(readFileSync(join(dataDir, 'discourse-json/discourse_api-topic.json'), 'utf8')) as { post_stream: { posts: { id: number; post_number: number }[]; stream: number[] } };
  const posts = value.post_stream.posts;
  const copies: string[] = [];
  let size = 0;
  for (let copy = 0; size < TARGET_BYTES; copy++) {
    for (const post of posts.slice(1)) {
      const text = JSON.stringify({ ...post, id: copy * 1000 + post.id, post_number: copy * 10 + post.post_number + 1 });
      copies.push(text);
      size += text.length;
    }
  }
  return JSON.stringify({ ...value, post_stream: { posts: [], stream: [] } }).replace('"posts":[]', `"posts":[${JSON.stringify(posts[0])},${copies.join(',')}]`);
}

function bigCommento(): string {
  const text = readFileSync(join(dataDir, 'commento-json/remark42-commento.json'), 'utf8');
  const value = JSON.parse(text) as { comments: unknown[] };
  const comments = JSON.stringify(value.comments).slice(1, -1);
  const all = repeatUnits((copy) => comments.replace(/"(commentHex|parentHex)": ?"([0-9a-f]{64})"/g, `"$1":"${copy}$2"`), ',');
  return JSON.stringify({ ...value, comments: [] }).replace('"comments":[]', `"comments":[${all}]`);
}

/** YouTube has no shared sample: a list response in the documented shape. */
function bigYoutube(): string {
  const thread = (copy: number) =>
    JSON.stringify({
      kind: 'youtube#commentThread',
      id: `Ugx${copy}`,
      snippet: {
        videoId: 'dQw4w9WgXcQ',
        totalReplyCount: 3,
        topLevelComment: {
          kind: 'youtube#comment',
          id: `Ugx${copy}`,
          snippet: { authorDisplayName: '@viewer', textDisplay: 'Great video!<br><br>Thanks for <b>sharing</b>.', textOriginal: 'Great video!\n\nThanks for *sharing*.', likeCount: 12, publishedAt: '2024-05-01T09:30:00Z' },
        },
      },
      replies: { comments: [{ kind: 'youtube#comment', id: `Ugx${copy}.r1`, snippet: { parentId: `Ugx${copy}`, authorDisplayName: '@other', textDisplay: 'Agreed.', likeCount: 1, publishedAt: '2024-05-01T10:00:00Z' } }] },
    });
  return `{"kind":"youtube#commentThreadListResponse","items":[${repeatUnits(thread, ',')}]}`;
}

const BUILDERS: readonly (readonly [CommentFormat, () => string])[] = [
  ['wordpress-wxr', bigWxr],
  ['disqus-xml', bigDisqus],
  ['reddit-json', bigReddit],
  ['hn-algolia-json', bigHackerNews],
  ['discourse-json', bigDiscourse],
  ['youtube-json', bigYoutube],
  ['commento-json', bigCommento],
];

console.log(`\nSpeed (string input, format given; best of 5; target >= 20 MB/s; load average ${loadavg()[0]?.toFixed(1)})`);
console.log('  wall time counts waiting for a CPU on a busy machine; CPU time is this process alone (GC threads included)');
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
let slowestWall = Infinity;
let slowestCpu = Infinity;
for (const [format, build] of BUILDERS) {
  const text = build();
  const megabytes = text.length / (1024 * 1024);
  let bestWall = Infinity;
  let bestCpu = Infinity;
  let thread: CommentThread | undefined;
  for (let run = 0; run < 5; run++) {
    const wallStart = performance.now();
    const cpuStart = cpuMs();
    thread = parseComments(text, { format });
    bestCpu = Math.min(bestCpu, cpuMs() - cpuStart);
    bestWall = Math.min(bestWall, performance.now() - wallStart);
  }
  const wallRate = megabytes / (bestWall / 1000);
  const cpuRate = megabytes / (bestCpu / 1000);
  slowestWall = Math.min(slowestWall, wallRate);
  slowestCpu = Math.min(slowestCpu, cpuRate);
  console.log(
    `  ${format.padEnd(16)} ${megabytes.toFixed(1).padStart(5)} MB  ${String(thread?.comments.length).padStart(7)} comments  ` +
      `wall ${bestWall.toFixed(0).padStart(5)} ms ${wallRate.toFixed(1).padStart(6)} MB/s   cpu ${bestCpu.toFixed(0).padStart(5)} ms ${cpuRate.toFixed(1).padStart(6)} MB/s`,
  );
}
console.log(`  => slowest: wall ${slowestWall.toFixed(1)} MB/s, cpu ${slowestCpu.toFixed(1)} MB/s (target 20 MB/s)`);
