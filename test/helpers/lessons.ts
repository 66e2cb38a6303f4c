// Hand-made compiler Lessons for stage tests that must not depend on the parser (manifest, zip,
// pipeline): the smallest lesson a stage needs, with overrides.

import type { Lesson, LessonMeta, QuizQuestion } from '../../src/compiler/model.js';
import type { Question } from '../../src/shared/model.js';
import { lexed } from './markdown.js';

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
  return {
    type: 'open',
    id,
    promptHtml: 'Wat?',
    promptText: 'Wat?',
    points: 0,
    feedback: { correct: '', incorrect: '' },
  };
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
      html: 'allowlist',
      navigation: 'free',
      solutions: 'after-last-attempt',
      score: 'best',
      quizFiles: ['quiz.yaml'],
      scoring: 'all-or-nothing',
      shuffle: false,
      tries: 1,
      ui: {},
      theme: {},
      ...meta,
    },
    slides: [
      { kind: 'content', title: 'Welkom', blocks: [{ type: 'markdown', markdown: lexed('# Welkom'), pos }], pos },
      ...questions.map((q) => ({
        kind: 'question' as const,
        title: q.promptText,
        blocks: [{ type: 'question' as const, questionId: q.id, pos }],
        pos,
      })),
    ],
    questions: questions.map(unrendered),
    assets: [],
    modified: new Date(Date.UTC(2026, 11, 1, 9, 30, 0)),
  };
}

/** The compiler's question for a player's question: each HTML text read back as the inline Markdown
 *  it is (HTML is Markdown too), so rendering gives the same HTML. */
export function unrendered(q: Question): QuizQuestion {
  const md = (html: string) => lexed(html, true);
  const items = (list: Array<{ id: string; html: string }>) => list.map((i) => ({ id: i.id, html: md(i.html) }));
  const base = {
    promptHtml: md(q.promptHtml),
    feedback: { correct: md(q.feedback.correct), incorrect: md(q.feedback.incorrect) },
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { ...q, ...base, choices: q.choices.map((c) => ({ ...c, html: md(c.html) })) };
    case 'order':
      return { ...q, ...base, items: items(q.items) };
    case 'match':
      return { ...q, ...base, sources: items(q.sources), targets: items(q.targets) };
    default:
      return { ...q, ...base };
  }
}
