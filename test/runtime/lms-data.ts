// LessonData for the LMS unit tests: one question of every type, and a big lesson
// (200 slides, 100 questions) for the suspend_data budget.

import { optionPrints, questionKeys, s2QuestionKeys } from '../../src/compiler/render/progress-keys.js';
import type { LessonData, Question } from '../../src/shared/model.js';
import { stringsFor } from '../../src/shared/i18n.js';

const base = { promptHtml: 'Vraag', points: 1, feedback: { correct: '', incorrect: '' } };
const ids = 'abcde';

export function questionsOfEveryType(n = 0): Question[] {
  return [
    {
      ...base,
      id: `single-${n}`,
      promptText: 'Welke soort?',
      type: 'single',
      choices: [
        { id: 'a', html: 'Objectief', correct: true },
        { id: 'b', html: 'Subjectief', correct: false },
      ],
    },
    {
      ...base,
      id: `multiple-${n}`,
      promptText: 'Hoe binnen?',
      type: 'multiple',
      choices: [
        { id: 'a', html: 'Telefonisch', correct: true },
        { id: 'b', html: 'Via de CAO', correct: false },
        { id: 'c', html: 'Per e-mail', correct: true },
      ],
    },
    { ...base, id: `tf-${n}`, promptText: 'Zelf in het CRM?', type: 'true-false', answer: true },
    {
      ...base,
      id: `order-${n}`,
      promptText: 'Volgorde',
      type: 'order',
      items: [...ids].map((id) => ({ id, html: id })),
      shown: ['c', 'a', 'e', 'b', 'd'],
    },
    {
      ...base,
      id: `match-${n}`,
      promptText: 'Koppel',
      type: 'match',
      sources: [
        { id: '1', html: 'Toegeven' },
        { id: '2', html: 'Forceren' },
      ],
      targets: [
        { id: 'b', html: 'Ontzien' },
        { id: 'a', html: 'Krediet' },
      ],
      pairs: { '1': 'a', '2': 'b' },
    },
    {
      ...base,
      id: `fill-${n}`,
      promptText: 'Welk systeem?',
      type: 'fill-in',
      answers: ['CRM', 'het CRM'],
      caseSensitive: false,
    },
    { ...base, id: `open-${n}`, promptText: 'Wat weet je nog?', type: 'open', points: 0 },
  ];
}

export function lessonData(questions: Question[], slideCount = questions.length + 2): LessonData {
  const [keys, s2Keys] = [questionKeys(questions), s2QuestionKeys(questions)];
  return {
    id: 'les-test',
    title: 'Testles',
    version: '1.0.0',
    language: 'nl',
    passingScore: 70,
    completion: 'slides-and-quiz',
    attempts: 2,
    navigation: 'free',
    solutions: 'after-last-attempt',
    score: 'best',
    // Slide keys as the compiler makes them: 3 base64url characters, unique in the lesson.
    slides: Array.from({ length: slideCount }, (_, i) => ({
      title: `Dia ${i + 1}`,
      kind: 'content' as const,
      k: `d${i.toString(36).padStart(2, '0')}`,
    })),
    // Keys and prints as the compiler makes them; `o`, the s2 key, for data written before s3.
    questions: questions.map((q, i) => {
      const prints = optionPrints<{ html: string }>(q, (option) => option.html);
      return { ...q, k: keys[i]!, o: s2Keys[i]!, ...(prints && { f: prints }) };
    }),
    strings: stringsFor('nl'),
  };
}

/** 200 slides, 100 graded questions of every graded type. */
export function bigLesson(): LessonData {
  const questions: Question[] = [];
  for (let n = 0; questions.length < 100; n++) {
    questions.push(...questionsOfEveryType(n).filter((q) => q.type !== 'open'));
  }
  return lessonData(questions.slice(0, 100), 200);
}
