// `scormdown preview` as a teacher uses it: the preview server on a temp copy of a fixture lesson,
// the page in real Chromium, the course clicked through by roles and labels (the Dutch UI strings of
// shared/i18n.ts), and the panel read back as a teacher reads Moodle's reports. Then editing the
// lesson and reloading, Reset, the command line, and Ctrl-C on the built CLI.

import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { runCli, type Io } from '../../src/compiler/cli/cli.js';
import { startPreview, type PreviewOptions, type PreviewServer } from '../../src/compiler/preview/preview.js';
import { stringsFor } from '../../src/shared/i18n.js';
import type { ScormVersion } from '../../src/shared/model.js';
import { useChromium } from './harness/chromium.js';
import { seriousViolations } from './learner.js';
import { CLI, ROOT } from '../helpers/cli.js';

const nl = stringsFor('nl');
/** The first question's cell in the interactions table: its prompt, then its id and type. */
const FIRST = 'Wat is twee plus twee?\neerste · choice';

let context: BrowserContext;
let page: Page;
let dir = '';
let preview: PreviewServer | null = null;
const requests: string[] = [];
const pageErrors: string[] = [];

const file = useChromium();
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-preview-'));
  await cp(join(ROOT, 'test/fixtures/valid-minimal'), join(dir, 'lesson'), { recursive: true });
  context = await file.browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  requests.length = 0;
  pageErrors.length = 0;
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterEach(async () => {
  await context.close();
  await preview?.close();
  preview = null;
  await rm(dir, { recursive: true, force: true });
  expect(pageErrors).toEqual([]);
});

async function open(version: ScormVersion): Promise<FrameLocator> {
  const options: PreviewOptions = { lessonDir: 'lesson', version, port: 0, cwd: dir, lang: 'en' };
  preview = await startPreview(options);
  await page.goto(preview.url);
  return course();
}

function course(): FrameLocator {
  return page.frameLocator('iframe[title="Course: Minimal: a lesson"]');
}

/** The slide on screen in the course. */
function slide(frame: FrameLocator) {
  return frame.getByRole('main').locator('section:visible');
}

async function next(frame: FrameLocator): Promise<void> {
  await frame.getByRole('button', { name: nl.next, exact: true }).click();
}

async function checkAnswer(frame: FrameLocator): Promise<void> {
  await frame.getByRole('button', { name: nl.check }).click();
  await slide(frame).getByRole('status').locator('p').first().waitFor();
}

/** A value of the panel's status table, by its label ("Location", "Score", ...), as shown: the words,
 *  and on a line of its own the SCORM value where it differs ("slide 1: Welkom\nIwO"). */
async function stored(label: string): Promise<string> {
  const row = page.getByRole('table', { name: /^Status/ }).getByRole('row', { name: new RegExp(`^${label} cmi\\.`) });
  return (await row.getByRole('cell').innerText()).trim();
}

/** The interactions table as a teacher reads it: the question (its prompt, then id and type), the
 *  learner's response and the correct one (the texts, then the SCORM value), the result. */
async function interactions(): Promise<string[][]> {
  const rows = page
    .getByRole('table', { name: /^Interactions/ })
    .locator('tbody')
    .getByRole('row');
  return Promise.all((await rows.all()).map(async (row) => row.getByRole('cell').allInnerTexts()));
}

/** What scorm-again warned about (a value it refused, a call out of order): shown in the panel. */
async function lmsWarnings(): Promise<string[]> {
  return page.getByRole('list', { name: 'LMS warnings', includeHidden: true }).locator('li').allTextContents();
}

/** The first question of the fixture, "Wat is twee plus twee?", answered `Vier` (option a, right) or `Vijf`. */
async function answerFirst(frame: FrameLocator, choice: 'Vier' | 'Vijf'): Promise<void> {
  await next(frame);
  await next(frame);
  await slide(frame).getByRole('radio', { name: choice }).check();
  await checkAnswer(frame);
}

describe('scormdown preview, SCORM 2004', () => {
  it('frames the course under /content/ and shows what the LMS stored as the learner goes', async () => {
    const frame = await open('2004');
    await expect.poll(() => stored('Location')).toMatch(/^slide 1: Welkom\n[\w-]{3}$/);
    expect(await stored('Completion status')).toBe('incomplete');
    expect(await stored('Success status')).toBe('unknown');
    expect(await stored('Score')).toBe('—');
    expect(await interactions()).toEqual([]);

    await answerFirst(frame, 'Vijf');
    await expect.poll(interactions).toEqual([[FIRST, 'Vijf\nb', 'Vier\na', 'wrong\nincorrect']]);
    await expect.poll(() => stored('Location')).toMatch(/^slide 3: Vraag\n[\w-]{3}$/);
    expect(await stored('Suspend data')).toMatch(/^[1-9]\d* of 64000 characters$/);

    const origin = new URL(preview?.url ?? '').origin;
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(requests).toContain(`${origin}/content/index.html`);
    expect(requests).toContain(`${origin}/preview/scorm-again.js`);
  });

  it('resumes after a reload, as Moodle does after exit "suspend"; Reset starts a new attempt', async () => {
    let frame = await open('2004');
    await answerFirst(frame, 'Vier');
    await expect.poll(interactions).toEqual([[FIRST, 'Vier\na', 'Vier\na', 'right\ncorrect']]);

    await page.reload();
    frame = course();
    await expect.poll(() => page.getByText(/^Resumed:/).isVisible()).toBe(true);
    await slide(frame).getByRole('heading', { name: 'Vraag' }).waitFor();
    expect(await slide(frame).getByRole('radio', { name: 'Vier' }).isChecked()).toBe(true);
    expect(await interactions()).toEqual([[FIRST, 'Vier\na', 'Vier\na', 'right\ncorrect']]);
    expect(await lmsWarnings()).toEqual([]);

    await page.getByRole('button', { name: 'Reset: new attempt' }).click();
    await page.getByText(/^New attempt:/).waitFor();
    await slide(course()).getByRole('heading', { name: 'Welkom' }).waitFor();
    await expect.poll(() => stored('Location')).toMatch(/^slide 1: Welkom\n[\w-]{3}$/);
    expect(await interactions()).toEqual([]);
  });

  it('builds the lesson again on reload: an error shows file:line in the page, the fix brings the course back', async () => {
    await open('2004');
    const quiz = join(dir, 'lesson', 'quiz.yaml');
    const good = await readFile(quiz, 'utf8');
    await writeFile(quiz, good.replace('      correct: true\n', ''));
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The lesson has 1 error');
    expect((await page.locator('main pre').textContent())?.trim()).toBe(
      'lesson/quiz.yaml:5:5 QUIZ_NO_CORRECT error: question "eerste" has no correct option\n' +
        ' 5 |     - text: Vier\n' +
        '   |     ^\n' +
        '  hint: mark at least one option with `correct: true`',
    );
    expect(await page.locator('iframe').count()).toBe(0);
    // The problems and the call log scroll by keyboard too (axe: scrollable-region-focusable).
    expect(await seriousViolations(page)).toEqual([]);

    await writeFile(quiz, good.replace('prompt: Wat is *twee* plus twee?', 'prompt: Wat is *drie* plus twee?'));
    await page.reload();
    await slide(course()).getByRole('heading', { name: 'Welkom' }).waitFor();
    await next(course());
    await next(course());
    expect(await slide(course()).getByText('Wat is drie plus twee?').isVisible()).toBe(true);
  });
});

describe('scormdown preview, SCORM 1.2', () => {
  it('shows lesson_status passed and the score once every slide is seen and every answer right', async () => {
    const frame = await open('1.2');
    await answerFirst(frame, 'Vier');
    await next(frame);
    for (const [k, item] of ['Een', 'Twee', 'Drie'].entries()) {
      const items = (await slide(frame).getByRole('listitem').allTextContents()).map((t) => t.trim());
      for (let at = items.findIndex((t) => t.includes(item)); at > k; at--) {
        await slide(frame)
          .getByRole('button', { name: `${nl.moveUp}: ${item}` })
          .click();
      }
    }
    await checkAnswer(frame);
    await next(frame);
    const pairs = { Rood: 'Kleur van bloed', Blauw: 'Kleur van de lucht', Groen: 'Kleur van gras' };
    for (const [term, description] of Object.entries(pairs)) {
      await slide(frame).getByLabel(term).selectOption({ label: description });
    }
    await checkAnswer(frame);
    await next(frame);
    await slide(frame).getByRole('heading', { name: nl.resultTitle }).waitFor();

    await expect.poll(() => stored('Lesson status')).toBe('passed');
    expect(await stored('Score')).toBe('100 (min 0, max 100)');
    const rows = await interactions();
    expect(rows.map(([question, , , result]) => [question, result])).toEqual([
      [FIRST, 'right\ncorrect'],
      ['Zet in volgorde.\nstappen · sequencing', 'right\ncorrect'],
      ['Koppel.\nkoppel · matching', 'right\ncorrect'],
    ]);
    expect(rows.map((row) => row[1] === row[2])).toEqual([true, true, true]);
    expect(rows[1]?.[1]).toBe('Een → Twee → Drie\na,b,c');
    expect(rows[2]?.[1]).toMatch(/^Rood: Kleur van bloed; Blauw: Kleur van de lucht; Groen: Kleur van gras\n[abc]\./);
    expect(await stored('Suspend data')).toMatch(/^[1-9]\d* of 4096 characters$/);
    expect(await lmsWarnings()).toEqual([]);

    await page.screenshot({ path: join(tmpdir(), 'scormdown-preview.png') });
    await page.reload();
    await page.getByText(/^Review mode:/).waitFor();
    await slide(course()).getByRole('heading', { name: nl.resultTitle }).waitFor();
    expect(await stored('Lesson status')).toBe('passed');
    expect(await lmsWarnings()).toEqual([]);
  });
});

function captureIo(cwd: string): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('scormdown preview on the command line', () => {
  it('exits 1 without serving when the lesson has errors, printing them as build does', async () => {
    const io = captureIo(ROOT);
    expect(await runCli(['preview', 'test/fixtures/invalid-quiz-file-missing', '--port', '0'], io)).toBe(1);
    expect(io.stdout).toEqual([]);
    expect(io.stderr.join('\n')).toMatch(
      /^test\/fixtures\/invalid-quiz-file-missing\/lesson\.md:\d+:\d+ QUIZ_FILE_MISSING error: /,
    );
    expect(io.stderr.at(-1)).toBe('\n1 error: nothing to preview. Fix the lines above and run the preview again.');
  });

  it.each([
    [['preview', '--scorm', 'both'], '--scorm must be 1.2 or 2004 for a preview, not "both"'],
    [['preview', '--port', 'http'], '--port must be a number from 0 to 65535, not "http"'],
    [['preview', '--port', '70000'], '--port must be a number from 0 to 65535, not "70000"'],
    [['preview', 'lesson', '--out', 'dist'], 'unknown option "--out"'],
  ])('exits 2 on %j', async (args, message) => {
    const io = captureIo(dir);
    expect(await runCli(args, io)).toBe(2);
    expect(io.stderr[0]?.split('\n')[0]).toBe(`scormdown: ${message}`);
  });

  it('answers only to its own loopback name', async () => {
    preview = await startPreview({ lessonDir: 'lesson', version: '1.2', port: 0, cwd: dir, lang: 'en' });
    const { port } = new URL(preview.url);
    const status = (host: string) =>
      new Promise<number | undefined>((done, fail) => {
        request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
          res.resume();
          done(res.statusCode);
        })
          .on('error', fail)
          .end();
      });
    expect(await status(`127.0.0.1:${port}`)).toBe(200);
    expect(await status(`attacker.example:${port}`)).toBe(421);
  });

  it('the built CLI prints the URL, serves the page and stops cleanly on Ctrl-C', async () => {
    const child = spawn(process.execPath, [CLI, 'preview', 'lesson', '--scorm', '1.2', '--lang', 'en'], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const url = await new Promise<string>((done) => {
      child.stdout.on('data', () => {
        const found = /Preview of lesson as SCORM 1\.2: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (found?.[1]) done(found[1]);
      });
    });
    const html = await (await fetch(url)).text();
    expect(html).toContain('<iframe id="scorm_object" title="Course: Minimal: a lesson" src="content/index.html">');
    const quiz = join(dir, 'lesson', 'quiz.yaml');
    await writeFile(quiz, (await readFile(quiz, 'utf8')).replace('      correct: true\n', ''));
    expect(await (await fetch(url)).text()).toContain('lesson/quiz.yaml:5:5 QUIZ_NO_CORRECT error');
    expect(stderr).toBe(
      'Rebuilt:\nlesson/quiz.yaml:5:5 QUIZ_NO_CORRECT error: question "eerste" has no correct option\n' +
        ' 5 |     - text: Vier\n   |     ^\n' +
        '  hint: mark at least one option with `correct: true`\n',
    );
    const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
  });
});
