// The Dutch lesson as a SCORM 1.2 and a SCORM 2004 4th Edition package in real Chromium, framed by an
// LMS page whose API is scorm-again configured like Moodle. Driven like a learner; every value goes
// through the strict checker. The same three learners in both versions: what each version's LMS
// must then hold (its element names, statuses and formats) is the data of the table below.

import { describe, expect, it } from 'vitest';
import type { Question, ScormVersion } from '../../src/shared/model.js';
import { useChromium } from './harness/chromium.js';
import { next, questionOnScreen, slideCount, slideOnScreen, walkThrough } from './learner.js';
import { expectedRight, gradedPoints, interactionsOf } from './harness/expect-lms.js';
import { WRONG, allRight, lastSet, partway, returning, session, setsOf, typedFillIn } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

interface Version {
  version: ScormVersion;
  title: string;
  el: { exit: string; sessionTime: string; scoreRaw: string };
  sessionTime: RegExp;
  /** What the learner typed as the LMS keeps it. */
  typed(q: Question): string;
  /** All right: the cmi data (a subset), the exit written last, the status elements' writes. */
  passed: { cmi: Record<string, unknown>; exit: string; sets: Record<string, string[]> };
  /** Elements written once per interaction, if the version has one (2004's timestamp). */
  timestamps: RegExp | null;
  /** Some answers wrong: the cmi data once the result slide shows 62,5%, and whether the LMS may
   *  take a moment (2004: the result slide's visit completes the slides half, a throttled save). */
  failed: { cmi: Record<string, unknown>; poll: boolean };
  wrongResult: string;
  /** Status writes over the failed attempt and the retry that passes. */
  retrySets: Record<string, string[]>;
  /** Left midway, and after coming back and finishing. */
  suspended: { cmi: Record<string, unknown>; progress: string | null };
  finished: Record<string, unknown>;
}

const VERSIONS: Version[] = [
  {
    version: '1.2',
    title: 'SCORM 1.2',
    el: { exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time', scoreRaw: 'cmi.core.score.raw' },
    sessionTime: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    typed: (q) => typedFillIn(q),
    passed: {
      cmi: { core: { lesson_status: 'passed', score: { raw: '100', min: '0', max: '100' } } },
      exit: '',
      sets: { 'cmi.core.lesson_status': ['incomplete', 'passed'] },
    },
    timestamps: null,
    // Attempt 1 of 3 failed: incomplete, with the score (failed would put the learner in review mode).
    failed: { cmi: { core: { lesson_status: 'incomplete', score: { raw: '62.5' } } }, poll: false },
    wrongResult: 'wrong',
    retrySets: { 'cmi.core.lesson_status': ['incomplete', 'passed'] },
    suspended: { cmi: { core: { lesson_status: 'incomplete', score: { raw: '' } } }, progress: null },
    finished: { core: { lesson_status: 'passed' } },
  },
  {
    version: '2004',
    title: 'SCORM 2004',
    el: { exit: 'cmi.exit', sessionTime: 'cmi.session_time', scoreRaw: 'cmi.score.raw' },
    sessionTime: /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/,
    // `[,]` typed by the learner would split the 2004 response into two: it is sent as ","
    typed: (q) => typedFillIn(q).replace('[,]', ','),
    passed: {
      cmi: {
        completion_status: 'completed',
        success_status: 'passed',
        progress_measure: '1',
        score: { raw: '100', min: '0', max: '100', scaled: '1' },
      },
      exit: 'normal',
      sets: { 'cmi.completion_status': ['incomplete', 'completed'], 'cmi.success_status': ['passed'] },
    },
    timestamps: /^cmi\.interactions\.\d+\.timestamp$/,
    failed: {
      cmi: { completion_status: 'incomplete', success_status: 'unknown', score: { raw: '62.5', scaled: '0.625' } },
      poll: true,
    },
    wrongResult: 'incorrect',
    retrySets: { 'cmi.success_status': ['passed'], 'cmi.completion_status': ['incomplete', 'completed'] },
    suspended: {
      cmi: { completion_status: 'incomplete', success_status: 'unknown', score: { raw: '' } },
      progress: 'progress_measure',
    },
    finished: { completion_status: 'completed', success_status: 'passed' },
  },
];

describe.each(VERSIONS)('$title in a Moodle-like LMS', (v) => {
  const file = useChromium('lesson', [v.version]);

  it('all slides and all answers right: passed, score 100, every interaction recorded exactly', async () => {
    const run = await session(file.browser, file.pkg(v.version), v.version, allRight);
    expect(run.cmi).toMatchObject(v.passed.cmi);
    expect(lastSet(run.record, v.el.exit)).toBe(v.passed.exit);
    for (const [element, values] of Object.entries(v.passed.sets))
      expect(setsOf(run.record, element), element).toEqual(values);
    if (v.timestamps !== null) {
      const timestamps = run.record.calls.filter((c) => v.timestamps!.test(c.args[0] ?? ''));
      expect(timestamps.map((c) => c.args[1])).toHaveLength(run.lesson.questions.length);
    }
    expect(interactionsOf(run.cmi, v.version)).toEqual(
      run.lesson.questions.map((q) => ({ ...expectedRight(q, v.version, v.typed(q)) })),
    );
    expect(lastSet(run.record, v.el.sessionTime)).toMatch(v.sessionTime);
    expect(strictViolations(v.version, run.record)).toEqual([]);
  });

  it('some answers wrong in attempt 1 of 3: the exact score, not failed yet; a retry with all right passes', async () => {
    const run = await session(file.browser, file.pkg(v.version), v.version, async (lms, lesson) => {
      const first = await walkThrough(lms.course, lesson, (q) => !WRONG.has(q.id));
      await expect.poll(() => lms.course.getByText('Je score: 62,5%').isVisible()).toBe(true);
      if (v.failed.poll) await expect.poll(() => lms.cmi(), { timeout: 5000 }).toMatchObject(v.failed.cmi);
      else expect(await lms.cmi()).toMatchObject(v.failed.cmi);
      await lms.course.getByRole('button', { name: 'Probeer de toets opnieuw' }).click();
      return [...first, ...(await walkThrough(lms.course, lesson, () => true))];
    });
    expect(gradedPoints(run.lesson)).toBe(16);
    expect(setsOf(run.record, v.el.scoreRaw)).toEqual(['62.5', '100']);
    for (const [element, values] of Object.entries(v.retrySets))
      expect(setsOf(run.record, element), element).toEqual(values);
    const results = interactionsOf(run.cmi, v.version).map((i) => `${i.id}:${i.result}`);
    const graded = run.lesson.questions.filter((q) => q.type !== 'open');
    expect(results).toEqual([
      'wat-weet-je-nog:neutral',
      ...graded.map((q) => `${q.id}:${WRONG.has(q.id) ? v.wrongResult : 'correct'}`),
      ...graded.map((q) => `${q.id}:correct`), // a new attempt asks every graded question again
    ]);
    expect(strictViolations(v.version, run.record)).toEqual([]);
  });

  it('leaving midway suspends; relaunched with the saved data the learner is on the same slide with the answers kept', async () => {
    let where = '';
    const first = await session(file.browser, file.pkg(v.version), v.version, async (lms, lesson) => {
      const answered = await partway(lms, lesson, 4);
      where = await slideCount(lms.course);
      return answered;
    });
    expect(lastSet(first.record, v.el.exit)).toBe('suspend');
    expect(first.cmi).toMatchObject(v.suspended.cmi);
    if (v.suspended.progress !== null) {
      expect(Number(first.cmi[v.suspended.progress])).toBeGreaterThan(0);
      expect(Number(first.cmi[v.suspended.progress])).toBeLessThan(1);
    }
    expect(strictViolations(v.version, first.record)).toEqual([]);

    const again = await session(
      file.browser,
      file.pkg(v.version),
      v.version,
      async (lms, lesson) => {
        expect(await slideCount(lms.course)).toBe(where);
        await next(lms.course, 'Vorige');
        const q = await questionOnScreen(lms.course, lesson);
        expect(q?.id).toBe(first.answered[3]!.id);
        await expect.poll(() => slideOnScreen(lms.course).getByRole('status').textContent()).toContain('Goed!');
        await next(lms.course);
        return walkThrough(lms.course, lesson, () => true);
      },
      returning(v.version, first),
    );
    expect(
      again.record.calls
        .filter((c) => c.fn === 'SetValue' && /^cmi\.interactions\.\d+\.id$/.test(c.args[0]!))
        .map((c) => c.args[0]),
    ).toEqual(again.answered.map((_, i) => `cmi.interactions.${i + 4}.id`));
    expect(again.cmi).toMatchObject(v.finished);
    expect(strictViolations(v.version, again.record)).toEqual([]);
  });
});
