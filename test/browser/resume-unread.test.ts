// Resume never overwrites what it could not read (issue 12), in both SCORM versions: a returning
// learner launches while the LMS's first GetValue calls fail with 101 (its data not loaded yet, a
// flaky request). The player reads again and continues from the saved state; when the LMS never
// answers, the learner is told and the saved progress stays untouched for the next launch.

import { describe, expect, it } from 'vitest';
import { decodeState } from '../../src/runtime/lms/suspend-codec.js';
import type { ScormVersion } from '../../src/shared/model.js';
import { useChromium } from './harness/chromium.js';
import { answer, next, questionOnScreen, slideCount, slideOnScreen } from './learner.js';
import { openInLms, type LmsRecord } from './harness/lms.js';
import { partway, returning, session, type Finished } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('lesson', ['1.2', '2004']);

/** The bookmark and suspend_data the LMS holds. */
function held(version: ScormVersion, cmi: Record<string, unknown>): { location: unknown; suspendData: unknown } {
  const core = (cmi.core ?? {}) as Record<string, unknown>;
  return { location: version === '1.2' ? core.lesson_location : cmi.location, suspendData: cmi.suspend_data };
}

/** A learner who answered three questions right and left mid-lesson, and the slide they left on. */
async function leftMidway(version: ScormVersion): Promise<{ first: Finished; where: string }> {
  let where = '';
  const first = await session(file.browser, file.pkg(version), version, async (lms, lesson) => {
    const answered = await partway(lms, lesson, 3);
    where = await slideCount(lms.course);
    return answered;
  });
  return { first, where };
}

const failedReads = (record: LmsRecord): number => (record as LmsRecord & { failedReads?: number }).failedReads ?? 0;

describe.each(['1.2', '2004'] as const)('SCORM %s: the LMS cannot hand back the saved progress at once', (version) => {
  // Five: the player's first read at each of five attempts; a player that reads on past a failed
  // read meets it at cmi.suspend_data, the fifth element it asks for.
  it('the first reads fail, later ones work: the learner is on their bookmarked slide with their answers, and the LMS keeps them', async () => {
    const { first, where } = await leftMidway(version);
    const saved = decodeState(String(first.cmi.suspend_data), first.lesson)!;
    expect(Object.keys(saved.answers)).toEqual(first.answered.map((q) => q.id));

    const lms = await openInLms(file.browser, file.pkg(version), {
      version,
      cmi: returning(version, first),
      failReads: 5,
    });
    try {
      expect(await slideCount(lms.course)).toBe(where);
      await next(lms.course, 'Vorige');
      const last = first.answered[2]!;
      expect((await questionOnScreen(lms.course, first.lesson))?.id).toBe(last.id);
      await expect.poll(() => slideOnScreen(lms.course).getByRole('status').textContent()).toContain('Goed!');
      await next(lms.course);
      await next(lms.course);
      await lms.leave();
      const record = await lms.record();
      expect(failedReads(record)).toBe(5);
      const after = decodeState(String(held(version, await lms.cmi()).suspendData), first.lesson)!;
      expect(Object.fromEntries(first.answered.map((q) => [q.id, after.answers[q.id]?.r]))).toEqual(
        Object.fromEntries(first.answered.map((q) => [q.id, saved.answers[q.id]!.r])),
      );
      expect(after.slide).toBeGreaterThan(saved.slide);
      expect(strictViolations(version, record)).toEqual([]);
    } finally {
      await lms.close();
    }
  });

  it("the reads never work: the learner is told, may click around and answer, and the LMS's suspend_data and bookmark are unchanged", async () => {
    const { first } = await leftMidway(version);
    const before = held(version, first.cmi);
    const lms = await openInLms(file.browser, file.pkg(version), {
      version,
      cmi: returning(version, first),
      failReads: 1e6,
    });
    try {
      await expect
        .poll(() => lms.course.locator('[data-notice-text]').textContent())
        .toBe(first.lesson.strings.notLoaded);
      expect(await slideCount(lms.course)).toMatch(/^Dia 1 van /);
      let q = await questionOnScreen(lms.course, first.lesson);
      while (q === undefined) {
        await next(lms.course);
        q = await questionOnScreen(lms.course, first.lesson);
      }
      // The lesson's first question is the open "Wat weet je nog?": it may not say the answer was saved.
      expect(q.type).toBe('open');
      expect(await answer(lms.course, q, true, first.lesson)).toBe(first.lesson.strings.notLoaded);
      await next(lms.course);
      await lms.leave();
      const record = await lms.record();
      expect(held(version, await lms.cmi())).toEqual(before);
      expect(record.calls.filter((c) => c.fn === 'SetValue' || c.fn === 'Commit')).toEqual([]);
      expect(record.calls.map((c) => c.fn)).toEqual(['Initialize', 'Terminate']);
      expect(failedReads(record)).toBeGreaterThan(0);
    } finally {
      await lms.close();
    }
  });
});
