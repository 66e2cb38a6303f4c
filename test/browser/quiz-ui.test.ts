// The quiz as a learner meets it, in real Chromium, standalone: feedback after each check, the result slide
// (score, points, ✓/✗ per question), attempts, and when the correct answers show (front matter
// `solutions:`). test/fixtures/player-all-types: 2 attempts, pass mark 70%, solutions by default only once
// no retry can come; test/fixtures/player-solutions-never: 1 attempt, solutions never.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveFiles, underPrefix, type Served } from './harness/serve.js';
import { useStandaloneCourse } from './standalone-course.js';
import { packageFiles } from '../helpers/package.js';
import { check, slideOnScreen, next, nextUntil, scrollsSideways, seriousViolations, slideCount } from './learner.js';
import { Q, answerQuiz, openFromMenu, optionNames, resultLines, resultTable } from './quiz-learner.js';

const FIXTURE = 'test/fixtures/player-all-types';

const course = useStandaloneCourse(FIXTURE);
let page: Page;
beforeEach(() => {
  page = course.page;
});

describe('quiz', () => {
  it('all answers right: feedback per question, 100% with points per question, passed, no retry; the open question is recorded', async () => {
    await nextUntil(page, 'Wat weet je nog?');
    await slideOnScreen(page).getByLabel('Jouw antwoord').fill('Soorten klachten');
    // Nothing is checked in an open question: its button saves, and says so; no verdict after it.
    expect(await slideOnScreen(page).getByRole('button', { name: 'Controleer antwoord' }).count()).toBe(0);
    expect(await check(page, 'Antwoord opslaan')).toEqual(['Je antwoord is opgeslagen.']);
    expect(await slideOnScreen(page).getByLabel('Jouw antwoord').isDisabled()).toBe(true);
    const feedback = await answerQuiz(page, {
      single: true,
      multiple: true,
      trueFalse: true,
      order: true,
      match: true,
      fillIn: true,
    });
    expect(feedback).toEqual([['Goed!', 'Klopt, Amsterdam.'], ['Goed!'], ['Goed!'], ['Goed!'], ['Goed!'], ['Goed!']]);
    expect(await resultLines(page)).toEqual(['Je score: 100% (7 van 7 punten)', 'Nodig om te slagen: 70%', 'Geslaagd']);
    expect(await resultTable(page)).toEqual([
      ['Vraag', 'Punten'],
      [Q.single, '[Goed!] | 1/1'],
      [Q.multiple, '[Goed!] | 1/1'],
      [Q.trueFalse, '[Goed!] | 1/1'],
      [Q.order, '[Goed!] | 1/1'],
      [Q.match, '[Goed!] | 2/2'],
      [Q.fillIn, '[Goed!] | 1/1'],
    ]);
  });

  it('wrong answers in attempt 1 of 2: verdicts and points but no solutions; in the last attempt the solutions', async () => {
    const first = await answerQuiz(page, {
      single: false,
      multiple: false,
      trueFalse: true,
      order: true,
      match: false,
      fillIn: true,
    });
    expect(first).toEqual([
      ['Niet goed.', 'Kijk nog eens op de kaart.'],
      ['Niet goed.'],
      ['Goed!'],
      ['Goed!'],
      ['Niet goed.'],
      ['Goed!'],
    ]);
    // 3 of 7 points (the match question is worth 2).
    expect(await resultLines(page)).toEqual([
      'Je score: 42,86% (3 van 7 punten)',
      'Nodig om te slagen: 70%',
      'Niet geslaagd',
      'Nog 1 poging',
      'Probeer de toets opnieuw',
    ]);
    expect(await resultTable(page)).toEqual([
      ['Vraag', 'Punten'],
      [Q.single, '[Niet goed.] | 0/1'],
      [Q.multiple, '[Niet goed.] | 0/1'],
      [Q.trueFalse, '[Goed!] | 1/1'],
      [Q.order, '[Goed!] | 1/1'],
      [Q.match, '[Niet goed.] | 0/2'],
      [Q.fillIn, '[Goed!] | 1/1'],
    ]);
    // Nor do the options give it away: only the chosen one of a one-answer question is marked.
    await openFromMenu(page, Q.single);
    expect(await optionNames(page)).toEqual(['Rotterdam ✗', 'Amsterdam', 'Den Haag']);
    await next(page);
    expect(await optionNames(page)).toEqual(['Rood', 'Groen', 'Blauw', 'Wit']);
    await openFromMenu(page, 'Je resultaat');

    await page.getByRole('button', { name: 'Probeer de toets opnieuw' }).click();
    expect(await slideCount(page)).toBe('Dia 5 van 11');
    const amsterdam = slideOnScreen(page).getByRole('radio', { name: 'Amsterdam' });
    expect([await amsterdam.isEnabled(), await amsterdam.isChecked()]).toEqual([true, false]);
    await page.getByRole('button', { name: 'Vorige' }).click();
    await page.getByRole('button', { name: 'Vorige' }).click();
    const second = await answerQuiz(page, {
      single: true,
      multiple: true,
      trueFalse: false,
      order: false,
      match: true,
      fillIn: false,
    });
    expect(second).toEqual([
      ['Goed!', 'Klopt, Amsterdam.'],
      ['Goed!'],
      ['Niet goed.', 'Het juiste antwoord: Waar'],
      ['Niet goed.', 'Het juiste antwoord: 1. Aannemen 2. Uitleggen 3. Registreren'],
      ['Goed!'],
      ['Niet goed.', 'Het juiste antwoord: CRM'],
    ]);
    expect(await resultLines(page)).toEqual([
      'Je score: 57,14% (4 van 7 punten)',
      'Nodig om te slagen: 70%',
      'Niet geslaagd',
      'Je beste poging telt: poging 2, 57,14%.',
      'Geen pogingen meer',
    ]);
    expect(await resultTable(page)).toEqual([
      ['Vraag', 'Punten'],
      [Q.single, '[Goed!] | 1/1'],
      [Q.multiple, '[Goed!] | 1/1'],
      [`${Q.trueFalse} | Het juiste antwoord: Waar`, '[Niet goed.] | 0/1'],
      [`${Q.order} | Het juiste antwoord: 1. Aannemen 2. Uitleggen 3. Registreren`, '[Niet goed.] | 0/1'],
      [Q.match, '[Goed!] | 2/2'],
      [`${Q.fillIn} | Het juiste antwoord: CRM`, '[Niet goed.] | 0/1'],
    ]);
    await openFromMenu(page, Q.trueFalse);
    expect(await optionNames(page)).toEqual(['Waar ✓', 'Niet waar ✗']);
  });

  it('passing in attempt 1 ends the quiz: the solutions of the wrong answers appear, here and on their slides (at 360 px)', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const feedback = await answerQuiz(page, {
      single: false,
      multiple: true,
      trueFalse: true,
      order: true,
      match: true,
      fillIn: true,
    });
    expect(feedback[0]).toEqual(['Niet goed.', 'Kijk nog eens op de kaart.']);
    expect(await resultLines(page)).toEqual([
      'Je score: 85,71% (6 van 7 punten)',
      'Nodig om te slagen: 70%',
      'Geslaagd',
    ]);
    expect((await resultTable(page))[1]).toEqual([
      `${Q.single} | Het juiste antwoord: Amsterdam`,
      '[Niet goed.] | 0/1',
    ]);
    expect([await scrollsSideways(page), await seriousViolations(page)]).toEqual([false, []]);
    await openFromMenu(page, Q.single);
    expect(await slideOnScreen(page).getByRole('status').locator('p').allTextContents()).toEqual([
      'Niet goed.',
      'Kijk nog eens op de kaart.',
      'Het juiste antwoord: Amsterdam',
    ]);
    expect(await optionNames(page)).toEqual(['Rotterdam ✗', 'Amsterdam ✓', 'Den Haag']);
    expect([await scrollsSideways(page), await seriousViolations(page)]).toEqual([false, []]);
  });

  it('the result slide lists unanswered questions and goes to them; an empty check asks for an answer', async () => {
    await nextUntil(page, 'Je resultaat');
    const lines = await resultLines(page);
    expect(lines.slice(0, 2)).toEqual(['Nodig om te slagen: 70%', '6 vragen nog niet beantwoord']);
    await slideOnScreen(page).getByRole('button', { name: Q.match }).click();
    expect(await slideCount(page)).toBe('Dia 9 van 11');
    await page.getByRole('button', { name: 'Controleer antwoord' }).click();
    expect(await slideOnScreen(page).getByRole('status').textContent()).toBe('Kies of typ eerst een antwoord.');
    expect(await slideOnScreen(page).getByLabel('Spanje').isEnabled()).toBe(true);
  });
});

describe('solutions: never (test/fixtures/player-solutions-never: 1 attempt, pass mark 50%)', () => {
  let never: Served;
  beforeAll(async () => {
    never = await serveFiles(underPrefix(await packageFiles('test/fixtures/player-solutions-never', '1.2'), 'course/'));
  });
  afterAll(async () => {
    await never?.close();
  });

  it('even the last attempt, failed, shows right or wrong and the feedback but no correct answer', async () => {
    await page.goto(`${never.origin}/course/index.html`);
    await nextUntil(page, 'Wat is de hoofdstad van Nederland?');
    await slideOnScreen(page).getByRole('radio', { name: 'Rotterdam' }).check();
    expect(await check(page)).toEqual(['Niet goed.', 'Kijk nog eens op de kaart.']);
    expect(await optionNames(page)).toEqual(['Rotterdam ✗', 'Amsterdam']);
    await next(page);
    await slideOnScreen(page).getByRole('checkbox', { name: 'Rood' }).check();
    expect(await check(page)).toEqual(['Niet goed.']);
    expect(await optionNames(page)).toEqual(['Rood', 'Groen', 'Blauw']);
    await next(page);
    expect(await resultLines(page)).toEqual([
      'Je score: 0% (0 van 3 punten)',
      'Nodig om te slagen: 50%',
      'Niet geslaagd',
      'Geen pogingen meer',
    ]);
    expect(await resultTable(page)).toEqual([
      ['Vraag', 'Punten'],
      ['Wat is de hoofdstad van Nederland?', '[Niet goed.] | 0/1'],
      ['Welke kleuren zitten in de Nederlandse vlag?', '[Niet goed.] | 0/2'],
    ]);
  });
});
