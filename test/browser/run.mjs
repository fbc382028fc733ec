// Browser test: bundle the built package for the browser (as an app's bundler would), serve it on
// 127.0.0.1 and run every smoke call in headless Chromium (Debian's /usr/bin/chromium).
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { SMOKE_CALLS } from '../smoke-calls.mjs';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'presslens-browser-'));
const subpaths = Object.keys(pkg.exports).filter((key) => key !== './package.json');
const entry = [
  ...subpaths.map((subpath, i) => `import * as m${i} from '${subpath === '.' ? 'presslens' : `presslens/${subpath.slice(2)}`}';`),
  `window.modules = { ${subpaths.map((subpath, i) => `${JSON.stringify(subpath)}: m${i}`).join(', ')} };`,
].join('\n');

let server;
let browser;
let failed = 0;
try {
  // platform 'browser' makes esbuild fail on any Node built-in the library would pull in.
  // Resolve `presslens/...` through the package's own exports map, as an installed copy would be.
  mkdirSync(join(work, 'node_modules'));
  symlinkSync(root, join(work, 'node_modules', 'presslens'), 'dir');
  await build({
    stdin: { contents: entry, resolveDir: work, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile: join(work, 'bundle.js'),
    logLevel: 'error',
  });
  const page = '<!doctype html><meta charset="utf-8"><script type="module" src="/bundle.js"></script>';
  server = createServer((req, res) => {
    if (req.url === '/bundle.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(work, 'bundle.js')));
    } else {
      res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(url);
  await tab.waitForFunction(() => window.modules !== undefined, null, { timeout: 10_000 });
  for (const subpath of subpaths) {
    const smoke = SMOKE_CALLS[subpath];
    const got = await tab.evaluate(`(${smoke.call.toString()})(window.modules[${JSON.stringify(subpath)}])`);
    const ok = JSON.stringify(got) === JSON.stringify(smoke.expect);
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${subpath} runs in Chromium${ok ? '' : `: got ${JSON.stringify(got)}`}`);
    if (!ok) failed++;
  }
  if (errors.length > 0) {
    console.log(`FAIL page errors: ${errors.join('; ')}`);
    failed++;
  }
} finally {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(failed === 0 ? 'browser test passed' : `browser test: ${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);
