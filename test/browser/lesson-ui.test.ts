// The Dutch lesson this repository ships, as a student sees it on a phone and on a desktop: every
// slide fits the width (no sideways scrolling) and axe-core finds nothing serious on any of them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './harness/chromium.js';
import { serveFiles, underPrefix, type Served } from './harness/serve.js';
import { packageFiles } from '../helpers/package.js';
import { next, scrollsSideways, seriousViolations, slideCounter } from './learner.js';

const file = useChromium();
let served: Served;

beforeAll(async () => {
  served = await serveFiles(underPrefix(await packageFiles('lesson', '2004'), 'course/'));
});
afterAll(async () => {
  await served?.close();
});

describe('the Dutch lesson', () => {
  it.each([
    [360, 740],
    [1280, 800],
  ])('at %i px: every slide fits and passes axe', async (width, height) => {
    const page = await file.browser.newPage({ viewport: { width, height } });
    try {
      await page.goto(`${served.origin}/course/index.html`);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      const total = Number(/van (\d+)$/.exec(await slideCounter(page))?.[1]);
      const problems: Array<{ slide: string; sideways: boolean; violations: unknown[] }> = [];
      for (let n = 1; n <= total; n++) {
        const sideways = await scrollsSideways(page);
        const violations = await seriousViolations(page);
        if (sideways || violations.length > 0) problems.push({ slide: await slideCounter(page), sideways, violations });
        if (n < total) await next(page);
      }
      expect(total).toBeGreaterThan(16);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('menu jumps to any slide, seen or not (navigation: free), and focus lands on its heading', async () => {
    const page = await file.browser.newPage({ viewport: { width: 1024, height: 768 } });
    try {
      await page.goto(`${served.origin}/course/index.html`);
      await page.getByRole('button', { name: 'Dia’s' }).click();
      const items = page.getByRole('navigation', { name: 'Dia’s' }).getByRole('listitem').getByRole('button');
      const enabled = await items.evaluateAll((buttons) => buttons.map((b) => !(b as HTMLButtonElement).disabled));
      expect(enabled.every(Boolean)).toBe(true);
      await items.filter({ hasText: 'Conflictremmers' }).first().click();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Conflictremmers');
    } finally {
      await page.close();
    }
  });
});
