// The quiz of test/fixtures/player-all-types as a learner answers it, and the result slide and options
// as a learner (or a screen reader) reads them: shared by the player's browser tests.

import type { Page } from 'playwright-core';
import { check, currentSlide, next, nextUntil, orderItems } from './learner.js';

export const Q = {
  single: 'Wat is de hoofdstad van Nederland?',
  multiple: 'Welke kleuren zitten in de Nederlandse vlag?',
  trueFalse: 'Water kookt op zeeniveau bij 100 °C.',
  order: 'Zet de stappen in de juiste volgorde.',
  match: 'Koppel elk land aan zijn hoofdstad.',
  fillIn: 'In welk systeem registreer je klachten?',
};

/** Answers the six graded questions; `right` says, per question, whether to answer it correctly. */
export async function answerQuiz(page: Page, right: Record<keyof typeof Q, boolean>): Promise<string[][]> {
  const feedback: string[][] = [];
  const slide = (): ReturnType<typeof currentSlide> => currentSlide(page);
  await nextUntil(page, Q.single);
  await slide()
    .getByRole('radio', { name: right.single ? 'Amsterdam' : 'Rotterdam' })
    .check();
  feedback.push(await check(page));
  await next(page);
  for (const colour of right.multiple ? ['Rood', 'Wit', 'Blauw'] : ['Rood']) {
    await slide().getByRole('checkbox', { name: colour }).check();
  }
  feedback.push(await check(page));
  await next(page);
  await slide()
    .getByRole('radio', { name: right.trueFalse ? 'Waar' : 'Niet waar', exact: true })
    .check();
  feedback.push(await check(page));
  await next(page);
  await orderItems(
    page,
    right.order ? ['Aannemen', 'Uitleggen', 'Registreren'] : ['Registreren', 'Uitleggen', 'Aannemen'],
  );
  feedback.push(await check(page));
  await next(page);
  const capitals = right.match ? ['Parijs', 'Berlijn', 'Madrid'] : ['Berlijn', 'Parijs', 'Madrid'];
  for (const [i, land] of ['Frankrijk', 'Duitsland', 'Spanje'].entries()) {
    await slide()
      .getByLabel(land)
      .selectOption({ label: capitals[i] as string });
  }
  feedback.push(await check(page));
  await next(page);
  await slide()
    .getByLabel('Jouw antwoord')
    .fill(right.fillIn ? '  crm ' : 'Excel');
  feedback.push(await check(page));
  await next(page);
  return feedback;
}

export async function resultLines(page: Page): Promise<string[]> {
  await currentSlide(page).getByRole('heading', { name: 'Je resultaat' }).waitFor();
  const lines = await currentSlide(page).locator('p, li, button').allTextContents();
  return lines.map((t) => t.trim());
}

/** The result slide's table as a learner (or screen reader) reads it: per row, each cell's text, with the
 *  ✓/✗ mark read by its name. */
export async function resultTable(page: Page): Promise<string[][]> {
  const table = currentSlide(page).getByRole('table');
  return table.getByRole('row').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.children, (cell) =>
        Array.from(cell.childNodes, (n) =>
          n instanceof Element && n.getAttribute('role') === 'img'
            ? `[${n.getAttribute('aria-label')}]`
            : n.textContent,
        )
          .join(' | ')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    ),
  );
}

/** The current question's options by their accessible names, as a screen reader reads them: a ✓ or ✗
 *  after an option is part of its name. */
export async function optionNames(page: Page): Promise<string[]> {
  const snapshot = await currentSlide(page).locator('fieldset').ariaSnapshot();
  return [...snapshot.matchAll(/- (?:radio|checkbox) "([^"]*)"/g)].map((m) => m[1] ?? '');
}

export async function openFromMenu(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Dia’s' }).click();
  await page.getByRole('navigation').getByRole('button', { name: title }).click();
}
