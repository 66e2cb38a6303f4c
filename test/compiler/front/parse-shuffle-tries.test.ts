// `shuffle:` and `tries:` as an author writes them: on a question, or in the front matter for all;
// where they mean nothing they are ignored with a warning, a wrong value is an error at the value.

import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/compiler/front/parse-front-matter.js';
import { parseQuiz } from '../../../src/compiler/front/parse-quiz.js';

const file = 'les/quiz.yaml';
const QUIZ = `
- { id: s, type: single, prompt: P, options: [{ text: Ja, correct: true }, Nee] }
- { id: m, type: multiple, prompt: P, options: [{ text: Ja, correct: true }, Nee], shuffle: false, tries: 1 }
- { id: t, type: true-false, prompt: P, answer: true, tries: 3 }
- { id: o, type: open, prompt: P }
`;

const flags = (yaml: string, set: { shuffle: boolean; tries: number } = { shuffle: false, tries: 1 }) =>
  parseQuiz(yaml, file, { language: 'nl', scoring: 'all-or-nothing', ...set }).entries.map(({ question: q }) => [
    q.id,
    q.shuffle ?? false,
    q.tries ?? 1,
  ]);
const problems = (yaml: string) =>
  parseQuiz(yaml, file).diagnostics.map((d) => [d.code, d.pos.line, d.pos.column, d.severity, d.message]);

describe('shuffle and tries on questions', () => {
  it('default: nothing shuffled, one try', () => {
    expect(flags(QUIZ)).toEqual([
      ['s', false, 1],
      ['m', false, 1],
      ['t', false, 3],
      ['o', false, 1],
    ]);
  });

  it('the front matter sets them for every question without its own; an open question never gets tries', () => {
    expect(flags(QUIZ, { shuffle: true, tries: 2 })).toEqual([
      ['s', true, 2],
      ['m', false, 1],
      ['t', false, 3],
      ['o', false, 1],
    ]);
  });

  it('a wrong value is an error at the value; shuffle where there are no options and tries on an open question are ignored with a warning', () => {
    expect(
      problems(`- { id: a, type: single, prompt: P, options: [{ text: Ja, correct: true }, Nee], tries: 0, shuffle: ja }
- { id: b, type: fill-in, prompt: P, answers: [x], shuffle: true }
- { id: c, type: open, prompt: P, tries: 2 }`),
    ).toEqual([
      ['QUIZ_INVALID_VALUE', 1, 101, 'error', 'shuffle of question "a" must be true or false, not "ja"'],
      ['QUIZ_INVALID_VALUE', 1, 89, 'error', 'tries of question "a" must be a whole number from 1 to 9, not "0"'],
      ['QUIZ_UNKNOWN_KEY', 2, 61, 'warning', 'question "b" (fill-in) has no options to shuffle: `shuffle` is ignored'],
      ['QUIZ_UNKNOWN_KEY', 3, 42, 'warning', 'open question "c" is never wrong: `tries` is ignored'],
    ]);
    expect(
      parseQuiz('- { id: a, type: single, prompt: P, options: [{ text: Ja, correct: true }, Nee], tries: 0 }', file)
        .entries,
    ).toEqual([]);
  });

  it('a misspelt key is named with the one meant', () => {
    expect(problems('- { id: a, type: true-false, prompt: P, answer: true, tires: 2 }').map((p) => p[4])).toEqual([
      'question "a" (true-false) has an unknown field "tires"; did you mean "tries"?',
    ]);
  });
});

describe('shuffle and tries in the front matter', () => {
  const front = (lines: string) =>
    parseFrontMatter(`---\ntitle: Les\nid: les-1\n${lines}\n---\n# Dia\n`, 'les/lesson.md');

  it('are read', () => {
    expect(front('shuffle: true\ntries: 2').meta).toMatchObject({ shuffle: true, tries: 2 });
    expect(front('shuffle: true\ntries: 2').diagnostics).toEqual([]);
  });

  it('a wrong value is an error at the value, with a hint', () => {
    expect(
      front('shuffle: yes please\ntries: 2.5').diagnostics.map((d) => [d.code, d.pos.line, d.pos.column, d.message]),
    ).toEqual([
      ['META_INVALID_VALUE', 4, 10, 'shuffle "yes please" is not true or false'],
      ['META_INVALID_VALUE', 5, 8, 'tries 2.5 is not a whole number from 1 to 9'],
    ]);
  });

  it('a misspelt key is named with the one meant', () => {
    expect(front('shufle: true').diagnostics.map((d) => d.message)[0]).toContain('did you mean "shuffle"?');
  });
});
