// A teacher updates the lesson mid-term: build 2 (test/fixtures/update-v2) inserts a slide near the
// start, fixes a typo in an option of a question not yet answered and adds a question. A learner who
// left build 1 on its third question comes back to build 2 in a Moodle-like LMS (scorm-again), in
// both SCORM versions: on the same question, the two answers kept, nothing sent twice; the same when
// the LMS says "ab-initio" but hands the data back (Chamilo 1.11, docs/SCORM-FACTS.md). Build 3
// (test/fixtures/update-v3) edits the two questions the learner answered: a typo fixed in the chosen
// option of one, the options of the other reordered and its answer key fixed: both answers stay, the
// second graded again and sent to the LMS once more with its new result. And a worse retry leaves the
// best score in the LMS.

import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import type { ScormVersion } from '../../src/shared/model.js';
import { packageFiles } from '../helpers/package.js';
import { useChromium } from './harness/chromium.js';
import { questionOnScreen, slideCount, slideOnScreen, walkThrough } from './learner.js';
import { interactionsOf } from './harness/expect-lms.js';
import { partway, returning, session, type Finished } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium();

/** What Chamilo 1.11 hands back: the saved data, with entry "ab-initio" all the same. */
function abInitio(version: ScormVersion, before: Finished): Record<string, unknown> {
  const cmi = returning(version, before) as Record<string, Record<string, unknown>>;
  return version === '1.2' ? { ...cmi, core: { ...cmi.core, entry: 'ab-initio' } } : { ...cmi, entry: 'ab-initio' };
}

const ids = (run: Finished, version: ScormVersion): string[] => interactionsOf(run.cmi, version).map((i) => i.id);

/** Build 1: the first two questions answered right, left on the third. */
async function leftMidQuiz(version: ScormVersion): Promise<Finished> {
  return session(file.browser, await packageFiles('test/fixtures/update-v1', version), version, async (lms, lesson) => {
    const answered = await partway(lms, lesson, 2);
    expect((await questionOnScreen(lms.course, lesson))?.id).toBe('zelf-registreren');
    return answered;
  });
}

async function retryButton(course: Frame): Promise<void> {
  await course.getByRole('button', { name: 'Probeer de toets opnieuw' }).click();
}

describe.each(['1.2', '2004'] as const)('SCORM %s: an updated lesson', (version) => {
  it('resumes build 2 on the same question with the earlier answers kept and no interaction sent twice', async () => {
    const first = await leftMidQuiz(version);
    expect(ids(first, version)).toEqual(['soort', 'kanalen']);
    const v2 = await packageFiles('test/fixtures/update-v2', version);
    const second = await session(
      file.browser,
      v2,
      version,
      async (lms, lesson) => {
        expect((await questionOnScreen(lms.course, lesson))?.id).toBe('zelf-registreren');
        // Build 2 has a slide more before the quiz and a question more: the same question is now 7 of 10.
        expect(await slideCount(lms.course)).toBe('Dia 7 van 10');
        // Only the questions not answered before are open; the result waits for the new one too.
        return walkThrough(lms.course, lesson, () => true);
      },
      returning(version, first),
    );
    expect(second.answered.map((q) => q.id)).toEqual(['zelf-registreren', 'systeem', 'terugkoppelen']);
    expect(ids(second, version)).toEqual(['soort', 'kanalen', 'zelf-registreren', 'systeem', 'terugkoppelen']);
    expect(strictViolations(version, second.record)).toEqual([]);
  });

  it('resumes too when the LMS says ab-initio but hands the data back', async () => {
    const first = await leftMidQuiz(version);
    const v2 = await packageFiles('test/fixtures/update-v2', version);
    const second = await session(
      file.browser,
      v2,
      version,
      async (lms, lesson) => {
        expect((await questionOnScreen(lms.course, lesson))?.id).toBe('zelf-registreren');
        await lms.course.getByRole('button', { name: 'Vorige', exact: true }).click();
        // The answer given in build 1, shown as checked: its options locked, its feedback on screen.
        expect((await questionOnScreen(lms.course, lesson))?.id).toBe('kanalen');
        await expect.poll(() => slideOnScreen(lms.course).getByRole('status').textContent()).toContain('Goed!');
        expect(await slideOnScreen(lms.course).getByLabel('Telefonisch', { exact: true }).isDisabled()).toBe(true);
        expect(await slideOnScreen(lms.course).getByLabel('Telefonisch', { exact: true }).isChecked()).toBe(true);
        return [];
      },
      abInitio(version, first),
    );
    expect(ids(second, version)).toEqual(['soort', 'kanalen']);
    expect(strictViolations(version, second.record)).toEqual([]);
  });

  it('keeps the answers through a typo fix, reordered options and a fixed answer key, graded again', async () => {
    const first = await leftMidQuiz(version);
    expect(interactionsOf(first.cmi, version).map((i) => [i.id, i.result])).toEqual([
      ['soort', 'correct'],
      ['kanalen', 'correct'],
    ]);
    const v3 = await packageFiles('test/fixtures/update-v3', version);
    const second = await session(
      file.browser,
      v3,
      version,
      async (lms, lesson) => {
        expect((await questionOnScreen(lms.course, lesson))?.id).toBe('zelf-registreren');
        const back = lms.course.getByRole('button', { name: 'Vorige', exact: true });
        await back.click();
        // The learner's two options, now second and third, still checked; "Via de CAO" is right too now.
        expect((await questionOnScreen(lms.course, lesson))?.id).toBe('kanalen');
        const slide = slideOnScreen(lms.course);
        await expect.poll(() => slide.getByRole('status').textContent()).toContain('Niet goed.');
        for (const [label, checked] of [
          ['Via de CAO', false],
          ['Telefonisch', true],
          ['Per e-mail', true],
        ] as const) {
          expect(await slide.getByLabel(label, { exact: true }).isChecked(), label).toBe(checked);
          expect(await slide.getByLabel(label, { exact: true }).isDisabled(), label).toBe(true);
        }
        await back.click();
        // The chosen option with its typo fixed: still the learner's answer, still right.
        expect((await questionOnScreen(lms.course, lesson))?.id).toBe('soort');
        await expect.poll(() => slideOnScreen(lms.course).getByRole('status').textContent()).toContain('Goed!');
        const fixed = slideOnScreen(lms.course).getByLabel('Objectieve én subjectieve klachten', { exact: true });
        expect(await fixed.isChecked()).toBe(true);
        return [];
      },
      returning(version, first),
    );
    // "kanalen" once more, with its new result; "soort" not again.
    expect(interactionsOf(second.cmi, version).map((i) => [i.id, i.result])).toEqual([
      ['soort', 'correct'],
      ['kanalen', 'correct'],
      ['kanalen', version === '1.2' ? 'wrong' : 'incorrect'],
    ]);
    expect(strictViolations(version, second.record)).toEqual([]);
  });

  it('a worse retry leaves the best score in the LMS, also after resuming', async () => {
    const raw =
      version === '1.2'
        ? (cmi: Record<string, unknown>) => (cmi.core as { score: { raw: string } }).score.raw
        : (cmi: Record<string, unknown>) => (cmi.score as { raw: string }).raw;
    const pkg = await packageFiles('test/fixtures/update-v1', version);
    const run = await session(file.browser, pkg, version, async (lms, lesson) => {
      // Attempt 1: only "soort" right, 2 of 11 points; attempt 2: nothing right.
      await walkThrough(lms.course, lesson, (q) => q.id === 'soort');
      await expect.poll(() => lms.course.getByText('Je score: 18,18%').count()).toBe(1);
      await retryButton(lms.course);
      await walkThrough(lms.course, lesson, () => false);
      await expect.poll(() => lms.course.getByText('Je score: 0%').count()).toBe(1);
      await expect.poll(() => lms.course.getByText('Je beste poging telt: poging 1, 18,18%.').count()).toBe(1);
      return [];
    });
    expect(raw(run.cmi)).toBe('18.18');
    expect(strictViolations(version, run.record)).toEqual([]);
    const again = await session(
      file.browser,
      pkg,
      version,
      async (lms) => {
        await expect.poll(() => lms.course.getByText('Je beste poging telt: poging 1, 18,18%.').count()).toBe(1);
        return [];
      },
      returning(version, run),
    );
    expect(raw(again.cmi)).toBe('18.18');
    expect(strictViolations(version, again.record, { hadScore: true })).toEqual([]);
  });
});
