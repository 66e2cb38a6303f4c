// `scormdown preview` following the author's saves, in real Chromium: the page is never reloaded by
// the test; the preview sees the save, rebuilds, and the page relaunches the course with what the
// stand-in LMS stored, or shows the diagnostics over it. Then the panel as a teacher reads it (the
// API calls of a new 2004 attempt, "leave and come back", the version switch, every pool question)
// and its table at 1024 px.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { startPreview, type PreviewServer } from '../../src/compiler/preview/preview.js';
import { stringsFor } from '../../src/shared/i18n.js';
import type { ScormVersion } from '../../src/shared/model.js';
import type { AuthorLanguage } from '../../src/shared/author-language.js';
import { useChromium } from './harness/chromium.js';
import { ROOT } from '../helpers/cli.js';

const nl = stringsFor('nl');

let context: BrowserContext;
let page: Page;
let dir = '';
let preview: PreviewServer | null = null;
const pageErrors: string[] = [];

const file = useChromium();
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-preview-live-'));
  pageErrors.length = 0;
});
afterEach(async () => {
  await context.close();
  await preview?.close();
  preview = null;
  await rm(dir, { recursive: true, force: true });
  expect(pageErrors).toEqual([]);
});

async function open(
  fixture: string,
  version: ScormVersion,
  viewport = { width: 1280, height: 900 },
  lang: AuthorLanguage = 'en',
): Promise<FrameLocator> {
  await cp(join(ROOT, 'test/fixtures', fixture), join(dir, 'lesson'), { recursive: true });
  context = await file.browser.newContext({ viewport });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  preview = await startPreview({ lessonDir: 'lesson', version, port: 0, cwd: dir, lang });
  await page.goto(preview.url);
  // Set once: still there at the end of a test, the page was never reloaded.
  await page.evaluate(() => Object.assign(window, { __sameLoad: true }));
  return course();
}

const course = (): FrameLocator => page.frameLocator('#scorm_object');
const slide = (frame: FrameLocator) => frame.getByRole('main').locator('section:visible');
const next = (frame: FrameLocator) => frame.getByRole('button', { name: nl.next, exact: true }).click();
const sameLoad = () => page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad === true);

async function stored(label: string): Promise<string> {
  const row = page.getByRole('table', { name: /^Status/ }).getByRole('row', { name: new RegExp(`^${label} cmi\\.`) });
  return (await row.getByRole('cell').innerText()).trim();
}

async function interactions(): Promise<string[][]> {
  const rows = page
    .getByRole('table', { name: /^(Interactions|Antwoorden|Antworten|Réponses|Respuestas)/ })
    .locator('tbody')
    .getByRole('row');
  return Promise.all((await rows.all()).map(async (row) => row.getByRole('cell').allInnerTexts()));
}

const lmsWarnings = () =>
  page.getByRole('list', { name: 'LMS warnings', includeHidden: true }).locator('li').allTextContents();
const calls = () => page.getByRole('list', { name: /^API calls/ }).getByRole('listitem');

/** What of the panel (its tables and buttons) is outside it or cut, and which of the page's own words
 *  in it (headings, captions, buttons; not the SCORM names under them) are split over two lines: []
 *  when nothing is. */
function cutInPanel(): Promise<string[]> {
  return page.evaluate(() => {
    const panel = document.getElementById('panel')!.getBoundingClientRect();
    const out: string[] = [];
    if (panel.right > document.documentElement.clientWidth) out.push(`panel ends at ${panel.right}`);
    for (const el of document.querySelectorAll<HTMLElement>('#panel th, #panel td, #panel caption, #panel button')) {
      const box = el.getBoundingClientRect();
      if (box.left < panel.left - 0.5 || box.right > panel.right + 0.5) out.push(`${el.innerText}: outside`);
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.innerText}: cut`);
    }
    const labels = document.querySelectorAll('#panel h2, #panel th, #panel caption, #panel button');
    for (const label of labels)
      for (const node of label.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          if (new Set([...range.getClientRects()].map((r) => r.top)).size > 1) out.push(`${word[0]}: split`);
        }
      }
    return out;
  });
}

/** valid-minimal's first question, "Wat is twee plus twee?", answered Vijf (b, wrong) on slide 3. */
async function answerFirst(frame: FrameLocator, result = 'wrong\nincorrect'): Promise<void> {
  await next(frame);
  await next(frame);
  await slide(frame).getByRole('radio', { name: 'Vijf' }).check();
  await frame.getByRole('button', { name: nl.check }).click();
  await expect.poll(interactions).toEqual([['Wat is twee plus twee?\neerste · choice', 'Vijf\nb', 'Vier\na', result]]);
}

async function edit(path: string, change: (text: string) => string): Promise<void> {
  const at = join(dir, 'lesson', path);
  await writeFile(at, change(await readFile(at, 'utf8')));
}

describe('scormdown preview follows every save', () => {
  it('shows an edit of lesson.md in the frame by itself, on the same slide, with what the LMS stored', async () => {
    const frame = await open('valid-minimal', '2004');
    await answerFirst(frame);
    await edit('lesson.md', (t) => t.replace('::question eerste', 'Denk goed na.\n\n::question eerste'));

    await slide(course()).getByText('Denk goed na.').waitFor();
    expect(await slide(course()).getByRole('radio', { name: 'Vijf' }).isChecked()).toBe(true);
    expect(await page.getByText(/^Resumed:/).isVisible()).toBe(true);
    expect(await interactions()).toEqual([
      ['Wat is twee plus twee?\neerste · choice', 'Vijf\nb', 'Vier\na', 'wrong\nincorrect'],
    ]);
    expect(await stored('Location')).toMatch(/^slide 3: Vraag\n[\w-]{3}$/);
    expect(await page.getByRole('banner').getByText('Minimal: a lesson', { exact: true }).isVisible()).toBe(true);
    expect(await sameLoad()).toBe(true);
  });

  it('shows a broken quiz.yaml as its diagnostics over the course, and the lesson again once fixed', async () => {
    await open('valid-minimal', '2004');
    const errors = page.getByRole('main').filter({ has: page.getByRole('heading', { level: 1 }) });
    await edit('quiz.yaml', (t) => t.replace('      correct: true\n', ''));

    await errors.getByRole('heading', { name: 'The lesson has 1 error' }).waitFor();
    expect((await errors.locator('pre').textContent())?.trim()).toBe(
      'lesson/quiz.yaml:5:5 QUIZ_NO_CORRECT error: question "eerste" has no correct option\n' +
        ' 5 |     - text: Vier\n' +
        '   |     ^\n' +
        '  hint: mark at least one option with `correct: true`',
    );
    expect(await page.getByRole('status').textContent()).toMatch(/^The lesson has 1 error: fix and save/);

    await edit('quiz.yaml', (t) =>
      t
        .replace('    - text: Vier\n', '    - text: Vier\n      correct: true\n')
        .replace('Wat is *twee*', 'Wat is *drie*'),
    );
    await errors.waitFor({ state: 'hidden' });
    await next(course());
    await next(course());
    await slide(course()).getByText('Wat is drie plus twee?').waitFor();
    expect(await sameLoad()).toBe(true);
  });

  it('lists a new 2004 attempt\'s API calls in words, without a fault for "not set yet"', async () => {
    await open('valid-minimal', '2004');
    await expect.poll(() => stored('Location')).toMatch(/^slide 1: Welkom/);
    const notSet = calls().filter({ hasText: 'GetValue("cmi.suspend_data") → ""' });
    expect(await notSet.innerText()).toMatch(
      / 403 Data Model Element Value Not Initialized, normal: nothing is stored for it yet$/,
    );
    expect(await calls().first().textContent()).toBe('Initialize("") → "true"');
    expect(await page.locator('#calls li.fault').count()).toBe(0);
    expect(await lmsWarnings()).toEqual([]);
  });

  it('leaves and comes back as Moodle resumes: Terminate, then the stored data and the bookmark', async () => {
    const frame = await open('valid-minimal', '2004');
    await answerFirst(frame);
    await page.getByRole('button', { name: 'Leave and come back' }).click();

    await page.getByText(/^Resumed:/).waitFor();
    await slide(course()).getByRole('heading', { name: 'Vraag' }).waitFor();
    expect(await slide(course()).getByRole('radio', { name: 'Vijf' }).isChecked()).toBe(true);
    const said = (await calls().allTextContents()).filter((c) =>
      /^(Initialize|Terminate|SetValue\("cmi.exit")/.test(c),
    );
    expect(said).toEqual([
      'Initialize("") → "true"',
      'SetValue("cmi.exit", "suspend") → "true"',
      'Terminate("") → "true"',
      'Initialize("") → "true"',
    ]);
    expect(await lmsWarnings()).toEqual([]);
  });

  it('switches between SCORM 1.2 and 2004 in the page, each keeping its own attempt', async () => {
    const frame = await open('valid-minimal', '2004');
    await answerFirst(frame);
    await page.getByRole('navigation', { name: 'SCORM version' }).getByRole('link', { name: 'SCORM 1.2' }).click();

    await page.getByText(/^New attempt:/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/1.2/');
    await expect.poll(() => stored('Lesson status')).toBe('incomplete');
    expect(await interactions()).toEqual([]);

    await page.getByRole('link', { name: 'SCORM 2004' }).click();
    await page.getByText(/^Resumed:/).waitFor();
    await expect.poll(interactions).toHaveLength(1);
    expect(await stored('Completion status')).toBe('incomplete');
  });

  it('shows every question of a pool on request, the draw again when switched off', async () => {
    const frame = await open('quiz-pool', '2004');
    const count = (f: FrameLocator) => f.locator('[data-count]').textContent();
    await expect.poll(() => count(frame)).toBe('Dia 1 van 7');
    const every = page.getByRole('checkbox', { name: /^Show every question/ });
    await every.check();
    await expect.poll(() => count(course())).toBe('Dia 1 van 10');
    expect(new URL(page.url()).search).toBe('?every=1');
    await every.uncheck();
    await expect.poll(() => count(course())).toBe('Dia 1 van 7');
  });
});

describe('the panel at 1024 px', () => {
  it('cuts nothing of its tables: every cell inside the panel, no text wider than its cell', async () => {
    const frame = await open('valid-minimal', '2004', { width: 1024, height: 768 });
    await answerFirst(frame);
    expect(await cutInPanel()).toEqual([]);
    expect(await page.getByRole('columnheader', { name: 'Correct response' }).isVisible()).toBe(true);
    expect(await page.getByRole('columnheader', { name: 'Result' }).isVisible()).toBe(true);
  });

  it('in Dutch for a Dutch author: the page, the panel, the errors over the course; nothing cut at 1024 px', async () => {
    const frame = await open('valid-minimal', '2004', { width: 1024, height: 768 }, 'nl');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.getByRole('status').textContent()).toMatch(
      /^Volgt elke keer dat je de les opslaat\. Gebouwd om /,
    );
    expect(await page.getByRole('heading', { name: 'Wat het LMS heeft opgeslagen' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Vertrekken en terugkomen' }).isVisible()).toBe(true);
    await answerFirst(frame, 'fout\nincorrect');
    // The code is the LMS's; the words beside it are the author's.
    const notSet = page
      .getByRole('list', { name: /^API-aanroepen/ })
      .getByRole('listitem')
      .filter({ hasText: 'GetValue("cmi.suspend_data") → ""' });
    expect(await notSet.innerText()).toMatch(
      / 403 Element heeft nog geen waarde, normaal: hiervoor is nog niets opgeslagen$/,
    );
    for (const name of ['Vraag', 'Antwoord van de leerling', 'Juist antwoord', 'Resultaat'])
      expect(await page.getByRole('columnheader', { name, exact: true }).isVisible()).toBe(true);
    expect(await cutInPanel()).toEqual([]);
    const quiz = join(dir, 'lesson', 'quiz.yaml');
    await writeFile(quiz, (await readFile(quiz, 'utf8')).replace('      correct: true\n', ''));
    await page.getByRole('heading', { name: 'De les heeft 1 fout' }).waitFor();
    expect(await page.locator('#errors pre').textContent()).toContain(
      'QUIZ_NO_CORRECT fout: vraag "eerste" heeft geen goede keuze',
    );
  });

  it.each([
    ['de', 'Was das LMS gespeichert hat', 'Verlassen und zurückkommen', 'Element hat noch keinen Wert', 'falsch'],
    ['fr', 'Ce que le LMS a enregistré', 'Quitter et revenir', "L'élément n'a pas encore de valeur", 'faux'],
    ['es', 'Lo que ha guardado el LMS', 'Salir y volver', 'El elemento aún no tiene valor', 'incorrecta'],
  ] as const)(
    'in %s for an author of that language: the panel, its buttons, its answers and the call log',
    async (lang, panel, leave, notSet, wrong) => {
      const frame = await open('valid-minimal', '2004', { width: 1024, height: 768 }, lang);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.getByRole('heading', { name: panel }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: leave }).isVisible()).toBe(true);
      await answerFirst(frame, `${wrong}\nincorrect`);
      expect(await page.locator('body').innerText()).toContain(`403 ${notSet}`);
      expect(await cutInPanel()).toEqual([]);
    },
  );
});
