// A course package in real Chromium, scorm-again as the LMS: each lesson is its own SCO, launched from
// its folder with the player shared at the root (its parts loaded from '../'), and tracked on its own.
// The LMS keeps a cmi per SCO (as Moodle does per SCO and attempt): answers in lesson 2 are not in
// lesson 1's data, each SCO has its own score and status, and lesson 2's own pass mark holds there.

import { describe, expect, it } from 'vitest';
import { buildCourse } from '../../src/compiler/build-course.js';
import type { ScormVersion } from '../../src/shared/model.js';
import { lessonDataOf } from '../helpers/package.js';
import { ROOT } from '../helpers/cli.js';
import { useChromium } from './harness/chromium.js';
import { moodleStart, openInLms } from './harness/lms.js';
import { lastSet } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';
import { walkThrough } from './learner.js';
import type { Files } from './harness/serve.js';

const file = useChromium();

async function coursePackage(version: ScormVersion): Promise<Files> {
  const { zips } = await buildCourse('test/fixtures/course-three', [version], ROOT);
  const pkg = zips?.find((z) => z.fileName.startsWith('klachten-cursus-'));
  if (pkg === undefined) throw new Error('no course package');
  return pkg.files as Files;
}

/** One SCO of the course, its quiz answered (all right, or the first question wrong), then left. */
async function takeLesson(pkg: Files, version: ScormVersion, folder: string, right: boolean) {
  const launch = `${folder}/index.html`;
  const lesson = lessonDataOf(String(pkg.get(launch)));
  const lms = await openInLms(file.browser, pkg, { version, launch, cmi: moodleStart(version, 60) });
  try {
    let first = true;
    const answered = await walkThrough(lms.course, lesson, () => {
      const ok = right || !first;
      first = false;
      return ok;
    });
    await lms.leave();
    return { lesson, answered, record: await lms.record(), errors: lms.errors };
  } finally {
    await lms.close();
  }
}

const ids = (record: Awaited<ReturnType<typeof takeLesson>>['record']): string[] => {
  const pattern = /^cmi\.interactions\.\d+\.id$/;
  return [
    ...new Set(
      record.calls.filter((c) => c.fn === 'SetValue' && pattern.test(c.args[0] ?? '')).map((c) => c.args[1] ?? ''),
    ),
  ];
};

describe.each(['1.2', '2004'] as const)('SCORM %s: a course package', (version) => {
  it('each lesson is its own SCO: its own answers, score and status, the shared player and its parts from ../', async () => {
    const pkg = await coursePackage(version);
    const one = await takeLesson(pkg, version, 'les-1-soorten', true);
    const two = await takeLesson(pkg, version, 'les-2-afhandelen', false);
    const three = await takeLesson(pkg, version, 'les-3-conflicten', true);
    for (const run of [one, two, three]) {
      expect(run.errors).toEqual([]);
      expect(strictViolations(version, run.record)).toEqual([]);
    }
    // The interactions each SCO reports are its own lesson's questions only.
    expect(ids(one.record).map((id) => id.replace(/^.*-/, ''))).toEqual(['soort']);
    expect(ids(two.record).length).toBe(2);
    expect(ids(two.record).some((id) => id.includes('soort'))).toBe(false);
    const score = version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw';
    expect([lastSet(one.record, score), lastSet(two.record, score), lastSet(three.record, score)]).toEqual([
      '100',
      '50',
      '100',
    ]);
    // Lesson 2 passes at 80 (its own front matter), the others at the course's 60: 50 fails there.
    if (version === '1.2') {
      expect([one, two, three].map((r) => lastSet(r.record, 'cmi.core.lesson_status'))).toEqual([
        'passed',
        'failed',
        'passed',
      ]);
    } else {
      expect([one, two, three].map((r) => lastSet(r.record, 'cmi.success_status'))).toEqual([
        'passed',
        'failed',
        'passed',
      ]);
    }
  });

  it("lesson 3's timer, a part of the shared player, loads from the folder above its page and runs", async () => {
    const pkg = await coursePackage(version);
    const lms = await openInLms(file.browser, pkg, {
      version,
      launch: 'les-3-conflicten/index.html',
      cmi: moodleStart(version, 60),
    });
    try {
      const button = (name: string) => lms.course.getByRole('button', { name, exact: true });
      await button('Start').click();
      await expect.poll(() => button('Pauze').isEnabled()).toBe(true);
      expect(await lms.course.getByRole('img', { name: 'Twee mensen in gesprek' }).isVisible()).toBe(true);
      expect(lms.errors).toEqual([]);
    } finally {
      await lms.close();
    }
  });
});
