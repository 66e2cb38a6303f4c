// One package, either API: the Dutch lesson's SCORM 2004 zip in an LMS that offers only the SCORM 1.2
// `window.API` (as Chamilo 1.11 does: docs/SCORM-FACTS.md "Other LMSes"), and the 1.2 zip in an LMS that
// offers only `API_1484_11`. Real Chromium, scorm-again as the LMS, driven like a learner; what the
// LMS holds must be in the LMS's version (vocabulary, limits, formats), and the strict checker is
// held to the LMS's version, not the package's.

import { describe, expect, it } from 'vitest';
import type { ScormVersion } from '../../src/shared/model.js';
import { useChromium } from './harness/chromium.js';
import { next, questionOnScreen, slideCount, slideOnScreen, walkThrough } from './learner.js';
import { expectedRight, interactionsOf } from './harness/expect-lms.js';
import { MOODLE_PREFIX } from './harness/lms.js';
import { WRONG, allRight, lastSet, partway, returning, session, setsOf, typedFillIn } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('lesson', ['1.2', '2004']);

/** What Chamilo 1.11 hands a returning learner: the saved data, but entry always "ab-initio". */
function chamilo(cmi: Record<string, unknown>): Record<string, unknown> {
  return { ...cmi, core: { ...(cmi.core as Record<string, unknown>), entry: 'ab-initio' } };
}

const manifestOf = (version: ScormVersion): string => String(file.pkg(version).get('imsmanifest.xml'));

/** The package's player files the browser asked for, in order. */
const playerFilesRequested = (requests: string[]): string[] =>
  requests
    .filter((path) => path.startsWith(`${MOODLE_PREFIX}player`) && path.endsWith('.js'))
    .map((path) => path.slice(MOODLE_PREFIX.length));

/** Every element the course set, without the interaction index: which vocabulary it spoke. */
const elementsSet = (calls: Array<{ fn: string; args: string[] }>): string[] =>
  [...new Set(calls.filter((c) => c.fn === 'SetValue').map((c) => c.args[0]!.replace(/\.\d+\./g, '.n.')))].sort();

describe('the SCORM 2004 zip in an LMS that offers only the SCORM 1.2 API', () => {
  it('is a SCORM 2004 package (the manifest says so)', () => {
    expect(manifestOf('2004')).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  });

  it('all slides and all answers right: passed, score 100, every interaction in 1.2 format', async () => {
    let notice = true;
    let requested: string[] = [];
    const run = await session(file.browser, file.pkg('2004'), '1.2', async (lms, lesson) => {
      notice = await lms.course.getByText(lesson.strings.standalone).isVisible();
      const answered = await allRight(lms, lesson);
      requested = playerFilesRequested(lms.served.requests);
      return answered;
    });
    expect(notice).toBe(false);
    // The 1.2 table is a package file of its own, loaded because only the 1.2 API is there.
    // ... and the timers' part once the walk reaches the slide with the lesson's timer.
    expect(requested).toEqual(['player.js', 'player-lms-scorm12.js', 'player-timer.js']);
    const core = run.cmi.core as Record<string, Record<string, string> & { lesson_status: string }>;
    expect(core.lesson_status).toBe('passed');
    expect(core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
    expect(setsOf(run.record, 'cmi.core.lesson_status')).toEqual(['incomplete', 'passed']);
    expect(lastSet(run.record, 'cmi.core.exit')).toBe('');
    expect(lastSet(run.record, 'cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    // 1.2 interactions: "t", "a,c", "1.a", "wrong", fill-in for the open question, no description.
    expect(interactionsOf(run.cmi, '1.2')).toEqual(
      run.lesson.questions.map((q) => expectedRight(q, '1.2', typedFillIn(q))),
    );
    expect(
      elementsSet(run.record.calls).filter((e) => !e.startsWith('cmi.core.') && !e.startsWith('cmi.interactions.n.')),
    ).toEqual(['cmi.suspend_data']);
    expect(elementsSet(run.record.calls)).not.toContain('cmi.interactions.n.description');
    expect(strictViolations('1.2', run.record)).toEqual([]);
  });

  it('some answers wrong in attempt 1 of 3: incomplete with the exact score, the wrong answers recorded as "wrong"', async () => {
    const run = await session(file.browser, file.pkg('2004'), '1.2', async (lms, lesson) => {
      const answered = await walkThrough(lms.course, lesson, (q) => !WRONG.has(q.id));
      await expect.poll(() => lms.course.getByText('Je score: 62,5%').isVisible()).toBe(true);
      return answered;
    });
    // Not failed while attempts are left: Chamilo (this path's LMS) stores nothing more after failed.
    expect(run.cmi.core).toMatchObject({ lesson_status: 'incomplete', score: { raw: '62.5' } });
    expect(setsOf(run.record, 'cmi.core.lesson_status')).not.toContain('failed');
    expect(setsOf(run.record, 'cmi.core.score.raw')).toEqual(['62.5']);
    const results = interactionsOf(run.cmi, '1.2').map((i) => `${i.id}:${i.result}`);
    expect(results).toEqual(
      run.lesson.questions.map(
        (q) => `${q.id}:${q.type === 'open' ? 'neutral' : WRONG.has(q.id) ? 'wrong' : 'correct'}`,
      ),
    );
    expect(strictViolations('1.2', run.record)).toEqual([]);
  });

  it('leaving midway suspends within the 1.2 limits; relaunched as Chamilo does (entry "ab-initio", the data handed back), the learner is on the same slide with the answer kept', async () => {
    let where = '';
    const pkg = file.pkg('2004');
    const first = await session(file.browser, pkg, '1.2', async (lms, lesson) => {
      const answered = await partway(lms, lesson, 4);
      where = await slideCount(lms.course);
      return answered;
    });
    expect(lastSet(first.record, 'cmi.core.exit')).toBe('suspend');
    expect(first.cmi.core).toMatchObject({ lesson_status: 'incomplete', score: { raw: '' } });
    expect(setsOf(first.record, 'cmi.suspend_data').every((s) => s.length > 0 && s.length <= 4096)).toBe(true);
    expect(setsOf(first.record, 'cmi.core.lesson_location').every((s) => s.length > 0 && s.length <= 255)).toBe(true);
    expect(strictViolations('1.2', first.record)).toEqual([]);

    const again = await session(
      file.browser,
      pkg,
      '1.2',
      async (lms, lesson) => {
        expect(await slideCount(lms.course)).toBe(where);
        await next(lms.course, 'Vorige');
        expect((await questionOnScreen(lms.course, lesson))?.id).toBe(first.answered[3]!.id);
        await expect.poll(() => slideOnScreen(lms.course).getByRole('status').textContent()).toContain('Goed!');
        return [];
      },
      chamilo(returning('1.2', first)),
    );
    // The four answers are in the LMS once: none is sent again.
    expect(
      again.record.calls.filter((c) => c.fn === 'SetValue' && /^cmi\.interactions\.\d+\.id$/.test(c.args[0]!)),
    ).toEqual([]);
    expect(strictViolations('1.2', again.record)).toEqual([]);
  });
});

describe('the SCORM 1.2 zip in an LMS that offers only the SCORM 2004 API', () => {
  it('all slides and all answers right: completed and passed, score 100, every interaction in 2004 format', async () => {
    expect(manifestOf('1.2')).toContain('<schemaversion>1.2</schemaversion>');
    let requested: string[] = [];
    const run = await session(file.browser, file.pkg('1.2'), '2004', async (lms, lesson) => {
      const answered = await allRight(lms, lesson);
      requested = playerFilesRequested(lms.served.requests);
      return answered;
    });
    expect(requested).toEqual(['player.js', 'player-lms-scorm2004.js', 'player-timer.js']);
    expect(run.cmi).toMatchObject({ completion_status: 'completed', success_status: 'passed', progress_measure: '1' });
    expect(run.cmi.score).toMatchObject({ raw: '100', min: '0', max: '100', scaled: '1' });
    expect(lastSet(run.record, 'cmi.exit')).toBe('normal');
    expect(lastSet(run.record, 'cmi.session_time')).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    // `[,]` typed by the learner would split the 2004 response into two: it is sent as ","
    expect(interactionsOf(run.cmi, '2004')).toEqual(
      run.lesson.questions.map((q) => expectedRight(q, '2004', typedFillIn(q).replace('[,]', ','))),
    );
    expect(strictViolations('2004', run.record)).toEqual([]);
  });
});
