import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/cache.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
