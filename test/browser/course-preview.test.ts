// `scormdown preview <courseDir>` in real Chromium: a page listing the course's lessons in order beside
// the chosen one, each lesson in a preview of its own (its own stand-in LMS and stored data, as each SCO
// has in an LMS) with the course's defaults.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/compiler/load-course.js';
import { startCoursePreview, type CoursePreview } from '../../src/compiler/preview/course-preview.js';
import { WORDS } from '../../src/compiler/words/words.js';
import { lessonDataOf } from '../helpers/package.js';
import { ROOT } from '../helpers/cli.js';
import { useChromium } from './harness/chromium.js';

const file = useChromium();
let dir = '';
let preview: CoursePreview;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-course-preview-'));
  await cp(join(ROOT, 'test/fixtures/course-three'), join(dir, 'cursus'), { recursive: true });
  const { course } = await loadCourse(join(dir, 'cursus'), dir);
  const options = { lessonDir: 'cursus', version: '2004' as const, port: 0, cwd: dir, lang: 'nl' as const };
  preview = await startCoursePreview(options, course!, WORDS.nl, 'nl');
});
afterAll(async () => {
  await preview.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the preview of a course', () => {
  it('lists the lessons in order and shows the chosen one in its own preview', async () => {
    const context = await file.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(preview.url);
      const menu = page.getByRole('navigation', { name: 'Lessen' });
      expect(await menu.getByRole('link').allTextContents()).toEqual([
        'Les 1: Soorten klachten',
        'Les 2: Klachten afhandelen',
        'Les 3: Conflicten',
      ]);
      const lesson = page.frameLocator('iframe[name="lesson"]');
      const courseFrame = lesson.frameLocator('#scorm_object');
      await courseFrame.getByRole('heading', { name: 'Soorten klachten' }).waitFor();
      // Each lesson's preview speaks the author's language, as the course page does.
      expect(await lesson.locator('html').getAttribute('lang')).toBe('nl');
      expect(await lesson.getByRole('heading', { name: 'Wat het LMS heeft opgeslagen' }).isVisible()).toBe(true);
      await menu.getByRole('link', { name: 'Les 2: Klachten afhandelen' }).click();
      await courseFrame.getByRole('heading', { name: 'Klachten afhandelen' }).waitFor();
      expect(await menu.getByRole('link', { name: 'Les 2: Klachten afhandelen' }).getAttribute('aria-current')).toBe(
        'page',
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("each lesson's preview has the course's defaults, a lesson's own value kept, on a server of its own", async () => {
    const pages = await Promise.all(
      preview.lessons.map(async (l) => lessonDataOf(await (await fetch(`${l.url}2004/content/index.html`)).text())),
    );
    expect(pages.map((d) => [d.title, d.passingScore, d.language])).toEqual([
      ['Les 1: Soorten klachten', 60, 'nl'],
      ['Les 2: Klachten afhandelen', 80, 'nl'],
      ['Les 3: Conflicten', 60, 'nl'],
    ]);
    expect(new Set(preview.lessons.map((l) => new URL(l.url).port)).size).toBe(3);
  });

  it("follows a save of course.yaml: a lesson that takes the course's default gets the new one", async () => {
    const courseYaml = join(dir, 'cursus', 'course.yaml');
    const before = await readFile(courseYaml, 'utf8');
    const passMarks = async () =>
      Promise.all(
        preview.lessons.map(
          async (l) => lessonDataOf(await (await fetch(`${l.url}2004/content/index.html`)).text()).passingScore,
        ),
      );
    try {
      await writeFile(courseYaml, before.replace('passingScore: 60', 'passingScore: 75'));
      // Lesson 2 says 80 itself and keeps it.
      await expect.poll(passMarks, { timeout: 10_000 }).toEqual([75, 80, 75]);
    } finally {
      await writeFile(courseYaml, before);
    }
    await expect.poll(passMarks, { timeout: 10_000 }).toEqual([60, 80, 60]);
  });
});
