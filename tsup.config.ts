import { defineConfig, type Options } from 'tsup';

/** One entry per public subpath; the `exports` map in package.json mirrors this list. */
export const entries = {
  index: 'src/index.ts',
  quotes: 'src/quotes/index.ts',
  numbers: 'src/numbers/index.ts',
  language: 'src/language/index.ts',
  comments: 'src/comments/index.ts',
  article: 'src/article/index.ts',
};

/**
 * The `presslens` command and its worker thread. They run on Node only, and import the library
 * through the package's own name, so the command shares the library files in `dist/` instead of
 * carrying a second copy of them.
 */
const cli: Options = {
  entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: false,
  splitting: true,
  sourcemap: false,
  clean: false,
  esbuildPlugins: [
    {
      name: 'library-through-package-name',
      setup(build) {
        build.onResolve({ filter: /^\.\.\/article\/index\.js$/ }, () => ({ path: 'presslens/article', external: true }));
      },
    },
  ],
};

export default defineConfig([
  {
    entry: entries,
    format: ['esm'],
    target: 'es2022',
    // Library code must run in browsers as well as Node: no Node built-ins can be resolved.
    platform: 'neutral',
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    splitting: true,
    treeshake: true,
    // Start-up is parse time: minified, `presslens/numbers` imports and runs its first call in
    // ~24 ms instead of ~29 (fresh Node process, quiet machine). Types and TSDoc ship unminified.
    minify: true,
    sourcemap: false,
    clean: true,
    // natural's root module loads database drivers; its single-purpose files are bundled instead,
    // so consumers never install natural. sentence-splitter is bundled too: resolving and loading
    // its many small modules at import cost ~35 ms CPU, a third of `presslens/language`'s start-up.
    // Their licence notices ship in THIRD_PARTY_NOTICES.md.
    noExternal: [/^natural\//, /^sentence-splitter$/],
  },
  cli,
]);
