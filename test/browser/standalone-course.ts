// A fixture lesson served under course/ with no LMS around it (the player runs standalone), a fresh
// browser context per test, and any uncaught page error failing the test. Registers the vitest hooks.

import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useChromium } from './harness/chromium.js';
import { serveFiles, underPrefix, type Served } from './harness/serve.js';

export interface StandaloneCourse {
  readonly browser: Browser;
  readonly served: Served;
  /** This test's page, already showing the course. */
  readonly page: Page;
}

export function useStandaloneCourse(fixture: string): StandaloneCourse {
  const pageErrors: string[] = [];
  const chromium = useChromium(fixture, ['1.2']);
  let served: Served | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    served = await serveFiles(underPrefix(chromium.pkg('1.2'), 'course/'));
  });
  afterAll(async () => served?.close());
  beforeEach(async () => {
    context = await chromium.browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    pageErrors.length = 0;
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${served!.origin}/course/index.html`);
  });
  afterEach(async () => {
    await context?.close();
    expect(pageErrors).toEqual([]);
  });

  return {
    get browser() {
      return chromium.browser;
    },
    get served() {
      return served!;
    },
    get page() {
      return page!;
    },
  };
}
