// The player as a learner uses it, in real Chromium, on the fixture lesson with one question of each
// type (test/fixtures/player-all-types: 11 slides, navigation "visited", 2 attempts, pass mark 70%):
// slides, menu, timer, ordering, reload, layout. The quiz's results and solutions: quiz-ui.test.ts.
// No LMS around the page: the player runs standalone, which is also what makes reloads resume.

import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useStandaloneCourse } from './standalone-course.js';
import {
  check,
  slideOnScreen,
  listedItems,
  next,
  nextUntil,
  orderItems,
  scrollsSideways,
  seriousViolations,
  slideCount,
} from './learner.js';
import { Q } from './quiz-learner.js';

const FIXTURE = 'test/fixtures/player-all-types';

const course = useStandaloneCourse(FIXTURE);
let page: Page;
beforeEach(() => {
  page = course.page;
});

describe('slides', () => {
  it('moves with the buttons and the arrow keys, and focus lands on the new heading', async () => {
    expect(await slideCount(page)).toBe('Dia 1 van 11');
    expect(await page.getByRole('button', { name: 'Vorige' }).isDisabled()).toBe(true);
    await next(page);
    expect(await slideCount(page)).toBe('Dia 2 van 11');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Opdracht');
    await page.keyboard.press('ArrowRight');
    expect(await slideCount(page)).toBe('Dia 3 van 11');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await slideCount(page)).toBe('Dia 1 van 11');
    expect(await page.getByRole('heading', { name: 'Welkom bij de speler' }).isVisible()).toBe(true);
    expect(
      await page.getByRole('progressbar', { name: 'Voortgang' }).evaluate((p) => (p as HTMLProgressElement).value),
    ).toBe(1);
  });

  it('leaves the arrow keys to a learner typing an answer', async () => {
    await nextUntil(page, 'Wat weet je nog?');
    const field = slideOnScreen(page).getByLabel('Jouw antwoord');
    await field.fill('klachten');
    await field.press('ArrowLeft');
    await field.press('ArrowRight');
    expect(await slideCount(page)).toBe('Dia 3 van 11');
  });

  it('walks every slide to the end, where Volgende stops', async () => {
    const headings: string[] = [];
    for (let n = 1; n <= 11; n++) {
      expect(await slideCount(page)).toBe(`Dia ${n} van 11`);
      headings.push((await slideOnScreen(page).getByRole('heading').first().textContent()) ?? '');
      if (n < 11) await next(page);
    }
    expect(headings).toEqual([
      'Welkom bij de speler',
      'Opdracht',
      'Wat weet je nog?',
      'Toets',
      ...Object.values(Q),
      'Je resultaat',
    ]);
    expect(await page.getByRole('button', { name: 'Volgende' }).isDisabled()).toBe(true);
    expect(await page.getByRole('progressbar').evaluate((p) => (p as HTMLProgressElement).value)).toBe(11);
  });

  it('menu jumps only to slides already seen (navigation: visited), and Escape closes it', async () => {
    await next(page);
    await next(page);
    const menu = page.getByRole('navigation', { name: 'Dia’s' });
    await page.getByRole('button', { name: 'Dia’s' }).click();
    expect(await menu.getByRole('button', { name: /Welkom bij de speler/ }).isEnabled()).toBe(true);
    expect(await menu.getByRole('button', { name: /Toets/ }).isDisabled()).toBe(true);
    await menu.getByRole('button', { name: /Welkom bij de speler/ }).click();
    expect(await slideCount(page)).toBe('Dia 1 van 11');
    expect(await menu.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Dia’s' }).click();
    await menu.getByRole('button', { name: /Wat weet je nog/ }).click();
    expect(await slideCount(page)).toBe('Dia 3 van 11');
    await page.getByRole('button', { name: 'Dia’s' }).click();
    await page.keyboard.press('Escape');
    expect(await menu.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Dia’s');
  });
});

describe('timer', () => {
  it('starts, pauses, resets, shows when time is up, keeps running across slides and survives a reload', async () => {
    await nextUntil(page, 'Opdracht');
    const timer = page.getByRole('timer');
    const button = (name: string) => slideOnScreen(page).getByRole('button', { name, exact: true });
    expect(await timer.textContent()).toBe('00:03');
    await button('Start').click();
    expect(await button('Pauze').isEnabled()).toBe(true);
    await button('Pauze').click();
    expect(await button('Start').isEnabled()).toBe(true);
    expect(await button('Pauze').isDisabled()).toBe(true);
    await button('Opnieuw').click();
    expect(await timer.textContent()).toBe('00:03');
    await button('Start').click();
    await next(page);
    await page.getByRole('button', { name: 'Vorige' }).click();
    await slideOnScreen(page).getByRole('alert').filter({ hasText: 'De tijd is om!' }).waitFor({ timeout: 10_000 });
    expect(await timer.textContent()).toBe('00:00');
    expect(await button('Start').isDisabled()).toBe(true);
    await page.reload();
    expect(await timer.textContent()).toBe('00:00');
    expect(await slideOnScreen(page).getByRole('alert').textContent()).toBe('De tijd is om!');
    await button('Opnieuw').click();
    expect(await timer.textContent()).toBe('00:03');
    expect(await slideOnScreen(page).getByText('De tijd is om!').count()).toBe(0);
  });
});

describe('questions', () => {
  it('orders with the Omhoog/Omlaag buttons, and the first item cannot go further up', async () => {
    await nextUntil(page, Q.order);
    await orderItems(page, ['Uitleggen', 'Registreren', 'Aannemen']);
    expect(await listedItems(page)).toEqual(['Uitleggen', 'Registreren', 'Aannemen']);
    await page.getByRole('button', { name: 'Omlaag: Uitleggen' }).click();
    expect(await listedItems(page)).toEqual(['Registreren', 'Uitleggen', 'Aannemen']);
    expect(await page.getByRole('button', { name: 'Omhoog: Registreren' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Omlaag: Aannemen' }).isDisabled()).toBe(true);
  });

  it('orders by dragging an item by its grip with the mouse', async () => {
    await nextUntil(page, Q.order);
    await orderItems(page, ['Registreren', 'Uitleggen', 'Aannemen']);
    const items = slideOnScreen(page).getByRole('listitem');
    const grip = (await items.filter({ hasText: 'Aannemen' }).locator('[aria-hidden="true"]').boundingBox())!;
    const top = (await items.first().boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, top.y + top.height / 2, { steps: 3 });
    await page.mouse.move(grip.x + grip.width / 2, top.y + 2, { steps: 3 });
    await page.mouse.up();
    expect(await listedItems(page)).toEqual(['Aannemen', 'Registreren', 'Uitleggen']);
    expect(await check(page)).toEqual(['Niet goed.']);
  });

  it('a reload brings the learner back to the same slide with checked answers kept and locked', async () => {
    await nextUntil(page, Q.single);
    await slideOnScreen(page).getByRole('radio', { name: 'Amsterdam' }).check();
    await check(page);
    await next(page);
    await page.reload();
    expect(await slideCount(page)).toBe('Dia 6 van 11');
    await page.getByRole('button', { name: 'Vorige' }).click();
    const amsterdam = slideOnScreen(page).getByRole('radio', { name: 'Amsterdam' });
    expect([await amsterdam.isChecked(), await amsterdam.isDisabled()]).toEqual([true, true]);
    expect(await slideOnScreen(page).getByRole('status').locator('p').allTextContents()).toEqual([
      'Goed!',
      'Klopt, Amsterdam.',
    ]);
  });
});

describe('layout and accessibility', () => {
  it.each(['light', 'dark'] as const)(
    'at 360 px, %s, no slide scrolls sideways and axe finds nothing serious',
    async (colorScheme) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme });
      const found: Array<{ slide: string; sideways: boolean; violations: unknown[] }> = [];
      for (let n = 1; n <= 11; n++) {
        if (n === 5) {
          await slideOnScreen(page).getByRole('radio', { name: 'Rotterdam' }).check();
          await check(page);
        }
        found.push({
          slide: await slideCount(page),
          sideways: await scrollsSideways(page),
          violations: await seriousViolations(page),
        });
        if (n < 11) await next(page);
      }
      expect(found.filter((f) => f.sideways || f.violations.length > 0)).toEqual([]);
    },
  );

  it('requests nothing from outside the package', async () => {
    await next(page);
    expect(course.served.requests.filter((path) => !path.startsWith('course/'))).toEqual([]);
  });
});
