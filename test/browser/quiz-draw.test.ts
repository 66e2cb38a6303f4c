// Shuffled options and second tries as learners meet them in real Chromium, in both SCORM versions
// (test/fixtures/quiz-draw: `kleur`, a single question with `shuffle: true` and six options, the
// third one right; `temperatuur`, a multiple question with `tries: 2`).

import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { cmiPath, moodleStart, setPath, type Cmi } from '../../src/shared/lms-start.js';
import { SCORM } from '../../src/shared/scorm.js';
import type { ScormVersion } from '../../src/shared/model.js';
import { useChromium } from './harness/chromium.js';
import { checkOnScreen, next, slideOnScreen } from './harness/course.js';
import { returning, session, type Finished } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('test/fixtures/quiz-draw', ['1.2', '2004']);
const AUTHORED = ['Groen', 'Blauw', 'Rood', 'Geel', 'Wit', 'Bruin'];

const learner = (version: ScormVersion, id: string): Record<string, unknown> =>
  moodleStart(version, 50, { id, name: `Leerling ${id}` });

/** The options of the question on screen, top to bottom, as the learner reads them. */
async function optionsOnScreen(course: Frame): Promise<string[]> {
  return (await slideOnScreen(course).locator('label.sd-choice').allTextContents()).map((t) => t.trim());
}

/** Interactions the LMS holds: [id, response, result], as scorm-again renders cmi. */
function interactions(version: ScormVersion, run: Finished): Array<[string, string, string]> {
  const held = (run.cmi.interactions ?? {}) as Record<string, Record<string, unknown>>;
  const responseKey = version === '1.2' ? 'student_response' : 'learner_response';
  return Object.keys(held)
    .filter((k) => /^\d+$/.test(k))
    .map((k) => [String(held[k]!.id), String(held[k]![responseKey]), String(held[k]!.result)]);
}

describe.each(['1.2', '2004'] as const)('SCORM %s: shuffled options and second tries', (version) => {
  it('shows each learner the options in an order of their own, the same again on resume, with the authored ids in the LMS', async () => {
    const orders: Record<string, string[]> = {};
    const first = await session(
      file.browser,
      file.pkg(version),
      version,
      async (lms) => {
        await next(lms.course);
        orders.eva = await optionsOnScreen(lms.course);
        return [];
      },
      learner(version, 'eva-7'),
    );
    await session(
      file.browser,
      file.pkg(version),
      version,
      async (lms) => {
        await next(lms.course);
        orders.sam = await optionsOnScreen(lms.course);
        return [];
      },
      learner(version, 'sam-8'),
    );
    expect([...orders.eva!].sort()).toEqual([...AUTHORED].sort());
    expect([...orders.sam!].sort()).toEqual([...AUTHORED].sort());
    expect(orders.eva).not.toEqual(orders.sam);
    expect([orders.eva, orders.sam]).not.toContainEqual(AUTHORED);

    const back = await session(
      file.browser,
      file.pkg(version),
      version,
      async (lms) => {
        expect(await optionsOnScreen(lms.course)).toEqual(orders.eva);
        await slideOnScreen(lms.course).getByLabel('Rood', { exact: true }).check();
        expect(await checkOnScreen(lms.course)).toContain('Goed');
        return [];
      },
      comeBack(version, first, 'eva-7'),
    );
    // "Rood" is the third option the author wrote: `c`, wherever the learner saw it.
    expect(interactions(version, back)).toEqual([['kleur', 'c', 'correct']]);
    expect(strictViolations(version, back.record)).toEqual([]);
  });

  it('lets a wrong answer be changed and checked again; only the final one reaches the LMS, and tries survive a resume', async () => {
    const wrongFirst = await session(
      file.browser,
      file.pkg(version),
      version,
      async (lms) => {
        await next(lms.course);
        await slideOnScreen(lms.course).getByLabel('Rood', { exact: true }).check();
        await checkOnScreen(lms.course);
        await next(lms.course);
        const slide = slideOnScreen(lms.course);
        await slide.getByLabel('12 graden', { exact: true }).check();
        expect(await checkOnScreen(lms.course)).toBe('Niet goed. Probeer het nog eens: nog 1 kans.');
        // Still open: the learner changes the answer.
        expect(await slide.getByLabel('12 graden', { exact: true }).isEnabled()).toBe(true);
        return [];
      },
      learner(version, 'eva-7'),
    );
    expect(interactions(version, wrongFirst).map(([id]) => id)).toEqual(['kleur']);

    const second = await session(
      file.browser,
      file.pkg(version),
      version,
      async (lms) => {
        const slide = slideOnScreen(lms.course);
        expect(((await slide.getByRole('status').textContent()) ?? '').trim()).toBe(
          'Niet goed. Probeer het nog eens: nog 1 kans.',
        );
        await slide.getByLabel('12 graden', { exact: true }).uncheck();
        await slide.getByLabel('2 graden', { exact: true }).check();
        await slide.getByLabel('4 graden', { exact: true }).check();
        expect(await checkOnScreen(lms.course)).toContain('Goed');
        expect(await slide.getByLabel('2 graden', { exact: true }).isEnabled()).toBe(false);
        return [];
      },
      comeBack(version, wrongFirst, 'eva-7'),
    );
    const held = interactions(version, second);
    expect(held.filter(([id]) => id === 'temperatuur')).toEqual([
      ['temperatuur', version === '1.2' ? 'a,b' : 'a[,]b', 'correct'],
    ]);
    expect(strictViolations(version, second.record)).toEqual([]);
  });

  it('makes the last try final: a second wrong answer is locked, with its feedback, and reported once', async () => {
    const run = await session(
      file.browser,
      file.pkg(version),
      version,
      async (lms) => {
        await next(lms.course);
        await next(lms.course);
        const slide = slideOnScreen(lms.course);
        await slide.getByLabel('12 graden', { exact: true }).check();
        await checkOnScreen(lms.course);
        await slide.getByLabel('2 graden', { exact: true }).check();
        expect(await checkOnScreen(lms.course)).toContain('Kijk nog eens naar de koelkast.');
        expect(await slide.getByLabel('2 graden', { exact: true }).isEnabled()).toBe(false);
        return [];
      },
      learner(version, 'eva-7'),
    );
    expect(interactions(version, run)).toEqual([
      ['temperatuur', version === '1.2' ? 'a,c' : 'a[,]c', version === '1.2' ? 'wrong' : 'incorrect'],
    ]);
  });
});

/** What Moodle hands this learner on coming back: the stored data, and their own id. */
function comeBack(version: ScormVersion, before: Finished, id: string): Record<string, unknown> {
  const cmi = returning(version, before) as Cmi;
  setPath(cmi, cmiPath(SCORM[version].el.learnerId), id);
  return cmi;
}
