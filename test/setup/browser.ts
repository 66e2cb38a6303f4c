// The browser project's global setup (vitest.config.ts): checks that Chromium is there (installing
// it where it can), warms the bundle cache, then starts the one Chromium every browser test file
// connects to, and stops it after the last file. The unit and e2e projects never start it.

import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { CHROMIUM_OPTIONS, CHROMIUM, needTools } from './tools.js';
import { warmBundles } from './bundles.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  needTools([CHROMIUM]);
  const [server] = await Promise.all([chromium.launchServer(CHROMIUM_OPTIONS), warmBundles()]);
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
