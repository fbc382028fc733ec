// CLI test: runs the built `presslens` command on a folder of 200 generated pages plus an
// unreadable file and binary input, and checks the JSONL stream, the messages and the exit codes.
// Run: npm run test:cli
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatePage } from '../../scripts/article/generate-pages.mjs';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');
const PAGES = 200;
const work = mkdtempSync(join(tmpdir(), 'presslens-cli-'));
let failed = 0;
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failed++;
};
const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
const parseLines = (stdout) => stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));

try {
  const pages = join(work, 'pages');
  mkdirSync(join(pages, 'nested'), { recursive: true });
  const expected = new Map();
  for (let i = 0; i < PAGES; i++) {
    const page = generatePage(i);
    const file = join(i % 4 === 0 ? join(pages, 'nested') : pages, page.name);
    writeFileSync(file, page.text);
    expected.set(file, page);
  }

  // 1. A clean folder: every page once, exit 0.
  const clean = run(['analyze', pages, '--format', 'jsonl', '--jobs', '2']);
  check(clean.status === 0, `clean folder exits 0 (got ${clean.status}; stderr: ${clean.stderr.trim().slice(0, 300)})`);
  const records = parseLines(clean.stdout);
  check(records.length === PAGES, `one JSON line per page (${records.length}/${PAGES})`);
  check(new Set(records.map((r) => r.file)).size === PAGES && records.every((r) => expected.has(r.file)), 'every page reported exactly once, by its path');
  check(clean.stderr === '', 'nothing on stderr when stderr is not a terminal (no progress bar)');
  let titles = 0;
  let offsets = 0;
  let speakers = 0;
  let comments = 0;
  let chrome = 0;
  let languages = 0;
  for (const record of records) {
    const page = expected.get(record.file);
    const text = page.text;
    if (record.title?.text === page.expected.title) titles++;
    const spans = [record.title, record.body, ...record.boilerplate, ...record.quotes, ...record.numbers, ...record.comments.comments];
    if (spans.every((span) => span === null || text.slice(span.start, span.end) === span.text)) offsets++;
    const names = record.quotes.map((quote) => quote.speaker?.name ?? '');
    if (page.expected.speakers.every((name) => names.some((found) => found.endsWith(name)))) speakers++;
    if (record.comments.comments.length === page.expected.comments) comments++;
    // A short comment may be misread, but then it must say so (`reliable: false`).
    const commentLanguages = record.comments.comments.map((c) => c.language.language === (c.text.startsWith('Ich halte') ? 'de' : 'en') || !c.language.reliable);
    if (record.language.language === 'en' && commentLanguages.every(Boolean)) languages++;
    const chromeSpans = record.boilerplate.map((span) => span.text);
    if (!/Share on|Leave a Reply|Comments/u.test(record.body.text) && ['Share on X', 'Advertisement', 'Leave a Reply', 'Load more comments'].every((line) => chromeSpans.includes(line))) chrome++;
  }
  check(titles === PAGES, `headline found on ${titles}/${PAGES} pages`);
  check(offsets === PAGES, `every span satisfies input.slice(start, end) === text on ${offsets}/${PAGES} pages`);
  check(chrome === PAGES, `share bar, advertising and comment widgets set apart, body ends before the comments, on ${chrome}/${PAGES} pages`);
  check(speakers >= PAGES * 0.95, `both quoted speakers found on ${speakers}/${PAGES} pages`);
  check(comments >= PAGES * 0.95, `comment count exact on ${comments}/${PAGES} pages`);
  check(languages >= PAGES * 0.95, `article and every comment in the right language (en, de) or flagged unreliable on ${languages}/${PAGES} pages`);

  // 2. The same folder with an unreadable file and binary input: the others still reported, exit 1.
  writeFileSync(join(pages, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(pages, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
  symlinkSync(join(work, 'gone.txt'), join(pages, 'dangling.txt'));
  const locked = join(pages, 'locked.txt');
  writeFileSync(locked, 'secret');
  chmodSync(locked, 0o000);
  const canLock = process.getuid?.() !== 0; // root reads files whatever their mode
  const mixed = run(['analyze', pages, '--format', 'jsonl', '--jobs', '2']);
  check(mixed.status === 1, `folder with bad files exits 1 (got ${mixed.status})`);
  const mixedRecords = parseLines(mixed.stdout);
  const good = mixedRecords.filter((r) => r.error === undefined);
  const bad = mixedRecords.filter((r) => r.error !== undefined);
  check(good.length === PAGES + (canLock ? 0 : 1), `all ${PAGES} good pages still reported (${good.length})`);
  check(bad.some((r) => r.file.endsWith('photo.png') && /binary input/u.test(r.error)), 'binary file gets an error record');
  check(bad.some((r) => r.file.endsWith('latin1.txt') && /not valid UTF-8/u.test(r.error)), 'non-UTF-8 file gets an error record');
  check(bad.some((r) => r.file.endsWith('dangling.txt') && /cannot read: no such file/u.test(r.error)), 'dangling link gets an error record');
  check(/photo\.png: binary input/u.test(mixed.stderr) && /dangling\.txt: cannot read/u.test(mixed.stderr), 'stderr names each bad file and why');
  if (canLock) check(/locked\.txt: cannot read: permission denied/u.test(mixed.stderr), 'unreadable file: permission denied');
  chmodSync(locked, 0o644);

  // 3. Standard input, a missing path, a wrong command line, text and JSON output.
  const first = [...expected.values()][1];
  const stdin = run(['analyze', '-', '--format', 'json'], first.text);
  check(stdin.status === 0 && JSON.parse(stdin.stdout).title.text === first.expected.title, 'reads a page from standard input');
  const binaryStdin = run(['analyze', '-'], Buffer.from([0, 1, 2, 3]));
  check(binaryStdin.status === 1 && /-: binary input/u.test(binaryStdin.stderr), 'binary standard input: message and exit 1');
  const missing = run(['analyze', join(work, 'nope.txt')]);
  check(missing.status === 1 && /nope\.txt: no such file or directory/u.test(missing.stderr), 'missing path: message and exit 1');
  const usage = run(['analyze', pages, '--format', 'yaml']);
  check(usage.status === 2 && /Unknown format "yaml"/u.test(usage.stderr), 'wrong option: message and exit 2');
  const report = run(['analyze', join(root, 'examples/sample-page.txt')]);
  check(report.status === 0 && report.stdout.includes('Who said what') && report.stdout.includes('Comments'), 'text report has the who-said-what table and the comments');
  const only = parseLines(run(['analyze', [...expected.keys()][0], '--format', 'jsonl', '--only', 'language']).stdout)[0];
  check(only.language !== undefined && only.quotes === undefined && only.comments === undefined, '--only language leaves the other analyses out');
  const array = run(['analyze', join(pages, 'nested'), '--format', 'json']);
  check(array.status === 0 && JSON.parse(array.stdout).length === PAGES / 4, '--format json on a folder prints one JSON array');
  const version = run(['--version']);
  check(version.stdout.trim() === JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version, '--version prints the package version');
  check(run(['--help']).stdout.includes('Usage: presslens analyze'), '--help prints usage');
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(failed === 0 ? 'CLI test passed' : `CLI test: ${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);
