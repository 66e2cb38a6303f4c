// The 200-slide, 100-question lesson of issue 3, built by the real pipeline into a SCORM 1.2
// package: the state a learner leaves after seeing every slide and answering every question fits the
// 1.2 limit of cmi.suspend_data (CMIString4096, RTE 3.4.4) and reads back whole. The player writes
// exactly encodeState(state, lesson, scorm12.limits.suspendData) (scorm-tracker.ts), so this checks
// what the LMS would receive without clicking through 200 slides in a browser.

import { describe, expect, it } from 'vitest';
import { scorm12 } from '../../src/runtime/lms/scorm12.js';
import { decodeState, encodeState } from '../../src/runtime/lms/suspend-codec.js';
import { grade } from '../../src/runtime/quiz/grade.js';
import { assertNever, type Question } from '../../src/shared/model.js';
import type { AnswerState, PlayerState, Response } from '../../src/shared/tracking.js';
import { writeBigLesson } from '../browser/harness/big-lesson.js';
import { lessonDataOf } from '../browser/harness/course.js';
import { packageFiles } from '../helpers/package.js';

/** A learner's response: the right one, or a wrong one of the same size. */
function response(q: Question, right: boolean): Response {
  switch (q.type) {
    case 'single':
      return q.choices.find((c) => c.correct === right)!.id;
    case 'multiple':
      return q.choices.filter((c) => c.correct === right).map((c) => c.id);
    case 'true-false':
      return q.answer === right;
    case 'order': {
      const ids = q.items.map((i) => i.id);
      return right ? ids : ids.reverse();
    }
    case 'match': {
      const targets = q.sources.map((s) => q.pairs[s.id]!);
      return q.sources.map((s, i): [string, string] => [
        s.id,
        right ? targets[i]! : targets[(i + 1) % targets.length]!,
      ]);
    }
    case 'fill-in':
      return right ? q.answers[q.answers.length - 1]! : 'weet ik niet';
    case 'numeric':
      return right ? `${q.max} ${q.unit}` : `${q.max + 1} ${q.unit}`;
    case 'open':
      return 'Klachten: objectief én subjectief';
    default:
      return assertNever(q);
  }
}

describe('the 200-slide SCORM 1.2 package', () => {
  it(
    'all slides visited and all 100 questions answered: suspend_data stays within 4096 and reads back',
    { timeout: 120_000 },
    async () => {
      const lesson = lessonDataOf(await packageFiles(await writeBigLesson(), '1.2'));
      expect(lesson.slides).toHaveLength(200);
      expect(lesson.questions).toHaveLength(100);
      const answers: Record<string, AnswerState> = {};
      for (const q of lesson.questions) {
        const r = response(q, q.points % 2 === 0);
        answers[q.id] = { r, ...grade(q, r), ms: 0 };
      }
      // Half right, half wrong, as the learner of the old browser walk answered.
      expect(Object.values(answers).filter((a) => a.ok === true)).toHaveLength(
        lesson.questions.filter((q) => q.points % 2 === 0).length,
      );
      const sum = (ns: number[]): number => ns.reduce((a, b) => a + b, 0);
      const score =
        Math.round(
          (10_000 * sum(Object.values(answers).map((a) => a.pts))) / sum(lesson.questions.map((q) => q.points)),
        ) / 100;
      const state: PlayerState = {
        slide: 199,
        visited: lesson.slides.map((_, i) => i),
        answers,
        attempt: 1,
        result: { score, passed: false },
        best: { score, passed: false, n: 1 },
        timers: {},
      };
      const text = encodeState(state, lesson, scorm12.limits.suspendData);
      expect(text.length).toBeLessThan(4096);
      expect(decodeState(text, lesson)).toEqual(state);
    },
  );
});
