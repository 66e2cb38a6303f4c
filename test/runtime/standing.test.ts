// What the LMS is told of a finished attempt: failed only when no attempt is left, so an LMS that
// treats failed as final (Moodle's review mode, Chamilo storing nothing more) never locks a learner
// out of the attempts the lesson still gives them.

import { describe, expect, it } from 'vitest';
import { finished, standingOf } from '../../src/runtime/lms/standing.js';
import type { LessonData } from '../../src/shared/model.js';
import { initialState, type PlayerState } from '../../src/shared/tracking.js';
import { lessonData, questionsOfEveryType } from './lms-data.js';

const base = lessonData(questionsOfEveryType());
const allSeen = base.slides.map((_, i) => i);

function after(attempt: number, score: number, lesson: Partial<LessonData>): ReturnType<typeof standingOf> {
  const data = { ...base, ...lesson };
  const result = { score, passed: score >= data.passingScore };
  const state: PlayerState = { ...initialState(), visited: allSeen, attempt, result, best: { ...result, n: attempt } };
  return standingOf(data, state, 'unknown');
}

describe('the standing after a finished attempt', () => {
  it.each([
    // attempts, attempt, score: success, completed (completion: quiz)
    [3, 1, 40, 'unknown', false],
    [3, 2, 40, 'unknown', false],
    [3, 3, 40, 'failed', true],
    [1, 1, 40, 'failed', true],
    [0, 7, 40, 'unknown', false],
    [3, 1, 80, 'passed', true],
    [0, 1, 80, 'passed', true],
  ] as const)(
    'attempts %i, attempt %i finished at %i%%: %s, completed %s',
    (attempts, attempt, score, success, completed) => {
      const standing = after(attempt, score, { attempts, completion: 'quiz' });
      expect([standing.success, standing.completed]).toEqual([success, completed]);
      expect(standing.progress === 1).toBe(completed);
    },
  );

  it('slides-and-quiz and slides: a failed attempt with attempts left keeps a quiz lesson incomplete, a slides lesson complete', () => {
    expect(after(1, 40, { attempts: 3, completion: 'slides-and-quiz' }).completed).toBe(false);
    expect(after(1, 40, { attempts: 3, completion: 'slides' })).toMatchObject({ completed: true, success: 'unknown' });
  });

  it('a retry under way after the last-but-one attempt is not failed yet', () => {
    const data = { ...base, attempts: 2, completion: 'quiz' as const };
    const state: PlayerState = {
      ...initialState(),
      visited: allSeen,
      attempt: 2,
      result: null,
      best: { score: 40, passed: false, n: 1 },
    };
    expect(standingOf(data, state, 'unknown').success).toBe('unknown');
    expect(finished(data, state, standingOf(data, state, 'unknown'))).toBe(false);
  });
});
