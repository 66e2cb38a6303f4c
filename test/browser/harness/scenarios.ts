// The learner sessions both SCORM versions are tested with; each test file states what the LMS
// must hold afterwards in its own version's terms.

import type { Browser } from 'playwright-core';
import type { LessonData, Question, ScormVersion } from '../../../src/shared/model.js';
import { lessonDataOf } from '../../helpers/package.js';
import { answer, next, questionOnScreen, walkThrough } from '../learner.js';
import { moodleStart, openInLms, type LmsOptions, type LmsRecord, type LmsSession } from './lms.js';
import type { Files } from './serve.js';

export const OPEN_TEXT = 'Klachten: objectief én subjectief; 100% | [,] zeker';

/** The typed text of a right fill-in answer (course.ts types the last accepted answer in capitals). */
export const typedFillIn = (q: Question): string =>
  q.type === 'fill-in' ? q.answers[q.answers.length - 1]!.toUpperCase() : OPEN_TEXT;

export interface Finished {
  lesson: LessonData;
  record: LmsRecord;
  cmi: Record<string, unknown>;
  answered: Question[];
}

/** Opens the course in the LMS, lets `act` drive it, leaves the course and collects what the LMS holds. */
export async function session(
  browser: Browser,
  pkg: Files,
  version: ScormVersion,
  act: (lms: LmsSession, lesson: LessonData) => Promise<Question[]>,
  cmi: Record<string, unknown> = moodleStart(version),
  failCommits = 0,
  faults: Pick<LmsOptions, 'finalStatus'> = {},
): Promise<Finished> {
  const lesson = lessonDataOf(pkg);
  const lms = await openInLms(browser, pkg, { version, cmi, failCommits, ...faults });
  try {
    const answered = await act(lms, lesson);
    await lms.leave();
    return { lesson, record: await lms.record(), cmi: await lms.cmi(), answered };
  } finally {
    await lms.close();
  }
}

/** Questions of the Dutch lesson answered wrong in the "some wrong" runs: 6 of 16 points, so 10/16 = 62.5%,
 *  below the lesson's 70%. */
export const WRONG = new Set(['klacht-binnenkomen', 'volgorde-stappen', 'conflictaanjagers']);

/** Walks on from the current slide answering the first `count` questions right; returns them. */
export async function partway(lms: LmsSession, lesson: LessonData, count: number): Promise<Question[]> {
  const answered: Question[] = [];
  while (answered.length < count) {
    const q = await questionOnScreen(lms.course, lesson);
    if (q !== undefined) {
      answered.push(q);
      await answer(lms.course, q, true, lesson);
    }
    await next(lms.course);
  }
  return answered;
}

export const allRight = (lms: LmsSession, lesson: LessonData): Promise<Question[]> =>
  walkThrough(lms.course, lesson, () => true);

/** The values the course set, in order, for one element. */
export function setsOf(record: LmsRecord, element: string): string[] {
  return record.calls.filter((c) => c.fn === 'SetValue' && c.args[0] === element).map((c) => c.args[1] ?? '');
}

export function lastSet(record: LmsRecord, element: string): string | undefined {
  return setsOf(record, element).at(-1);
}

/** What Moodle hands a returning learner: the stored data, entry "resume" only after exit "suspend". */
export function returning(version: ScormVersion, before: Finished, mode = 'normal'): Record<string, unknown> {
  const start = moodleStart(version) as Record<string, Record<string, unknown>>;
  const exit = lastSet(before.record, version === '1.2' ? 'cmi.core.exit' : 'cmi.exit');
  const entry = exit === 'suspend' ? 'resume' : '';
  const held = before.cmi as Record<string, Record<string, unknown>>;
  if (version === '1.2') {
    const core = held.core!;
    return {
      ...start,
      suspend_data: held.suspend_data,
      interactions: held.interactions,
      core: {
        ...start.core,
        lesson_location: core.lesson_location,
        lesson_status: core.lesson_status,
        score: core.score,
        entry,
        lesson_mode: mode,
        credit: mode === 'normal' ? 'credit' : 'no-credit',
      },
    };
  }
  return {
    ...start,
    entry,
    mode,
    credit: mode === 'normal' ? 'credit' : 'no-credit',
    location: held.location,
    suspend_data: held.suspend_data,
    completion_status: held.completion_status,
    success_status: held.success_status,
    score: held.score,
    progress_measure: held.progress_measure,
    interactions: held.interactions,
  };
}
