// Mistakes in a quiz file's values, each reported once, by its cause, with the fix in the author's
// terms: every row is a question as a teacher wrote it and every diagnostic it gives.

import { describe, expect, it } from 'vitest';
import { parseQuiz } from '../../../src/compiler/front/parse-quiz.js';

const file = 'quiz.yaml';
const problems = (yaml: string) =>
  parseQuiz(yaml, file).diagnostics.map((d) => `${d.pos.line}:${d.pos.column} ${d.code}: ${d.message} | ${d.hint}`);

const single = (options: string) => `- id: q\n  type: single\n  prompt: Welke?\n  options:\n${options}`;

describe('a true-or-false field written as a word', () => {
  it.each([
    ['yes', 'write `true` for yes: only `true` and `false` are read as yes and no'],
    ['ja', 'write `true` for ja: only `true` and `false` are read as yes and no'],
    ['Waar', 'write `true` for Waar: only `true` and `false` are read as yes and no'],
    ['nee', 'write `false` for nee: only `true` and `false` are read as yes and no'],
    ['"true"', 'write `true` or `false` (without quotes)'],
    ['misschien', 'write `true` or `false` (without quotes)'],
  ])('correct: %s is one error, not also "no correct option"', (value, hint) => {
    const written = value.replace(/"/g, '');
    expect(problems(single(`    - text: Zeep\n      correct: ${value}\n    - Water\n`))).toEqual([
      `6:16 QUIZ_INVALID_VALUE: correct of question "q" must be true or false, not "${written}" | ${hint}`,
    ]);
  });

  it('an option list without any `correct:` still has no correct option', () => {
    expect(problems(single('    - text: Zeep\n    - Water\n'))).toEqual([
      '5:5 QUIZ_NO_CORRECT: question "q" has no correct option | mark at least one option with `correct: true`',
    ]);
  });
});
