// The Dutch lesson as a SCORM 2004 4th Edition package in real Chromium, framed by an LMS page whose API is
// scorm-again configured like Moodle. Driven like a learner; every value goes through the strict checker.

import { describe, expect, it } from 'vitest';
import { useChromium } from './harness/chromium.js';
import { next, questionOnScreen, slideCount, slideOnScreen, walkThrough } from './harness/course.js';
import { expectedRight, gradedPoints, interactionsOf } from './harness/expect-lms.js';
import { WRONG, allRight, lastSet, partway, returning, session, setsOf, typedFillIn } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('lesson', ['2004']);

describe('SCORM 2004 in a Moodle-like LMS', () => {
  it('all slides and all answers right: passed, score 100, every interaction recorded exactly', async () => {
    const run = await session(file.browser, file.pkg('2004'), '2004', allRight);
    expect(run.cmi).toMatchObject({ completion_status: 'completed', success_status: 'passed', progress_measure: '1' });
    expect(run.cmi.score).toMatchObject({ raw: '100', min: '0', max: '100', scaled: '1' });
    expect(lastSet(run.record, 'cmi.exit')).toBe('normal');
    expect(setsOf(run.record, 'cmi.completion_status')).toEqual(['incomplete', 'completed']);
    expect(setsOf(run.record, 'cmi.success_status')).toEqual(['passed']);
    const timestamps = run.record.calls.filter((c) => /^cmi\.interactions\.\d+\.timestamp$/.test(c.args[0] ?? ''));
    expect(timestamps.map((c) => c.args[1])).toHaveLength(run.lesson.questions.length);
    expect(interactionsOf(run.cmi, '2004')).toEqual(
      // `[,]` typed by the learner would split the 2004 response into two: it is sent as ","
      run.lesson.questions.map((q) => ({ ...expectedRight(q, '2004', typedFillIn(q).replace('[,]', ',')) })),
    );
    expect(lastSet(run.record, 'cmi.session_time')).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    expect(strictViolations('2004', run.record)).toEqual([]);
  });

  it('some answers wrong: the exact score and failed; a retry with all right passes', async () => {
    const run = await session(file.browser, file.pkg('2004'), '2004', async (lms, lesson) => {
      const first = await walkThrough(lms.course, lesson, (q) => !WRONG.has(q.id));
      await expect.poll(() => lms.course.getByText('Je score: 62,5%').isVisible()).toBe(true);
      // The result slide's visit completes the slides half; its save is throttled, so wait for it.
      await expect
        .poll(() => lms.cmi(), { timeout: 5000 })
        .toMatchObject({
          completion_status: 'completed',
          success_status: 'failed',
          score: { raw: '62.5', scaled: '0.625' },
        });
      await lms.course.getByRole('button', { name: 'Probeer de toets opnieuw' }).click();
      return [...first, ...(await walkThrough(lms.course, lesson, () => true))];
    });
    expect(gradedPoints(run.lesson)).toBe(16);
    expect(setsOf(run.record, 'cmi.score.raw')).toEqual(['62.5', '100']);
    expect(setsOf(run.record, 'cmi.success_status')).toEqual(['failed', 'passed']);
    expect(setsOf(run.record, 'cmi.completion_status')).toEqual(['incomplete', 'completed']);
    const results = interactionsOf(run.cmi, '2004').map((i) => `${i.id}:${i.result}`);
    const graded = run.lesson.questions.filter((q) => q.type !== 'open');
    expect(results).toEqual([
      'wat-weet-je-nog:neutral',
      ...graded.map((q) => `${q.id}:${WRONG.has(q.id) ? 'incorrect' : 'correct'}`),
      ...graded.map((q) => `${q.id}:correct`), // a new attempt asks every graded question again
    ]);
    expect(strictViolations('2004', run.record)).toEqual([]);
  });

  it('leaving midway suspends; relaunched with the saved data the learner is on the same slide with the answers kept', async () => {
    let where = '';
    const first = await session(file.browser, file.pkg('2004'), '2004', async (lms, lesson) => {
      const answered = await partway(lms, lesson, 4);
      where = await slideCount(lms.course);
      return answered;
    });
    expect(lastSet(first.record, 'cmi.exit')).toBe('suspend');
    expect(first.cmi).toMatchObject({ completion_status: 'incomplete', success_status: 'unknown', score: { raw: '' } });
    expect(Number(first.cmi.progress_measure)).toBeGreaterThan(0);
    expect(Number(first.cmi.progress_measure)).toBeLessThan(1);
    expect(strictViolations('2004', first.record)).toEqual([]);

    const again = await session(
      file.browser,
      file.pkg('2004'),
      '2004',
      async (lms, lesson) => {
        expect(await slideCount(lms.course)).toBe(where);
        await next(lms.course, 'Vorige');
        const q = await questionOnScreen(lms.course, lesson);
        expect(q?.id).toBe(first.answered[3]!.id);
        await expect.poll(() => slideOnScreen(lms.course).getByRole('status').textContent()).toContain('Goed!');
        await next(lms.course);
        return walkThrough(lms.course, lesson, () => true);
      },
      returning('2004', first),
    );
    expect(
      again.record.calls
        .filter((c) => c.fn === 'SetValue' && /^cmi\.interactions\.\d+\.id$/.test(c.args[0]!))
        .map((c) => c.args[0]),
    ).toEqual(again.answered.map((_, i) => `cmi.interactions.${i + 4}.id`));
    expect(again.cmi).toMatchObject({ completion_status: 'completed', success_status: 'passed' });
    expect(strictViolations('2004', again.record)).toEqual([]);
  });
});
