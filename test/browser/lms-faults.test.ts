// LMS faults a learner meets in the field, in both SCORM versions, with scorm-again as the LMS in real
// Chromium: the API goes away mid-session (its calls throw; or the LMS window that opened the course
// navigates away, leaving an API that answers "true" to nothing), an LMS whose calls take 2 seconds
// each (Moodle's synchronous XHR on a bad connection), and the tab closed one second after an answer.
// Each test names what the learner sees and what the LMS holds afterwards.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LessonData, Question, ScormVersion } from '../../src/shared/model.js';
import { useChromium } from './harness/chromium.js';
import { lessonDataOf } from '../helpers/package.js';
import { answer, next, questionOnScreen, slideCount, slideOnScreen, submitLabel } from './learner.js';
import { expectedRight, interactionsOf } from './harness/expect-lms.js';
import { launch } from './harness/launches.js';
import { moodleStart, openInLms, type LmsRecord, type LmsSession, type ReceivedCommit } from './harness/lms.js';
import { returning, typedFillIn } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('lesson', ['1.2', '2004']);

const EL = {
  '1.2': { location: 'cmi.core.lesson_location', exit: 'cmi.core.exit' },
  '2004': { location: 'cmi.location', exit: 'cmi.exit' },
} as const;

const NOT_SAVED = 'Nog niet opgeslagen';

/** Walks on to the next question (from the slide on screen), answers it right and returns it. */
async function answerNext(lms: LmsSession, lesson: LessonData): Promise<{ q: Question; feedback: string }> {
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
  return { q, feedback: await answer(lms.course, q, true, lesson) };
}

/** The cmi data of the last commit the LMS took. */
const lastCommitted = (record: LmsRecord): Record<string, unknown> =>
  record.commits.filter((c) => c.ok).at(-1)?.cmi ?? {};

/** What the learner typed as the LMS keeps it: `[,]` would split a 2004 response, so it is sent as ",". */
const typed = (q: Question, version: ScormVersion): string =>
  version === '2004' ? typedFillIn(q).replace('[,]', ',') : typedFillIn(q);

const ids = (cmi: Record<string, unknown>, version: ScormVersion): string[] =>
  interactionsOf(cmi, version).map((i) => i.id);

describe.each(['1.2', '2004'] as const)('SCORM %s: the LMS API starts throwing mid-session', (version) => {
  it('the lesson goes on and says "not saved yet"; it keeps retrying, and once the LMS answers again it holds everything', async () => {
    const pkg = file.pkg(version);
    const lesson = lessonDataOf(pkg);
    const lms = await openInLms(file.browser, pkg, { version, cmi: moodleStart(version) }, { fakeClock: true });
    let again: LmsSession | undefined;
    try {
      const before = await answerNext(lms, lesson);
      await expect.poll(async () => ids(lastCommitted(await lms.record()), version)).toEqual([before.q.id]);
      await lms.breakApi();

      // What the learner sees: the next question is checked with its feedback, navigation works, and
      // the save status says the work is not saved.
      const after = await answerNext(lms, lesson);
      expect(after.feedback).not.toBe('');
      const status = lms.course.getByRole('status').filter({ hasText: NOT_SAVED });
      await expect.poll(() => status.count()).toBe(1);
      await next(lms.course);
      const leftOn = await slideCount(lms.course);
      expect((await lms.record()).thrown).toBeGreaterThan(0);
      expect(ids(lastCommitted(await lms.record()), version)).toEqual([before.q.id]);

      // The LMS answers again (its server session is back): the next retry (backoff up to 30 s, the
      // clock moved on over it) brings it everything, and the notice goes.
      await lms.breakApi(false);
      await lms.page.clock.fastForward(30_000);
      await expect.poll(() => status.count(), { timeout: 45_000 }).toBe(0);
      const record = await lms.record();
      expect(interactionsOf(lastCommitted(record), version)).toEqual(
        [before.q, after.q].map((q) => expectedRight(q, version, typed(q, version))),
      );
      await lms.leave();
      expect(lms.errors).toEqual([]);
      const done = await lms.record();
      expect(strictViolations(version, done)).toEqual([]);
      again = await comeBack(lms, lesson, version, done, await lms.cmi());
      expect(await slideCount(again.course)).toBe(leftOn);
    } finally {
      await (again ?? lms).close();
    }
  }, 120_000);
});

/** Every commit carried something new: slowness did not make the player pile up commits. */
function repeatedCommits(record: LmsRecord): number {
  const texts = record.commits.map((c) => JSON.stringify(c.cmi));
  return texts.filter((t, i) => i > 0 && t === texts[i - 1]).length;
}

/** The same learner again, in the same file.browser, with what the LMS holds now. */
async function comeBack(
  lms: LmsSession,
  lesson: LessonData,
  version: ScormVersion,
  record: LmsRecord,
  cmi: Record<string, unknown>,
): Promise<LmsSession> {
  return lms.relaunch({ version, cmi: returning(version, { lesson, record, cmi, answered: [] }) });
}

// The two slow LMSes of a version side by side: each page waits on its own LMS's server (a
// synchronous XHR answered late), not on the processor, so neither makes the other slower.
describe.concurrent.each(['1.2', '2004'] as const)('SCORM %s: an LMS whose calls take 2 seconds each', (version) => {
  it('slow commits: every click is handled in turn, and the LMS holds every answer and the bookmark', async () => {
    const pkg = file.pkg(version);
    const lesson = lessonDataOf(pkg);
    const lms = await openInLms(file.browser, pkg, {
      version,
      cmi: moodleStart(version),
      slowMs: 2000,
      slowCalls: 'commit',
    });
    let again: LmsSession | undefined;
    try {
      const answered: Question[] = [];
      for (let i = 0; i < 3; i++) {
        // Each answer commits at once (2 s): the click on "Volgende" right after it waits, and is handled.
        const { q, feedback } = await answerNext(lms, lesson);
        expect(feedback).not.toBe('');
        answered.push(q);
        const before = await slideCount(lms.course);
        await next(lms.course);
        expect(await slideCount(lms.course)).not.toBe(before);
      }
      const leftOn = await slideCount(lms.course);
      await lms.leave();
      const record = await lms.record();
      expect(ids(lastCommitted(record), version)).toEqual(answered.map((q) => q.id));
      expect(repeatedCommits(record)).toBe(0);
      expect(strictViolations(version, record)).toEqual([]);
      expect(lms.errors).toEqual([]);
      again = await comeBack(lms, lesson, version, record, await lms.cmi());
      expect(await slideCount(again.course)).toBe(leftOn);
    } finally {
      await (again ?? lms).close();
    }
  }, 180_000);

  it('every call slow (1 s each, so one answer stays under half a minute): the answer is checked, the LMS holds it and the bookmark', async () => {
    const pkg = file.pkg(version);
    const lesson = lessonDataOf(pkg);
    const lms = await openInLms(file.browser, pkg, { version, cmi: moodleStart(version) });
    let again: LmsSession | undefined;
    try {
      let q = await questionOnScreen(lms.course, lesson);
      while (q === undefined) {
        await next(lms.course);
        q = await questionOnScreen(lms.course, lesson);
      }
      await lms.slowDown(1000, 'all');
      expect(await answer(lms.course, q, true, lesson)).toBe(lesson.strings.recorded);
      await next(lms.course);
      const leftOn = await slideCount(lms.course);
      await lms.leave();
      const record = await lms.record();
      expect(interactionsOf(lastCommitted(record), version)).toEqual([expectedRight(q, version, typed(q, version))]);
      expect(repeatedCommits(record)).toBe(0);
      expect(strictViolations(version, record)).toEqual([]);
      again = await comeBack(lms, lesson, version, record, await lms.cmi());
      expect(await slideCount(again.course)).toBe(leftOn);
    } finally {
      await (again ?? lms).close();
    }
  }, 180_000);
});

/** How the tab goes, and what each way guarantees beyond the answer's own commit. */
const CLOSES: Array<{ how: string; close(page: Page): Promise<void>; ends: true | null }> = [
  {
    how: 'closed by the learner, page.close({ runBeforeUnload: true })',
    close: (page) => page.close({ runBeforeUnload: true }),
    // pagehide ends the session: exit "suspend" and the session time reach the server as well (by
    // sendBeacon: Chromium forbids the LMS's synchronous XHR while a page is being dismissed).
    ends: true,
  },
  {
    how: 'closed without its beforeunload handlers, page.close()',
    close: (page) => page.close(),
    // Like a crash for the page's own code: whether pagehide still runs is the browser's business,
    // so only the answer's own commit is promised.
    ends: null,
  },
];

describe.each(['1.2', '2004'] as const)('SCORM %s: the tab closed right after an answer is committed', (version) => {
  it.each(CLOSES)(
    '$how: the server holds the answer, the suspend data with it and the bookmark',
    async ({ close, ends }) => {
      const pkg = file.pkg(version);
      const lesson = lessonDataOf(pkg);
      const lms = await openInLms(file.browser, pkg, { version, cmi: moodleStart(version), serverCommits: true });
      let again: LmsSession | undefined;
      try {
        const { q } = await answerNext(lms, lesson);
        const onSlide = await slideCount(lms.course);
        // The tab goes once the answer's commit is with the LMS, however long the machine took for it.
        await expect.poll(async () => ids(lastCommitted(await lms.record()), version)).toEqual([q.id]);
        await close(lms.page);
        if (ends === true) await expect.poll(() => lms.received().some((c) => c.terminate)).toBe(true);
        const last = lms.received().at(-1)!;
        expect(interactionsOf(last.cmi, version)).toEqual([expectedRight(q, version, typed(q, version))]);
        const ended = lms.received().some((c) => c.terminate);
        if (ended) expect(JSON.stringify(last.cmi)).toContain('"exit":"suspend"');

        // The suspend data and the bookmark, as the learner finds them on coming back: on the same
        // slide, the answer there, checked and locked.
        const record: LmsRecord = {
          calls: [{ fn: 'SetValue', args: [EL[version].exit, ended ? 'suspend' : ''], result: 'true', error: '0' }],
          commits: [],
          logs: [],
          thrown: 0,
        };
        again = await comeBack(lms, lesson, version, record, last.cmi);
        expect(await slideCount(again.course)).toBe(onSlide);
        expect(await slideOnScreen(again.course).getByRole('button', { name: lesson.strings.saveAnswer }).count()).toBe(
          0,
        );
        expect(await slideOnScreen(again.course).getByText(lesson.strings.recorded).count()).toBe(1);
      } finally {
        await (again ?? lms).close();
      }
    },
    60_000,
  );
});

describe.each(['1.2', '2004'] as const)('SCORM %s: the LMS window that opened the course navigates away', (version) => {
  it('its old API still answers "true" but nothing reaches the server: the learner is told "not saved yet"', async () => {
    const pkg = file.pkg(version);
    const lesson = lessonDataOf(pkg);
    const lms = await launch(file.browser, pkg, { version, cmi: moodleStart(version), serverCommits: true }, 'popup');
    try {
      const course = { course: lms.course } as LmsSession;
      const before = await answerNext(course, lesson);
      const posted = (): ReceivedCommit[] => lms.served.posts.map((p) => JSON.parse(p.body) as ReceivedCommit);
      await expect.poll(() => posted().some((c) => ids(c.cmi, version).includes(before.q.id))).toBe(true);
      await lms.page.goto(lms.page.url().replace('lms.html', 'blank.html'));
      const count = posted().length;

      const after = await answerNext(course, lesson);
      expect(after.feedback).not.toBe('');
      await expect.poll(() => lms.course.getByRole('status').filter({ hasText: NOT_SAVED }).count()).toBe(1);
      const on = await slideCount(lms.course);
      await next(lms.course);
      expect(await slideCount(lms.course)).not.toBe(on);
      expect(posted().length).toBe(count);
      expect(await lms.errors()).toEqual([]);
    } finally {
      await lms.close();
    }
  }, 60_000);
});
