// suspend_data as a learner meets it: the same build gives back everything; an updated build (slides
// inserted, removed, moved; questions added, removed, renamed, changed) keeps what still fits; data
// written by packages in use before (s1) is read; corrupt data never throws.

import { describe, expect, it } from 'vitest';
import { lessonData as compile } from '../../src/compiler/render/lesson-data.js';
import { renderLesson } from '../../src/compiler/render/render-page.js';
import type { Slide } from '../../src/compiler/model.js';
import { decodeState, encodeState } from '../../src/runtime/lms/suspend-codec.js';
import { decodeS1 } from '../../src/runtime/lms/suspend-s1.js';
import { grade } from '../../src/runtime/quiz/grade.js';
import type { LessonData, Question } from '../../src/shared/model.js';
import type { AnswerState, PlayerState } from '../../src/shared/tracking.js';
import { makeLesson } from '../helpers/lessons.js';
import { lexed } from '../helpers/markdown.js';
import { bigLesson, lessonData, questionsOfEveryType } from './lms-data.js';

const answer = (r: AnswerState['r'], ok: boolean | null = true, pts = 1): AnswerState => ({ r, ok, pts, ms: 0 });
const pos = { file: 'lesson.md', line: 1, column: 1 };
/** decodeState as the player has it once it loaded the s1 decoder (player-s1.js, lms/older-formats.ts). */
const decodeWithS1 = (text: string, lesson: LessonData, location = ''): PlayerState | null =>
  decodeState(text, lesson, location, lesson.passingScore, decodeS1);

function stateWithEveryAnswer(): PlayerState {
  return {
    slide: 4,
    visited: [0, 1, 2, 4],
    attempt: 2,
    result: null,
    best: { score: 50, passed: false, n: 1 },
    timers: { d01: { left: 1200, running: false }, 'd03.1': { left: 42, running: true } },
    answers: {
      'single-0': answer('a'),
      'multiple-0': answer(['a', 'c']),
      'tf-0': answer(false, false, 0),
      'order-0': answer(['c', 'a', 'e', 'b', 'd'], false, 0),
      'fill-0': answer('het CRM; of | 100% zeker', false, 0),
      'open-0': answer('Klachten: objectief én subjectief.\nTweede regel', null, 0),
    },
  };
}

/** A lesson as the compiler builds it: "# Title" is a content slide, "?id" the question's own slide. */
function build(slides: string[], questions: Question[]): LessonData {
  const lesson = makeLesson({}, questions);
  lesson.slides = slides.map((s): Slide =>
    s.startsWith('?')
      ? { kind: 'question', title: s, blocks: [{ type: 'question', questionId: s.slice(1), pos }], pos }
      : { kind: 'content', title: s, blocks: [{ type: 'markdown', markdown: lexed(`## ${s}`), pos }], pos },
  );
  lesson.slides.push({ kind: 'result', title: 'Je resultaat', blocks: [], pos });
  return compile(renderLesson(lesson));
}

const [single, multiple, tf, order] = questionsOfEveryType() as [Question, Question, Question, Question];
const QUIZ = [single, multiple, tf, order];
const V1 = build(['Welkom', 'Opdracht', '?single-0', '?multiple-0', '?tf-0', '?order-0'], QUIZ);

/** Left on the third question (tf-0, slide 4) with the first two answered. */
const midQuiz: PlayerState = {
  slide: 4,
  visited: [0, 1, 2, 3, 4],
  attempt: 1,
  result: null,
  best: null,
  timers: {},
  answers: { 'single-0': answer('a'), 'multiple-0': answer(['a', 'b'], false, 0) },
};
const resumeIn = (lesson: LessonData, state = midQuiz): PlayerState | null =>
  decodeState(encodeState(state, V1), lesson);
const slideTitle = (lesson: LessonData, state: PlayerState | null): string =>
  lesson.slides[state?.slide ?? -1]?.title ?? '(none)';

describe('suspend_data of the same build', () => {
  const lesson = lessonData(questionsOfEveryType());

  it('gives back the state it encoded, for every question type', () => {
    const state = stateWithEveryAnswer();
    expect(decodeState(encodeState(state, lesson), lesson)).toEqual(state);
  });

  it('keeps a fresh state small', () => {
    const state: PlayerState = {
      slide: 0,
      visited: [0],
      answers: {},
      attempt: 1,
      result: null,
      best: null,
      timers: {},
    };
    const text = encodeState(state, lesson);
    expect(decodeState(text, lesson)).toEqual(state);
    expect(text).toBe('s3|d00|1|d00|||||');
  });

  it("works the attempt's result out again from the answers, and keeps the best attempt", () => {
    // single, multiple and match right; true-false, order and fill-in wrong: 3 of 6 points.
    const state = { ...stateWithEveryAnswer(), best: { score: 40, passed: false, n: 1 } };
    state.answers = {
      ...state.answers,
      'match-0': answer([
        ['1', 'a'],
        ['2', 'b'],
      ]),
    };
    const back = decodeState(encodeState(state, lesson), lesson);
    expect(back?.result).toEqual({ score: 50, passed: false });
    expect(back?.best).toEqual({ score: 50, passed: false, n: 2 });
  });

  it('keeps a 200-slide, 100-question lesson, all visited and answered, under the 1.2 limit of 4096', () => {
    const big = { ...bigLesson(), attempts: 3 };
    const answers: Record<string, AnswerState> = {};
    for (const q of big.questions) {
      const r =
        q.type === 'single'
          ? 'b'
          : q.type === 'multiple'
            ? ['a', 'b', 'c']
            : q.type === 'true-false'
              ? true
              : q.type === 'order'
                ? ['e', 'd', 'c', 'b', 'a']
                : q.type === 'match'
                  ? ([
                      ['1', 'b'],
                      ['2', 'a'],
                    ] as Array<[string, string]>)
                  : 'het klachtenregistratiesysteem';
      answers[q.id] = { r, ...grade(q, r), ms: 0 };
    }
    const state: PlayerState = {
      slide: 199,
      visited: Array.from({ length: 200 }, (_, i) => i),
      answers,
      attempt: 3,
      result: { score: 17, passed: false },
      best: { score: 33.33, passed: false, n: 1 },
      timers: { [big.slides[10]!.k]: { left: 1200, running: true } },
    };
    const text = encodeState(state, big, 4096);
    // 2,176 characters (s2 took 1,840; s3 adds each answer's verdict and its options' prints): about
    // half the 1.2 limit, the rest is room for typed answers.
    expect(text.length).toBeLessThan(2300);
    expect(decodeState(text, big)).toEqual(state);
  });

  it('shortens typed answers, longest first, when the state would not fit', () => {
    const state = {
      ...stateWithEveryAnswer(),
      answers: { 'open-0': answer('x'.repeat(5000), null, 0), 'fill-0': answer('CRM') },
    };
    const text = encodeState(state, lesson, 4096);
    expect(text.length).toBeLessThanOrEqual(4096);
    const back = decodeState(text, lesson);
    expect(back?.answers['fill-0']).toEqual(answer('CRM'));
    expect((back?.answers['open-0']?.r as string).length).toBeGreaterThan(3900);
  });
});

describe('suspend_data of an earlier build of the lesson', () => {
  it('a slide inserted near the start: the same question, both answers, no extra answers', () => {
    const v2 = build(
      ['Welkom', 'Nieuw: veiligheid', 'Opdracht', '?single-0', '?multiple-0', '?tf-0', '?order-0'],
      QUIZ,
    );
    const back = resumeIn(v2);
    expect(slideTitle(v2, back)).toBe('?tf-0');
    expect(back?.answers).toEqual(midQuiz.answers);
    expect(back?.visited.map((i) => v2.slides[i]!.title)).toEqual([
      'Welkom',
      'Opdracht',
      '?single-0',
      '?multiple-0',
      '?tf-0',
    ]);
  });

  it('the slide left removed: the slide that now follows the last surviving one seen before it', () => {
    const left = { ...midQuiz, slide: 1, visited: [0, 1] };
    const v2 = build(['Welkom', 'Nieuwe opdracht', '?single-0', '?multiple-0', '?tf-0', '?order-0'], QUIZ);
    expect(slideTitle(v2, resumeIn(v2, left))).toBe('Nieuwe opdracht');
    expect(resumeIn(build(['Anders', '?tf-0'], QUIZ), left)?.slide).toBe(0);
  });

  it('slides moved: the same slide, its timer with it', () => {
    const withTimer = { ...midQuiz, slide: 1, timers: { [V1.slides[1]!.k]: { left: 300, running: false } } };
    const v2 = build(['Opdracht', '?single-0', '?multiple-0', '?tf-0', '?order-0', 'Welkom'], QUIZ);
    const back = resumeIn(v2, withTimer);
    expect(slideTitle(v2, back)).toBe('Opdracht');
    expect(back?.timers).toEqual({ [v2.slides[0]!.k]: { left: 300, running: false } });
  });

  it('a question added: the answers kept, a finished attempt open again, its best result kept', () => {
    const done = {
      ...midQuiz,
      slide: 6,
      answers: { ...midQuiz.answers, 'tf-0': answer(true), 'order-0': answer(['a', 'b', 'c', 'd', 'e']) },
    };
    const finished = decodeState(encodeState(done, V1), V1)!;
    expect(finished.result).toEqual({ score: 75, passed: true });
    const extra = { ...single, id: 'extra' };
    const v2 = build(
      ['Welkom', 'Opdracht', '?single-0', '?multiple-0', '?extra', '?tf-0', '?order-0'],
      [...QUIZ, extra],
    );
    const back = decodeState(encodeState(finished, V1), v2);
    expect(back?.answers).toEqual(done.answers);
    expect(back?.result).toBeNull();
    expect(back?.best).toEqual({ score: 75, passed: true, n: 1 });
    expect(slideTitle(v2, back)).toBe('Je resultaat');
  });

  it('a question removed or renamed: only its answer goes', () => {
    const removed = build(['Welkom', 'Opdracht', '?multiple-0', '?tf-0', '?order-0'], [multiple, tf, order]);
    expect(resumeIn(removed)?.answers).toEqual({ 'multiple-0': midQuiz.answers['multiple-0'] });
    const renamed = build(
      ['Welkom', 'Opdracht', '?single-1', '?multiple-0', '?tf-0', '?order-0'],
      [{ ...single, id: 'single-1' }, multiple, tf, order],
    );
    expect(resumeIn(renamed)?.answers).toEqual({ 'multiple-0': midQuiz.answers['multiple-0'] });
  });

  it('a typo fixed in an option, a new prompt or points: every answer stays, graded anew', () => {
    if (single.type !== 'single' || multiple.type !== 'multiple') throw new Error('fixture');
    const fixed = {
      ...multiple,
      choices: multiple.choices.map((c, i) => (i === 1 ? { ...c, html: 'Via de cao' } : c)),
    };
    const reworded = { ...single, promptHtml: 'Welke soort klacht?', points: 3 };
    const v2 = build(
      ['Welkom', 'Opdracht', '?single-0', '?multiple-0', '?tf-0', '?order-0'],
      [reworded, fixed, tf, order],
    );
    expect(resumeIn(v2)?.answers).toEqual({
      'single-0': answer('a', true, 3),
      'multiple-0': answer(['a', 'b'], false, 0),
    });
    expect(slideTitle(v2, resumeIn(v2))).toBe('?tf-0');
  });
});

describe('s1 data, as packages built before write it', () => {
  const lesson = lessonData(questionsOfEveryType());
  const S1 =
    's1|8csk3g|4|2|XA||0,1,1,9ix,a;1,1,1,9ix,ac;2,0,0,9ix,f;5,1,1,9ix,het CRM%3B of %7C 100%25 zeker;6,-,0,9ix,Klachten: objectief, subjectief|1,xc,0';
  const answers = {
    'single-0': answer('a'),
    'multiple-0': answer(['a', 'c']),
    'tf-0': answer(false, false, 0),
    'fill-0': answer('het CRM; of | 100% zeker', false, 0),
    'open-0': answer('Klachten: objectief, subjectief', null, 0),
  };

  it('with its fingerprint matching: everything, indexes mapped to keys', () => {
    expect(decodeWithS1(S1, lesson, '4')).toEqual({
      slide: 4,
      visited: [0, 1, 2, 4],
      attempt: 2,
      result: null,
      best: null,
      answers,
      timers: { d01: { left: 1200, running: false } },
    });
    expect(decodeWithS1(S1, lesson, '3')?.slide).toBe(3);
  });

  it('a finished attempt becomes the best result', () => {
    const done =
      's1|8csk3g|4|2|XA|83.33p|0,1,1,9ix,a;1,1,1,9ix,ac;2,0,0,9ix,f;3,1,1,9ix,abcde;4,1,1,9ix,1a2b;5,1,1,9ix,CRM;6,-,0,9ix,Klachten: objectief, subjectief|1,xc,0';
    const back = decodeWithS1(done, lesson);
    expect([back?.result, back?.best]).toEqual([
      { score: 83.33, passed: true },
      { score: 83.33, passed: true, n: 2 },
    ]);
  });

  it('slides inserted or removed (the same questions): the answers and attempt, not the slide indexes', () => {
    const back = decodeWithS1(S1, lessonData(questionsOfEveryType(), 12), '4');
    expect(back).toEqual({ slide: 0, visited: [0], attempt: 2, result: null, best: null, answers, timers: {} });
  });

  it('reads as nothing saved without the s1 decoder: the player loads it before it decodes s1 data', () => {
    expect(decodeState(S1, lesson, '4')).toBeNull();
  });

  it('other questions: only the attempt and the result', () => {
    const other = lessonData(questionsOfEveryType(1));
    expect(decodeWithS1(S1.replace('|XA||', '|XA|45f|'), other, '4')).toEqual({
      slide: 0,
      visited: [0],
      attempt: 2,
      result: null,
      best: { score: 45, passed: false, n: 2 },
      answers: {},
      timers: {},
    });
  });
});

describe('corrupt data', () => {
  const lesson = lessonData(questionsOfEveryType());
  const good = encodeState(stateWithEveryAnswer(), lesson);

  it.each([
    ['empty', ''],
    ['another tool', '{"slide":3}'],
    ['truncated', 's2|d04|2'],
    ['s1 truncated', 's1|abc|4'],
  ])('starts fresh (null) on %s data', (_name, text) => expect(decodeWithS1(text, lesson)).toBeNull());

  it('keeps what can be trusted: a broken answer or number is dropped on its own', () => {
    const broken = good
      .replace(/\|2\|/, '|!|')
      .replace(/;[^;]+tf-/, ';')
      .replace(
        `${lesson.questions[0]!.k}1${lesson.questions[0]!.f}a`,
        `${lesson.questions[0]!.k}1${lesson.questions[0]!.f}z`,
      );
    const back = decodeState(broken, lesson);
    expect(back?.attempt).toBe(1);
    expect(back?.answers['single-0']).toBeUndefined();
    expect(back?.answers['multiple-0']).toEqual(answer(['a', 'c']));
    expect(back?.slide).toBe(4);
  });

  it('holds numbers to what the lesson allows: a best score over 100 is dropped, the attempt stops at the last, a timer at 99 hours', () => {
    const lessonOf2 = { ...lesson, attempts: 2 };
    const slide = lesson.slides[1]!.k;
    const text = `s2|${slide}|zzzzzzzz|${slide}|910f1||${slide},zzzzz,0`;
    const back = decodeState(text, lessonOf2);
    expect(back?.best).toBeNull();
    expect(back?.attempt).toBe(2);
    expect(back?.timers[slide]).toEqual({ left: 356400, running: false });
    expect(decodeWithS1(`s1|x|0|1|A|250p||`, lesson)?.best).toBeNull();
  });

  it('never throws on any truncation or one-character change of real data', () => {
    const variants = [...good].flatMap((_c, i) => [
      good.slice(0, i),
      good.slice(0, i) + '|' + good.slice(i + 1),
      good.slice(0, i) + ';' + good.slice(i),
    ]);
    for (const text of variants) {
      const back = decodeState(text, lesson);
      if (back !== null) expect(back.slide).toBeLessThan(lesson.slides.length);
    }
  });
});

describe('the shuffle seed and second tries', () => {
  const withTries = (lesson: LessonData, tries: number): LessonData => ({
    ...lesson,
    questions: lesson.questions.map((q) => ({ ...q, tries })),
  });
  const V1T = withTries(V1, 3);
  const midTry: PlayerState = { ...midQuiz, seed: 4294967295, tried: { 'tf-0': 2, 'order-0': 1 } };

  it('gives back the seed (the same shuffled orders) and the wrong tries used of open questions', () => {
    expect(decodeState(encodeState(midTry, V1T), V1T)).toEqual(midTry);
  });

  it('reads data written before seeds and tries (6 fields) as having neither', () => {
    const before = encodeState(midQuiz, V1T).replace(/\|\|$/, '');
    expect(before.split('|')).toHaveLength(7);
    const back = decodeState(before, V1T);
    expect(back?.seed).toBeUndefined();
    expect(back?.tried).toBeUndefined();
    expect(back?.answers).toEqual(midQuiz.answers);
  });

  it('drops a count of tries the question no longer allows (the author lowered `tries:`)', () => {
    const back = decodeState(encodeState(midTry, V1T), withTries(V1, 2));
    expect(back?.tried).toEqual({ 'order-0': 1 });
  });

  it('keeps a 200-slide, 100-question lesson within 4096 with every question on its second of three tries', () => {
    const big = withTries({ ...bigLesson(), attempts: 3 }, 3);
    const state: PlayerState = {
      slide: 199,
      visited: Array.from({ length: 200 }, (_, i) => i),
      answers: {},
      attempt: 3,
      result: null,
      best: { score: 33.33, passed: false, n: 1 },
      timers: {},
      seed: 4294967295,
      tried: Object.fromEntries(big.questions.map((q) => [q.id, 2])),
    };
    const text = encodeState(state, big, 4096);
    expect(text.length).toBeLessThan(1400);
    expect(decodeState(text, big)).toEqual(state);
  });
});
