// A school's look: `theme:` colour, logo and font reach the page a learner sees, in light and in dark
// mode (prefers-color-scheme), with axe finding no serious contrast or naming fault, and at 320 and
// 360 px the title beside the logo and the slide counter are never cut.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { darkShade } from '../../src/compiler/front/theme.js';
import { packageFiles } from '../helpers/package.js';
import { useChromium } from './harness/chromium.js';
import { openPackage } from './harness/open-package.js';
import { scrollsSideways, seriousViolations, slideOnScreen } from './learner.js';

const COLOR = '#7a1f5c';
const TITLE = 'Klachtenafhandeling en conflicthantering voor de balie';
const file = useChromium();
let dir = '';
let pkg: Map<string, Buffer | string>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-theme-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(
    join(dir, 'assets', 'school.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="32"><rect width="96" height="32" fill="${COLOR}"/></svg>`,
  );
  await writeFile(
    join(dir, 'assets', 'tall.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="3000"><rect width="200" height="3000" fill="#ccc"/></svg>',
  );
  await writeFile(
    join(dir, 'lesson.md'),
    `---\ntitle: ${TITLE}\nid: thema\nlanguage: nl\ntheme:\n  color: "${COLOR}"\n  logo: assets/school.svg\n  font: serif\n---\n\n# Start\n\nLees [de regels](https://example.org) eerst.\n\n---\n\n# Lang\n\n![Een lange strook](assets/tall.svg)\n\n---\n\n::quiz\n`,
  );
  await writeFile(
    join(dir, 'quiz.yaml'),
    '- id: a\n  type: true-false\n  prompt: Klopt dit? ![Het logo](assets/school.svg)\n  answer: true\n',
  );
  pkg = await packageFiles(dir, '2004');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The lesson open in a page of `width` px, in the light or dark scheme. */
const open = (colorScheme: 'light' | 'dark', width = 1024) =>
  openPackage(file.browser, pkg, { colorScheme, viewport: { width, height: 700 } });

const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const mainButton = (page: Page) => page.getByRole('button', { name: 'Volgende', exact: true });
const style = (page: Page, selector: string, prop: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);

describe("a lesson in the school's colours", () => {
  it('shows the colour on the main button and links, the logo named by the title, the chosen font', async () => {
    const { page, close } = await open('light');
    try {
      expect(await mainButton(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(COLOR));
      expect(await style(page, '.sd-md a', 'color')).toBe(rgb(COLOR));
      const logo = page.getByRole('img', { name: TITLE });
      expect(await logo.isVisible()).toBe(true);
      expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);
      expect(await style(page, 'body', 'font-family')).toMatch(/^Georgia/);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('in dark mode uses the lighter shade, and axe still finds nothing serious, also after a verdict', async () => {
    const { page, close } = await open('dark');
    try {
      expect(await mainButton(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(darkShade(COLOR)));
      expect(await style(page, 'body', 'background-color')).not.toBe('rgb(255, 255, 255)');
      expect(await seriousViolations(page)).toEqual([]);
      await mainButton(page).click();
      await mainButton(page).click();
      const slide = slideOnScreen(page.mainFrame());
      await slide.getByRole('radio').first().check();
      await slide.getByRole('button', { name: 'Controleer antwoord' }).click();
      await slide.getByRole('status').locator('p').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a tall picture fits between the header and the footer; a picture in a prompt sits under its text', async () => {
    const { page, close } = await open('light', 360);
    try {
      await mainButton(page).click();
      const picture = await page.getByRole('img', { name: 'Een lange strook' }).boundingBox();
      const header = await page.locator('.sd-bar').boundingBox();
      const footer = await page.locator('.sd-nav').boundingBox();
      expect(picture!.height).toBeGreaterThan(100);
      expect(picture!.height).toBeLessThanOrEqual(footer!.y - (header!.y + header!.height));
      await mainButton(page).click();
      const slide = slideOnScreen(page.mainFrame());
      const text = await slide.locator('.sd-prompt').evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el.firstChild!);
        return range.getBoundingClientRect().bottom;
      });
      const logo = await slide.getByRole('img', { name: 'Het logo' }).boundingBox();
      expect(logo!.y).toBeGreaterThanOrEqual(text);
    } finally {
      await close();
    }
  });

  it.each([320, 360])('at %i px the logo, title and counter all fit, in light and dark', async (width) => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, close } = await open(scheme, width);
      try {
        expect(await scrollsSideways(page)).toBe(false);
        for (const selector of ['.sd-logo', '.sd-title', '.sd-count']) {
          const box = await page.locator(selector).boundingBox();
          expect(box, selector).not.toBeNull();
          expect(box!.x, selector).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width, selector).toBeLessThanOrEqual(width);
          const cut = await page.locator(selector).evaluate((el) => el.scrollWidth > el.clientWidth + 1);
          expect(cut, selector).toBe(false);
        }
        expect(await page.locator('.sd-title').innerText()).toBe(TITLE);
      } finally {
        await close();
      }
    }
  });
});
