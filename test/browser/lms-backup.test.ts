// The LMS stops taking commits for good (its session expired, the popup's opener is gone): what the
// learner does after that is kept in this browser (src/runtime/lms/backup.ts) and sent on the next
// launch when the LMS still holds what it held then. When the LMS holds something newer (the learner
// went on elsewhere), the backup is dropped.

import { describe, expect, it } from 'vitest';
import type { LessonData, Question, ScormVersion } from '../../src/shared/model.js';
import { lessonDataOf } from '../helpers/package.js';
import { packageFiles } from '../helpers/package.js';
import { useChromium } from './harness/chromium.js';
import { interactionsOf } from './harness/expect-lms.js';
import { moodleStart, openInLms, type LmsRecord, type LmsSession } from './harness/lms.js';
import { returning } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';
import { answer, next, questionOnScreen, slideOnScreen, submitLabel } from './learner.js';

const file = useChromium();

async function answerNext(lms: LmsSession, lesson: LessonData): Promise<Question> {
  let q = await questionOnScreen(lms.course, lesson);
  while (
    q === undefined ||
    (await slideOnScreen(lms.course)
      .getByRole('button', { name: submitLabel(q, lesson) })
      .count()) === 0
  ) {
    await next(lms.course);
    q = await questionOnScreen(lms.course, lesson);
  }
  await answer(lms.course, q, true, lesson);
  return q;
}

/** What the LMS's server holds: the data of the last commit it took. */
const held = (record: LmsRecord): Record<string, unknown> => record.commits.filter((c) => c.ok).at(-1)?.cmi ?? {};
const ids = (cmi: Record<string, unknown>, version: ScormVersion): string[] =>
  interactionsOf(cmi, version).map((i) => i.id);

/** One answer committed, then the LMS goes, two more answers, the learner leaves. */
async function lostSession(version: ScormVersion): Promise<{ lms: LmsSession; lesson: LessonData; before: LmsRecord }> {
  const pkg = await packageFiles('test/fixtures/update-v1', version);
  const lesson = lessonDataOf(pkg);
  const lms = await openInLms(file.browser, pkg, { version, cmi: moodleStart(version) });
  const first = await answerNext(lms, lesson);
  await expect.poll(async () => ids(held(await lms.record()), version)).toEqual([first.id]);
  await lms.breakApi();
  await answerNext(lms, lesson);
  await answerNext(lms, lesson);
  await next(lms.course);
  await lms.leave();
  return { lms, lesson, before: await lms.record() };
}

describe.each(['1.2', '2004'] as const)('SCORM %s: the LMS gone mid-session', (version) => {
  it('what the LMS missed is sent on the next launch: every answer in the LMS, the learner where they were', async () => {
    const { lms, lesson, before } = await lostSession(version);
    try {
      expect(ids(held(before), version)).toEqual(['soort']);
      // The LMS hands back what its server holds: the data of before it went.
      const cmi = returning(version, { lesson, record: before, cmi: held(before), answered: [] });
      const again = await lms.relaunch({ version, cmi });
      expect((await questionOnScreen(again.course, lesson))?.id).toBe('systeem');
      await again.course.getByRole('button', { name: 'Vorige', exact: true }).click();
      expect((await questionOnScreen(again.course, lesson))?.id).toBe('zelf-registreren');
      await expect.poll(() => slideOnScreen(again.course).getByRole('status').textContent()).toContain('Goed!');
      await again.leave();
      const record = await again.record();
      expect(ids(held(record), version)).toEqual(['soort', 'kanalen', 'zelf-registreren']);
      expect(strictViolations(version, record)).toEqual([]);
    } finally {
      await lms.close();
    }
  });

  it('a backup older than what the LMS holds is dropped: the LMS data stands', async () => {
    const { lms, lesson, before } = await lostSession(version);
    try {
      // Meanwhile the learner went on on another device: the LMS holds other data.
      const cmi = returning(version, { lesson, record: before, cmi: held(before), answered: [] }) as Record<
        string,
        unknown
      >;
      const elsewhere = { ...cmi, suspend_data: String(cmi.suspend_data).replace(/\|1\|/, '|2|') };
      const again = await lms.relaunch({ version, cmi: elsewhere });
      await again.leave();
      expect(ids(held(await again.record()), version)).toEqual(['soort']);
      // And it stays dropped: a third launch with the data of before sends nothing of it either.
      const third = await again.relaunch({ version, cmi });
      await third.leave();
      expect(ids(held(await third.record()), version)).toEqual(['soort']);
    } finally {
      await lms.close();
    }
  });
});
