// A failed attempt with attempts left does not lock the lesson, in an LMS that treats "failed" (and
// "completed") as final, as Chamilo 1.11 does (it stores nothing more for the item) and as Moodle's
// review mode does in effect. The lesson (update-v1) allows 3 attempts: a learner who fails the first
// and leaves comes back on the result slide, retries and passes, and the LMS holds "passed"; one who
// fails all three leaves "failed" in the LMS.

import { describe, expect, it } from 'vitest';
import type { ScormVersion } from '../../src/shared/model.js';
import { packageFiles } from '../helpers/package.js';
import { useChromium } from './harness/chromium.js';
import { walkThrough } from './learner.js';
import type { LmsSession } from './harness/lms.js';
import { returning, session, setsOf, type Finished } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium();
const CHAMILO = { finalStatus: true };

const status = (version: ScormVersion, run: Finished): Record<string, unknown> => {
  const cmi = run.cmi as Record<string, Record<string, unknown>>;
  return version === '1.2'
    ? { status: cmi.core!.lesson_status, raw: (cmi.core!.score as Record<string, unknown>).raw }
    : {
        completion: cmi.completion_status,
        success: cmi.success_status,
        raw: (cmi.score as Record<string, unknown>).raw,
      };
};

async function retry(lms: LmsSession): Promise<void> {
  await lms.course.getByRole('button', { name: 'Probeer de toets opnieuw' }).click();
}

describe.each(['1.2', '2004'] as const)('SCORM %s: failed attempts in an LMS that keeps "failed" final', (version) => {
  it('attempt 1 failed and left: incomplete with the score; back on the result slide, a retry passes', async () => {
    const pkg = await packageFiles('test/fixtures/update-v1', version);
    const first = await session(
      file.browser,
      pkg,
      version,
      async (lms, lesson) => {
        const answered = await walkThrough(lms.course, lesson, () => false);
        await expect.poll(() => lms.course.getByText('Je score: 0%').count()).toBe(1);
        return answered;
      },
      undefined,
      0,
      CHAMILO,
    );
    expect(status(version, first)).toEqual(
      version === '1.2'
        ? { status: 'incomplete', raw: '0' }
        : { completion: 'incomplete', success: 'unknown', raw: '0' },
    );
    const outcome = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status';
    expect(setsOf(first.record, outcome)).not.toContain('failed');
    expect(strictViolations(version, first.record)).toEqual([]);

    const second = await session(
      file.browser,
      pkg,
      version,
      async (lms, lesson) => {
        // The bookmark went with the status: the learner is back on the result slide, a retry offered.
        await expect.poll(() => lms.course.getByRole('heading', { name: 'Je resultaat' }).isVisible()).toBe(true);
        await retry(lms);
        const answered = await walkThrough(lms.course, lesson, () => true);
        await expect.poll(() => lms.course.getByText('Je score: 100%').count()).toBe(1);
        return answered;
      },
      returning(version, first),
      0,
      CHAMILO,
    );
    expect(status(version, second)).toEqual(
      version === '1.2' ? { status: 'passed', raw: '100' } : { completion: 'completed', success: 'passed', raw: '100' },
    );
    expect(strictViolations(version, second.record, { hadScore: true })).toEqual([]);
  });

  it('all three attempts failed: the LMS holds failed after the last', async () => {
    const pkg = await packageFiles('test/fixtures/update-v1', version);
    const run = await session(
      file.browser,
      pkg,
      version,
      async (lms, lesson) => {
        const answered = await walkThrough(lms.course, lesson, () => false);
        for (let attempt = 2; attempt <= 3; attempt++) {
          await retry(lms);
          answered.push(...(await walkThrough(lms.course, lesson, () => false)));
        }
        await expect.poll(() => lms.course.getByRole('button', { name: 'Probeer de toets opnieuw' }).count()).toBe(0);
        return answered;
      },
      undefined,
      0,
      CHAMILO,
    );
    expect(status(version, run)).toEqual(
      version === '1.2' ? { status: 'failed', raw: '0' } : { completion: 'completed', success: 'failed', raw: '0' },
    );
    expect(strictViolations(version, run.record)).toEqual([]);
  });
});
