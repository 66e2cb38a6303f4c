// Question ids that are names of Object.prototype members ("constructor" is natural in a building
// course, and every one of these is a valid id) work like any other: unanswered until answered,
// graded, scored, cleared by a retry and carried through suspend_data (issue 12).

import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/runtime/lms/suspend-codec.js';
import { standingOf } from '../../src/runtime/lms/standing.js';
import { grade } from '../../src/runtime/quiz/grade.js';
import { attemptPoints, attemptResult, retryState, unanswered } from '../../src/runtime/quiz/score.js';
import type { Question } from '../../src/shared/model.js';
import { initialState, own, type AnswerState, type PlayerState, type Response } from '../../src/shared/tracking.js';
import { lessonData, questionsOfEveryType } from './lms-data.js';

const BUILT_IN = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
];

/** One question of every type (open last), named by the built-in names in turn. */
const questions: Question[] = questionsOfEveryType().map((q, i) => ({ ...q, id: BUILT_IN[i]! }));
const lesson = lessonData(questions);
const graded = BUILT_IN.slice(0, 6);

/** The right response to each graded question, and a typed one to the open question. */
const RIGHT: Record<string, Response> = {
  constructor: 'a',
  toString: ['a', 'c'],
  hasOwnProperty: true,
  valueOf: ['a', 'b', 'c', 'd', 'e'],
  isPrototypeOf: [
    ['1', 'a'],
    ['2', 'b'],
  ] as Array<[string, string]>,
  propertyIsEnumerable: 'het CRM',
  toLocaleString: 'Een fundering; een gevel | 100%',
};

function answered(ids: string[]): Record<string, AnswerState> {
  const answers: Record<string, AnswerState> = {};
  for (const q of questions.filter((x) => ids.includes(x.id)))
    answers[q.id] = { r: RIGHT[q.id]!, ...grade(q, RIGHT[q.id]!), ms: 0 };
  return answers;
}

const everyAnswer = (): PlayerState => {
  const state = { ...initialState(), visited: lesson.slides.map((_, i) => i), answers: answered(BUILT_IN) };
  return { ...state, result: attemptResult(questions, state.answers, 70) };
};

describe('question ids that are names of Object.prototype members', () => {
  it('are unanswered in a fresh state, so the quiz waits for every one of them', () => {
    const fresh = initialState();
    expect(BUILT_IN.map((id) => own(fresh.answers, id))).toEqual(BUILT_IN.map(() => undefined));
    expect(unanswered(questions, fresh.answers).map((q) => q.id)).toEqual(graded);
    expect(attemptResult(questions, fresh.answers, 70)).toBeNull();
    expect(attemptPoints(questions, fresh.answers)).toEqual({ earned: 0, total: 6 });
    expect(standingOf({ ...lesson, completion: 'quiz' }, fresh, 'unknown').progress).toBe(0);
  });

  it('are graded and scored once answered, one by one', () => {
    const half = answered(['constructor', 'toString', 'hasOwnProperty']);
    expect(unanswered(questions, half).map((q) => q.id)).toEqual(['valueOf', 'isPrototypeOf', 'propertyIsEnumerable']);
    expect(attemptResult(questions, half, 70)).toBeNull();
    expect(attemptPoints(questions, half)).toEqual({ earned: 3, total: 6 });
    const all = answered(BUILT_IN);
    expect(Object.values(all).map((a) => a.ok)).toEqual([true, true, true, true, true, true, null]);
    expect(attemptResult(questions, all, 70)).toEqual({ score: 100, passed: true });
  });

  it('are cleared by a retry, except the open answer, which stays with the learner', () => {
    const state = everyAnswer();
    const next = retryState(questions, { ...state, tried: { valueOf: 1 } });
    expect(Object.keys(next.answers)).toEqual(['toLocaleString']);
    expect(unanswered(questions, next.answers).map((q) => q.id)).toEqual(graded);
    expect(own(next.tried, 'valueOf')).toBeUndefined();
    expect(next.attempt).toBe(2);
  });

  it('go through suspend_data and come back with their answers and tries', () => {
    const state: PlayerState = { ...everyAnswer(), slide: 3, seed: 77 };
    const back = decodeState(encodeState(state, lesson), lesson);
    expect(back?.answers).toEqual(state.answers);
    expect(back?.result).toEqual({ score: 100, passed: true });
    expect(back?.slide).toBe(3);

    const trying: PlayerState = { ...initialState(), tried: { constructor: 1, toString: 2 } };
    const tries = lesson.questions.map((q) => ({ ...q, tries: 3 }));
    const triesLesson = { ...lesson, questions: tries };
    expect(decodeState(encodeState(trying, triesLesson), triesLesson)?.tried).toEqual({ constructor: 1, toString: 2 });
  });

  it('are absent from a state saved before any answer, and from one read back from nothing', () => {
    const fresh = decodeState(encodeState(initialState(), lesson), lesson)!;
    expect(Object.keys(fresh.answers)).toEqual([]);
    expect(encodeState(fresh, lesson).split('|')[5]).toBe('');
    expect(fresh.result).toBeNull();
  });
});
