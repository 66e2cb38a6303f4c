// Real Chromium from Debian's packages (see test/setup/tools.ts), driven by playwright-core.
// One Chromium serves the browser project (test/setup/browser.ts starts it before its first file); each test
// file connects to it, and every launch of a course gets its own BrowserContext (its own cookies,
// storage and pages), so sharing the browser process shares nothing a test can see.

import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { ScormVersion } from '../../../src/shared/model.js';
import { packageFiles } from '../../helpers/package.js';
import { CHROMIUM_OPTIONS } from '../../setup/tools.js';
import type { Files } from './serve.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's endpoint; empty when no global setup ran. */
    chromiumEndpoint: string;
  }
}

/** The run's shared Chromium (or, without the global setup, one of this file's own). */
export async function launchChromium(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  return endpoint ? chromium.connect(endpoint) : chromium.launch(CHROMIUM_OPTIONS);
}

export interface ChromiumFile {
  readonly browser: Browser;
  /** The lesson's package for one version, built before the file's first test. */
  pkg(version: ScormVersion): Files;
}

/** For a browser test file: Chromium connected, and `lessonDir` packaged for `versions`, before its
 *  first test; disconnected after its last. */
export function useChromium(lessonDir = 'lesson', versions: ScormVersion[] = []): ChromiumFile {
  let browser: Browser | undefined;
  const pkgs = new Map<ScormVersion, Files>();
  beforeAll(async () => {
    const built = Promise.all(versions.map(async (v) => pkgs.set(v, await packageFiles(lessonDir, v))));
    browser = await launchChromium();
    await built;
  });
  afterAll(async () => browser?.close());
  return {
    get browser() {
      if (browser === undefined) throw new Error('useChromium: the browser is ready in beforeAll, not before');
      return browser;
    },
    pkg(version) {
      const pkg = pkgs.get(version);
      if (pkg === undefined) throw new Error(`useChromium: no ${version} package of ${lessonDir} was asked for`);
      return pkg;
    },
  };
}
