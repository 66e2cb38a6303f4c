// LMS faults a learner meets in the field, in both SCORM versions, with scorm-again as the LMS in real
// Chromium: the LMS page holding the API goes away mid-session, an LMS whose calls take 2 seconds
// each (Moodle's synchronous XHR on a bad connection), and the tab closed one second after an answer.
// Each test names what the learner sees and what the LMS holds afterwards.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { LessonData, Question, ScormVersion } from '../../src/shared/model.js';
import { packageFiles } from '../helpers/package.js';
import { launchChromium } from './harness/chromium.js';
import { answer, lessonDataOf, next, questionOnScreen, slideCount, slideOnScreen } from './harness/course.js';
import { expectedRight, interactionsOf } from './harness/expect-lms.js';
import { moodleStart, openInLms, type LmsRecord, type LmsSession } from './harness/lms.js';
import { returning, typedFillIn } from './harness/scenarios.js';
import type { Files } from './harness/serve.js';
import { strictViolations } from './harness/strict-checker.js';

let browser: Browser;
const pkgs = new Map<ScormVersion, Files>();

beforeAll(async () => {
  browser = await launchChromium();
  pkgs.set('1.2', await packageFiles('lesson', '1.2'));
  pkgs.set('2004', await packageFiles('lesson', '2004'));
});
afterAll(async () => browser?.close());

const EL = {
  '1.2': { location: 'cmi.core.lesson_location', exit: 'cmi.core.exit' },
  '2004': { location: 'cmi.location', exit: 'cmi.exit' },
} as const;

const NOT_SAVED = 'Nog niet opgeslagen';

/** Walks on to the next question (from the slide on screen), answers it right and returns it. */
async function answerNext(lms: LmsSession, lesson: LessonData): Promise<{ q: Question; feedback: string }> {
  let q = await questionOnScreen(lms.course, lesson);
  while (q === undefined || (await slideOnScreen(lms.course).getByRole('button', { name: lesson.strings.check }).count()) === 0) {
    await next(lms.course);
    q = await questionOnScreen(lms.course, lesson);
  }
  return { q, feedback: await answer(lms.course, q, true, lesson) };
}

/** The cmi data of the last commit the LMS took. */
const lastCommitted = (record: LmsRecord): Record<string, unknown> => record.commits.filter((c) => c.ok).at(-1)?.cmi ?? {};

const ids = (cmi: Record<string, unknown>, version: ScormVersion): string[] => interactionsOf(cmi, version).map((i) => i.id);

describe.each(['1.2', '2004'] as const)('SCORM %s: the LMS page holding the API goes away mid-session', (version) => {
  it('the lesson goes on and says "not saved yet"; the next launch resumes there and the LMS gets what it missed', async () => {
    const pkg = pkgs.get(version)!;
    const lesson = lessonDataOf(pkg);
    const first = await openInLms(browser, pkg, { version, cmi: moodleStart(version) });
    let second: LmsSession | undefined;
    try {
      const before = await answerNext(first, lesson);
      await expect.poll(async () => ids(lastCommitted(await first.record()), version)).toEqual([before.q.id]);
      await first.breakApi();

      // What the learner sees: the next question is checked with its feedback, navigation works, and
      // the save status says the work is not saved.
      const after = await answerNext(first, lesson);
      expect(after.feedback).not.toBe('');
      const status = first.course.getByRole('status').filter({ hasText: NOT_SAVED });
      await expect.poll(() => status.count()).toBe(1);
      await next(first.course);
      const leftOn = await slideCount(first.course);
      expect(first.errors).toEqual([]);
      await first.leave();

      // What the LMS holds: only what was committed before its page went away.
      const record = await first.record();
      expect(record.thrown).toBeGreaterThan(0);
      expect(ids(lastCommitted(record), version)).toEqual([before.q.id]);

      // The same learner launches again in the same browser; Moodle hands back what it holds.
      const held = { lesson, record, cmi: await first.cmi(), answered: [] };
      second = await first.relaunch({ version, cmi: returning(version, held) });
      expect(await slideCount(second.course)).toBe(leftOn);
      await expect.poll(async () => ids(lastCommitted(await second!.record()), version)).toEqual([before.q.id, after.q.id]);
      await second.leave();
      const resumed = await second.record();
      expect(interactionsOf(lastCommitted(resumed), version)[1]).toEqual(expectedRight(after.q, version, typedFillIn(after.q)));
      expect(second.errors).toEqual([]);
      expect(strictViolations(version, resumed, { hadScore: false })).toEqual([]);
    } finally {
      await (second ?? first).close();
    }
  }, 120_000);
});
