// `::gate` and `::video` as an author writes them: where each problem is reported, with which code.

import { describe, expect, it } from 'vitest';
import { parseQuiz } from '../../../src/compiler/front/parse-quiz.js';
import { parseSlides } from '../../../src/compiler/front/parse-slides.js';
import { placeQuestions } from '../../../src/compiler/transform/place-questions.js';
import { checkGates } from '../../../src/compiler/check/gates.js';

const QUIZ = `
- { id: q1, type: true-false, prompt: Een, answer: true }
- { id: open1, type: open, prompt: Vertel }
`;
const end = { file: 'l.md', line: 99, column: 1 };

function check(body: string, quiz = QUIZ) {
  const quizFile = parseQuiz(quiz, 'q.yaml');
  const parsed = parseSlides(body, 1, 'l.md');
  const placement = placeQuestions(
    parsed.slides,
    { entries: quizFile.entries, broken: quizFile.brokenIds, complete: true },
    'nl',
    end,
  );
  const diagnostics = [...parsed.diagnostics, ...placement.diagnostics, ...checkGates(placement)];
  return {
    gated: placement.slides.flatMap((s, i) => (s.gate === undefined ? [] : [i])),
    problems: diagnostics
      .map((d) => `${d.pos.line}:${d.pos.column} ${d.code} ${d.severity}`)
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10)),
  };
}

describe('::gate', () => {
  it('after the quiz and its result slide: the slide carries the gate, no problem', () => {
    // Start, q1, open1, the result, Antwoorden.
    expect(check('# Start\n---\n::quiz\n---\n::gate\n# Antwoorden')).toEqual({ gated: [4], problems: [] });
  });

  it('before the quiz, or before its result slide, is an error at the gate', () => {
    expect(check('::gate\n# Start\n---\n::quiz').problems).toEqual(['1:1 GATE_BEFORE_QUIZ error']);
    expect(check('# Start\n---\n# Vraag\n::gate\n::question q1\n---\n# Eind').problems).toEqual([
      '3:3 QUESTION_UNUSED warning',
      '4:1 GATE_BEFORE_QUIZ error',
    ]);
    // The quiz's question slides follow the slide holding ::quiz: a gate there closes them.
    expect(check('# Toets\n::gate\n::quiz').problems).toEqual(['2:1 GATE_BEFORE_QUIZ error']);
  });

  it('with arguments, alone on a slide, twice: errors and a warning (the first gate counts)', () => {
    expect(check('# Start\n---\n::quiz\n---\n# A\n::gate now').problems).toEqual(['6:1 GATE_INVALID error']);
    expect(check('# Start\n---\n::quiz\n---\n::gate\n---\n# B').problems).toEqual(['5:1 GATE_INVALID error']);
    expect(check('# Start\n---\n::quiz\n---\n::gate\n# A\n---\n::gate\n# B\n::gate')).toEqual({
      gated: [4, 5],
      problems: ['8:1 GATE_TWICE warning', '10:1 GATE_TWICE warning'],
    });
  });

  it('in a lesson without graded questions closes nothing: a warning', () => {
    expect(check('# Start\n---\n::gate\n# Eind', '- { id: open1, type: open, prompt: Vertel }').problems).toEqual([
      '1:3 QUESTION_UNUSED warning',
      '3:1 GATE_NO_QUIZ warning',
    ]);
  });
});

describe('::video', () => {
  it('a YouTube address with a title is a video block and a warning that it needs the internet', () => {
    const parsed = parseSlides('# Uitleg\n::video https://youtu.be/dQw4w9WgXcQ  Uitleg over   klachten', 1, 'l.md');
    expect(parsed.slides[0]?.blocks[1]).toEqual({
      type: 'video',
      video: { site: 'youtube', id: 'dQw4w9WgXcQ' },
      title: 'Uitleg over klachten',
      pos: { file: 'l.md', line: 2, column: 1 },
    });
    expect(parsed.diagnostics.map((d) => `${d.pos.line}:${d.pos.column} ${d.code} ${d.severity}`)).toEqual([
      '2:9 VIDEO_NEEDS_INTERNET warning',
    ]);
  });

  it('any other address, or none, is an error whose hint lists what is accepted', () => {
    const parsed = parseSlides('# A\n::video https://example.com/film.mp4\n---\n# B\n::video', 1, 'l.md');
    expect(parsed.diagnostics.map((d) => `${d.pos.line}:${d.pos.column} ${d.code} ${d.severity}`)).toEqual([
      '2:9 VIDEO_URL_INVALID error',
      '5:1 VIDEO_URL_INVALID error',
    ]);
    expect(parsed.diagnostics[0]?.hint).toContain('https://youtu.be/ID');
    expect(parsed.diagnostics[0]?.hint).toContain('https://vimeo.com/NUMBER');
  });
});
