// Question ids and slide names that are names of Object.prototype members (test/fixtures/builtin-ids:
// `constructor`, `toString`, `hasOwnProperty`, `valueOf`, `isPrototypeOf`, `propertyIsEnumerable`,
// `toLocaleString`), answered by a learner in real Chromium in both SCORM versions: every question
// opens unanswered and can be answered, the quiz finishes, and the LMS gets one interaction per
// question under its id, and the score (issue 12).

import { describe, expect, it } from 'vitest';
import { useChromium } from './harness/chromium.js';
import { slideOnScreen } from './harness/course.js';
import { expectedRight, interactionsOf } from './harness/expect-lms.js';
import { allRight, lastSet, session, typedFillIn } from './harness/scenarios.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('test/fixtures/builtin-ids', ['1.2', '2004']);

const BUILT_IN = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
];

describe.each(['1.2', '2004'] as const)('SCORM %s: ids that are names of built-in object members', (version) => {
  it('every question can be answered, the quiz finishes and the LMS gets each interaction and the score', async () => {
    let result: string[] = [];
    const run = await session(file.browser, file.pkg(version), version, async (lms, lesson) => {
      const answered = await allRight(lms, lesson);
      result = (await slideOnScreen(lms.course).locator('.sd-score').allTextContents()).map((t) => t.trim());
      return answered;
    });
    // In lesson order: toString and valueOf sit on their own named slides before the quiz.
    expect(run.answered.map((q) => q.id).sort()).toEqual([...BUILT_IN].sort());
    expect(result).toEqual(['Je score: 100% (6 van 6 punten)']);
    const typed = (id: string): string => {
      const text = typedFillIn(run.lesson.questions.find((q) => q.id === id)!);
      return version === '2004' ? text.replace('[,]', ',') : text;
    };
    const held = interactionsOf(run.cmi, version);
    expect(held.map((i) => i.id)).toEqual(run.answered.map((q) => q.id));
    expect(held.filter((i) => i.id !== 'toLocaleString')).toEqual(
      run.answered.filter((q) => q.type !== 'open').map((q) => expectedRight(q, version, typed(q.id))),
    );
    expect(lastSet(run.record, version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBe('100');
    expect(lastSet(run.record, version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('passed');
    expect(strictViolations(version, run.record)).toEqual([]);
  });
});
