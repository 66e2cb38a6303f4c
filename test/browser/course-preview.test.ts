// `scormdown preview <courseDir>` in real Chromium: a page listing the course's lessons in order beside
// the chosen one, each lesson in a preview of its own (its own stand-in LMS and stored data, as each SCO
// has in an LMS) with the course's defaults.

import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/compiler/load-course.js';
import { startCoursePreview, type CoursePreview } from '../../src/compiler/preview/course-preview.js';
import { lessonDataOf } from '../helpers/package.js';
import { CLI, ROOT, previewAddress } from '../helpers/cli.js';
import { useChromium } from './harness/chromium.js';
import { seriousViolations } from './learner.js';

const file = useChromium();
let dir = '';
let preview: CoursePreview;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-course-preview-'));
  await cp(join(ROOT, 'test/fixtures/course-three'), join(dir, 'cursus'), { recursive: true });
  const { course } = await loadCourse(join(dir, 'cursus'), dir);
  const options = { lessonDir: 'cursus', version: '2004' as const, port: 0, cwd: dir, lang: 'nl' as const };
  preview = await startCoursePreview(options, course!);
});
afterAll(async () => {
  await preview.close();
  await rm(dir, { recursive: true, force: true });
});

/** The course page at 1280 px, its lesson menu and the page's script errors. */
async function openCoursePage() {
  const context = await file.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(preview.url);
  return { context, page, menu: page.getByRole('navigation', { name: 'Lessen' }), errors };
}

describe('the preview of a course', () => {
  it('lists the lessons in order and shows the chosen one in its own preview', async () => {
    const { context, page, menu, errors } = await openCoursePage();
    try {
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
      // Its folder as the author knows it, from where the preview was started.
      expect(await lesson.getByText('scormdown-voorbeeld van cursus/les-1', { exact: true }).count()).toBe(1);
      await menu.getByRole('link', { name: 'Les 2: Klachten afhandelen' }).click();
      await courseFrame.getByRole('heading', { name: 'Klachten afhandelen' }).waitFor();
      expect(await menu.getByRole('link', { name: 'Les 2: Klachten afhandelen' }).getAttribute('aria-current')).toBe(
        'page',
      );
      // The page around the lessons, and the lesson's preview beside it, for an author with a screen reader too.
      expect(await seriousViolations(page)).toEqual([]);
      expect(await seriousViolations(page.frame({ name: 'lesson' })!)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("each lesson's preview has the course's defaults, a lesson's own value kept, on a server of its own", async () => {
    const pages = await Promise.all(
      preview.lessons.map(async (l) => lessonDataOf(await (await fetch(`${l.url!}2004/content/index.html`)).text())),
    );
    expect(pages.map((d) => [d.title, d.passingScore, d.language])).toEqual([
      ['Les 1: Soorten klachten', 60, 'nl'],
      ['Les 2: Klachten afhandelen', 80, 'nl'],
      ['Les 3: Conflicten', 60, 'nl'],
    ]);
    expect(new Set(preview.lessons.map((l) => new URL(l.url!).port)).size).toBe(3);
  });

  it("follows a save of course.yaml: a lesson that takes the course's default gets the new one", async () => {
    const courseYaml = join(dir, 'cursus', 'course.yaml');
    const before = await readFile(courseYaml, 'utf8');
    const passMarks = async () =>
      Promise.all(
        preview.lessons.map(
          async (l) => lessonDataOf(await (await fetch(`${l.url!}2004/content/index.html`)).text()).passingScore,
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

  it('follows course.yaml: a lesson added, renamed, missing, taken out, a new title, a broken file', async () => {
    const courseYaml = join(dir, 'cursus', 'course.yaml');
    const before = await readFile(courseYaml, 'utf8');
    const { context, page, menu, errors } = await openCoursePage();
    try {
      const links = () => menu.getByRole('link').allTextContents();
      const problems = page.locator('#problems');
      const lesson = page.frameLocator('iframe[name="lesson"]').frameLocator('#scorm_object');
      await expect.poll(links).toHaveLength(3);

      // A fourth lesson, written beside the others and then listed: a link, its own preview.
      await cp(join(dir, 'cursus', 'les-1'), join(dir, 'cursus', 'les-4'), { recursive: true });
      const four = join(dir, 'cursus', 'les-4', 'lesson.md');
      await writeFile(
        four,
        (await readFile(four, 'utf8'))
          .replace('Les 1: Soorten klachten', 'Les 4: Nazorg')
          .replace('id: les-1-soorten', 'id: les-4-nazorg')
          .replace('# Soorten klachten', '# Nazorg'),
      );
      await writeFile(courseYaml, before.replace('  - les-3\n', '  - les-3\n  - les-4\n'));
      await expect
        .poll(links, { timeout: 10_000 })
        .toEqual(['Les 1: Soorten klachten', 'Les 2: Klachten afhandelen', 'Les 3: Conflicten', 'Les 4: Nazorg']);
      await menu.getByRole('link', { name: 'Les 4: Nazorg' }).click();
      await lesson.getByRole('heading', { name: 'Nazorg' }).waitFor();
      // The course's defaults reach the new lesson too.
      const fourth = preview.lessons[3]!;
      expect(lessonDataOf(await (await fetch(`${fourth.url!}2004/content/index.html`)).text()).passingScore).toBe(60);

      // A lesson's new title shows in the menu after its save.
      await writeFile(four, (await readFile(four, 'utf8')).replace('Les 4: Nazorg', 'Les 4: Nazorg na een klacht'));
      await expect.poll(links, { timeout: 10_000 }).toContain('Les 4: Nazorg na een klacht');

      // The shown lesson taken out: the menu loses it, the first lesson is shown, its preview stops.
      await writeFile(courseYaml, before.replace('title: "Klachten: de cursus"', 'title: "Klachten, het vervolg"'));
      await expect.poll(links, { timeout: 10_000 }).toHaveLength(3);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Klachten, het vervolg');
      expect(await page.title()).toBe('Klachten, het vervolg · scormdown preview');
      await lesson.getByRole('heading', { name: 'Soorten klachten' }).waitFor();
      await expect(fetch(fourth.url!)).rejects.toThrow();

      // A folder listed that is not there: named in the menu and in the problem, as a build says it.
      await writeFile(courseYaml, before.replace('  - les-3\n', '  - les-3\n  - les-5\n'));
      await expect.poll(() => menu.locator('li.missing').textContent(), { timeout: 10_000 }).toBe('les-5');
      expect(await problems.textContent()).toContain('COURSE_LESSON_MISSING');
      expect(await problems.textContent()).toContain('de lesmap "les-5" bestaat niet of heeft geen lesson.md');
      // ... until it is there: the folder made beside course.yaml is seen without a save of course.yaml.
      await cp(join(dir, 'cursus', 'les-4'), join(dir, 'cursus', 'tmp-les-5'), { recursive: true });
      const five = join(dir, 'cursus', 'tmp-les-5', 'lesson.md');
      await writeFile(
        five,
        (await readFile(five, 'utf8')).replace('les-4-nazorg', 'les-5').replace('Les 4: Nazorg na een klacht', 'Les 5'),
      );
      await rename(join(dir, 'cursus', 'tmp-les-5'), join(dir, 'cursus', 'les-5'));
      await expect.poll(links, { timeout: 10_000 }).toContain('Les 5');
      expect(await problems.textContent()).toBe('');

      // A course logo that is not there: named with its line, as a build names it.
      const listed = await readFile(courseYaml, 'utf8');
      await writeFile(courseYaml, listed.replace('lessons:\n', 'theme:\n  logo: school.png\nlessons:\n'));
      await expect
        .poll(() => problems.textContent(), { timeout: 10_000 })
        .toContain('cursus/course.yaml:10:9 ASSET_MISSING');

      // course.yaml that cannot be read: its problem shown, the lessons as it last said.
      await writeFile(courseYaml, `${before}\tkapot: [\n`);
      await expect.poll(() => problems.textContent(), { timeout: 10_000 }).toContain('course.yaml:');
      expect(await links()).toHaveLength(4);
      await writeFile(courseYaml, before);
      await expect.poll(() => problems.textContent(), { timeout: 10_000 }).toBe('');
      await expect
        .poll(links, { timeout: 10_000 })
        .toEqual(['Les 1: Soorten klachten', 'Les 2: Klachten afhandelen', 'Les 3: Conflicten']);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await writeFile(courseYaml, before);
    }
  });

  it("the built CLI prints the address, then each lesson's problems and course.yaml's when a save changes them", async () => {
    const own = await mkdtemp(join(tmpdir(), 'scormdown-course-cli-'));
    await cp(join(ROOT, 'test/fixtures/course-three'), join(own, 'cursus'), { recursive: true });
    const child = spawn(process.execPath, [CLI, 'preview', 'cursus', '--lang', 'en'], { cwd: own });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    try {
      const url = await previewAddress(child);
      expect(await (await fetch(url)).text()).toContain('"title":"Klachten: de cursus"');
      expect(stderr).toBe('');
      const quiz = join(own, 'cursus', 'les-2', 'quiz.yaml');
      const before = await readFile(quiz, 'utf8');
      await writeFile(quiz, before.replace('      correct: true\n', ''));
      await expect
        .poll(() => stderr, { timeout: 10_000 })
        .toContain('Rebuilt:\ncursus/les-2/quiz.yaml:5:5 QUIZ_NO_CORRECT error');
      await writeFile(quiz, before);
      await expect.poll(() => stderr, { timeout: 10_000 }).toContain('Rebuilt: no problems left.\n');
      const courseYaml = join(own, 'cursus', 'course.yaml');
      await writeFile(courseYaml, `${await readFile(courseYaml, 'utf8')}  - les-9\n`);
      await expect
        .poll(() => stderr, { timeout: 10_000 })
        .toMatch(
          /Rebuilt:\ncursus\/course\.yaml:\d+:\d+ COURSE_LESSON_MISSING error: the lesson folder "les-9" does not exist/,
        );
      // A lesson listed later with a problem of its own: said too, with its path.
      await cp(join(own, 'cursus', 'les-2'), join(own, 'cursus', 'les-5'), { recursive: true });
      const five = join(own, 'cursus', 'les-5');
      await writeFile(
        join(five, 'lesson.md'),
        (await readFile(join(five, 'lesson.md'), 'utf8')).replace(/^id: .*$/m, 'id: les-5'),
      );
      await writeFile(join(five, 'quiz.yaml'), before.replace('      correct: true\n', ''));
      await writeFile(courseYaml, `${await readFile(courseYaml, 'utf8')}  - les-5\n`);
      await expect
        .poll(() => stderr, { timeout: 10_000 })
        .toContain('cursus/les-5/quiz.yaml:5:5 QUIZ_NO_CORRECT error');
      const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      child.kill('SIGINT');
      expect(await exit).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await rm(own, { recursive: true, force: true });
    }
  });
});
