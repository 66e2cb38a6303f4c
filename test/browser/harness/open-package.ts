// A package served over HTTP and its page opened on its own (no LMS: the player runs standalone), in a
// fresh browser context, ready when the player says so.

import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { serveFiles, underPrefix, type Files } from './serve.js';

export interface OpenPackage {
  page: Page;
  close(): Promise<void>;
}

export async function openPackage(
  browser: Browser,
  pkg: Files,
  options: BrowserContextOptions = {},
): Promise<OpenPackage> {
  const served = await serveFiles(underPrefix(pkg, 'les/'));
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${served.origin}/les/index.html`);
  await page.waitForSelector('html.sd-ready');
  return {
    page,
    close: async () => {
      await context.close();
      await served.close();
    },
  };
}
