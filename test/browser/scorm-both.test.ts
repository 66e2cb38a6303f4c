// What must hold the same way in both SCORM versions, in a Moodle-like LMS (scorm-again): review
// mode changes nothing, and a failing LMS never loses the learner's work. Neither depends on the
// lesson's length, so a two-question lesson is walked, not the Dutch lesson's 30 slides.
// Each version's own element names and statuses: scorm12.test.ts, scorm2004.test.ts.

import { describe, expect, it } from 'vitest';
import type { ScormVersion } from '../../src/shared/model.js';
import { useChromium } from './harness/chromium.js';
import { allRight, partway, returning, session } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('test/fixtures/short-quiz', ['1.2', '2004']);

/** What scorm-again answers when a commit fails: 1.2 has no commit error of its own (101, general
 *  exception); 2004 has 391, general commit failure (RTE 3.1.7.6). */
const VERSIONS: Array<{ version: ScormVersion; commitError: string; commitLog: RegExp }> = [
  { version: '1.2', commitError: '101', commitLog: /General Exception|101|commit/i },
  { version: '2004', commitError: '391', commitLog: /General Commit Failure|391|commit/i },
];

describe.each(VERSIONS)('SCORM $version', ({ version, commitError, commitLog }) => {
  it('review mode shows the recorded answers and writes nothing', async () => {
    const pkg = file.pkg(version);
    const done = await session(file.browser, pkg, version, allRight);
    const review = await session(
      file.browser,
      pkg,
      version,
      async (lms) => {
        await expect.poll(() => lms.course.getByText('Terugkijkmodus', { exact: false }).isVisible()).toBe(true);
        await expect.poll(() => lms.course.getByText('Je score: 100%').count()).toBe(1);
        return [];
      },
      returning(version, done, 'review'),
    );
    expect(review.record.calls.map((c) => c.fn).filter((fn) => fn !== 'GetValue')).toEqual(['Initialize', 'Terminate']);
    expect(strictViolations(version, review.record, { hadScore: true })).toEqual([]);
  });

  it('an LMS whose commits fail: "not saved yet" is shown, retried with backoff, then saved', async () => {
    const pkg = file.pkg(version);
    const run = await session(
      file.browser,
      pkg,
      version,
      async (lms, lesson) => {
        const q = await partway(lms, lesson, 1);
        const status = lms.course.getByRole('status').filter({ hasText: 'Nog niet opgeslagen' });
        await expect.poll(() => status.count()).toBe(1);
        await expect.poll(() => status.count(), { timeout: 20_000 }).toBe(0);
        return q;
      },
      undefined,
      3,
    );
    expect(run.record.commits.map((c) => c.ok).slice(0, 4)).toEqual([false, false, false, true]);
    expect(run.record.commits.filter((c) => c.ok).at(-1)?.cmi).toMatchObject({
      interactions: { 0: { id: 'vijf-punten' } },
    });
    expect(strictViolations(version, run.record, { expectedErrors: [commitError], expectedLogs: commitLog })).toEqual(
      [],
    );
  });
});
