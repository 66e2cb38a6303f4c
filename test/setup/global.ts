// Runs once before any test file (vitest.config.ts globalSetup): checks that Chromium and xmllint
// are there (installing them where it can), then starts the one Chromium every browser test file
// connects to, and stops it after the last file.

import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { CHROMIUM_OPTIONS, ensureTools } from './tools.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    ensureTools();
  } catch (error) {
    // One line and stop: every browser test would otherwise fail with a launch stack trace.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const server = await chromium.launchServer(CHROMIUM_OPTIONS);
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
