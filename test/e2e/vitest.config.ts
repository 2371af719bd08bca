import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: build the map app, serve it, drive Debian's Chromium.
// Run with `npx vitest run --config test/e2e/vitest.config.ts` from the repository root.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
