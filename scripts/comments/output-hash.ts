/**
 * One sha256 over the output of every structured comment parser, to show that a speed change left
 * every result byte-identical. Hashed: JSON.stringify of each parser's result (and of the error it
 * threw, if any) on every structured export under /work/shared/data/comments/ (WXR, Disqus,
 * Reddit, HN Algolia, Discourse, Commento; measuring only, nothing is tuned on them), and on
 * generated threads of every structured format (scripts/bench/formats.ts) at a few sizes and
 * seeds, reply chains included, read by the format's own parser and by `parseComments`, in the
 * lenient and the strict mode. `JSON.stringify` leaves out the non-enumerable `children`, so the
 * tree is hashed apart: for each comment, its children's indexes in `comments`.
 *
 * A second hash covers the other users of `buildThread` (the text and HTML parsers) on generated
 * text and HTML threads, so a change to the shared thread builder shows there too.
 *
 * Run: `npx tsx scripts/comments/output-hash.ts` (`--verbose` prints one hash per input).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_GENERATORS, threadOfSize } from '../bench/formats.js';
import {
  parseComments,
  parseCommentoJson,
  parseDiscourseJson,
  parseDisqusXml,
  parseHackerNewsJson,
  parseHtmlComments,
  parseRedditJson,
  parseTextComments,
  parseWordpressWxr,
  parseYoutubeJson,
  type Comment,
} from '../../src/comments/index.js';

type Parser = (input: string, options?: { strict?: boolean }) => unknown;

const DATA = '/work/shared/data/comments';
const verbose = process.argv.includes('--verbose');

/** The parser of each structured format, by the folder and generator name. */
const STRUCTURED: Record<string, Parser> = {
  'wordpress-wxr': parseWordpressWxr,
  'disqus-xml': parseDisqusXml,
  'reddit-json': parseRedditJson,
  'hn-algolia-json': parseHackerNewsJson,
  'discourse-json': parseDiscourseJson,
  'youtube-json': parseYoutubeJson,
  'commento-json': parseCommentoJson,
};
const BUILD_THREAD_USERS: Record<string, Parser> = { text: parseTextComments, html: parseHtmlComments, 'hn-html': parseHtmlComments };

/** The result as JSON, plus the tree that JSON leaves out (children as indexes into `comments`). */
function serialise(run: () => unknown): string {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    return `throws ${String((error as Error).constructor.name)}: ${String((error as Error).message)}`;
  }
  const comments = (result as { comments?: readonly Comment[] }).comments ?? [];
  const index = new Map<Comment, number>(comments.map((comment, position) => [comment, position]));
  const tree = comments.map((comment) => comment.children.map((child) => index.get(child) ?? -1));
  const roots = ((result as { roots?: readonly Comment[] }).roots ?? []).map((root) => index.get(root) ?? -1);
  return `${JSON.stringify(result)}\n${JSON.stringify(tree)}\n${JSON.stringify(roots)}`;
}

/** Every (label, input, parser) case of one group, hashed in a fixed order. */
function hashGroup(cases: readonly { label: string; input: string; parse: Parser }[]): string {
  const hash = createHash('sha256');
  for (const { label, input, parse } of cases) {
    for (const strict of [false, true]) {
      const own = serialise(() => parse(input, { strict }));
      const auto = serialise(() => parseComments(input, { strict }));
      hash.update(`${label} strict=${strict}\n${own}\n${auto}\n`);
      if (verbose) console.log(`${createHash('sha256').update(own + auto).digest('hex').slice(0, 16)}  ${label} strict=${strict}`);
    }
  }
  return hash.digest('hex');
}

const SIZES = [20_000, 300_000];
const SEEDS = [1, 7];

function generated(formats: Record<string, Parser>): { label: string; input: string; parse: Parser }[] {
  const cases: { label: string; input: string; parse: Parser }[] = [];
  for (const [format, parse] of Object.entries(formats)) {
    for (const size of SIZES) for (const seed of SEEDS) cases.push({ label: `${format} ${size} chars seed ${seed}`, input: threadOfSize(format, size, seed), parse });
    const generate = FORMAT_GENERATORS[format];
    if (generate !== undefined) cases.push({ label: `${format} chain of 300`, input: generate({ count: 300, chain: true, seed: 3 }), parse });
  }
  return cases;
}

const samples: { label: string; input: string; parse: Parser }[] = [];
for (const [format, parse] of Object.entries(STRUCTURED)) {
  const folder = join(DATA, format);
  if (!existsSync(folder)) continue;
  for (const file of readdirSync(folder).sort()) {
    if (file === 'README.md') continue;
    samples.push({ label: `${format}/${file}`, input: readFileSync(join(folder, file), 'utf8'), parse });
  }
}

console.log(`structured parsers (${samples.length} samples + generated): ${hashGroup([...samples, ...generated(STRUCTURED)])}`);
console.log(`text and HTML parsers (generated): ${hashGroup(generated(BUILD_THREAD_USERS))}`);
