// Issue 12, class 7: an option, item, term or description that is empty (`text: ""`) showed a blank
// radio button, a blank card to order or match: it is a diagnostic at the empty text.

import { describe, expect, it } from 'vitest';
import { diag } from '../../../src/compiler/diagnostics/diagnostics.js';
import { plain } from '../diagnostics/plain.js';
import { parseQuiz } from '../../../src/compiler/front/parse-quiz.js';

const file = 'lesson/quiz.yaml';
const at = (line: number, column: number) => ({ file, line, column });

describe('empty answer texts', () => {
  it('are QUIZ_EMPTY_TEXT at the text, and the question is not kept', () => {
    const quiz = parseQuiz(
      [
        '- id: q1',
        '  type: single',
        '  prompt: P',
        '  options:',
        '    - text: ""',
        '      correct: true',
        '    - text: Nee',
        '- id: q2',
        '  type: order',
        '  prompt: P',
        "  items: [Een, '  ', Drie]",
        '- id: q3',
        '  type: match',
        '  prompt: P',
        '  pairs:',
        '    "": leeg',
        '    b: ""',
        '- id: q4',
        '  type: multiple',
        '  prompt: P',
        '  options: [{text: a, correct: true}, {text: " "}]',
      ].join('\n'),
      file,
    );
    expect(plain(quiz.diagnostics)).toEqual(
      plain([
        diag('QUIZ_EMPTY_TEXT', at(5, 13), () => 'an option of question "q1" is empty'),
        diag('QUIZ_EMPTY_TEXT', at(11, 16), () => 'an item of question "q2" is empty'),
        diag('QUIZ_EMPTY_TEXT', at(16, 5), () => 'a term of question "q3" is empty'),
        diag('QUIZ_EMPTY_TEXT', at(17, 8), () => 'the description of "b" of question "q3" is empty'),
        diag('QUIZ_EMPTY_TEXT', at(21, 46), () => 'an option of question "q4" is empty'),
      ]),
    );
    expect(quiz.entries).toEqual([]);
  });
});
