// What the player shows about where the learner's data goes, inside a Moodle-like LMS (scorm-again):
// review mode shows the recorded answers and lets nothing change; a failing LMS shows "not saved yet"
// until a save gets through.

import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { useChromium } from './harness/chromium.js';
import { moodleStart, openInLms } from './harness/lms.js';

const FIXTURE = 'test/fixtures/player-all-types';
const SINGLE = 'Wat is de hoofdstad van Nederland?';

const file = useChromium(FIXTURE, ['1.2']);

const onScreen = (course: Frame) => course.getByRole('main').locator('section:visible');
const counter = async (course: Frame): Promise<string> =>
  (await course.getByText(/^Dia \d+ van \d+$/).textContent()) ?? '';

async function goToSingle(course: Frame): Promise<void> {
  for (let i = 0; i < 10 && !(await onScreen(course).getByRole('heading', { name: SINGLE }).isVisible()); i++) {
    await course.getByRole('button', { name: 'Volgende', exact: true }).click();
  }
}

describe('review mode', () => {
  it('shows the recorded answer, locked, and offers no way to answer the rest', async () => {
    const first = await openInLms(file.browser, file.pkg('1.2'), { version: '1.2', cmi: moodleStart('1.2') });
    await goToSingle(first.course);
    await onScreen(first.course).getByRole('radio', { name: 'Rotterdam' }).check();
    await first.course.getByRole('button', { name: 'Controleer antwoord' }).click();
    await first.course.getByRole('button', { name: 'Volgende', exact: true }).click();
    await first.leave();
    const held = (await first.cmi()) as { core: { lesson_location: string }; suspend_data: string };
    await first.close();

    const start = moodleStart('1.2') as { core: Record<string, string> };
    const review = await openInLms(file.browser, file.pkg('1.2'), {
      version: '1.2',
      cmi: {
        ...start,
        suspend_data: held.suspend_data,
        core: {
          ...start.core,
          lesson_location: held.core.lesson_location,
          entry: '',
          lesson_mode: 'review',
          credit: 'no-credit',
        },
      },
    });
    try {
      const { course } = review;
      expect(await course.getByText('Terugkijkmodus: je antwoorden worden niet vastgelegd.').isVisible()).toBe(true);
      expect(await counter(course)).toBe('Dia 6 van 11');
      await course.getByRole('button', { name: 'Vorige' }).click();
      const rotterdam = onScreen(course).getByRole('radio', { name: 'Rotterdam' });
      expect([await rotterdam.isChecked(), await rotterdam.isDisabled()]).toEqual([true, true]);
      expect(await onScreen(course).getByRole('status').locator('p').allTextContents()).toEqual([
        'Niet goed.',
        'Kijk nog eens op de kaart.',
        'Het juiste antwoord: Amsterdam',
      ]);
      await course.getByRole('button', { name: 'Volgende', exact: true }).click();
      expect(await onScreen(course).getByRole('checkbox', { name: 'Rood' }).isDisabled()).toBe(true);
      expect(await onScreen(course).getByRole('button', { name: 'Controleer antwoord' }).count()).toBe(0);
    } finally {
      await review.close();
    }
  });
});

describe('save status', () => {
  it('says "not saved yet" while the LMS refuses commits and stops saying it once one succeeds', async () => {
    const lms = await openInLms(file.browser, file.pkg('1.2'), {
      version: '1.2',
      cmi: moodleStart('1.2'),
      failCommits: 2,
    });
    try {
      const { course } = lms;
      const warning = course.getByText('Nog niet opgeslagen, opnieuw proberen…');
      // Watched from the start: on a busy machine the failing commits may come and go while the learner
      // is still on the way to the question.
      const shown = warning.waitFor({ state: 'visible', timeout: 30_000 });
      await goToSingle(course);
      await onScreen(course).getByRole('radio', { name: 'Amsterdam' }).check();
      await course.getByRole('button', { name: 'Controleer antwoord' }).click();
      await shown;
      await warning.waitFor({ state: 'hidden', timeout: 30_000 });
      const commits = (await lms.record()).commits.map((c) => c.ok);
      expect(commits.slice(0, 3)).toEqual([false, false, true]);
    } finally {
      await lms.close();
    }
  });
});
