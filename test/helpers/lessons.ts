// Hand-made compiler Lessons for stage tests that must not depend on the parser (manifest, zip,
// pipeline): the smallest lesson a stage needs, with overrides.

import type { Lesson, LessonMeta } from '../../src/compiler/model.js';
import type { Question } from '../../src/shared/model.js';

const pos = { file: 'lesson/lesson.md', line: 1, column: 1 };

export function singleQuestion(id: string, points = 1): Question {
  return {
    type: 'single',
    id,
    promptHtml: 'Welke?',
    promptText: 'Welke?',
    points,
    feedback: { correct: '', incorrect: '' },
    choices: [
      { id: 'a', html: 'Ja', correct: true },
      { id: 'b', html: 'Nee', correct: false },
    ],
  };
}

export function openQuestion(id: string): Question {
  return { type: 'open', id, promptHtml: 'Wat?', promptText: 'Wat?', points: 0, feedback: { correct: '', incorrect: '' } };
}

export function makeLesson(meta: Partial<LessonMeta> = {}, questions: Question[] = [singleQuestion('q1')]): Lesson {
  return {
    dir: '/tmp/lesson',
    meta: {
      id: 'les-test',
      title: 'Testles',
      language: 'nl',
      version: '1.0.0',
      description: 'Een les om te testen.',
      passingScore: 70,
      completion: 'slides-and-quiz',
      attempts: 0,
      navigation: 'free',
      solutions: 'after-last-attempt',
      score: 'best',
      quizFiles: ['quiz.yaml'],
      ...meta,
    },
    slides: [
      { kind: 'content', title: 'Welkom', blocks: [{ type: 'markdown', html: '<h1>Welkom</h1>', pos }], pos },
      ...questions.map((q) => ({
        kind: 'question' as const,
        title: q.promptText,
        blocks: [{ type: 'question' as const, questionId: q.id, pos }],
        pos,
      })),
    ],
    questions,
    assets: [],
  };
}
