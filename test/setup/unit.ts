// The unit project's global setup (vitest.config.ts): xmllint, which checks the manifests against
// the official schemas, and the bundle cache warmed. No browser: this project never starts Chromium.

import { needTools, XMLLINT } from './tools.js';
import { warmBundles } from './bundles.js';

export default async function setup(): Promise<void> {
  needTools([XMLLINT]);
  await warmBundles();
}
