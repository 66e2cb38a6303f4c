// The player as a learner uses it, in real Chromium, on the fixture lesson with one question of each
// type (test/fixtures/player-all-types: 11 slides, navigation "visited", 2 attempts, pass mark 70%).
// No LMS around the page: the player runs standalone, which is also what makes reloads resume.

import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './harness/chromium.js';
import { serveFiles, underPrefix, type Served } from './harness/serve.js';
import { packageFiles } from '../helpers/package.js';
import {
  check, currentSlide, listedItems, next, nextUntil, orderItems, scrollsSideways, seriousViolations, slideCounter,
} from './learner.js';

const FIXTURE = 'test/fixtures/player-all-types';
const Q = {
  single: 'Wat is de hoofdstad van Nederland?',
  multiple: 'Welke kleuren zitten in de Nederlandse vlag?',
  trueFalse: 'Water kookt op zeeniveau bij 100 °C.',
  order: 'Zet de stappen in de juiste volgorde.',
  match: 'Koppel elk land aan zijn hoofdstad.',
  fillIn: 'In welk systeem registreer je klachten?',
};

let browser: Browser;
let served: Served;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  served = await serveFiles(underPrefix(await packageFiles(FIXTURE, '1.2'), 'course/'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  page = await context.newPage();
  pageErrors.length = 0;
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${served.origin}/course/index.html`);
});
afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

/** Answers the six graded questions; `right` says, per question, whether to answer it correctly. */
async function answerQuiz(right: Record<keyof typeof Q, boolean>): Promise<string[][]> {
  const feedback: string[][] = [];
  const slide = (): ReturnType<typeof currentSlide> => currentSlide(page);
  await nextUntil(page, Q.single);
  await slide().getByRole('radio', { name: right.single ? 'Amsterdam' : 'Rotterdam' }).check();
  feedback.push(await check(page));
  await next(page);
  for (const colour of right.multiple ? ['Rood', 'Wit', 'Blauw'] : ['Rood']) {
    await slide().getByRole('checkbox', { name: colour }).check();
  }
  feedback.push(await check(page));
  await next(page);
  await slide().getByRole('radio', { name: right.trueFalse ? 'Waar' : 'Niet waar', exact: true }).check();
  feedback.push(await check(page));
  await next(page);
  await orderItems(page, right.order ? ['Aannemen', 'Uitleggen', 'Registreren'] : ['Registreren', 'Uitleggen', 'Aannemen']);
  feedback.push(await check(page));
  await next(page);
  const capitals = right.match ? ['Parijs', 'Berlijn', 'Madrid'] : ['Berlijn', 'Parijs', 'Madrid'];
  for (const [i, land] of ['Frankrijk', 'Duitsland', 'Spanje'].entries()) {
    await slide().getByLabel(land).selectOption({ label: capitals[i] as string });
  }
  feedback.push(await check(page));
  await next(page);
  await slide().getByLabel('Jouw antwoord').fill(right.fillIn ? '  crm ' : 'Excel');
  feedback.push(await check(page));
  await next(page);
  return feedback;
}

async function resultLines(): Promise<string[]> {
  await currentSlide(page).getByRole('heading', { name: 'Je resultaat' }).waitFor();
  const lines = await currentSlide(page).locator('p, li, button').allTextContents();
  return lines.map((t) => t.trim());
}

/** The result slide's table as a learner (or screen reader) reads it: per row, each cell's text, with the
 *  ✓/✗ mark read by its name. */
async function resultTable(): Promise<string[][]> {
  const table = currentSlide(page).getByRole('table');
  return table.getByRole('row').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.children, (cell) =>
        Array.from(cell.childNodes, (n) => (n instanceof Element && n.getAttribute('role') === 'img' ? `[${n.getAttribute('aria-label')}]` : n.textContent))
          .join(' | ').replace(/\s+/g, ' ').trim())));
}

/** The current question's options by their accessible names, as a screen reader reads them: a ✓ or ✗
 *  after an option is part of its name. */
async function optionNames(): Promise<string[]> {
  const snapshot = await currentSlide(page).locator('fieldset').ariaSnapshot();
  return [...snapshot.matchAll(/- (?:radio|checkbox) "([^"]*)"/g)].map((m) => m[1] ?? '');
}

async function openFromMenu(title: string): Promise<void> {
  await page.getByRole('button', { name: 'Dia’s' }).click();
  await page.getByRole('navigation').getByRole('button', { name: title }).click();
}

describe('slides', () => {
  it('moves with the buttons and the arrow keys, and focus lands on the new heading', async () => {
    expect(await slideCounter(page)).toBe('Dia 1 van 11');
    expect(await page.getByRole('button', { name: 'Vorige' }).isDisabled()).toBe(true);
    await next(page);
    expect(await slideCounter(page)).toBe('Dia 2 van 11');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Opdracht');
    await page.keyboard.press('ArrowRight');
    expect(await slideCounter(page)).toBe('Dia 3 van 11');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await slideCounter(page)).toBe('Dia 1 van 11');
    expect(await page.getByRole('heading', { name: 'Welkom bij de speler' }).isVisible()).toBe(true);
    expect(await page.getByRole('progressbar', { name: 'Voortgang' }).evaluate((p) => (p as HTMLProgressElement).value)).toBe(1);
  });

  it('leaves the arrow keys to a learner typing an answer', async () => {
    await nextUntil(page, 'Wat weet je nog?');
    const field = currentSlide(page).getByLabel('Jouw antwoord');
    await field.fill('klachten');
    await field.press('ArrowLeft');
    await field.press('ArrowRight');
    expect(await slideCounter(page)).toBe('Dia 3 van 11');
  });

  it('walks every slide to the end, where Volgende stops', async () => {
    const headings: string[] = [];
    for (let n = 1; n <= 11; n++) {
      expect(await slideCounter(page)).toBe(`Dia ${n} van 11`);
      headings.push((await currentSlide(page).getByRole('heading').first().textContent()) ?? '');
      if (n < 11) await next(page);
    }
    expect(headings).toEqual([
      'Welkom bij de speler', 'Opdracht', 'Wat weet je nog?', 'Toets', ...Object.values(Q), 'Je resultaat',
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
    expect(await slideCounter(page)).toBe('Dia 1 van 11');
    expect(await menu.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Dia’s' }).click();
    await menu.getByRole('button', { name: /Wat weet je nog/ }).click();
    expect(await slideCounter(page)).toBe('Dia 3 van 11');
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
    const button = (name: string) => currentSlide(page).getByRole('button', { name, exact: true });
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
    await currentSlide(page).getByRole('alert').filter({ hasText: 'De tijd is om!' }).waitFor({ timeout: 10_000 });
    expect(await timer.textContent()).toBe('00:00');
    expect(await button('Start').isDisabled()).toBe(true);
    await page.reload();
    expect(await timer.textContent()).toBe('00:00');
    expect(await currentSlide(page).getByRole('alert').textContent()).toBe('De tijd is om!');
    await button('Opnieuw').click();
    expect(await timer.textContent()).toBe('00:03');
    expect(await currentSlide(page).getByText('De tijd is om!').count()).toBe(0);
  });
});

describe('quiz', () => {
  it('all answers right: feedback per question, 100% with points per question, passed, no retry; the open question is recorded', async () => {
    await nextUntil(page, 'Wat weet je nog?');
    await currentSlide(page).getByLabel('Jouw antwoord').fill('Soorten klachten');
    expect(await check(page)).toEqual(['Je antwoord is opgeslagen.']);
    expect(await currentSlide(page).getByLabel('Jouw antwoord').isDisabled()).toBe(true);
    const feedback = await answerQuiz({ single: true, multiple: true, trueFalse: true, order: true, match: true, fillIn: true });
    expect(feedback).toEqual([['Goed!', 'Klopt, Amsterdam.'], ['Goed!'], ['Goed!'], ['Goed!'], ['Goed!'], ['Goed!']]);
    expect(await resultLines()).toEqual(['Je score: 100% (7 van 7 punten)', 'Nodig om te slagen: 70%', 'Geslaagd']);
    expect(await resultTable()).toEqual([
      ['Vraag', 'Punten'],
      [Q.single, '[Goed!] | 1/1'], [Q.multiple, '[Goed!] | 1/1'], [Q.trueFalse, '[Goed!] | 1/1'],
      [Q.order, '[Goed!] | 1/1'], [Q.match, '[Goed!] | 2/2'], [Q.fillIn, '[Goed!] | 1/1'],
    ]);
  });

  it('wrong answers in attempt 1 of 2: verdicts and points but no solutions; in the last attempt the solutions', async () => {
    const first = await answerQuiz({ single: false, multiple: false, trueFalse: true, order: true, match: false, fillIn: true });
    expect(first).toEqual([['Niet goed.', 'Kijk nog eens op de kaart.'], ['Niet goed.'], ['Goed!'], ['Goed!'], ['Niet goed.'], ['Goed!']]);
    // 3 of 7 points (the match question is worth 2).
    expect(await resultLines()).toEqual([
      'Je score: 42,86% (3 van 7 punten)', 'Nodig om te slagen: 70%', 'Niet geslaagd', 'Nog 1 poging', 'Probeer de toets opnieuw',
    ]);
    expect(await resultTable()).toEqual([
      ['Vraag', 'Punten'],
      [Q.single, '[Niet goed.] | 0/1'], [Q.multiple, '[Niet goed.] | 0/1'], [Q.trueFalse, '[Goed!] | 1/1'],
      [Q.order, '[Goed!] | 1/1'], [Q.match, '[Niet goed.] | 0/2'], [Q.fillIn, '[Goed!] | 1/1'],
    ]);
    // Nor do the options give it away: only the chosen one of a one-answer question is marked.
    await openFromMenu(Q.single);
    expect(await optionNames()).toEqual(['Rotterdam ✗', 'Amsterdam', 'Den Haag']);
    await next(page);
    expect(await optionNames()).toEqual(['Rood', 'Groen', 'Blauw', 'Wit']);
    await openFromMenu('Je resultaat');

    await page.getByRole('button', { name: 'Probeer de toets opnieuw' }).click();
    expect(await slideCounter(page)).toBe('Dia 5 van 11');
    const amsterdam = currentSlide(page).getByRole('radio', { name: 'Amsterdam' });
    expect([await amsterdam.isEnabled(), await amsterdam.isChecked()]).toEqual([true, false]);
    await page.getByRole('button', { name: 'Vorige' }).click();
    await page.getByRole('button', { name: 'Vorige' }).click();
    const second = await answerQuiz({ single: true, multiple: true, trueFalse: false, order: false, match: true, fillIn: false });
    expect(second).toEqual([
      ['Goed!', 'Klopt, Amsterdam.'], ['Goed!'], ['Niet goed.', 'Het juiste antwoord: Waar'],
      ['Niet goed.', 'Het juiste antwoord: 1. Aannemen 2. Uitleggen 3. Registreren'], ['Goed!'],
      ['Niet goed.', 'Het juiste antwoord: CRM'],
    ]);
    expect(await resultLines()).toEqual(['Je score: 57,14% (4 van 7 punten)', 'Nodig om te slagen: 70%', 'Niet geslaagd', 'Geen pogingen meer']);
    expect(await resultTable()).toEqual([
      ['Vraag', 'Punten'],
      [Q.single, '[Goed!] | 1/1'], [Q.multiple, '[Goed!] | 1/1'],
      [`${Q.trueFalse} | Het juiste antwoord: Waar`, '[Niet goed.] | 0/1'],
      [`${Q.order} | Het juiste antwoord: 1. Aannemen 2. Uitleggen 3. Registreren`, '[Niet goed.] | 0/1'],
      [Q.match, '[Goed!] | 2/2'], [`${Q.fillIn} | Het juiste antwoord: CRM`, '[Niet goed.] | 0/1'],
    ]);
    await openFromMenu(Q.trueFalse);
    expect(await optionNames()).toEqual(['Waar ✓', 'Niet waar ✗']);
  });

  it('passing in attempt 1 ends the quiz: the solutions of the wrong answers appear, here and on their slides (at 360 px)', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const feedback = await answerQuiz({ single: false, multiple: true, trueFalse: true, order: true, match: true, fillIn: true });
    expect(feedback[0]).toEqual(['Niet goed.', 'Kijk nog eens op de kaart.']);
    expect(await resultLines()).toEqual(['Je score: 85,71% (6 van 7 punten)', 'Nodig om te slagen: 70%', 'Geslaagd']);
    expect((await resultTable())[1]).toEqual([`${Q.single} | Het juiste antwoord: Amsterdam`, '[Niet goed.] | 0/1']);
    expect([await scrollsSideways(page), await seriousViolations(page)]).toEqual([false, []]);
    await openFromMenu(Q.single);
    expect(await currentSlide(page).getByRole('status').locator('p').allTextContents())
      .toEqual(['Niet goed.', 'Kijk nog eens op de kaart.', 'Het juiste antwoord: Amsterdam']);
    expect(await optionNames()).toEqual(['Rotterdam ✗', 'Amsterdam ✓', 'Den Haag']);
    expect([await scrollsSideways(page), await seriousViolations(page)]).toEqual([false, []]);
  });

  it('the result slide lists unanswered questions and goes to them; an empty check asks for an answer', async () => {
    await nextUntil(page, 'Je resultaat');
    const lines = await resultLines();
    expect(lines.slice(0, 2)).toEqual(['Nodig om te slagen: 70%', '6 vragen nog niet beantwoord']);
    await currentSlide(page).getByRole('button', { name: Q.match }).click();
    expect(await slideCounter(page)).toBe('Dia 9 van 11');
    await page.getByRole('button', { name: 'Controleer antwoord' }).click();
    expect(await currentSlide(page).getByRole('status').textContent()).toBe('Kies of typ eerst een antwoord.');
    expect(await currentSlide(page).getByLabel('Spanje').isEnabled()).toBe(true);
  });

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
    const items = currentSlide(page).getByRole('listitem');
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
    await currentSlide(page).getByRole('radio', { name: 'Amsterdam' }).check();
    await check(page);
    await next(page);
    await page.reload();
    expect(await slideCounter(page)).toBe('Dia 6 van 11');
    await page.getByRole('button', { name: 'Vorige' }).click();
    const amsterdam = currentSlide(page).getByRole('radio', { name: 'Amsterdam' });
    expect([await amsterdam.isChecked(), await amsterdam.isDisabled()]).toEqual([true, true]);
    expect(await currentSlide(page).getByRole('status').locator('p').allTextContents()).toEqual(['Goed!', 'Klopt, Amsterdam.']);
  });
});

describe('layout and accessibility', () => {
  it('at 360 px no slide scrolls sideways and axe finds nothing serious', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const found: Array<{ slide: string; sideways: boolean; violations: unknown[] }> = [];
    for (let n = 1; n <= 11; n++) {
      if (n === 5) {
        await currentSlide(page).getByRole('radio', { name: 'Rotterdam' }).check();
        await check(page);
      }
      found.push({ slide: await slideCounter(page), sideways: await scrollsSideways(page), violations: await seriousViolations(page) });
      if (n < 11) await next(page);
    }
    expect(found.filter((f) => f.sideways || f.violations.length > 0)).toEqual([]);
  });

  it('requests nothing from outside the package', async () => {
    await next(page);
    expect(served.requests.filter((path) => !path.startsWith('course/'))).toEqual([]);
  });
});
