// A returning learner whose saved data in the LMS was tampered with: the player gets
// cmi.suspend_data and the bookmark back from the LMS (scorm-again loadFromJSON, entry "resume") and
// must trust none of it. Typed answers that look like HTML come back as text in their fields, never
// as elements; tampered data (fuzzed, a handful of cases: each is a Chromium session) never gives a
// page error, and the learner can still move through the lesson and answer a question.

import fc from 'fast-check';
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeState } from '../../src/runtime/lms/suspend-codec.js';
import type { LessonData, ScormVersion } from '../../src/shared/model.js';
import { initialState, type PlayerState } from '../../src/shared/tracking.js';
import { SEED } from '../fuzz/fuzz-lessons.js';
import { stateArb, tamper, tamperArb } from '../fuzz/player-states.js';
import { useChromium } from './harness/chromium.js';
import { lessonDataOf } from '../helpers/package.js';
import { answer, questionOnScreen, slideCount, slideOnScreen, submitLabel } from './learner.js';
import { launch, type Launched } from './harness/launches.js';
import { moodleStart } from './harness/lms.js';
import { strictViolations } from './harness/strict-checker.js';

const IMG = '<img src=x onerror="window.__pwned=1">';
const BOLD = '<b id="pwned">vet</b>';

const file = useChromium('test/fixtures/player-all-types', ['1.2', '2004']);

/** What Moodle hands a learner who left with exit "suspend", with this suspend data and bookmark. */
function resumeWith(version: ScormVersion, suspendData: string, location: string): Record<string, unknown> {
  const start = moodleStart(version) as Record<string, Record<string, unknown>>;
  return version === '1.2'
    ? { ...start, suspend_data: suspendData, core: { ...start.core, entry: 'resume', lesson_location: location } }
    : { ...start, entry: 'resume', suspend_data: suspendData, location };
}

function slideOf(lesson: LessonData, questionId: string): number {
  const q = lesson.questions.find((x) => x.id === questionId)!;
  return lesson.slides.findIndex((s) => s.title === q.promptText);
}

/** Elements made from the saved text, or the script in it having run. */
async function injected(course: Frame): Promise<{ images: number; bold: number; ran: boolean }> {
  return course.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    bold: document.querySelectorAll('#pwned').length,
    ran: (window as unknown as { __pwned?: number }).__pwned !== undefined,
  }));
}

/** The learner goes on to the end, then back to the start, until a question with a Check button is
 *  on screen, answers it and gets feedback: the lesson is usable. */
async function answerSomeQuestion(course: Frame, lesson: LessonData): Promise<string> {
  let forward = true;
  for (let step = 0; step <= 2 * lesson.slides.length; step++) {
    const q = await questionOnScreen(course, lesson);
    const check = slideOnScreen(course).getByRole('button', {
      name: q === undefined ? lesson.strings.check : submitLabel(q, lesson),
    });
    if (q !== undefined && (await check.count()) > 0 && (await check.isEnabled()))
      return answer(course, q, true, lesson);
    const nextButton = course.getByRole('button', { name: lesson.strings.next, exact: true });
    if (forward && (await nextButton.isDisabled())) forward = false;
    await (forward ? nextButton : course.getByRole('button', { name: lesson.strings.previous, exact: true })).click();
  }
  throw new Error('no question to answer');
}

async function counter(lms: Launched): Promise<{ at: number; of: number }> {
  // "Dia {n} van {total}": the two numbers, whatever the words around them.
  const [at = NaN, of = NaN] = ((await slideCount(lms.course)).match(/\d+/g) ?? []).map(Number);
  return { at, of };
}

describe('resume from tampered suspend data (real Chromium, scorm-again)', () => {
  it('typed answers holding HTML come back as text in their fields, never as elements', async () => {
    const pkg = file.pkg('1.2');
    const lesson = lessonDataOf(pkg);
    const at = slideOf(lesson, 'systeem');
    const state: PlayerState = {
      ...initialState(),
      slide: at,
      visited: [...Array(at + 1).keys()],
      answers: { systeem: { r: IMG, ok: false, pts: 0, ms: 900 }, terugblik: { r: BOLD, ok: null, pts: 0, ms: 900 } },
    };
    const lms = await launch(
      file.browser,
      pkg,
      { version: '1.2', cmi: resumeWith('1.2', encodeState(state, lesson, 4096), '') },
      'frame',
    );
    try {
      expect((await questionOnScreen(lms.course, lesson))?.id).toBe('systeem');
      expect(await slideOnScreen(lms.course).getByLabel(lesson.strings.yourAnswer).inputValue()).toBe(IMG);
      while ((await questionOnScreen(lms.course, lesson))?.id !== 'terugblik') {
        await lms.course.getByRole('button', { name: lesson.strings.previous, exact: true }).click();
      }
      expect(await slideOnScreen(lms.course).getByLabel(lesson.strings.yourAnswer).inputValue()).toBe(BOLD);
      expect(await injected(lms.course)).toEqual({ images: 0, bold: 0, ran: false });
      expect(await answerSomeQuestion(lms.course, lesson)).not.toBe('');
      expect(await lms.errors()).toEqual([]);
    } finally {
      await lms.close();
    }
  });

  // Each case: a valid saved state of this lesson, tampered once or twice, and a bookmark that may be
  // junk; both SCORM versions in turn.
  const cases = fc
    .sample(
      fc.record({
        seedState: fc.nat(),
        tampers: fc.array(tamperArb, { minLength: 1, maxLength: 2 }),
        location: fc.constantFrom('', '0', '5', '999', '-1', '<script>window.__pwned=1</script>', 'zzz', '3.5'),
      }),
      { numRuns: 6, seed: SEED },
    )
    .map((c, i) => ({ ...c, version: i % 2 === 0 ? ('1.2' as const) : ('2004' as const) }));

  it.each(cases.map((c, i) => [i + 1, c] as const))(
    'tampered case %i: no page error, a slide in range, the lesson usable',
    async (_n, c) => {
      const pkg = file.pkg(c.version);
      const lesson = lessonDataOf(pkg);
      const [a, b] = fc.sample(stateArb(lesson), { numRuns: 2, seed: c.seedState });
      // One question left unanswered, so there is always one to answer; the fill-in holds HTML.
      const { hoofdstad: _left, ...answers } = a!.answers;
      const withHtml: PlayerState = { ...a!, answers: { ...answers, systeem: { r: IMG, ok: false, pts: 0, ms: 1 } } };
      const text = c.tampers.reduce((t, m) => tamper(t, m, encodeState(b!, lesson)), encodeState(withHtml, lesson));
      const lms = await launch(
        file.browser,
        pkg,
        { version: c.version, cmi: resumeWith(c.version, text, c.location) },
        'frame',
      );
      try {
        const { at, of } = await counter(lms);
        expect(of).toBe(lesson.slides.length);
        expect(at >= 1 && at <= of).toBe(true);
        expect(await answerSomeQuestion(lms.course, lesson)).not.toBe('');
        expect(await injected(lms.course)).toEqual({ images: 0, bold: 0, ran: false });
        expect(await lms.errors()).toEqual([]);
        // Nothing of the tampered data reaches the LMS in a form Moodle would refuse.
        expect(strictViolations(c.version, await lms.record())).toEqual([]);
      } finally {
        await lms.close();
      }
    },
  );
});
