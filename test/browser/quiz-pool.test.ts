// A question pool as learners meet it in real Chromium, in both SCORM versions
// (test/fixtures/quiz-pool: a welcome slide, a quiz slide with `::quiz draw 3` over six true/false
// questions, the result slide and a closing slide: 7 slides shown of the 10 built).

import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import type { LessonData, ScormVersion } from '../../src/shared/model.js';
import { moodleStart } from '../../src/shared/lms-start.js';
import { SCORM } from '../../src/shared/scorm.js';
import { useChromium } from './harness/chromium.js';
import { questionOnScreen, slideCount, walkThrough } from './harness/course.js';
import { lastSet, returning, session } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('test/fixtures/quiz-pool', ['1.2', '2004']);
const POOL = ['kip', 'handen', 'plank', 'koelkast', 'ontdooien', 'rauw'];

/** Pressing `label` until it is disabled: per slide the counter and the question on it (or '-'). */
async function walk(frame: Frame, lesson: LessonData, label: string): Promise<Array<[string, string]>> {
  const seen: Array<[string, string]> = [];
  for (;;) {
    seen.push([await slideCount(frame), (await questionOnScreen(frame, lesson))?.id ?? '-']);
    const button = frame.getByRole('button', { name: label, exact: true });
    if (await button.isDisabled()) return seen;
    await button.click();
  }
}

describe.each(['1.2', '2004'] as const)('SCORM %s: ::quiz draw 3', (version: ScormVersion) => {
  it('shows 3 of the 6 questions, counts only the shown slides, scores over the 3, and shows the same 3 on resume', async () => {
    const start = moodleStart(version, 50, { id: 'eva-7', name: 'Leerling eva-7' });
    let forward: Array<[string, string]> = [];
    const first = await session(
      file.browser,
      file.pkg(version),
      version,
      async (lms, lesson) => {
        forward = await walk(lms.course, lesson, 'Volgende');
        return [];
      },
      start,
    );
    const drawn = forward.map(([, id]) => id).filter((id) => id !== '-');
    expect(drawn).toHaveLength(3);
    expect(drawn.every((id) => POOL.includes(id))).toBe(true);
    expect(forward.map(([count]) => count)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `Dia ${n} van 7`));
    expect(strictViolations(version, first.record)).toEqual([]);

    const back = await session(
      file.browser,
      file.pkg(version),
      version,
      async (lms, lesson) => {
        // The resumed draw is the same: the menu lists the 7 shown slides, walking back meets the same 3.
        await lms.course.getByRole('button', { name: lesson.strings.menu }).click();
        expect(await lms.course.locator('#sd-menu [data-goto]:visible').count()).toBe(7);
        await lms.course.getByRole('button', { name: lesson.strings.closeMenu }).click();
        const backward = await walk(lms.course, lesson, 'Vorige');
        expect(
          backward
            .map(([, id]) => id)
            .filter((id) => id !== '-')
            .reverse(),
        ).toEqual(drawn);
        // From the first slide, answer the drawn three: the first wrong, the other two right.
        return walkThrough(lms.course, lesson, (q) => q.id !== drawn[0]);
      },
      returning(version, first),
    );
    expect(back.answered.map((q) => q.id)).toEqual(drawn);
    expect(lastSet(back.record, SCORM[version].el.scoreRaw)).toBe('66.67');
    expect(strictViolations(version, back.record)).toEqual([]);
  });
});
