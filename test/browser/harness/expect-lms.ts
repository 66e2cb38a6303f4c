// What the LMS should hold after a learner's session, derived from the lesson's answer key
// independently of the player's code: the tests compare the LMS's records to these.

import type { LessonData, Question } from '../../../src/shared/model.js';

export interface ExpectedInteraction {
  id: string;
  type: string;
  result: string;
  weighting: string;
  response: string;
  patterns: string[];
}

type Delims = {
  list: string;
  pair: string;
  t: string;
  f: string;
  wrong: string;
  open: string;
  fill: (s: string, q: Question & { type: 'fill-in' }) => string;
};

const DELIMS: Record<'1.2' | '2004', Delims> = {
  '1.2': { list: ',', pair: '.', t: 't', f: 'f', wrong: 'wrong', open: 'fill-in', fill: (s) => s },
  '2004': {
    list: '[,]',
    pair: '[.]',
    t: 'true',
    f: 'false',
    wrong: 'incorrect',
    open: 'long-fill-in',
    fill: (s, q) => `{case_matters=${q.caseSensitive}}${s}`,
  },
};

/** The interaction the LMS should hold for a question answered right (response = pattern). */
export function expectedRight(q: Question, version: '1.2' | '2004', typed: string): ExpectedInteraction {
  const d = DELIMS[version];
  const base = { id: q.id, result: 'correct', weighting: String(q.points) };
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const p = q.choices
        .filter((c) => c.correct)
        .map((c) => c.id)
        .join(d.list);
      return { ...base, type: 'choice', response: p, patterns: [p] };
    }
    case 'true-false': {
      const p = q.answer ? d.t : d.f;
      return { ...base, type: 'true-false', response: p, patterns: [p] };
    }
    case 'order': {
      const p = q.items.map((i) => i.id).join(d.list);
      return { ...base, type: 'sequencing', response: p, patterns: [p] };
    }
    case 'match': {
      const p = q.sources.map((s) => `${s.id}${d.pair}${q.pairs[s.id]}`).join(d.list);
      return { ...base, type: 'matching', response: p, patterns: [p] };
    }
    case 'fill-in':
      return { ...base, type: 'fill-in', response: typed, patterns: q.answers.map((a) => d.fill(a, q)) };
    case 'numeric': {
      // 1.2 numeric patterns are one CMIDecimal (no range): the answer, or none; 2004 "min[:]max".
      const patterns = version === '2004' ? [`${q.min}[:]${q.max}`] : q.answer === undefined ? [] : [String(q.answer)];
      return { ...base, type: 'numeric', response: typed.replace(',', '.').replace(/[^-0-9.]/g, ''), patterns };
    }
    case 'open':
      return { ...base, type: d.open, result: 'neutral', weighting: '0', response: typed, patterns: [] };
  }
}

/** The interactions as the LMS's JSON rendering holds them, in the same shape. */
export function interactionsOf(cmi: Record<string, unknown>, version: '1.2' | '2004'): ExpectedInteraction[] {
  const all = (cmi.interactions ?? {}) as Record<string, Record<string, unknown>>;
  const list = Array.isArray(all)
    ? all
    : Object.keys(all)
        .filter((k) => /^\d+$/.test(k))
        .sort((a, b) => +a - +b)
        .map((k) => all[k]!);
  return list.map((i) => {
    const responses = (i.correct_responses ?? {}) as Record<string, { pattern: string }>;
    const patterns = Object.keys(responses)
      .filter((k) => /^\d+$/.test(k))
      .sort((a, b) => +a - +b)
      .map((k) => responses[k]!.pattern);
    return {
      id: String(i.id),
      type: String(i.type),
      result: String(i.result),
      weighting: String(i.weighting),
      response: String(version === '1.2' ? i.student_response : i.learner_response),
      patterns,
    };
  });
}

export function gradedPoints(lesson: LessonData): number {
  return lesson.questions.filter((q) => q.type !== 'open').reduce((sum, q) => sum + q.points, 0);
}
