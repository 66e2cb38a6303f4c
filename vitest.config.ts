import { defineConfig } from 'vitest/config';

// Three projects, so each run starts only what it needs (`npm run test:unit` never starts Chromium):
// unit: Node only, the compiler, the player's logic, the fixtures (xmllint for the manifests);
// browser: the player and the preview in the one shared real Chromium, against scorm-again;
// e2e: the built CLI (lib/scormdown.js) as a child process, as a teacher runs it.

/** Unit test files that mock a Node module (vi.mock): they run in a fresh module graph each. */
const MOCKING = ['test/compiler/front/read-file-faults.test.ts', 'test/compiler/render/progress-keys-render.test.ts'];

export default defineConfig({
  test: {
    // Browser tests start real Chromium; these machines have 2 cores and are shared.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // The player's feature switches, all on, for its code run unbundled (src/runtime/uses.ts).
    setupFiles: ['test/setup/every-feature.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/e2e/**', ...MOCKING],
          globalSetup: ['test/setup/unit.ts'],
          // Node-only files that restore what they stub (globals, timers, mocks): a worker keeps its
          // loaded modules from one file to the next instead of importing the compiler again per file.
          isolate: false,
        },
      },
      {
        extends: true,
        // Files that replace a module with vi.mock need it loaded afresh: in a shared module graph the
        // real one would already be there.
        test: { name: 'unit-isolated', include: MOCKING, globalSetup: ['test/setup/unit.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/setup/browser.ts'],
          // Each file connects to the shared Chromium and opens contexts of its own; the harness keeps
          // no state between files, so a worker keeps playwright and the compiler loaded.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/setup/bundles.ts'] },
      },
    ],
  },
});
