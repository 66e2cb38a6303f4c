// `::quiz draw N` as the author writes it: which questions form the pool, and the errors (with
// line:column) for a count that is not a whole number of 1 or more, a misspelt `draw` and a draw of
// more questions than the section has.

import { describe, expect, it } from 'vitest';
import { parseQuiz } from '../../../src/compiler/front/parse-quiz.js';
import { parseSlides } from '../../../src/compiler/front/parse-slides.js';
import { placeQuestions } from '../../../src/compiler/transform/place-questions.js';

// Four graded questions (one a 0-point practice question, which is not graded) and an open one.
const QUIZ = [
  ...['q1', 'q2', 'q3'].map((id) => `- { id: ${id}, type: true-false, prompt: Vraag ${id}, answer: true }`),
  '- { id: practice, type: true-false, prompt: Oefenen, answer: true, points: 0 }',
  '- { id: open1, type: open, prompt: Vertel }',
].join('\n');
const end = { file: 'l.md', line: 99, column: 1 };

function place(body: string) {
  const quizFile = parseQuiz(QUIZ, 'q.yaml');
  const parsed = parseSlides(body, 1, 'l.md');
  const placement = placeQuestions(
    parsed.slides,
    { entries: quizFile.entries, broken: quizFile.brokenIds, complete: true },
    'nl',
    end,
  );
  return {
    draws: Object.fromEntries(placement.questions.map((q) => [q.id, q.draw ?? null])),
    problems: [...parsed.diagnostics, ...placement.diagnostics].map(
      (d) => `${d.pos.line}:${d.pos.column} ${d.code} ${d.message}`,
    ),
  };
}

describe('::quiz draw N', () => {
  it('a bare section: its graded questions form pool 0, the open and practice ones are always shown', () => {
    expect(place('# Toets\n::quiz draw 2')).toEqual({
      draws: { q1: { pool: 0, n: 2 }, q2: { pool: 0, n: 2 }, q3: { pool: 0, n: 2 }, practice: null, open1: null },
      problems: [],
    });
  });

  it('with ids: only the listed ones; two sections are two pools; drawing all of them needs no pool', () => {
    expect(place('# A\n::quiz draw 1 q1 q2\n---\n# B\n::quiz draw 1 q3 open1\n---\n# C\n::quiz practice')).toEqual({
      draws: { q1: { pool: 0, n: 1 }, q2: { pool: 0, n: 1 }, q3: null, open1: null, practice: null },
      problems: [],
    });
  });

  it('a count that is not a whole number of 1 or more, at its column', () => {
    expect(place('# A\n::quiz draw 0').problems).toEqual([
      '2:13 QUIZ_DRAW_INVALID `::quiz draw` needs a whole number of questions of 1 or more, found "0"',
    ]);
    expect(place('# A\n::quiz draw 2.5').problems).toEqual([
      '2:13 QUIZ_DRAW_INVALID `::quiz draw` needs a whole number of questions of 1 or more, found "2.5"',
    ]);
    expect(place('# A\n::quiz draw').problems).toEqual([
      '2:8 QUIZ_DRAW_INVALID `::quiz draw` needs a whole number of questions of 1 or more, found "(nothing)"',
    ]);
  });

  it('a misspelt draw gets a did-you-mean; a plain id list stays an id list', () => {
    expect(place('# A\n::quiz drwa 2').problems).toEqual([
      '2:8 QUIZ_DRAW_INVALID unknown word "drwa" after `::quiz`; did you mean "draw"?',
    ]);
    expect(place('# A\n::quiz q1 q2\n---\n# B\n::quiz').problems).toEqual([]);
  });

  it('more than the section has graded questions', () => {
    expect(place('# A\n::quiz draw 4').problems).toEqual([
      "2:13 QUIZ_DRAW_TOO_MANY `::quiz draw 4` draws more questions than this section's 3 graded ones",
    ]);
  });
});
