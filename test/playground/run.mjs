// Playground test: serves docs/ (with the bundle from `npm run build:playground`), opens
// playground.html in headless Chromium, pastes the example page, and checks that the rendered
// result names the expected speakers, highlights their quotes, marks numbers and shows the
// comment tree with languages. Saves a screenshot to .tmp/playground.png.
// Run: npm run test:playground
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const docs = join(root, 'docs');
const sample = readFileSync(join(root, 'examples/sample-page.txt'), 'utf8');
const screenshot = join(root, '.tmp/playground.png');
const EXPECTED_SPEAKERS = ['Helena Voss', 'Paul Brandt', 'Ruth Okafor', 'Amir Haddad'];
let failed = 0;
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failed++;
};

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const server = createServer((req, res) => {
  const path = normalize(join(docs, new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(docs) || !statSync(path, { throwIfNoEntry: false })?.isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`http://127.0.0.1:${server.address().port}/playground.html`);
  await tab.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  check((await tab.textContent('#headline')) === 'Ferry operator doubles fares as fuel costs bite', 'the built-in sample is analysed on load');

  await tab.fill('#input', sample);
  await tab.click('#analyse');
  await tab.waitForFunction(() => document.querySelector('#headline')?.textContent?.startsWith('Harbour city'), null, { timeout: 10_000 });
  const speakers = await tab.$$eval('#speakers .speaker-name', (cells) => cells.map((cell) => cell.textContent));
  for (const name of EXPECTED_SPEAKERS) check(speakers.some((s) => s.includes(name)), `who-said-what table lists ${name}`);
  const highlighted = await tab.$$eval('#article .quote', (spans) => [...new Set(spans.map((s) => s.dataset.speaker))]);
  for (const name of EXPECTED_SPEAKERS) check(highlighted.some((s) => s.includes(name)), `${name}'s quotes are highlighted in the article`);
  const colours = await tab.$$eval('#article .quote', (spans) => new Set(spans.map((s) => s.style.background)).size);
  check(colours >= EXPECTED_SPEAKERS.length, `quotes use one colour per speaker (${colours} colours)`);
  const numbers = await tab.$$eval('#article .number', (spans) => spans.map((s) => s.textContent));
  check(numbers.includes('€480 million') && numbers.includes('12.5 percentage points'), `numbers are marked inline (${numbers.length} pieces)`);
  const comments = await tab.$$eval('#comments li.comment', (items) => items.map((li) => li.querySelector('.author')?.textContent));
  check(comments.length === 6 && comments.includes('Jürgen Albers'), `comment tree shows the 6 comments (${comments.length})`);
  const nested = await tab.$$eval('#comments ul ul li.comment', (items) => items.length);
  check(nested === 1, 'the reply is nested under its parent');
  const languages = await tab.$$eval('#comments li.comment > .badge', (badges) => badges.map((b) => b.textContent));
  check(languages.includes('de') && languages.includes('en'), `comments carry their languages (${[...new Set(languages)].join(', ')})`);
  check(errors.length === 0, `no page errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
  mkdirSync(join(root, '.tmp'), { recursive: true });
  await tab.screenshot({ path: screenshot, fullPage: true });
  console.log(`screenshot: ${screenshot}`);
} finally {
  await browser?.close();
  server.close();
}
console.log(failed === 0 ? 'playground test passed' : `playground test: ${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);
