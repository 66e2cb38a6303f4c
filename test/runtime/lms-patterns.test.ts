import { describe, expect, it } from 'vitest';
import { scorm12 } from '../../src/runtime/lms/scorm12.js';
import { scorm2004 } from '../../src/runtime/lms/scorm2004.js';
import type { Question } from '../../src/shared/model.js';
import type { Response } from '../../src/shared/tracking.js';
import { questionsOfEveryType } from './lms-data.js';

const numeric: Question = {
  promptHtml: 'Hoe warm?',
  promptText: 'Hoe warm?',
  points: 1,
  feedback: { correct: '', incorrect: '' },
  id: 'temp',
  type: 'numeric',
  min: 73,
  max: 77,
  answer: 75,
  unit: 'graden',
  shown: '75 graden',
};
const questions = [...questionsOfEveryType(), numeric];
const byType = (type: Question['type']): Question => questions.find((q) => q.type === type)!;

const responses: Record<Question['type'], Response> = {
  single: 'b',
  multiple: ['a', 'c'],
  'true-false': false,
  order: ['c', 'a', 'e', 'b', 'd'],
  match: [
    ['1', 'a'],
    ['2', 'b'],
  ],
  'fill-in': '  het   CRM ',
  numeric: ' 75,0 Graden ',
  open: 'Eerste regel\nTweede regel',
};

function interactionOf(table: typeof scorm12, type: Question['type']) {
  const q = byType(type);
  const f = table.interaction;
  return { type: table.interactionTypes[q.type], response: f.response(q, responses[type]), patterns: f.patterns(q) };
}

describe('SCORM 1.2 interactions (RTE 3.4.4.5 patterns)', () => {
  it.each([
    ['single', { type: 'choice', response: 'b', patterns: ['a'] }],
    ['multiple', { type: 'choice', response: 'a,c', patterns: ['a,c'] }],
    ['true-false', { type: 'true-false', response: 'f', patterns: ['t'] }],
    ['order', { type: 'sequencing', response: 'c,a,e,b,d', patterns: ['a,b,c,d,e'] }],
    ['match', { type: 'matching', response: '1.a,2.b', patterns: ['1.a,2.b'] }],
    ['fill-in', { type: 'fill-in', response: 'het CRM', patterns: ['CRM', 'het CRM'] }],
    // 1.2 numeric is one CMIDecimal (RTE 3.4.4.5): the answer, not the range.
    ['numeric', { type: 'numeric', response: '75.0', patterns: ['75'] }],
    ['open', { type: 'fill-in', response: 'Eerste regel Tweede regel', patterns: [] }],
  ] as const)('%s', (type, expected) => {
    expect(interactionOf(scorm12, type)).toEqual(expected);
  });

  it('numeric with only min and max: no pattern, since a 1.2 pattern cannot be a range', () => {
    const q = { ...byType('numeric'), answer: undefined, min: -2.5, max: 0.000001 } as Question;
    expect(scorm12.interaction.patterns(q)).toEqual([]);
    expect(scorm2004.interaction.patterns(q)).toEqual(['-2.5[:]0.000001']);
    expect(scorm12.interaction.response(q, '-0,5')).toBe('-0.5');
  });

  it('uses the 1.2 result vocabulary and keeps fill-in text within 255', () => {
    expect(scorm12.results).toEqual({ correct: 'correct', incorrect: 'wrong', neutral: 'neutral' });
    expect(scorm12.interaction.response(byType('open'), 'x'.repeat(300))).toHaveLength(255);
  });

  it('writes status as one element: the finished quiz decides, else the completion rule', () => {
    expect(scorm12.status({ completed: false, success: 'unknown', progress: 0.5 })).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
    ]);
    expect(scorm12.status({ completed: true, success: 'unknown', progress: 1 })).toEqual([
      ['cmi.core.lesson_status', 'completed'],
    ]);
    expect(scorm12.status({ completed: true, success: 'failed', progress: 1 })).toEqual([
      ['cmi.core.lesson_status', 'failed'],
    ]);
  });
});

describe('SCORM 2004 interactions (RTE 4.2.9.1 patterns)', () => {
  it.each([
    ['single', { type: 'choice', response: 'b', patterns: ['a'] }],
    ['multiple', { type: 'choice', response: 'a[,]c', patterns: ['a[,]c'] }],
    ['true-false', { type: 'true-false', response: 'false', patterns: ['true'] }],
    ['order', { type: 'sequencing', response: 'c[,]a[,]e[,]b[,]d', patterns: ['a[,]b[,]c[,]d[,]e'] }],
    ['match', { type: 'matching', response: '1[.]a[,]2[.]b', patterns: ['1[.]a[,]2[.]b'] }],
    [
      'fill-in',
      { type: 'fill-in', response: 'het   CRM', patterns: ['{case_matters=false}CRM', '{case_matters=false}het CRM'] },
    ],
    ['numeric', { type: 'numeric', response: '75.0', patterns: ['73[:]77'] }],
    ['open', { type: 'long-fill-in', response: 'Eerste regel\nTweede regel', patterns: [] }],
  ] as const)('%s', (type, expected) => {
    expect(interactionOf(scorm2004, type)).toEqual(expected);
  });

  it('keeps learner text from being read as delimiters', () => {
    expect(scorm2004.interaction.response(byType('fill-in'), '{lang=en} a[,]b[.]c')).toBe('(lang=en} a,b.c');
  });

  it('uses the 2004 result vocabulary', () => {
    expect(scorm2004.results).toEqual({ correct: 'correct', incorrect: 'incorrect', neutral: 'neutral' });
  });

  it('sets success_status only once a quiz attempt is finished', () => {
    expect(scorm2004.status({ completed: false, success: 'unknown', progress: 0.5 })).toEqual([
      ['cmi.completion_status', 'incomplete'],
    ]);
    expect(scorm2004.status({ completed: true, success: 'passed', progress: 1 })).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'passed'],
    ]);
  });
});
