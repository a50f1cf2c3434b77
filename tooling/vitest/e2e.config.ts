import { defineConfig } from 'vitest/config';
import { reporters } from './reporters.js';

/**
 * Browser tests: the built apps served by the built API (one process, as `npm start` runs it),
 * driven by playwright-core in Debian's Chromium. Run from the repository root.
 */
export default defineConfig({
  test: {
    include: ['apps/*/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tooling/vitest/e2e/start-server.ts'],
    reporters: reporters('e2e'),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
