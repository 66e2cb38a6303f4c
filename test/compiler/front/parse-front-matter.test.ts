import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/compiler/front/parse-front-matter.js';
import { plain } from '../diagnostics/plain.js';

const file = 'les/lesson.md';

describe('parseFrontMatter', () => {
  it('fills in the README defaults and keeps the body with its first line', () => {
    expect(parseFrontMatter('---\ntitle: Les\nid: les-1\n---\n# Dia\n', file)).toEqual({
      meta: {
        id: 'les-1',
        title: 'Les',
        language: 'en',
        version: '1.0.0',
        description: '',
        passingScore: 70,
        completion: 'slides-and-quiz',
        attempts: 0,
        navigation: 'free',
        solutions: 'after-last-attempt',
        score: 'best',
        quizFiles: ['quiz.yaml'],
        scoring: 'all-or-nothing',
        shuffle: false,
        tries: 1,
        html: 'allowlist',
        ui: {},
        theme: {},
      },
      quizExplicit: false,
      quizPos: [],
      body: '# Dia\n',
      bodyLine: 5,
      diagnostics: [],
      readable: true,
      keyPos: { title: { file, line: 2, column: 8 }, id: { file, line: 3, column: 5 } },
    });
  });

  it('reads every key; a version such as 1.0 stays text as written', () => {
    const text = [
      '---',
      'title: "Les 6: Klachten"',
      'id: les6',
      'language: nl-BE',
      'version: 1.0',
      'description: Over klachten.',
      'passingScore: 55.5',
      'completion: quiz',
      'attempts: 2',
      'navigation: visited',
      'solutions: never',
      'quiz:',
      '  - deel1.yaml',
      '  - deel2.yaml',
      'html: trusted',
      '---',
      '',
    ].join('\n');
    const front = parseFrontMatter(text, file);
    expect(front.diagnostics).toEqual([]);
    expect(front.meta).toEqual({
      id: 'les6',
      title: 'Les 6: Klachten',
      language: 'nl-BE',
      version: '1.0',
      description: 'Over klachten.',
      passingScore: 55.5,
      completion: 'quiz',
      attempts: 2,
      navigation: 'visited',
      solutions: 'never',
      score: 'best',
      quizFiles: ['deel1.yaml', 'deel2.yaml'],
      scoring: 'all-or-nothing',
      shuffle: false,
      tries: 1,
      html: 'trusted',
      ui: {},
      theme: {},
    });
    expect(front.quizPos).toEqual([
      { file, line: 13, column: 5 },
      { file, line: 14, column: 5 },
    ]);
  });

  it('accepts `...` as the closing line (YAML document end)', () => {
    expect(parseFrontMatter('---\ntitle: T\nid: t\n...\nx', file).bodyLine).toBe(5);
  });

  it.each([
    [
      '0.6',
      'passingScore 0.6 is a percentage: every learner who scores 0.6 % or more would pass',
      'for 60 %, write `passingScore: 60`',
    ],
    [
      '0.75',
      'passingScore 0.75 is a percentage: every learner who scores 0.75 % or more would pass',
      'for 75 %, write `passingScore: 75`',
    ],
    [
      '.5',
      'passingScore .5 is a percentage: every learner who scores .5 % or more would pass',
      'for 50 %, write `passingScore: 50`',
    ],
  ])('passingScore %s, a fraction, is an error that suggests the percentage', (value, message, hint) => {
    const front = parseFrontMatter(`---\ntitle: T\nid: t\npassingScore: ${value}\n---\n`, file);
    expect(plain(front.diagnostics)).toEqual([
      { severity: 'error', code: 'META_PASSING_SCORE_FRACTION', message, hint, pos: { file, line: 4, column: 15 } },
    ]);
  });

  it.each([
    ['0', 0],
    ['1', 1],
    ['55.5', 55.5],
    ['100', 100],
  ])('passingScore %s is a percentage as written', (value, expected) => {
    const front = parseFrontMatter(`---\ntitle: T\nid: t\npassingScore: ${value}\n---\n`, file);
    expect([front.diagnostics, front.meta.passingScore]).toEqual([[], expected]);
  });

  it('reports wrong types at the value', () => {
    const text = '---\ntitle: [a, b]\nid: x\nnavigation: vrij\npassingScore: zeventig\nquiz: []\n---\n';
    expect(parseFrontMatter(text, file).diagnostics.map((d) => [d.code, d.pos.line, d.pos.column, d.hint])).toEqual([
      ['META_TITLE_MISSING', 2, 8, 'add `title: "The title of the lesson"` to the front matter'],
      ['META_INVALID_VALUE', 4, 13, 'use one of: free, visited'],
      ['META_PASSING_SCORE_RANGE', 5, 15, 'give a percentage from 0 to 100, e.g. `passingScore: 70`'],
      ['META_INVALID_VALUE', 6, 7, 'e.g. `quiz: quiz.yaml` or `quiz: [deel1.yaml, deel2.yaml]`'],
    ]);
  });

  it('solutions: each allowed value is kept; anything else is an error at the value that lists them', () => {
    const solutions = (value: string) => parseFrontMatter(`---\ntitle: T\nid: t\nsolutions: ${value}\n---\n`, file);
    expect(['after-last-attempt', 'always', 'never'].map((v) => solutions(v).meta.solutions)).toEqual([
      'after-last-attempt',
      'always',
      'never',
    ]);
    const wrong = solutions('after-each-attempt');
    expect(plain(wrong.diagnostics)).toEqual([
      {
        severity: 'error',
        code: 'META_INVALID_VALUE',
        pos: { file, line: 4, column: 12 },
        message: 'solutions "after-each-attempt" is not allowed',
        hint: 'use one of: after-last-attempt, always, never',
      },
    ]);
    expect(wrong.meta.solutions).toBe('after-last-attempt');
  });

  it('score: best or last is kept; anything else is an error at the value that lists them', () => {
    const score = (value: string) => parseFrontMatter(`---\ntitle: T\nid: t\nscore: ${value}\n---\n`, file);
    expect(['best', 'last'].map((v) => score(v).meta.score)).toEqual(['best', 'last']);
    expect(plain(score('highest').diagnostics)).toEqual([
      {
        severity: 'error',
        code: 'META_INVALID_VALUE',
        pos: { file, line: 4, column: 8 },
        message: 'score "highest" is not allowed',
        hint: 'use one of: best, last',
      },
    ]);
  });

  it('a front matter that is not key: value lines', () => {
    expect(parseFrontMatter('---\n- a\n- b\n---\n# x', file).diagnostics.map((d) => [d.code, d.pos.line])).toEqual([
      ['FRONT_MATTER_INVALID', 2],
    ]);
  });
});

describe("the player's language and the author's own texts (ui:)", () => {
  it('a language without a table of its own is a warning that says the buttons will be English', () => {
    const front = parseFrontMatter('---\ntitle: T\nid: t\nlanguage: pl\n---\n# A\n', file);
    expect(front.meta.language).toBe('pl');
    expect(plain(front.diagnostics).map((d) => [d.code, d.severity, d.message])).toEqual([
      [
        'META_LANGUAGE_NO_UI',
        'warning',
        'the player has no texts in "pl" (it has en, nl, de, fr, es): its buttons and messages will be in English',
      ],
    ]);
    expect(parseFrontMatter('---\ntitle: T\nid: t\nlanguage: de-CH\n---\n# A\n', file).diagnostics).toEqual([]);
  });

  it('ui: replaces texts by key; an unknown key is named with the key meant', () => {
    const front = parseFrontMatter('---\ntitle: T\nid: t\nui:\n  next: Verder gaan\n  nxt: x\n---\n# A\n', file);
    expect(front.meta.ui).toEqual({ next: 'Verder gaan' });
    expect(plain(front.diagnostics).map((d) => [d.code, d.pos.line, d.message])).toEqual([
      ['META_UNKNOWN_KEY', 6, 'unknown ui key "nxt"; did you mean "next"?'],
    ]);
  });
});
