// Grading and scoring as a learner meets them: what each type of answer is worth, the score on the
// result slide, when the attempt is finished, and what a retry clears.

import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/shared/model.js';
import type { AnswerState, PlayerState } from '../../src/shared/tracking.js';
import { grade, isEmpty } from '../../src/runtime/quiz/grade.js';
import {
  attemptPoints,
  attemptResult,
  attemptsLeft,
  canRetry,
  retryState,
  roundScore,
  solutionsShown,
  unanswered,
} from '../../src/runtime/quiz/score.js';

const fb = { correct: '', incorrect: '' };
const base = { promptHtml: 'p', promptText: 'p', feedback: fb };
const single: Question = {
  ...base,
  type: 'single',
  id: 'single',
  points: 1,
  choices: [
    { id: 'a', html: 'Rotterdam', correct: false },
    { id: 'b', html: 'Amsterdam', correct: true },
  ],
};
const multiple: Question = {
  ...base,
  type: 'multiple',
  id: 'multiple',
  points: 1,
  choices: [
    { id: 'a', html: 'Rood', correct: true },
    { id: 'b', html: 'Groen', correct: false },
    { id: 'c', html: 'Blauw', correct: true },
  ],
};
const trueFalse: Question = { ...base, type: 'true-false', id: 'tf', points: 1, answer: false };
const order: Question = {
  ...base,
  type: 'order',
  id: 'order',
  points: 1,
  items: [
    { id: 'a', html: 'Aannemen' },
    { id: 'b', html: 'Uitleggen' },
    { id: 'c', html: 'Registreren' },
  ],
  shown: ['c', 'a', 'b'],
};
const match: Question = {
  ...base,
  type: 'match',
  id: 'match',
  points: 2,
  sources: [
    { id: 'a', html: 'Frankrijk' },
    { id: 'b', html: 'Duitsland' },
  ],
  targets: [
    { id: 'b', html: 'Berlijn' },
    { id: 'a', html: 'Parijs' },
  ],
  pairs: { a: 'a', b: 'b' },
};
const fillIn: Question = {
  ...base,
  type: 'fill-in',
  id: 'fill',
  points: 1,
  answers: ['CRM', 'het CRM'],
  caseSensitive: false,
};
const fillInCase: Question = { ...fillIn, id: 'fill-case', caseSensitive: true };
const open: Question = { ...base, type: 'open', id: 'open', points: 0 };
const practice: Question = { ...single, id: 'practice', points: 0 };

describe('grade', () => {
  it.each([
    ['single right', single, 'b', { ok: true, pts: 1 }],
    ['single wrong', single, 'a', { ok: false, pts: 0 }],
    ['multiple: all correct options, any order', multiple, ['c', 'a'], { ok: true, pts: 1 }],
    ['multiple: one correct option missing', multiple, ['a'], { ok: false, pts: 0 }],
    ['multiple: a wrong option too', multiple, ['a', 'b', 'c'], { ok: false, pts: 0 }],
    ['true-false right', trueFalse, false, { ok: true, pts: 1 }],
    ['true-false wrong', trueFalse, true, { ok: false, pts: 0 }],
    ['order right', order, ['a', 'b', 'c'], { ok: true, pts: 1 }],
    ['order as first shown', order, ['c', 'a', 'b'], { ok: false, pts: 0 }],
    [
      'match right, pairs in any order',
      match,
      [
        ['b', 'b'],
        ['a', 'a'],
      ],
      { ok: true, pts: 2 },
    ],
    [
      'match swapped',
      match,
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      { ok: false, pts: 0 },
    ],
    ['match with a pair missing', match, [['a', 'a']], { ok: false, pts: 0 }],
    ['fill-in: another accepted answer, other case, extra spaces', fillIn, '  het   crm ', { ok: true, pts: 1 }],
    ['fill-in wrong', fillIn, 'Excel', { ok: false, pts: 0 }],
    ['fill-in case-sensitive, wrong case', fillInCase, 'crm', { ok: false, pts: 0 }],
    ['fill-in case-sensitive, right case', fillInCase, 'CRM', { ok: true, pts: 1 }],
    ['open: recorded, not scored', open, 'Alles', { ok: null, pts: 0 }],
  ] as const)('%s', (_name, q, response, expected) => {
    expect(grade(q, response as never)).toEqual(expected);
  });

  it('calls a response empty when nothing is chosen or typed, never an order', () => {
    expect([
      isEmpty(single, ''),
      isEmpty(multiple, []),
      isEmpty(trueFalse, ''),
      isEmpty(match, [['a', 'a']]),
      isEmpty(fillIn, '   '),
      isEmpty(open, ''),
      isEmpty(order, ['c', 'a', 'b']),
      isEmpty(trueFalse, false),
    ]).toEqual([true, true, true, true, true, true, false, false]);
  });
});

const answered = (pts: number, ok: boolean | null = pts > 0): AnswerState => ({ r: 'x', ok, pts, ms: 1000 });

describe('attempt result', () => {
  const questions = [open, single, multiple, match, practice];

  it('rounds the score to 2 decimals', () => {
    expect([roundScore(2, 3), roundScore(4, 7), roundScore(1, 8), roundScore(7, 7), roundScore(0, 7)]).toEqual([
      66.67, 57.14, 12.5, 100, 0,
    ]);
  });

  it('is null while a graded question is open; open and 0-point questions never hold it up', () => {
    const answers = { single: answered(1), multiple: answered(0, false) };
    expect(attemptResult(questions, answers, 70)).toBeNull();
    expect(unanswered(questions, answers).map((q) => q.id)).toEqual(['match']);
    expect(attemptResult(questions, { ...answers, match: answered(2) }, 70)).toEqual({ score: 75, passed: true });
  });

  it('passes exactly at the pass mark and fails just under it', () => {
    const answers = { single: answered(1), multiple: answered(1), match: answered(0, false) };
    expect(attemptResult(questions, answers, 50)).toEqual({ score: 50, passed: true });
    expect(attemptResult(questions, answers, 50.01)).toEqual({ score: 50, passed: false });
  });

  it('counts the points earned out of every graded point, open and 0-point questions left out', () => {
    expect(attemptPoints(questions, { open: answered(0, null), single: answered(1), match: answered(2) })).toEqual({
      earned: 3,
      total: 4,
    });
    expect(attemptPoints(questions, {})).toEqual({ earned: 0, total: 4 });
  });

  it('has no result for a quiz with no graded questions', () => {
    expect(attemptResult([open], { open: answered(0, null) }, 70)).toBeNull();
  });
});

describe('retry', () => {
  const state: PlayerState = {
    slide: 9,
    visited: [0, 1, 2, 9],
    attempt: 1,
    timers: { '1': { left: 30, running: false } },
    answers: { open: answered(0, null), single: answered(0, false), multiple: answered(1) },
    result: { score: 40, passed: false },
    best: { score: 40, passed: false, n: 1 },
    seed: 99,
    tried: { multiple: 1 },
  };

  it('clears graded answers and tries used, keeps open ones and the seed, counts the attempt and forgets the result', () => {
    expect(retryState([open, single, multiple], state)).toEqual({
      ...state,
      answers: { open: answered(0, null) },
      attempt: 2,
      result: null,
      tried: {},
    });
  });

  it('is offered while attempts remain and the learner has not passed', () => {
    const second = { ...state, attempt: 2 };
    expect([
      canRetry({ attempts: 2 }, state),
      canRetry({ attempts: 2 }, second),
      canRetry({ attempts: 0 }, { ...state, attempt: 9 }),
      canRetry({ attempts: 3 }, { ...state, result: { score: 80, passed: true } }),
      canRetry({ attempts: 3 }, { ...state, result: null }),
    ]).toEqual([true, false, true, false, false]);
    expect([attemptsLeft({ attempts: 3 }, state), attemptsLeft({ attempts: 0 }, state)]).toEqual([2, Infinity]);
  });
});

describe('when solutions are shown', () => {
  const attempt = (n: number, result: PlayerState['result'] = null): PlayerState => ({
    slide: 0,
    visited: [0],
    answers: {},
    timers: {},
    attempt: n,
    result,
    best: null,
  });
  const failed = { score: 40, passed: false };
  const passed = { score: 80, passed: true };

  it('after-last-attempt: not while a retry may come, yes once none can', () => {
    const rule = (attempts: number, state: PlayerState, recording = true) =>
      solutionsShown({ attempts, solutions: 'after-last-attempt' }, state, recording);
    expect([
      rule(3, attempt(1)),
      rule(3, attempt(1, failed)),
      rule(3, attempt(2, failed)),
      rule(0, attempt(7, failed)),
      rule(0, attempt(1)),
    ]).toEqual([false, false, false, false, false]);
    expect([
      rule(3, attempt(3)),
      rule(3, attempt(3, failed)),
      rule(1, attempt(1)),
      rule(3, attempt(1, passed)),
      rule(0, attempt(2, passed)),
      rule(3, attempt(1), false),
    ]).toEqual([true, true, true, true, true, true]);
  });

  it('always and never do not depend on the attempt', () => {
    const states = [attempt(1), attempt(2, failed), attempt(3, passed)];
    expect(states.map((st) => solutionsShown({ attempts: 3, solutions: 'always' }, st, true))).toEqual([
      true,
      true,
      true,
    ]);
    expect(states.map((st) => solutionsShown({ attempts: 3, solutions: 'never' }, st, false))).toEqual([
      false,
      false,
      false,
    ]);
  });
});
