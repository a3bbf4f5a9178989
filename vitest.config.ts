import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Most tests wait on a CLI they spawned: two files at a time keep both cores of a small machine busy.
    maxWorkers: 2,
    // Test files share a worker's modules: no test mocks a module or changes the environment, and the parser's
    // lexicon is then compiled once per worker instead of once per file (a fifth of the run on two cores).
    isolate: false,
    globalSetup: ['tests/setup/global.ts', 'tests/setup/cache.ts'],
    // The default report, then a loud line at the very end when the browser tests could not run.
    reporters: ['default', './tests/setup/skipped-reporter.ts'],
  },
});
