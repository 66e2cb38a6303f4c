// A learner whose progress was saved by a package built before s2 (suspend_data "s1|...", the bookmark
// a slide index) comes back to a package built today, in both SCORM versions: the player loads the
// s1 decoder (player-s1.js, a package file of its own) and the learner is on the same question with
// the earlier answers kept; a learner without s1 data loads neither that file nor the other
// version's table. The s1 data is written here as those packages wrote it (see decodeS1 in
// src/runtime/lms/suspend-s1.ts for the format).

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hash } from '../../src/runtime/quiz/draw.js';
import type { LessonData, ScormVersion } from '../../src/shared/model.js';
import { lessonDataOf, packageFiles } from '../helpers/package.js';
import { useChromium } from './harness/chromium.js';
import { next, questionOnScreen, slideOnScreen, walkThrough } from './learner.js';
import { interactionsOf } from './harness/expect-lms.js';
import { MOODLE_PREFIX, moodleStart } from './harness/lms.js';
import { session } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium();

/** s1's fingerprint: of the slide count and the questions' ids and types. */
const fingerprint = (lesson: LessonData): string =>
  hash(`${lesson.slides.length}/${lesson.questions.map((q) => `${q.id}:${q.type}`).join('/')}`).toString(36);

/** base64url digits, 6 slides each, the first slide in the lowest bit. */
function bitset(visited: number[], count: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const digits = Array.from({ length: Math.ceil(count / 6) }, () => 0);
  for (const i of visited) digits[Math.floor(i / 6)]! |= 1 << (i % 6);
  return digits.map((d) => alphabet[d]).join('');
}

/** What an s1 package saved for a learner on `slide` who answered `answers` (question index -> response). */
function s1Data(lesson: LessonData, slide: number, answers: Array<[number, string]>): string {
  const visited = Array.from({ length: slide + 1 }, (_, i) => i);
  const entries = answers.map(
    ([index, response]) => `${index.toString(36)},1,${lesson.questions[index]!.points},9ix,${response}`,
  );
  return [
    's1',
    fingerprint(lesson),
    slide.toString(36),
    '1',
    bitset(visited, lesson.slides.length),
    '',
    entries.join(';'),
    '',
  ].join('|');
}

/** Moodle handing back what the s1 package stored (exit was "suspend"). */
function returningWith(version: ScormVersion, suspendData: string, location: string): Record<string, unknown> {
  const start = moodleStart(version) as Record<string, Record<string, unknown>>;
  return version === '1.2'
    ? { ...start, suspend_data: suspendData, core: { ...start.core, entry: 'resume', lesson_location: location } }
    : { ...start, entry: 'resume', suspend_data: suspendData, location };
}

const partsRequested = (requests: string[]): string[] =>
  requests
    .filter((path) => path.startsWith(MOODLE_PREFIX) && /^player-(s1|lms-)/.test(path.slice(MOODLE_PREFIX.length)))
    .map((path) => path.slice(MOODLE_PREFIX.length));

/** Each question on a slide of its own, in order: the slide of the third, where the learner left. */
const thirdQuestionSlide = (lesson: LessonData): number =>
  lesson.slides.flatMap((s, i) => (s.kind === 'question' ? [i] : []))[2]!;

describe.each(['1.2', '2004'] as const)('SCORM %s: a learner saved by a package before s2', (version) => {
  it('resumes on the same question with the earlier answers kept, and the LMS gets s3 data', async () => {
    const pkg = await packageFiles('test/fixtures/update-v1', version);
    const lesson = lessonDataOf(pkg);
    const onThird = thirdQuestionSlide(lesson);
    // soort: the first option; kanalen: the first two.
    const saved = s1Data(lesson, onThird, [
      [0, 'a'],
      [1, 'ab'],
    ]);
    let requested: string[] = [];
    const run = await session(
      file.browser,
      pkg,
      version,
      async (lms, data) => {
        expect((await questionOnScreen(lms.course, data))?.id).toBe('zelf-registreren');
        await lms.course.getByRole('button', { name: 'Vorige', exact: true }).click();
        expect((await questionOnScreen(lms.course, data))?.id).toBe('kanalen');
        await expect.poll(() => slideOnScreen(lms.course).getByRole('status').textContent()).toContain('Goed!');
        expect(await slideOnScreen(lms.course).getByLabel('Telefonisch', { exact: true }).isChecked()).toBe(true);
        await lms.course.getByRole('button', { name: 'Volgende', exact: true }).click();
        const answered = await walkThrough(lms.course, data, () => true);
        requested = partsRequested(lms.served.requests);
        return answered;
      },
      returningWith(version, saved, String(onThird)),
    );
    expect(requested).toEqual(['player-s1.js']);
    // Only the questions not answered before are sent; the result counts the two kept answers.
    expect(run.answered.map((q) => q.id)).toEqual(['zelf-registreren', 'systeem']);
    expect(interactionsOf(run.cmi, version).map((i) => i.id)).toEqual(['zelf-registreren', 'systeem']);
    const held = run.cmi as { suspend_data: string; core?: { score: { raw: string } }; score?: { raw: string } };
    expect(held.suspend_data.startsWith('s3|')).toBe(true);
    expect((held.core ?? held).score?.raw).toBe('100');
    expect(strictViolations(version, run.record)).toEqual([]);
  });

  it("a learner without s1 data, in an LMS of the package's own version, loads no part", async () => {
    const pkg = await packageFiles('test/fixtures/update-v1', version);
    let requested: string[] = ['not read'];
    await session(file.browser, pkg, version, async (lms, data) => {
      const answered = await walkThrough(lms.course, data, () => true);
      requested = partsRequested(lms.served.requests);
      return answered;
    });
    expect(requested).toEqual([]);
  });
});

describe('an unzipped package opened from the disk (file://, no LMS)', () => {
  it('resumes the s1 progress this browser kept, loading the decoder beside index.html', async () => {
    const pkg = await packageFiles('test/fixtures/update-v1', '1.2');
    const lesson = lessonDataOf(pkg);
    const dir = await mkdtemp(join(tmpdir(), 'scormdown-s1-'));
    const context = await file.browser.newContext();
    try {
      for (const [name, body] of pkg) {
        await mkdir(dirname(join(dir, name)), { recursive: true });
        await writeFile(join(dir, name), body);
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Where s1 packages kept a learner's progress without an LMS: "scormdown:<id>:<version>", stored
      // before this package was opened (from another page of the same folder).
      await writeFile(join(dir, 'before.html'), '<!doctype html><title>before</title>');
      await page.goto(pathToFileURL(join(dir, 'before.html')).href);
      const saved = s1Data(lesson, thirdQuestionSlide(lesson), [
        [0, 'a'],
        [1, 'ab'],
      ]);
      await page.evaluate(
        ([key, text]) => localStorage.setItem(key!, text!),
        [`scormdown:${lesson.id}:${lesson.version}`, saved],
      );
      await page.goto(pathToFileURL(join(dir, 'index.html')).href);
      await page.waitForSelector('html.sd-ready');
      const frame = page.mainFrame();
      expect((await questionOnScreen(frame, lesson))?.id).toBe('zelf-registreren');
      await next(frame, 'Vorige');
      expect((await questionOnScreen(frame, lesson))?.id).toBe('kanalen');
      await expect.poll(() => slideOnScreen(frame).getByRole('status').textContent()).toContain('Goed!');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
