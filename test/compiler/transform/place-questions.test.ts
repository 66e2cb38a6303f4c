import { describe, expect, it } from 'vitest';
import { parseQuiz } from '../../../src/compiler/front/parse-quiz.js';
import { parseSlides } from '../../../src/compiler/front/parse-slides.js';
import { placeQuestions } from '../../../src/compiler/transform/place-questions.js';

const QUIZ = `
- { id: q1, type: true-false, prompt: Een, answer: true }
- { id: q2, type: true-false, prompt: Twee, answer: true }
- { id: q3, type: true-false, prompt: Drie, answer: true }
- { id: open1, type: open, prompt: Vertel }
`;
const end = { file: 'l.md', line: 99, column: 1 };

function place(body: string, quiz = QUIZ, language = 'en') {
  const quizFile = parseQuiz(quiz, 'q.yaml');
  const parsed = parseSlides(body, 1, 'l.md').slides;
  const placement = placeQuestions(
    parsed,
    { entries: quizFile.entries, broken: quizFile.brokenIds, complete: true },
    language,
    end,
  );
  return {
    slides: placement.slides.map(
      (s) => `${s.kind}:${s.title}:${s.blocks.map((b) => (b.type === 'question' ? b.questionId : b.type)).join('+')}`,
    ),
    questions: placement.questions.map((q) => q.id),
    problems: placement.diagnostics.map((d) => `${d.pos.line}:${d.pos.column} ${d.code}`),
  };
}

describe('placeQuestions', () => {
  it('a bare ::quiz takes the questions not placed elsewhere, in file order, then the result slide', () => {
    expect(place('# Start\n::question q2\n---\n# Toets\n::quiz\n---\n# Einde')).toEqual({
      slides: [
        'content:Start:markdown+q2',
        'content:Toets:markdown',
        'question:Een:q1',
        'question:Drie:q3',
        'question:Vertel:open1',
        'result:Your result:',
        'content:Einde:markdown',
      ],
      questions: ['q2', 'q1', 'q3', 'open1'],
      problems: [],
    });
  });

  it('::quiz with ids takes just those, in the listed order; a slide holding only ::quiz is not shown', () => {
    expect(place('# A\n---\n::quiz q3 q1\n---\n# B\n::question open1', QUIZ, 'nl')).toEqual({
      slides: [
        'content:A:markdown',
        'question:Drie:q3',
        'question:Een:q1',
        'result:Je resultaat:',
        'content:B:markdown+open1',
      ],
      questions: ['q3', 'q1', 'open1'],
      problems: ['3:3 QUESTION_UNUSED'],
    });
  });

  it('one result slide, after the last of several quiz sections', () => {
    expect(place('# A\n::quiz q1\n---\n# B\n::quiz q2 q3 open1').slides).toEqual([
      'content:A:markdown',
      'question:Een:q1',
      'content:B:markdown',
      'question:Twee:q2',
      'question:Drie:q3',
      'question:Vertel:open1',
      'result:Your result:',
    ]);
  });

  it('without ::quiz, graded questions get a result slide at the end; unplaced ones are warned about', () => {
    expect(place('# A\n::question q1\n---\nGeen kop, wel tekst.')).toEqual({
      slides: ['content:A:markdown+q1', 'content:Geen kop, wel tekst.:markdown', 'result:Your result:'],
      questions: ['q1'],
      problems: ['3:3 QUESTION_UNUSED', '4:3 QUESTION_UNUSED', '5:3 QUESTION_UNUSED'],
    });
  });

  it('only open questions: no result slide; a slide without heading is titled by its question', () => {
    expect(place('::question open1', '- { id: open1, type: open, prompt: Vertel }')).toEqual({
      slides: ['content:Vertel:open1'],
      questions: ['open1'],
      problems: [],
    });
  });

  it('reports unknown ids, ids placed twice and a quiz section with nothing left', () => {
    expect(place('# A\n::question q1\n::quiz q1 nope q2\n---\n::quiz\n::quiz').problems).toEqual([
      '3:8 QUESTION_PLACED_TWICE',
      '3:11 QUESTION_NOT_DEFINED',
      '6:1 QUIZ_SECTION_EMPTY',
    ]);
  });
});

describe('placeQuestions without graded questions', () => {
  it('a quiz section of open questions only ends without a result slide', () => {
    expect(place('# A\n::quiz open1', '- { id: open1, type: open, prompt: Vertel }').slides).toEqual([
      'content:A:markdown',
      'question:Vertel:open1',
    ]);
  });
});
