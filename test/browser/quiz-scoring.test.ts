// Partial credit and numeric questions as a learner meets them in real Chromium, in both SCORM
// versions (test/fixtures/quiz-scoring: `kanalen`, a 2-point multiple question with three right
// options of four under `scoring: partial`; `temperatuur`, numeric, 75 +- 2 graden).

import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import type { ScormVersion } from '../../src/shared/model.js';
import { useChromium } from './harness/chromium.js';
import { checkOnScreen as check, next, slideOnScreen } from './learner.js';
import { lastSet, session, type Finished } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('test/fixtures/quiz-scoring', ['1.2', '2004']);

/** Interactions the LMS holds, as scorm-again renders cmi: id, type, response, result and patterns. */
function interactions(version: ScormVersion, run: Finished): Array<Record<string, unknown>> {
  const held = (run.cmi.interactions ?? {}) as Record<string, Record<string, unknown>>;
  const responseKey = version === '1.2' ? 'student_response' : 'learner_response';
  return Object.keys(held)
    .filter((k) => /^\d+$/.test(k))
    .map((k) => {
      const i = held[k]!;
      const responses = (i.correct_responses ?? {}) as Record<string, { pattern: string }>;
      const patterns = Object.keys(responses)
        .filter((n) => /^\d+$/.test(n))
        .map((n) => responses[n]!.pattern);
      return { id: i.id, type: i.type, response: i[responseKey], result: i.result, patterns };
    });
}

const text = async (course: Frame, selector: string): Promise<string[]> =>
  (await slideOnScreen(course).locator(selector).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

describe.each(['1.2', '2004'] as const)('SCORM %s: partial credit and a numeric answer', (version) => {
  it('2 of 3 right earns 1,33 of 2 points; "75,0 graden" is right; the LMS gets the exact score and numeric interaction', async () => {
    let table: string[] = [];
    let score: string[] = [];
    let marks: Array<string | null> = [];
    const run = await session(file.browser, file.pkg(version), version, async (lms) => {
      const course = lms.course;
      await next(course);
      const multiple = slideOnScreen(course);
      await multiple.getByLabel('Telefonisch').check();
      await multiple.getByLabel('Per e-mail').check();
      expect(await check(course)).toBe('Gedeeltelijk goed.');
      await next(course);
      const numeric = slideOnScreen(course);
      const field = numeric.getByLabel('Jouw antwoord');
      expect(await field.getAttribute('inputmode')).toBe('decimal');
      expect((await numeric.locator('.sd-unit').textContent())?.trim()).toBe('graden');
      await field.fill('vijfenzeventig');
      expect(await check(course)).toBe('Kies of typ eerst een antwoord.');
      await field.fill(' 75,0 graden ');
      expect(await check(course)).toBe('Goed!');
      await next(course);
      score = await text(course, '.sd-score');
      table = await text(course, '.sd-answers tbody td:last-child');
      marks = await slideOnScreen(course)
        .locator('.sd-answers')
        .getByRole('img')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      return [];
    });
    expect(score).toEqual(['Je score: 77,67% (2,33 van 3 punten)']);
    // Partly right is marked as such, not as wrong (a red ✗): its own mark, named for screen readers.
    expect(table).toEqual(['◐ 1,33/2', '✓ 1/1']);
    expect(marks).toEqual(['Gedeeltelijk goed.', 'Goed!']);
    const raw = version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw';
    expect(lastSet(run.record, raw)).toBe('77.67');
    expect(interactions(version, run)).toEqual(
      version === '1.2'
        ? [
            { id: 'kanalen', type: 'choice', response: 'a,b', result: 'wrong', patterns: ['a,b,c'] },
            // 1.2 numeric is one CMIDecimal (RTE 3.4.4.5): the answer, not the range.
            { id: 'temperatuur', type: 'numeric', response: '75.0', result: 'correct', patterns: ['75'] },
          ]
        : [
            { id: 'kanalen', type: 'choice', response: 'a[,]b', result: 'incorrect', patterns: ['a[,]b[,]c'] },
            { id: 'temperatuur', type: 'numeric', response: '75.0', result: 'correct', patterns: ['73[:]77'] },
          ],
    );
    expect(strictViolations(version, run.record)).toEqual([]);
  });
});
