import { describe, expect, it } from 'vitest';
import { decodeBitset, decodeState, encodeBitset, encodeState } from '../../src/runtime/lms/suspend-codec.js';
import type { AnswerState, PlayerState } from '../../src/shared/tracking.js';
import { bigLesson, lessonData, questionsOfEveryType } from './lms-data.js';

const answer = (r: AnswerState['r'], ok: boolean | null = true, pts = 1): AnswerState => ({ r, ok, pts, ms: 12_345 });

function stateWithEveryAnswer(): PlayerState {
  return {
    slide: 4,
    visited: [0, 1, 2, 4],
    attempt: 2,
    result: { score: 66.67, passed: false },
    timers: { '1': { left: 1200, running: false }, '3': { left: 42, running: true } },
    answers: {
      'single-0': answer('a'),
      'multiple-0': answer(['a', 'c']),
      'tf-0': answer(false, false, 0),
      'order-0': answer(['c', 'a', 'e', 'b', 'd'], false, 0),
      'match-0': answer([['1', 'a'], ['2', 'b']]),
      'fill-0': answer('het CRM; of | 100% zeker'),
      'open-0': answer('Klachten: objectief én subjectief.\nTweede regel', null, 0),
    },
  };
}

describe('suspend_data codec', () => {
  const lesson = lessonData(questionsOfEveryType());

  it('gives back the state it encoded, for every question type', () => {
    const state = stateWithEveryAnswer();
    expect(decodeState(encodeState(state, lesson), lesson)).toEqual(state);
  });

  it('keeps a fresh state small', () => {
    const state: PlayerState = { slide: 0, visited: [0], answers: {}, attempt: 1, result: null, timers: {} };
    const text = encodeState(state, lesson);
    expect(decodeState(text, lesson)).toEqual(state);
    expect(text.length).toBeLessThan(30);
  });

  it('keeps a 200-slide, 100-question lesson, all visited and answered, under the 1.2 limit of 4096', () => {
    const big = bigLesson();
    const answers: Record<string, AnswerState> = {};
    for (const q of big.questions) {
      const r = q.type === 'single' ? 'b' : q.type === 'multiple' ? ['a', 'b', 'c'] : q.type === 'true-false' ? true
        : q.type === 'order' ? ['e', 'd', 'c', 'b', 'a'] : q.type === 'match' ? [['1', 'b'], ['2', 'a']] as Array<[string, string]>
        : 'het klachtenregistratiesysteem';
      answers[q.id] = { r, ok: false, pts: 0, ms: 3_600_000 };
    }
    const state: PlayerState = {
      slide: 199, visited: Array.from({ length: 200 }, (_, i) => i), answers, attempt: 3,
      result: { score: 33.33, passed: false }, timers: { '10': { left: 1200, running: true } },
    };
    const text = encodeState(state, big, 4096);
    expect(text.length).toBeLessThan(4096);
    expect(decodeState(text, big)).toEqual(state);
  });

  it('shortens typed answers, longest first, when the state would not fit', () => {
    const state = { ...stateWithEveryAnswer(), answers: { 'open-0': answer('x'.repeat(5000), null, 0), 'fill-0': answer('CRM') } };
    const text = encodeState(state, lesson, 4096);
    expect(text.length).toBeLessThanOrEqual(4096);
    const back = decodeState(text, lesson);
    expect(back?.answers['fill-0']).toEqual(answer('CRM'));
    expect((back?.answers['open-0']?.r as string).length).toBeGreaterThan(3900);
  });

  it.each([
    ['empty', ''],
    ['another tool', '{"slide":3}'],
    ['truncated', 's1|abc|4'],
    ['unknown choice id', null],
    ['slide out of range', null],
  ])('starts fresh (null) on %s data', (_name, given) => {
    const good = encodeState(stateWithEveryAnswer(), lesson);
    const text = given ?? (_name === 'unknown choice id' ? good.replace(/,a;/, ',z;') : good.replace('|4|', '|zz|'));
    expect(text).not.toBe(good);
    expect(decodeState(text, lesson)).toBeNull();
  });

  it('refuses answers saved for another version of the questions', () => {
    const text = encodeState(stateWithEveryAnswer(), lesson);
    const changed = lessonData(questionsOfEveryType(1));
    expect(decodeState(text, changed)).toBeNull();
  });

  it('stores visited slides as a bitset of 6 slides per character', () => {
    expect(encodeBitset([0, 1, 2, 3, 4, 5, 6], 12)).toBe('_B');
    expect(decodeBitset('_B', 12)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(encodeBitset([], 200)).toHaveLength(34);
  });
});
