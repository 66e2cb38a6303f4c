// suspend_data never over the SCORM 1.2 limit (CMIString4096, RTE 3.4.4; Moodle's "scormstandard" and
// its app refuse more, and the learner's whole saved state with it): typed answers are cut after
// escaping (`%;|` take 3 characters), never inside an escape; when cutting them is not enough, the
// least needed parts go first, and every answer stays (issue 12).

import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/runtime/lms/suspend-codec.js';
import { scorm12 } from '../../src/runtime/lms/scorm12.js';
import type { Question } from '../../src/shared/model.js';
import { initialState, type AnswerState, type PlayerState, type TimerState } from '../../src/shared/tracking.js';
import { lessonData, questionsOfEveryType } from './lms-data.js';

const LIMIT = scorm12.limits.suspendData;
const answer = (r: AnswerState['r'], ok: boolean | null = null, pts = 0): AnswerState => ({ r, ok, pts, ms: 0 });

/** `n` sets of one question of every type (open and fill-in among them), on 2n + 2 slides. */
function lessonOf(n: number) {
  const questions: Question[] = [];
  for (let i = 0; i < n; i++) questions.push(...questionsOfEveryType(i));
  return lessonData(questions, questions.length * 2 + 2);
}

function timers(count: number): Record<string, TimerState> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `d${(i % 36).toString(36)}${Math.floor(i / 36).toString(36)}.${i}`,
      { left: 3599, running: true },
    ]),
  );
}

describe('suspend_data within the 1.2 limit', () => {
  const one = lessonOf(1);

  it('an open answer of 4,000 ";" is cut after escaping: within the limit, no escape split, read back as ";" only', () => {
    const state: PlayerState = { ...initialState(), answers: { 'open-0': answer(';'.repeat(4000)) } };
    const text = encodeState(state, one, LIMIT);
    expect(text.length).toBeLessThanOrEqual(LIMIT);
    // As long as it can be: one more ";" (3 characters) would not fit.
    expect(text.length).toBeGreaterThan(LIMIT - 3);
    const back = decodeState(text, one)!;
    const r = back.answers['open-0']!.r as string;
    expect(r).toBe(';'.repeat(r.length));
    expect(r.length).toBeGreaterThan(1300);
  });

  it('a cut that would fall inside an escape or a surrogate pair stops before it', () => {
    for (const unit of ['a;', 'ab|', '%', '😀;', 'é']) {
      const typed = unit.repeat(Math.ceil(5000 / unit.length));
      for (const limit of [LIMIT, LIMIT - 1, LIMIT - 2]) {
        const text = encodeState({ ...initialState(), answers: { 'open-0': answer(typed) } }, one, limit);
        expect(text.length, `${unit} at ${limit}`).toBeLessThanOrEqual(limit);
        const r = decodeState(text, one)!.answers['open-0']!.r as string;
        expect(typed.startsWith(r), `${unit} at ${limit}`).toBe(true);
        expect(r).not.toMatch(/[\uD800-\uDBFF]$/);
        expect(text.length, `${unit} at ${limit}`).toBeGreaterThan(limit - 6);
      }
    }
  });

  it('many answers, long texts and many timers: timers go first, then the tails of typed answers; every answer stays', () => {
    const lesson = lessonOf(14); // 98 questions, 28 of them typed, on 198 slides
    const answers: Record<string, AnswerState> = {};
    for (const q of lesson.questions) {
      answers[q.id] =
        q.type === 'open'
          ? answer('Mijn antwoord; 100% | zeker. '.repeat(20))
          : q.type === 'fill-in'
            ? answer('het CRM; zeker', false)
            : q.type === 'single'
              ? answer('a', true, 1)
              : q.type === 'multiple'
                ? answer(['a', 'c'], true, 1)
                : q.type === 'true-false'
                  ? answer(true, true, 1)
                  : q.type === 'order'
                    ? answer(['a', 'b', 'c', 'd', 'e'], true, 1)
                    : answer(
                        [
                          ['1', 'a'],
                          ['2', 'b'],
                        ],
                        true,
                        1,
                      );
    }
    const state: PlayerState = {
      ...initialState(),
      slide: 5,
      visited: lesson.slides.map((_, i) => i),
      answers,
      timers: timers(400),
      tried: { 'single-3': 1 },
    };
    const withTries = { ...lesson, questions: lesson.questions.map((q) => ({ ...q, tries: 3 })) };
    const text = encodeState(state, withTries, LIMIT);
    expect(text.length).toBeLessThanOrEqual(LIMIT);
    const back = decodeState(text, withTries)!;
    expect(Object.keys(back.answers).sort()).toEqual(Object.keys(answers).sort());
    for (const q of lesson.questions.filter((x) => x.type !== 'open'))
      expect(back.answers[q.id]?.r, q.id).toEqual(answers[q.id]!.r);
    for (const q of lesson.questions.filter((x) => x.type === 'open')) {
      expect((answers[q.id]!.r as string).startsWith(back.answers[q.id]!.r as string)).toBe(true);
    }
    expect(back.timers).toEqual({});
    // What is left of the typed answers is kept, as are the slides seen, the tries and the bookmark.
    expect(back.visited).toEqual(state.visited);
    expect(back.tried).toEqual({ 'single-3': 1 });
    expect(back.slide).toBe(5);
  });

  it('timers alone too many: only they go', () => {
    const state: PlayerState = { ...initialState(), answers: { 'open-0': answer('kort') }, timers: timers(500) };
    const back = decodeState(encodeState(state, one, LIMIT), one)!;
    expect(back.timers).toEqual({});
    expect(back.answers['open-0']?.r).toBe('kort');
  });

  it('when emptied typed answers are not enough: tries, then slides seen; every answer is still there', () => {
    const lesson = lessonOf(100); // 700 questions on 1402 slides: more than 1.2 can hold of everything
    const answers: Record<string, AnswerState> = {};
    for (const q of lesson.questions.filter((x) => x.type === 'open' || x.type === 'true-false'))
      answers[q.id] = answer(q.type === 'open' ? 'x;y' : true);
    const tried = Object.fromEntries(lesson.questions.filter((q) => q.type === 'single').map((q) => [q.id, 1]));
    const withTries = { ...lesson, questions: lesson.questions.map((q) => ({ ...q, tries: 3 })) };
    const state: PlayerState = {
      ...initialState(),
      slide: 1401,
      visited: lesson.slides.map((_, i) => i),
      answers,
      tried,
    };
    const text = encodeState(state, withTries, LIMIT);
    expect(text.length).toBeLessThanOrEqual(LIMIT);
    const back = decodeState(text, withTries)!;
    expect(Object.keys(back.answers).sort()).toEqual(Object.keys(answers).sort());
    expect(back.tried).toBeUndefined();
    expect(back.visited).toEqual([1401]);
    expect(back.slide).toBe(1401);
  });

  it("with more answers than the limit holds, the last questions' answers go last of all, and it still fits", () => {
    // 1400 questions: 1000 answers to those not typed take 11,400 characters in s3 (each with its verdict
    // and its options' prints), about 360 of them fit.
    const lesson = lessonOf(200);
    const answers: Record<string, AnswerState> = {};
    const given = lesson.questions.filter((x) => x.type !== 'open' && x.type !== 'fill-in');
    const responses = {
      single: 'a',
      multiple: ['a', 'c'],
      'true-false': true,
      order: ['a', 'b', 'c', 'd', 'e'],
      match: [
        ['1', 'a'],
        ['2', 'b'],
      ],
    };
    for (const q of given) answers[q.id] = answer(responses[q.type as keyof typeof responses] as AnswerState['r']);
    const text = encodeState({ ...initialState(), answers }, lesson, LIMIT);
    expect(text.length).toBeLessThanOrEqual(LIMIT);
    expect(text.length).toBeGreaterThan(LIMIT - 11);
    const kept = Object.keys(decodeState(text, lesson)!.answers);
    expect(kept.length).toBeGreaterThan(340);
    expect(kept).toEqual(given.slice(0, kept.length).map((q) => q.id));
  });
});
