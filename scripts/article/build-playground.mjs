// Bundles the built library (dist/article.js) into one browser ESM file, docs/presslens.browser.js,
// which docs/playground.html imports. Browsers refuse module scripts from file:// URLs, so
// `--serve` also serves docs/ on http://127.0.0.1:8787/playground.html.
// Run: npm run build:playground [-- --serve]
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const docs = join(root, 'docs');
const outfile = join(docs, 'presslens.browser.js');
await build({
  entryPoints: [join(root, 'dist/article.js')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  outfile,
  logLevel: 'error',
});
console.log(`wrote ${outfile} (${(statSync(outfile).size / 1024).toFixed(0)} KB)`);

if (process.argv.includes('--serve')) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.png': 'image/png' };
  const server = createServer((req, res) => {
    const path = normalize(join(docs, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(docs) || !statSync(path, { throwIfNoEntry: false })?.isFile()) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  server.listen(8787, '127.0.0.1', () => console.log('playground: http://127.0.0.1:8787/playground.html (Ctrl-C to stop)'));
}
