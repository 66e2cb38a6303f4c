// quiz.yaml `type: numeric` and `scoring:` as an author writes them: what the player receives, and
// every mistake reported at its line with a hint (or the key that was probably meant).

import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/compiler/front/parse-front-matter.js';
import { parseQuiz } from '../../../src/compiler/front/parse-quiz.js';
import { markdownRenderer } from '../../../src/compiler/markdown/render-markdown.js';
import { renderQuestion } from '../../../src/compiler/render/render-question.js';

const file = 'les/quiz.yaml';
const nl = { shuffle: false, tries: 1, language: 'nl', scoring: 'all-or-nothing' } as const;

function parsed(yaml: string, settings: Parameters<typeof parseQuiz>[2] = nl) {
  const quiz = parseQuiz(yaml, file, settings);
  const md = markdownRenderer(() => null);
  return {
    questions: quiz.entries.map((e) => renderQuestion(e.question, md)),
    problems: quiz.diagnostics.map(
      (d) => `${d.pos.line}:${d.pos.column} ${d.code} ${d.message}${d.hint ? ` | ${d.hint}` : ''}`,
    ),
  };
}

const numeric = (fields: string): string => `
- id: temp
  type: numeric
  prompt: Hoe warm?
${fields}`;

describe('type: numeric', () => {
  it('answer with tolerance and unit: the range, the unit and the answer as shown in the lesson language', () => {
    const { questions, problems } = parsed(numeric('  answer: 7.5\n  tolerance: 0.2\n  unit: graden\n'));
    expect(problems).toEqual([]);
    expect(questions).toEqual([
      expect.objectContaining({
        type: 'numeric',
        min: 7.3,
        max: 7.7,
        answer: 7.5,
        unit: 'graden',
        shown: '7,5 graden',
      }),
    ]);
  });

  it('min and max without an answer: shown as the range; no unit is no unit', () => {
    const { questions, problems } = parsed(numeric('  min: 70\n  max: 80\n'), { ...nl, language: 'en' });
    expect(problems).toEqual([]);
    expect(questions[0]).toEqual(expect.objectContaining({ min: 70, max: 80, unit: '', shown: '70 – 80' }));
    expect(questions[0]).not.toHaveProperty('answer');
  });

  it('answer alone: exactly that number', () => {
    expect(parsed(numeric('  answer: 75\n')).questions[0]).toEqual(
      expect.objectContaining({ min: 75, max: 75, answer: 75 }),
    );
  });

  it.each([
    ['no answer', '  unit: graden\n', /^2:3 QUIZ_MISSING_FIELD question "temp" has no `answer:`/],
    ['answer as text', '  answer: "zeventig"\n', /^5:11 QUIZ_INVALID_VALUE answer of question "temp" must be a number/],
    ['answer too large for Moodle', '  answer: 123456\n', /^5:11 QUIZ_INVALID_VALUE .*-99999 to 99999/],
    [
      'tolerance below 0',
      '  answer: 75\n  tolerance: -1\n',
      /^6:14 QUIZ_INVALID_VALUE tolerance of question "temp" is below 0/,
    ],
    ['min above max', '  min: 80\n  max: 70\n', /^6:8 QUIZ_INVALID_VALUE max of question "temp" is below its min/],
    [
      'answer outside min..max',
      '  answer: 90\n  min: 70\n  max: 80\n',
      /^5:11 QUIZ_INVALID_VALUE answer of question "temp" lies outside min\.\.max/,
    ],
    ['min without max', '  min: 70\n', /^5:8 QUIZ_MISSING_FIELD question "temp" has `min:` without `max:`/],
    [
      'tolerance and min/max',
      '  answer: 75\n  tolerance: 2\n  min: 70\n  max: 80\n',
      /^6:14 QUIZ_INVALID_VALUE .*both `tolerance:` and `min:`/,
    ],
    [
      'unit with digits',
      '  answer: 75\n  unit: 12\n',
      /^6:9 QUIZ_INVALID_VALUE unit of question "temp" must be a word/,
    ],
    [
      'misspelt key',
      '  answer: 75\n  tolerence: 2\n',
      /^6:3 QUIZ_UNKNOWN_KEY .*unknown field "tolerence"; did you mean "tolerance"\?/,
    ],
  ])('%s', (_name, fields, expected) => {
    const { questions, problems } = parsed(numeric(fields));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(expected);
    if (!problems[0]!.includes('QUIZ_UNKNOWN_KEY')) expect(questions).toEqual([]);
  });
});

const multiple = (extra: string): string => `
- id: kanalen
  type: multiple
  prompt: Hoe?
  points: 2
  options: [{ text: A, correct: true }, { text: B, correct: true }, { text: C, correct: true }, D]
${extra}`;

describe('scoring', () => {
  it('default all-or-nothing: no partial flag', () => {
    expect(parsed(multiple('')).questions[0]).not.toHaveProperty('partial');
  });

  it('front matter `scoring: partial` reaches multiple, order and match; the question may say otherwise', () => {
    const yaml = `${multiple('')}
- id: volgorde
  type: order
  prompt: Volgorde
  items: [a, b, c]
- id: koppel
  type: match
  prompt: Koppel
  scoring: all-or-nothing
  pairs: { a: x, b: y }
- id: een
  type: single
  prompt: Een
  options: [{ text: A, correct: true }, B]
`;
    const { questions, problems } = parsed(yaml, { ...nl, scoring: 'partial' });
    expect(problems).toEqual([]);
    expect(questions.map((q) => ('partial' in q ? q.partial : undefined))).toEqual([true, true, undefined, undefined]);
  });

  it('a misspelt value comes with the one meant', () => {
    const { problems } = parsed(multiple('  scoring: partiel\n'));
    expect(problems).toEqual([
      expect.stringMatching(
        /^7:12 QUIZ_INVALID_VALUE scoring of question "kanalen" is "partiel"; did you mean "partial"\? \| use one of: all-or-nothing, partial$/,
      ),
    ]);
  });

  it('scoring on a single question is an unknown field', () => {
    const { problems } = parsed(`
- id: een
  type: single
  prompt: Een
  scoring: partial
  options: [{ text: A, correct: true }, B]
`);
    expect(problems).toEqual([
      expect.stringMatching(/^5:3 QUIZ_UNKNOWN_KEY question "een" \(single\) has an unknown field "scoring"/),
    ]);
  });

  it('front matter: `scoring: partial` is read, anything else is refused with the allowed values', () => {
    const ok = parseFrontMatter('---\ntitle: T\nid: t\nscoring: partial\n---\n# T\n', 'les/lesson.md');
    expect(ok.diagnostics).toEqual([]);
    expect(ok.meta.scoring).toBe('partial');
    const bad = parseFrontMatter('---\ntitle: T\nid: t\nscoring: half\n---\n# T\n', 'les/lesson.md');
    expect(bad.diagnostics.map((d) => `${d.pos.line}:${d.pos.column} ${d.code} ${d.hint}`)).toEqual([
      '4:10 META_INVALID_VALUE use one of: all-or-nothing, partial',
    ]);
    expect(parseFrontMatter('---\ntitle: T\nid: t\n---\n# T\n', 'les/lesson.md').meta.scoring).toBe('all-or-nothing');
  });
});
