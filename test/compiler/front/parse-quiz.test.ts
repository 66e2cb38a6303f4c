import { describe, expect, it } from 'vitest';
import { parseQuiz } from '../../../src/compiler/front/parse-quiz.js';
import { markdownRenderer } from '../../../src/compiler/markdown/render-markdown.js';
import { renderQuestion } from '../../../src/compiler/render/render-question.js';

const file = 'les/quiz.yaml';
const none = { correct: '', incorrect: '' };

/** The questions of a quiz file as the player receives them: read, then rendered. */
function questions(yaml: string) {
  const quiz = parseQuiz(yaml, file);
  expect(quiz.diagnostics.map((d) => `${d.pos.line}:${d.pos.column} ${d.code}`)).toEqual([]);
  const md = markdownRenderer(() => null);
  return quiz.entries.map((e) => renderQuestion(e.question, md));
}

describe('parseQuiz: every question type becomes the shared model', () => {
  it('single and multiple: option ids a, b, c in author order; plain strings are wrong options', () => {
    expect(
      questions(`
- id: s1
  type: single
  prompt: Kies **een**
  points: 2
  options: [{ text: Ja, correct: true }, Nee]
  feedback: { correct: Goed, incorrect: "Zie *dia 8*" }
- id: m1
  type: multiple
  prompt: Kies er twee
  options:
    - { text: A, correct: true }
    - { text: B }
    - { text: C, correct: true }
`),
    ).toEqual([
      {
        id: 's1',
        type: 'single',
        promptHtml: 'Kies <strong>een</strong>',
        promptText: 'Kies een',
        points: 2,
        feedback: { correct: 'Goed', incorrect: 'Zie <em>dia 8</em>' },
        choices: [
          { id: 'a', html: 'Ja', correct: true },
          { id: 'b', html: 'Nee', correct: false },
        ],
      },
      {
        id: 'm1',
        type: 'multiple',
        promptHtml: 'Kies er twee',
        promptText: 'Kies er twee',
        points: 1,
        feedback: none,
        choices: [
          { id: 'a', html: 'A', correct: true },
          { id: 'b', html: 'B', correct: false },
          { id: 'c', html: 'C', correct: true },
        ],
      },
    ]);
  });

  it('true-false, fill-in (case-insensitive by default) and open (never scored)', () => {
    expect(
      questions(`
- { id: tf, type: true-false, prompt: Waar?, answer: false }
- { id: fi, type: fill-in, prompt: Welk systeem?, answers: [CRM, het CRM] }
- { id: fi2, type: fill-in, prompt: Code?, answers: AB12, caseSensitive: true }
- { id: op, type: open, prompt: Wat weet je nog? }
`),
    ).toEqual([
      {
        id: 'tf',
        type: 'true-false',
        promptHtml: 'Waar?',
        promptText: 'Waar?',
        points: 1,
        feedback: none,
        answer: false,
      },
      {
        id: 'fi',
        type: 'fill-in',
        promptHtml: 'Welk systeem?',
        promptText: 'Welk systeem?',
        points: 1,
        feedback: none,
        answers: ['CRM', 'het CRM'],
        caseSensitive: false,
      },
      {
        id: 'fi2',
        type: 'fill-in',
        promptHtml: 'Code?',
        promptText: 'Code?',
        points: 1,
        feedback: none,
        answers: ['AB12'],
        caseSensitive: true,
      },
      {
        id: 'op',
        type: 'open',
        promptHtml: 'Wat weet je nog?',
        promptText: 'Wat weet je nog?',
        points: 0,
        feedback: none,
      },
    ]);
  });

  it('order: items in the correct order, shown in another order', () => {
    const [q] = questions('- { id: volgorde, type: order, prompt: Zet op volgorde, items: [Een, Twee, Drie, Vier] }');
    expect(q?.type === 'order' && q.items).toEqual([
      { id: 'a', html: 'Een' },
      { id: 'b', html: 'Twee' },
      { id: 'c', html: 'Drie' },
      { id: 'd', html: 'Vier' },
    ]);
    const shown = q?.type === 'order' ? q.shown : [];
    expect([...shown].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(shown).not.toEqual(['a', 'b', 'c', 'd']);
  });

  it('match: sources in author order, targets shuffled, pairs still join each term to its description', () => {
    const [q] = questions(`
- id: technieken
  type: match
  prompt: Koppel
  pairs:
    Toegeven: Krediet opbouwen
    Forceren: Je ontziet de ander niet
    Vermijden: Uit de weg gaan
`);
    if (q?.type !== 'match') throw new Error('not a match question');
    expect(q.sources.map((s) => s.html)).toEqual(['Toegeven', 'Forceren', 'Vermijden']);
    const described = Object.fromEntries(
      q.sources.map((s) => [s.html, q.targets.find((t) => t.id === q.pairs[s.id])?.html]),
    );
    expect(described).toEqual({
      Toegeven: 'Krediet opbouwen',
      Forceren: 'Je ontziet de ander niet',
      Vermijden: 'Uit de weg gaan',
    });
    expect(q.targets.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(q.targets.map((t) => t.html)).not.toEqual([
      'Krediet opbouwen',
      'Je ontziet de ander niet',
      'Uit de weg gaan',
    ]);
  });

  it('cuts the plain-text prompt to 250 characters for the interaction description', () => {
    const long = 'woord '.repeat(60).trim();
    const [q] = questions(`- { id: lang, type: open, prompt: "**${long}**" }`);
    expect(q?.promptText.length).toBe(250);
    expect(q?.promptText.endsWith('…')).toBe(true);
    expect(q?.promptHtml).toBe(`<strong>${long}</strong>`);
  });

  it('keeps every piece of Markdown with its position, for the asset check', () => {
    const quiz = parseQuiz('- id: p\n  type: open\n  prompt: "![x](assets/a.png) Wat zie je?"\n', file);
    expect(quiz.texts.map((t) => [t.source, t.inline, t.pos])).toEqual([
      ['![x](assets/a.png) Wat zie je?', true, { file, line: 3, column: 11 }],
    ]);
  });
});

describe('parseQuiz: problems', () => {
  const problems = (yaml: string) =>
    parseQuiz(yaml, file).diagnostics.map((d) => [d.code, d.pos.line, d.pos.column, d.severity]);

  it('an empty file has no questions and no problems; a map is not a quiz', () => {
    expect(parseQuiz('', file)).toEqual({
      entries: [],
      brokenIds: new Map(),
      defined: [],
      texts: [],
      readable: true,
      diagnostics: [],
    });
    expect(problems('id: a\ntype: open\n')).toEqual([['QUIZ_NOT_A_LIST', 1, 1, 'error']]);
  });

  it('points: negative or text is an error; on an open question it is ignored with a warning', () => {
    expect(
      problems(
        '- { id: a, type: true-false, prompt: P, answer: true, points: -1 }\n- { id: b, type: open, prompt: P, points: 3 }',
      ),
    ).toEqual([
      ['QUIZ_INVALID_VALUE', 1, 63, 'error'],
      ['QUIZ_UNKNOWN_KEY', 2, 35, 'warning'],
    ]);
  });

  it('more than 26 options is an error (ids are single letters)', () => {
    const items = Array.from({ length: 27 }, (_, i) => `i${i}`).join(', ');
    expect(problems(`- { id: a, type: order, prompt: P, items: [${items}] }`)).toEqual([
      ['QUIZ_OPTION_COUNT', 1, 43, 'error'],
    ]);
  });

  it('a repeated term in a match question is a YAML error at the second one', () => {
    expect(problems('- id: m\n  type: match\n  prompt: P\n  pairs:\n    A: x\n    A: y\n')).toEqual([
      ['YAML_SYNTAX', 6, 5, 'error'],
    ]);
  });
});
