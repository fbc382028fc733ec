import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CI also writes a JSON report, from which .ci/run prints its one-line summary.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.tmp/vitest-report.json' },
    exclude: ['test/consumer/**', 'test/browser/**', 'node_modules/**'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The CLI's executable and worker files only hand over to runCli/analyzeFile inside a child
      // process or worker thread, which `npm run test:cli` drives against the build; v8 coverage of
      // this process cannot see them.
      exclude: ['src/**/*.test.ts', 'src/**/*.test-d.ts', 'src/types/**', 'src/**/data/**', 'src/cli/main.ts', 'src/cli/worker.ts'],
      thresholds: { lines: 90, branches: 90 },
    },
  },
});
