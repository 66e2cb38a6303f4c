// Question pools (`::quiz draw N`) as the learner and the LMS meet them: which questions are drawn,
// what the score counts, what completion waits for, and what a resume keeps.

import { describe, expect, it } from 'vitest';
import type { LessonData, Question } from '../../src/shared/model.js';
import { initialState, type PlayerState } from '../../src/shared/tracking.js';
import { attemptPoints, attemptResult, inPlay, shownSlides, undrawn } from '../../src/runtime/quiz/score.js';
import { standingOf } from '../../src/runtime/lms/standing.js';
import { decodeState, encodeState } from '../../src/runtime/lms/suspend-codec.js';
import { lessonData } from './lms-data.js';

const base = { promptHtml: 'p', promptText: 'p', feedback: { correct: '', incorrect: '' } };
const tf = (id: string, points = 1): Question => ({ ...base, type: 'true-false', id, points, answer: true });
const six = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];

/** Slide 0 content, slides 1-6 the pool's questions, slide 7 an extra question, slide 8 the result. */
function pooled(): LessonData {
  const data = lessonData([...six.map((id) => tf(id)), tf('extra', 2)], 9);
  return { ...data, pools: [{ n: 3, q: six.map((id, i) => [id, i + 1] as [string, number]) }] };
}
const state = (seed: number, attempt = 1): PlayerState => ({ ...initialState(), seed, attempt });
const drawn = (data: LessonData, s: PlayerState): string[] =>
  inPlay(data, s)
    .map((q) => q.id)
    .filter((id) => id !== 'extra');

describe('question pools', () => {
  it('draws 3 of the 6, the same again for the same seed and attempt, with the questions outside the pool kept', () => {
    const data = pooled();
    const first = drawn(data, state(11));
    expect(first).toHaveLength(3);
    expect(first.every((id) => six.includes(id))).toBe(true);
    expect(drawn(data, state(11))).toEqual(first);
    expect(inPlay(data, state(11)).map((q) => q.id)).toContain('extra');
  });

  it('differs between learners (seeds) and between attempts of one learner', () => {
    const data = pooled();
    const bySeed = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => drawn(data, state(seed)).join()));
    const byAttempt = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => drawn(data, state(42, attempt)).join()));
    expect(bySeed.size).toBeGreaterThan(1);
    expect(byAttempt.size).toBeGreaterThan(1);
  });

  it('hides the slides of the undrawn questions only', () => {
    const data = pooled();
    const s = state(5);
    const out = undrawn(data, s);
    const shown = shownSlides(data, s);
    expect(shown).toHaveLength(6);
    expect(shown).toEqual(expect.arrayContaining([0, 7, 8]));
    for (const [id, slide] of data.pools![0]!.q) expect(shown.includes(slide)).toBe(!out.has(id));
  });

  it('scores over the drawn questions: all 3 right and the extra right is 100%, 5 of 5 points', () => {
    const data = pooled();
    const s = state(9);
    const answers = Object.fromEntries(inPlay(data, s).map((q) => [q.id, { r: true, ok: true, pts: q.points, ms: 0 }]));
    expect(attemptPoints(inPlay(data, s), answers)).toEqual({ earned: 5, total: 5 });
    expect(attemptResult(inPlay(data, s), answers, 70)).toEqual({ score: 100, passed: true });
    // The whole lesson's questions would still wait for the undrawn three.
    expect(attemptResult(data.questions, answers, 70)).toBeNull();
  });

  it("completes 'slides' once every shown slide is seen, though the undrawn ones never are", () => {
    const data = { ...pooled(), completion: 'slides' as const };
    const s = state(3);
    const shown = shownSlides(data, s);
    expect(standingOf(data, { ...s, visited: shown.slice(0, -1) }, 'unknown').completed).toBe(false);
    expect(standingOf(data, { ...s, visited: shown }, 'unknown').completed).toBe(true);
  });

  it('a resume re-grades with the drawn questions: a finished attempt stays finished', () => {
    const data = pooled();
    const s = state(77);
    s.answers = Object.fromEntries(inPlay(data, s).map((q) => [q.id, { r: true, ok: true, pts: q.points, ms: 0 }]));
    s.result = attemptResult(inPlay(data, s), s.answers, 70);
    const back = decodeState(encodeState(s, data), data);
    expect(back?.result).toEqual({ score: 100, passed: true });
    expect(drawn(data, back!)).toEqual(drawn(data, s));
  });
});
