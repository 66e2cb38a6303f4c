// Partial credit (`scoring: partial`) and numeric questions as a learner meets them: what an answer
// that is partly right earns, how the points add up on the result slide, and which typed numbers
// count as the answer.

import { describe, expect, it } from 'vitest';
import type { NumericQuestion, Question } from '../../src/shared/model.js';
import type { AnswerState } from '../../src/shared/tracking.js';
import { decimalOf, grade, isEmpty } from '../../src/runtime/quiz/grade.js';
import { attemptPoints, attemptResult } from '../../src/runtime/quiz/score.js';
import { decodeResponse, encodeResponse } from '../../src/runtime/lms/suspend-response.js';

const base = { promptHtml: 'p', promptText: 'p', feedback: { correct: '', incorrect: '' } };
/** Three correct options of four, 2 points: "2 of 3 right on a 2-point multiple". */
const multiple: Question = {
  ...base,
  type: 'multiple',
  id: 'm',
  points: 2,
  partial: true,
  choices: [
    { id: 'a', html: 'A', correct: true },
    { id: 'b', html: 'B', correct: true },
    { id: 'c', html: 'C', correct: true },
    { id: 'd', html: 'D', correct: false },
  ],
};
const order: Question = {
  ...base,
  type: 'order',
  id: 'o',
  points: 3,
  partial: true,
  items: ['a', 'b', 'c', 'd'].map((id) => ({ id, html: id })),
  shown: ['d', 'c', 'b', 'a'],
};
const match: Question = {
  ...base,
  type: 'match',
  id: 'x',
  points: 1,
  partial: true,
  sources: ['a', 'b', 'c'].map((id) => ({ id, html: id })),
  targets: ['a', 'b', 'c'].map((id) => ({ id, html: id })),
  pairs: { a: 'c', b: 'a', c: 'b' },
};
const numeric: NumericQuestion = {
  ...base,
  type: 'numeric',
  id: 'n',
  points: 1,
  min: 73,
  max: 77,
  answer: 75,
  unit: 'graden',
  shown: '75 graden',
};

describe('partial credit', () => {
  it.each([
    ['multiple: 2 of 3 right, none wrong', multiple, ['a', 'b'], { ok: false, pts: 1.33 }],
    ['multiple: all 3 right', multiple, ['a', 'b', 'c'], { ok: true, pts: 2 }],
    ['multiple: 3 right and 1 wrong', multiple, ['a', 'b', 'c', 'd'], { ok: false, pts: 1.33 }],
    ['multiple: 1 right and 1 wrong earns nothing', multiple, ['a', 'd'], { ok: false, pts: 0 }],
    ['multiple: never below 0', multiple, ['d'], { ok: false, pts: 0 }],
    ['order: 2 of 4 in their place', order, ['a', 'c', 'b', 'd'], { ok: false, pts: 1.5 }],
    ['order: none in place', order, ['d', 'c', 'b', 'a'], { ok: false, pts: 0 }],
    ['order: all in place', order, ['a', 'b', 'c', 'd'], { ok: true, pts: 3 }],
    [
      'match: 1 of 3 pairs right, rounded to 2 decimals',
      match,
      [
        ['a', 'c'],
        ['b', 'b'],
        ['c', 'a'],
      ],
      { ok: false, pts: 0.33 },
    ],
    [
      'match: 2 of 3 pairs right',
      match,
      [
        ['a', 'c'],
        ['b', 'a'],
        ['c', 'c'],
      ],
      { ok: false, pts: 0.67 },
    ],
    [
      'match: all right',
      match,
      [
        ['c', 'b'],
        ['a', 'c'],
        ['b', 'a'],
      ],
      { ok: true, pts: 1 },
    ],
  ] as const)('%s', (_name, q, r, expected) => {
    expect(grade(q, r as never)).toEqual(expected);
  });

  it('without `scoring: partial` a partly right answer earns nothing', () => {
    const strict = [
      { ...multiple, partial: undefined },
      { ...order, partial: undefined },
    ] as Question[];
    expect(grade(strict[0]!, ['a', 'b'])).toEqual({ ok: false, pts: 0 });
    expect(grade(strict[1]!, ['a', 'c', 'b', 'd'])).toEqual({ ok: false, pts: 0 });
  });

  it('adds up to the exact points and score: 1.33 + 0.67 + 0 is 2 of 6, 33.33%', () => {
    const answers: Record<string, AnswerState> = {
      m: { r: ['a', 'b'], ...grade(multiple, ['a', 'b']), ms: 0 },
      x: {
        r: [],
        ...grade(match, [
          ['a', 'c'],
          ['b', 'a'],
          ['c', 'c'],
        ]),
        ms: 0,
      },
      o: { r: [], ...grade(order, ['d', 'c', 'b', 'a']), ms: 0 },
    };
    expect(attemptPoints([multiple, match, order], answers)).toEqual({ earned: 2, total: 6 });
    expect(attemptResult([multiple, match, order], answers, 30)).toEqual({ score: 33.33, passed: true });
  });

  it('a 2-point multiple alone, 2 of 3 right: 1.33 of 2 points, score 66.5', () => {
    const answers = { m: { r: ['a', 'b'], ...grade(multiple, ['a', 'b']), ms: 0 } };
    expect(attemptPoints([multiple], answers)).toEqual({ earned: 1.33, total: 2 });
    expect(attemptResult([multiple], answers, 70)).toEqual({ score: 66.5, passed: false });
  });
});

describe('numeric', () => {
  it.each(['75', '75,0', '75.0', '75 graden', ' 75 Graden ', '75graden', '73', '77', '76,99'])(
    '"%s" is right',
    (typed) => {
      expect(grade(numeric, typed)).toEqual({ ok: true, pts: 1 });
    },
  );

  it.each(['72,99', '77.01', '-75', '0'])('"%s" is wrong', (typed) => {
    expect(grade(numeric, typed)).toEqual({ ok: false, pts: 0 });
  });

  it.each(['', '  ', 'vijfenzeventig', '75 graden Celsius', '75 kelvin', '7 5', '.5', '75,', '123456', '1e2'])(
    '"%s" is no number: not an answer yet',
    (typed) => {
      expect(isEmpty(numeric, typed)).toBe(true);
      expect(decimalOf(numeric, typed)).toBeNull();
    },
  );

  it('reads the number as a decimal with a point, as Moodle wants it', () => {
    expect(decimalOf(numeric, '75,0 graden')).toBe('75.0');
    expect(decimalOf(numeric, '-0,25')).toBe('-0.25');
    expect(decimalOf({ ...numeric, unit: '' }, '75 graden')).toBeNull();
  });

  it('keeps the number alone in suspend_data and reads it back', () => {
    expect(encodeResponse(numeric, ' 75,0 graden ')).toBe('75.0');
    expect(decodeResponse(numeric, '75.0')).toBe('75.0');
    expect(grade(numeric, decodeResponse(numeric, '75.0'))).toEqual({ ok: true, pts: 1 });
    expect(() => decodeResponse(numeric, 'abc')).toThrow();
  });
});
