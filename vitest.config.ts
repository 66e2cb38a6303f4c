import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Checks for Chromium and xmllint, and starts the one Chromium all browser test files share.
    globalSetup: ['test/setup/global.ts'],
    // Browser tests start real Chromium; these machines have 2 cores and are shared.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
