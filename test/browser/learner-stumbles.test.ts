// What learners stumbled on in a real Dutch lesson, on a phone (375 x 667): the verdict said once, the
// open question's button saying it saves, a partly right answer marked as partly right, the retry
// button above the long result table, the offline notice on one line and put away, the title wrapping
// instead of cut, and the menu's numbers agreeing with the counter when a pool leaves a question out.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { lessonDataOf } from '../helpers/package.js';
import { useChromium } from './harness/chromium.js';
import { serveFiles, underPrefix, type Served } from './harness/serve.js';
import { check, next, slideCount, slideOnScreen } from './learner.js';

const file = useChromium('test/fixtures/learner-stumbles', ['2004']);
let served: Served;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  served = await serveFiles(underPrefix(file.pkg('2004'), 'les/'));
  context = await file.browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  page = await context.newPage();
  await page.goto(`${served.origin}/les/index.html`);
  await page.waitForSelector('html.sd-ready');
});
afterAll(async () => {
  await context.close();
  await served.close();
});

const lesson = () => lessonDataOf(file.pkg('2004'));

describe('on a phone, without an LMS', () => {
  it('the title wraps instead of being cut', async () => {
    const title = page.locator('.sd-title');
    expect(await title.innerText()).toBe('Gastvrijheid aan de balie: klachten en wensen van gasten in de praktijk');
    const cut = await title.evaluate((el) => el.scrollWidth > el.clientWidth || getComputedStyle(el).textOverflow);
    expect(cut).toBe('clip');
  });

  it('the offline notice is one line, and stays away once closed', async () => {
    const notice = page.locator('[data-notice]');
    const text = notice.locator('[data-notice-text]');
    expect(await text.textContent()).toBe(lesson().strings.standalone);
    const box = (await text.boundingBox())!;
    const line = await text.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(box.height).toBeLessThan(line * 1.5 + 2 * 6 + 1);
    await notice.getByRole('button', { name: lesson().strings.closeMenu }).click();
    expect(await notice.isVisible()).toBe(false);
    await next(page.mainFrame());
    expect(await notice.isVisible()).toBe(false);
  });

  it('a verdict the feedback starts with is said once', async () => {
    const frame = page.mainFrame();
    await slideOnScreen(frame).getByLabel('De gast aan de balie').check();
    expect(await check(frame)).toEqual(['Goed! De gast die voor je staat, komt eerst.']);
    await next(frame);
  });

  it('a partly right answer says so and is marked as partly right', async () => {
    const frame = page.mainFrame();
    await slideOnScreen(frame).getByLabel('Aan de balie').check();
    await slideOnScreen(frame).getByLabel('Via de kok').check();
    await slideOnScreen(frame).getByLabel('Per e-mail').check();
    expect(await check(frame)).toEqual(['Gedeeltelijk goed.']);
    await next(frame);
  });

  it("the open question's button says it saves; afterwards it says the answer is saved", async () => {
    const frame = page.mainFrame();
    const slide = slideOnScreen(frame);
    expect(await slide.getByRole('button', { name: 'Controleer antwoord' }).count()).toBe(0);
    await slide.getByLabel(lesson().strings.yourAnswer).fill('Dat je de gast ziet staan.');
    expect(await check(frame, 'Antwoord opslaan')).toEqual(['Je antwoord is opgeslagen.']);
  });

  it("the menu's numbers agree with the counter when a pool leaves a question out", async () => {
    const frame = page.mainFrame();
    await next(frame);
    const counter = await slideCount(frame);
    const total = Number(counter.match(/van (\d+)/)?.[1]);
    expect(total).toBe(lesson().slides.length - 1);
    await page.getByRole('button', { name: lesson().strings.menu }).click();
    const numbers = await page
      .getByRole('navigation', { name: lesson().strings.menu })
      .locator('li:not([hidden]) .sd-menu-n')
      .allTextContents();
    expect(numbers).toEqual(Array.from({ length: total }, (_, i) => String(i + 1)));
    await page.getByRole('button', { name: lesson().strings.closeMenu }).click();
  });

  it('on the result slide the retry button comes before the long table', async () => {
    const frame = page.mainFrame();
    for (;;) {
      const slide = slideOnScreen(frame);
      const tf = slide.getByRole('radio', { name: lesson().strings.falseLabel });
      if ((await tf.count()) > 0) {
        await tf.check();
        await check(frame);
      }
      if (await page.getByRole('button', { name: lesson().strings.next, exact: true }).isDisabled()) break;
      await next(frame);
    }
    const result = slideOnScreen(frame);
    const retry = (await result.getByRole('button', { name: lesson().strings.retry }).boundingBox())!;
    const table = (await result.locator('.sd-answers').boundingBox())!;
    expect(retry.y + retry.height).toBeLessThanOrEqual(table.y);
    const marks = await result
      .locator('.sd-answers')
      .getByRole('img')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(marks).toContain('Gedeeltelijk goed.');
  });
});
