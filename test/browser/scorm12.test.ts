// The Dutch lesson as a SCORM 1.2 package in real Chromium, framed by an LMS page whose API is
// scorm-again configured like Moodle. Driven like a learner; every value goes through the strict checker.

import { describe, expect, it } from 'vitest';
import { useChromium } from './harness/chromium.js';
import { next, questionOnScreen, slideCount, slideOnScreen, walkThrough } from './harness/course.js';
import { expectedRight, gradedPoints, interactionsOf } from './harness/expect-lms.js';
import { WRONG, allRight, lastSet, partway, returning, session, setsOf, typedFillIn } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('lesson', ['1.2']);

describe('SCORM 1.2 in a Moodle-like LMS', () => {
  it('all slides and all answers right: passed, score 100, every interaction recorded exactly', async () => {
    const run = await session(file.browser, file.pkg('1.2'), '1.2', allRight);
    const core = run.cmi.core as Record<string, Record<string, string> & { lesson_status: string }>;
    expect(core.lesson_status).toBe('passed');
    expect(core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
    expect(lastSet(run.record, 'cmi.core.exit')).toBe('');
    expect(setsOf(run.record, 'cmi.core.lesson_status')).toEqual(['incomplete', 'passed']);
    expect(interactionsOf(run.cmi, '1.2')).toEqual(
      run.lesson.questions.map((q) => ({ ...expectedRight(q, '1.2', typedFillIn(q)) })),
    );
    expect(lastSet(run.record, 'cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(strictViolations('1.2', run.record)).toEqual([]);
  });

  it('some answers wrong: the exact score and failed; a retry with all right passes', async () => {
    const run = await session(file.browser, file.pkg('1.2'), '1.2', async (lms, lesson) => {
      const first = await walkThrough(lms.course, lesson, (q) => !WRONG.has(q.id));
      await expect.poll(() => lms.course.getByText('Je score: 62,5%').isVisible()).toBe(true);
      expect(await lms.cmi()).toMatchObject({ core: { lesson_status: 'failed', score: { raw: '62.5' } } });
      await lms.course.getByRole('button', { name: 'Probeer de toets opnieuw' }).click();
      return [...first, ...(await walkThrough(lms.course, lesson, () => true))];
    });
    expect(gradedPoints(run.lesson)).toBe(16);
    expect(setsOf(run.record, 'cmi.core.score.raw')).toEqual(['62.5', '100']);
    expect(setsOf(run.record, 'cmi.core.lesson_status')).toEqual(['incomplete', 'failed', 'passed']);
    const results = interactionsOf(run.cmi, '1.2').map((i) => `${i.id}:${i.result}`);
    const graded = run.lesson.questions.filter((q) => q.type !== 'open');
    expect(results).toEqual([
      'wat-weet-je-nog:neutral',
      ...graded.map((q) => `${q.id}:${WRONG.has(q.id) ? 'wrong' : 'correct'}`),
      ...graded.map((q) => `${q.id}:correct`), // a new attempt asks every graded question again
    ]);
    expect(strictViolations('1.2', run.record)).toEqual([]);
  });

  it('leaving midway suspends; relaunched with the saved data the learner is on the same slide with the answers kept', async () => {
    let where = '';
    const first = await session(file.browser, file.pkg('1.2'), '1.2', async (lms, lesson) => {
      const answered = await partway(lms, lesson, 4);
      where = await slideCount(lms.course);
      return answered;
    });
    expect(lastSet(first.record, 'cmi.core.exit')).toBe('suspend');
    expect((first.cmi.core as Record<string, string>).lesson_status).toBe('incomplete');
    expect(first.cmi.core).toMatchObject({ score: { raw: '' } });
    expect(strictViolations('1.2', first.record)).toEqual([]);

    const again = await session(
      file.browser,
      file.pkg('1.2'),
      '1.2',
      async (lms, lesson) => {
        expect(await slideCount(lms.course)).toBe(where);
        await next(lms.course, 'Vorige');
        const q = await questionOnScreen(lms.course, lesson);
        expect(q?.id).toBe(first.answered[3]!.id);
        await expect.poll(() => slideOnScreen(lms.course).getByRole('status').textContent()).toContain('Goed!');
        await next(lms.course);
        return walkThrough(lms.course, lesson, () => true);
      },
      returning('1.2', first),
    );
    expect(
      again.record.calls
        .filter((c) => c.fn === 'SetValue' && /^cmi\.interactions\.\d+\.id$/.test(c.args[0]!))
        .map((c) => c.args[0]),
    ).toEqual(again.answered.map((_, i) => `cmi.interactions.${i + 4}.id`));
    expect((again.cmi.core as Record<string, string>).lesson_status).toBe('passed');
    expect(strictViolations('1.2', again.record)).toEqual([]);
  });
});
