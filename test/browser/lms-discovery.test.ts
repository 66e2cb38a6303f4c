// Finding the LMS's API the ways LMSes launch a SCO (SCORM 1.2 RTE 3.3.6.1, 2004 RTE 3.1.2.1):
// in a popup (window.opener), framed two levels deep (up the parent chain), with a frame from
// another origin in between (the search steps past it), and from another origin than the LMS
// (no API reachable: standalone, no crash); the same for a package in an LMS that offers only the
// other version's API. And an LMS whose Initialize answers "false": the learner still gets a
// working lesson and is told the results are not sent.

import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import type { LessonData, ScormVersion } from '../../src/shared/model.js';
import { useChromium } from './harness/chromium.js';
import { answer, lessonDataOf, next, questionOnScreen, slideCount } from './harness/course.js';
import { launch, type Launched, type Layout } from './harness/launches.js';
import { moodleStart, type LmsRecord } from './harness/lms.js';
import { strictViolations } from './harness/strict-checker.js';

const file = useChromium('lesson', ['1.2', '2004']);

const LOCATION: Record<ScormVersion, string> = { '1.2': 'cmi.core.lesson_location', '2004': 'cmi.location' };

/** What the learner and the LMS saw in a short session: two slides on, then leave. */
interface Outcome {
  standaloneNotice: boolean;
  counter: string;
  fns: string[];
  bookmark: string | undefined;
  errors: string[];
}

async function twoSlidesOn(lms: Launched, lesson: LessonData): Promise<Pick<Outcome, 'standaloneNotice' | 'counter'>> {
  await next(lms.course);
  await next(lms.course);
  return {
    standaloneNotice: await lms.course.getByText(lesson.strings.standalone).isVisible(),
    counter: await slideCount(lms.course),
  };
}

const terminated = async (lms: Launched): Promise<LmsRecord> => {
  await expect.poll(async () => (await lms.record()).calls.at(-1)?.fn).toBe('Terminate');
  return lms.record();
};

/** A `version` package launched by an LMS offering the `lmsVersion` API only. */
async function run(
  version: ScormVersion,
  layout: Layout,
  lmsVersion = version,
): Promise<{ outcome: Outcome; record: LmsRecord }> {
  const pkg = file.pkg(version);
  const lesson = lessonDataOf(pkg);
  const lms = await launch(file.browser, pkg, { version: lmsVersion, cmi: moodleStart(lmsVersion) }, layout);
  try {
    const seen = await twoSlidesOn(lms, lesson);
    const errorsBefore = await lms.errors();
    await lms.leave();
    const record = layout === 'cross-origin-course' ? await lms.record() : await terminated(lms);
    const fns = [...new Set(record.calls.map((c) => c.fn))];
    const bookmark = record.calls.filter((c) => c.fn === 'SetValue' && c.args[0] === LOCATION[lmsVersion]).at(-1)
      ?.args[1];
    return { outcome: { ...seen, fns, bookmark, errors: [...errorsBefore, ...(await lms.errors())] }, record };
  } finally {
    await lms.close();
  }
}

describe.each(['1.2', '2004'] as const)('SCORM %s: finding the LMS', (version) => {
  const found: Omit<Outcome, 'counter' | 'bookmark'> = {
    standaloneNotice: false,
    fns: ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'],
    errors: [],
  };

  it.each(['popup', 'nested', 'cross-origin-between'] as const)(
    '%s: the course finds the API and reports to it',
    async (layout) => {
      const { outcome, record } = await run(version, layout);
      const { slides } = lessonDataOf(file.pkg(version));
      // The bookmark names the third slide by its key (it survives a new build of the lesson).
      expect(outcome).toEqual({ ...found, counter: `Dia 3 van ${slides.length}`, bookmark: slides[2]!.k });
      expect(strictViolations(version, record)).toEqual([]);
    },
  );

  it('cross-origin-course: no API reachable, the course runs standalone without an uncaught error', async () => {
    const { outcome } = await run(version, 'cross-origin-course');
    expect(outcome).toEqual({
      standaloneNotice: true,
      counter: `Dia 3 van ${lessonDataOf(file.pkg(version)).slides.length}`,
      fns: [],
      bookmark: undefined,
      errors: [],
    });
  });
});

// A package in an LMS offering only the other version's API (Chamilo 1.11 gives a 2004 zip only the
// 1.2 API): found the same ways, and spoken to in the LMS's version.
describe.each([
  ['2004', '1.2'],
  ['1.2', '2004'],
] as const)('a SCORM %s package in an LMS offering only the SCORM %s API', (version, lmsVersion) => {
  it.each(['popup', 'nested', 'cross-origin-between'] as const)(
    '%s: the course finds that API and reports to it',
    async (layout) => {
      const { outcome, record } = await run(version, layout, lmsVersion);
      const { slides } = lessonDataOf(file.pkg(version));
      expect(outcome).toEqual({
        standaloneNotice: false,
        counter: `Dia 3 van ${slides.length}`,
        fns: ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'],
        bookmark: slides[2]!.k,
        errors: [],
      });
      expect(strictViolations(lmsVersion, record)).toEqual([]);
    },
  );
});

/** Goes to the first question and answers it; returns the feedback the learner reads. */
async function answerFirstQuestion(course: Frame, lesson: LessonData): Promise<string> {
  let q = await questionOnScreen(course, lesson);
  while (q === undefined) {
    await next(course);
    q = await questionOnScreen(course, lesson);
  }
  return answer(course, q, true, lesson);
}

describe.each([
  ['1.2', 'API', '101'],
  ['2004', 'API_1484_11', '102'],
] as const)('SCORM %s: an LMS whose Initialize answers "false"', (version, apiName, code) => {
  it('the lesson still works, says results are not sent, and the LMS gets no further calls', async () => {
    const pkg = file.pkg(version);
    const lesson = lessonDataOf(pkg);
    const lms = await launch(file.browser, pkg, { version, cmi: moodleStart(version), failInitialize: true }, 'frame');
    try {
      await expect.poll(() => lms.course.getByText(lesson.strings.standalone).isVisible()).toBe(true);
      expect(await answerFirstQuestion(lms.course, lesson)).toBe(lesson.strings.recorded);
      await lms.leave();
      expect((await lms.record()).calls).toEqual([{ fn: 'Initialize', args: [''], result: 'false', error: code }]);
      expect(lms.consoleErrors).toEqual([`${apiName}: Initialize failed`]);
      expect(await lms.errors()).toEqual([]);
    } finally {
      await lms.close();
    }
  });
});
