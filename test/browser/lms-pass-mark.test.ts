// The LMS's own pass mark (SCORM 1.2 cmi.student_data.mastery_score, SCORM 2004
// cmi.scaled_passing_score, RTE 4.2.19) decides passed/failed instead of the lesson's 70%: the same
// answers pass in an LMS whose admin set 60% and fail where the manifest's 70% holds. The result
// slide names the pass mark in force, and the LMS records the same outcome the learner sees.
// A two-question fixture gives the same 62.5% the Dutch lesson's "some wrong" walk gives
// (scorm12.test.ts, scorm2004.test.ts), in 3 slides instead of 30.

import { describe, expect, it } from 'vitest';
import type { ScormVersion } from '../../src/shared/model.js';
import { useChromium } from './harness/chromium.js';
import { walkThrough } from './harness/course.js';
import { moodleStart } from './harness/lms.js';
import { lastSet, session } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('test/fixtures/short-quiz', ['1.2', '2004']);

/** 5 of 8 points: 62.5%. */
const WRONG = new Set(['drie-punten']);

interface Seen {
  passMark: boolean;
  outcome: string;
  lmsOutcome: string | undefined;
  violations: string[];
}

/** One learner, the same answers every time, in an LMS that hands the course `cmi`. */
async function takeQuiz(version: ScormVersion, cmi: Record<string, unknown>, passText: string): Promise<Seen> {
  let passMark = false;
  let outcome = '';
  const run = await session(
    file.browser,
    file.pkg(version),
    version,
    async (lms, lesson) => {
      const answered = await walkThrough(lms.course, lesson, (q) => !WRONG.has(q.id));
      await expect.poll(() => lms.course.getByText('Je score: 62,5%').isVisible()).toBe(true);
      passMark = await lms.course.getByText(passText, { exact: true }).isVisible();
      outcome = ((await lms.course.locator('.sd-outcome').textContent()) ?? '').trim();
      return answered;
    },
    cmi,
  );
  const element = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status';
  return {
    passMark,
    outcome,
    lmsOutcome: lastSet(run.record, element),
    violations: strictViolations(version, run.record),
  };
}

describe.each(['1.2', '2004'] as const)('SCORM %s: the LMS pass mark', (version) => {
  it("62.5% passes where the LMS sets 60%, and fails at the manifest's 70%", async () => {
    expect(await takeQuiz(version, moodleStart(version, 60), 'Nodig om te slagen: 60%')).toEqual({
      passMark: true,
      outcome: 'Geslaagd',
      lmsOutcome: 'passed',
      violations: [],
    });
    expect(await takeQuiz(version, moodleStart(version, 70), 'Nodig om te slagen: 70%')).toEqual({
      passMark: true,
      outcome: 'Niet geslaagd',
      lmsOutcome: 'failed',
      violations: [],
    });
  });
});

describe('SCORM 1.2: an LMS without a mastery score', () => {
  it("leaves the lesson's own pass mark (70%) in force", async () => {
    const { student_data: _none, ...cmi } = moodleStart('1.2', 60);
    expect(await takeQuiz('1.2', cmi, 'Nodig om te slagen: 70%')).toEqual({
      passMark: true,
      outcome: 'Niet geslaagd',
      lmsOutcome: 'failed',
      violations: [],
    });
  });
});
