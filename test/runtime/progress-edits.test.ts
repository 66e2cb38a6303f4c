// What a learner keeps when the teacher edits the lesson and uploads the new build (the contract in
// src/shared/progress/README.md): one row per edit, each in a lesson built by the compiler's own
// stages (keys from what the author wrote), the answers saved by the player's codec in build 1 and
// read by it in build 2.

import { describe, expect, it } from 'vitest';
import { lessonData as compile } from '../../src/compiler/render/lesson-data.js';
import { renderLesson } from '../../src/compiler/render/render-page.js';
import type { Slide } from '../../src/compiler/model.js';
import { decodeState, encodeState } from '../../src/runtime/lms/suspend-codec.js';
import { grade } from '../../src/runtime/quiz/grade.js';
import type { LessonData, Question } from '../../src/shared/model.js';
import { initialState, type PlayerState, type Response } from '../../src/shared/tracking.js';
import { makeLesson } from '../helpers/lessons.js';
import { lexed } from '../helpers/markdown.js';

const pos = { file: 'lesson.md', line: 1, column: 1 };
const base = { promptText: 'Vraag', points: 1, feedback: { correct: '', incorrect: '' } };

const choose: Question = {
  ...base,
  id: 'brand',
  promptHtml: 'Wat doe je met een brandende pan?',
  type: 'single',
  choices: [
    { id: 'a', html: 'Water erop gooien', correct: false },
    { id: 'b', html: 'Een deksel erop', correct: true },
    { id: 'c', html: 'Gooi het', correct: false },
    { id: 'd', html: 'Weglopen', correct: false },
  ],
};
const many: Question = {
  ...base,
  id: 'kanalen',
  promptHtml: 'Hoe komen klachten binnen?',
  type: 'multiple',
  choices: [
    { id: 'a', html: 'Telefonisch', correct: true },
    { id: 'b', html: 'Via de CAO', correct: false },
    { id: 'c', html: 'Per e-mail', correct: true },
  ],
};
const steps: Question = {
  ...base,
  id: 'stappen',
  promptHtml: 'Zet in volgorde',
  type: 'order',
  items: [
    { id: 'a', html: 'Luisteren' },
    { id: 'b', html: 'Samenvatten' },
    { id: 'c', html: 'Oplossen' },
  ],
  shown: ['c', 'a', 'b'],
};
const pairs: Question = {
  ...base,
  id: 'koppel',
  promptHtml: 'Koppel',
  type: 'match',
  sources: [
    { id: 'a', html: 'Toegeven' },
    { id: 'b', html: 'Forceren' },
  ],
  targets: [
    { id: 'a', html: 'Ontzien' },
    { id: 'b', html: 'Doordrukken' },
  ],
  pairs: { a: 'a', b: 'b' },
};
const typed: Question = {
  ...base,
  id: 'systeem',
  promptHtml: 'Welk systeem?',
  type: 'fill-in',
  answers: ['CRM'],
  caseSensitive: false,
};
const number: Question = {
  ...base,
  id: 'graden',
  promptHtml: 'Hoe warm?',
  type: 'numeric',
  min: 74,
  max: 76,
  answer: 75,
  unit: 'graden',
  shown: '75 graden',
};
const yesNo: Question = { ...base, id: 'crm', promptHtml: 'Zelf in het CRM?', type: 'true-false', answer: true };
const QUIZ = [choose, many, steps, pairs, typed, number, yesNo];

/** The lesson as the compiler builds it: content slides "## title", a slide per question, the result. */
function build(questions: Question[], titles = ['Welkom', 'Opdracht']): LessonData {
  const lesson = makeLesson({ attempts: 3 }, questions);
  lesson.slides = [
    ...titles.map((title): Slide => ({
      kind: 'content',
      title,
      blocks: [{ type: 'markdown', markdown: lexed(`## ${title}\n\nTekst.`), pos }],
      pos,
    })),
    ...questions.map((q): Slide => ({
      kind: 'question',
      title: q.id,
      blocks: [{ type: 'question', questionId: q.id, pos }],
      pos,
    })),
    { kind: 'result', title: 'Je resultaat', blocks: [], pos },
  ];
  return compile(renderLesson(lesson));
}

const RESPONSES: Record<string, Response> = {
  brand: 'c', // "Gooi het": wrong
  kanalen: ['a', 'c'], // right
  stappen: ['a', 'b', 'c'], // right
  koppel: [
    ['a', 'a'],
    ['b', 'b'],
  ], // right
  systeem: 'crm', // right
  graden: '75', // right
  crm: false, // wrong
};

const V1 = build(QUIZ);

/** Every question answered in build 1, the learner on the last question's slide. */
function savedIn(lesson: LessonData): string {
  const state: PlayerState = { ...initialState(), slide: 8, visited: [0, 1, 2, 3, 4, 5, 6, 7, 8] };
  for (const q of lesson.questions) state.answers[q.id] = { r: RESPONSES[q.id]!, ...grade(q, RESPONSES[q.id]!), ms: 0 };
  return encodeState(state, lesson);
}
const SAVED = savedIn(V1);

/** Build 2 with question `id` replaced by `edit` of it; the state read from build 1's data. */
function after(id: string, edit: (q: Question) => Question): { lesson: LessonData; state: PlayerState } {
  const lesson = build(QUIZ.map((q) => (q.id === id ? edit(q) : q)));
  return { lesson, state: decodeState(SAVED, lesson)! };
}

/** The option texts the learner chose in `lesson`, as the player shows them. */
function chosen(lesson: LessonData, state: PlayerState, id: string): string[] {
  const q = lesson.questions.find((x) => x.id === id)!;
  const r = state.answers[id]?.r;
  if (r === undefined) return ['(no answer)'];
  const text = (list: Array<{ id: string; html: string }>, ref: string) => list.find((o) => o.id === ref)!.html;
  switch (q.type) {
    case 'single':
    case 'multiple':
      return [r].flat().map((ref) => text(q.choices, String(ref)));
    case 'order':
      return (r as string[]).map((ref) => text(q.items, ref));
    case 'match':
      return (r as Array<[string, string]>).map(([s, t]) => `${text(q.sources, s)} = ${text(q.targets, t)}`);
    default:
      return [String(r)];
  }
}

const ofType = <T extends Question['type']>(q: Question, type: T): Extract<Question, { type: T }> => {
  if (q.type !== type) throw new Error(`fixture: ${q.id} is not ${type}`);
  return q as Extract<Question, { type: T }>;
};

describe('what a teacher edits and the learner keeps', () => {
  it('the same build: every answer, nothing to send again', () => {
    const state = decodeState(SAVED, V1)!;
    expect(Object.keys(state.answers).sort()).toEqual(QUIZ.map((q) => q.id).sort());
    expect(state.regraded).toBeUndefined();
  });

  it('a typo fixed in the chosen option: the answer stays, the same option', () => {
    const { lesson, state } = after('brand', (q) => ({
      ...ofType(q, 'single'),
      choices: ofType(q, 'single').choices.map((c) => (c.id === 'c' ? { ...c, html: 'Gooi het op het vuur' } : c)),
    }));
    expect(chosen(lesson, state, 'brand')).toEqual(['Gooi het op het vuur']);
    expect(state.answers['brand']?.ok).toBe(false);
    expect(state.regraded).toBeUndefined();
  });

  it('prompt, feedback and points reworded: the answer stays, graded with the new points', () => {
    const { state } = after('kanalen', (q) => ({
      ...q,
      promptHtml: 'Langs welke kanalen komen klachten binnen?',
      feedback: { correct: 'Goed zo', incorrect: 'Kijk nog eens' },
      points: 4,
    }));
    expect(state.answers['kanalen']).toMatchObject({ ok: true, pts: 4 });
  });

  it('options reordered: the answer still means the options the learner chose', () => {
    const { lesson, state } = after('kanalen', (q) => {
      const [tel, cao, mail] = ofType(q, 'multiple').choices;
      return {
        ...ofType(q, 'multiple'),
        choices: [
          { ...mail!, id: 'a' },
          { ...tel!, id: 'b' },
          { ...cao!, id: 'c' },
        ],
      };
    });
    expect(chosen(lesson, state, 'kanalen').sort()).toEqual(['Per e-mail', 'Telefonisch']);
    expect(state.answers['kanalen']?.ok).toBe(true);
  });

  it('options reordered and one of them reworded at once: still the options chosen', () => {
    const { lesson, state } = after('brand', (q) => {
      const [water, deksel, gooi, weg] = ofType(q, 'single').choices;
      return {
        ...ofType(q, 'single'),
        choices: [
          { ...deksel!, id: 'a' },
          { ...gooi!, id: 'b', html: 'Gooi het op het vuur' },
          { ...water!, id: 'c' },
          { ...weg!, id: 'd' },
        ],
      };
    });
    expect(chosen(lesson, state, 'brand')).toEqual(['Gooi het op het vuur']);
  });

  it('another option marked correct: the answer stays, graded again, and listed for the LMS', () => {
    const { state } = after('brand', (q) => ({
      ...ofType(q, 'single'),
      choices: ofType(q, 'single').choices.map((c) => ({ ...c, correct: c.id === 'c' })),
    }));
    expect(state.answers['brand']).toMatchObject({ r: 'c', ok: true, pts: 1 });
    expect(state.regraded).toEqual(['brand']);
  });

  it('the true/false answer turned, another numeric answer or tolerance, other accepted words: graded again', () => {
    expect(after('crm', (q) => ({ ...ofType(q, 'true-false'), answer: false })).state.answers['crm']?.ok).toBe(true);
    const wider = after('graden', (q) => ({ ...ofType(q, 'numeric'), min: 79, max: 81, answer: 80 }));
    expect(wider.state.answers['graden']).toMatchObject({ r: '75', ok: false });
    expect(wider.state.regraded).toEqual(['graden']);
    const words = after('systeem', (q) => ({ ...ofType(q, 'fill-in'), answers: ['Salesforce'] }));
    expect(words.state.answers['systeem']).toMatchObject({ r: 'crm', ok: false });
  });

  it('order items moved (a new correct order): the learner order kept by item, graded against the new one', () => {
    const { lesson, state } = after('stappen', (q) => {
      const [luister, samen, oplos] = ofType(q, 'order').items;
      return {
        ...ofType(q, 'order'),
        items: [
          { ...samen!, id: 'a' },
          { ...luister!, id: 'b' },
          { ...oplos!, id: 'c' },
        ],
      };
    });
    expect(chosen(lesson, state, 'stappen')).toEqual(['Luisteren', 'Samenvatten', 'Oplossen']);
    expect(state.answers['stappen']?.ok).toBe(false);
    expect(state.regraded).toEqual(['stappen']);
  });

  it('match descriptions reordered and a term reworded: the pairs the learner made', () => {
    const { lesson, state } = after('koppel', (q) => {
      const m = ofType(q, 'match');
      return {
        ...m,
        sources: [m.sources[0]!, { ...m.sources[1]!, html: 'Forceren (doordrukken)' }],
        targets: [
          { id: 'a', html: 'Doordrukken' },
          { id: 'b', html: 'Ontzien' },
        ],
        pairs: { a: 'b', b: 'a' },
      };
    });
    expect(chosen(lesson, state, 'koppel')).toEqual(['Toegeven = Ontzien', 'Forceren (doordrukken) = Doordrukken']);
    expect(state.answers['koppel']?.ok).toBe(true);
    expect(state.regraded).toBeUndefined();
  });

  it.each([
    [
      'an option added',
      'brand',
      (q: Question) => ({
        ...ofType(q, 'single'),
        choices: [...ofType(q, 'single').choices, { id: 'e', html: 'Blussen', correct: false }],
      }),
    ],
    [
      'an option removed',
      'kanalen',
      (q: Question) => ({ ...ofType(q, 'multiple'), choices: ofType(q, 'multiple').choices.slice(0, 2) }),
    ],
    [
      'the type changed',
      'kanalen',
      (q: Question) => ({
        ...ofType(q, 'multiple'),
        type: 'single' as const,
        choices: ofType(q, 'multiple').choices.map((c) => ({ ...c, correct: c.id === 'a' })),
      }),
    ],
    ['the id changed', 'crm', (q: Question) => ({ ...q, id: 'crm-zelf' })],
  ])('%s: only that answer goes', (_edit, id, edit) => {
    const lesson = build(QUIZ.map((q) => (q.id === id ? edit(q) : q)));
    const state = decodeState(SAVED, lesson)!;
    expect(Object.keys(state.answers).sort()).toEqual(
      QUIZ.map((q) => q.id)
        .filter((x) => x !== id)
        .sort(),
    );
  });

  it('a slide inserted, moved or retitled: the learner is where they were', () => {
    const at = (lesson: LessonData, state: PlayerState | null) => lesson.slides[state!.slide]!.title;
    expect(at(V1, decodeState(SAVED, V1))).toBe('crm');
    const inserted = build(QUIZ, ['Welkom', 'Nieuw: veiligheid', 'Opdracht']);
    expect(at(inserted, decodeState(SAVED, inserted))).toBe('crm');
    const moved = build([yesNo, ...QUIZ.slice(0, -1)], ['Opdracht', 'Welkom']);
    expect(at(moved, decodeState(SAVED, moved))).toBe('crm');
    expect(decodeState(SAVED, moved)!.visited.map((i) => moved.slides[i]!.title)).toEqual(
      V1.slides
        .slice(0, 9)
        .map((slide) => slide.title)
        .sort((a, b) => moved.slides.findIndex((s) => s.title === a) - moved.slides.findIndex((s) => s.title === b)),
    );
    // The learner was on "Opdracht" when it got a new title: it is the slide after the last one seen.
    const onTitle = encodeState({ ...decodeState(SAVED, V1)!, slide: 1, visited: [0, 1] }, V1);
    const retitled = build(QUIZ, ['Welkom', 'Opdracht voor vandaag']);
    expect(at(retitled, decodeState(onTitle, retitled))).toBe('Opdracht voor vandaag');
  });

  it('a finished attempt whose key was fixed: the result and the best result follow the new grading', () => {
    const done = decodeState(SAVED, V1)!;
    expect(done.result).toEqual({ score: 71.43, passed: true });
    const fixed = build(QUIZ.map((q) => (q.id === 'crm' ? { ...ofType(q, 'true-false'), answer: false } : q)));
    const back = decodeState(encodeState(done, V1), fixed)!;
    expect(back.result).toEqual({ score: 85.71, passed: true });
    expect(back.best).toEqual({ score: 85.71, passed: true, n: 1 });
  });
});
