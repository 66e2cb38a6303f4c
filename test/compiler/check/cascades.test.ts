// One mistake, one diagnostic: when a quiz file or the front matter cannot be read, or a directive
// that places questions is misspelt, nothing is concluded from what is missing (draw counts, gates,
// unused questions, completion rules). Each row is a lesson as a teacher wrote it and every
// diagnostic it gives, errors first.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/compiler/load-lesson.js';

const FRONT = '---\ntitle: Klachten\nid: les6\ncompletion: quiz\n---\n';
/** A lesson that draws 7 of the quiz's questions and closes its last slide until the quiz is done. */
const DRAW_AND_GATE = `${FRONT}\n# Welkom\n\n---\n\n::quiz draw 7\n\n---\n\n::gate\n\n# Na de toets\n`;
const question = (n: number): string => `- id: q${n}\n  type: true-false\n  prompt: Waar ${n}?\n  answer: true\n`;
/** Nine graded questions. */
const NINE = Array.from({ length: 9 }, (_, i) => question(i + 1)).join('');

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'scormdown-cascades-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let count = 0;
async function problems(files: Record<string, string>): Promise<string[]> {
  const lesson = path.join(dir, `l${count++}`);
  await mkdir(lesson);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(lesson, name), text);
  const { diagnostics } = await loadLesson(lesson, lesson);
  return diagnostics.map((d) => `${d.pos.file}:${d.pos.line}:${d.pos.column} ${d.code} ${d.severity}`);
}

describe('a quiz that cannot be read is reported once, by its cause', () => {
  it.each([
    ['a tab before a key', NINE.replace('  answer: true', '\tanswer: true'), ['quiz.yaml:4:1 YAML_TAB error']],
    ['a YAML error', NINE.replace('  prompt: Waar 1?', '  prompt: "Waar 1?'), 'YAML_SYNTAX'],
    ['a file that is not a list', 'id: q1\n', ['quiz.yaml:1:1 QUIZ_NOT_A_LIST error']],
  ])('%s: no draw count, gate or completion rule on top', async (_, quiz, expected) => {
    const found = await problems({ 'lesson.md': DRAW_AND_GATE, 'quiz.yaml': quiz });
    if (typeof expected === 'string') expect(found.map((f) => f.split(' ')[1])).toEqual([expected]);
    else expect(found).toEqual(expected);
  });

  it('a question with an error is the one error: the draw does not count it out', async () => {
    const quiz = question(1).replace('answer: true', 'answer: maybe') + question(2);
    const lesson = DRAW_AND_GATE.replace('draw 7', 'draw 2');
    expect(await problems({ 'lesson.md': lesson, 'quiz.yaml': quiz })).toEqual([
      'quiz.yaml:4:11 QUIZ_INVALID_VALUE error',
    ]);
  });

  it('a quiz file named in the front matter that does not exist', async () => {
    const lesson = DRAW_AND_GATE.replace('completion: quiz', 'quiz: toets.yaml');
    expect(await problems({ 'lesson.md': lesson })).toEqual(['lesson.md:4:7 QUIZ_FILE_MISSING error']);
  });

  it('front matter that cannot be read: its quiz files are unknown, so nothing is said about the quiz', async () => {
    const lesson = DRAW_AND_GATE.replace('id: les6', 'id: "les6');
    expect((await problems({ 'lesson.md': lesson, 'quiz.yaml': NINE })).map((f) => f.split(' ')[1])).toEqual([
      'YAML_SYNTAX',
    ]);
  });
});

describe('a directive that cannot be read is reported once, and nothing is guessed from it', () => {
  const withQuiz = (body: string) => ({ 'lesson.md': `${FRONT}\n# Welkom\n\n${body}`, 'quiz.yaml': NINE });

  it.each([
    ['a misspelt ::quiz', '::qiuz\n\n---\n\n::gate\n\n# Eind\n', 'lesson.md:9:1 DIRECTIVE_UNKNOWN error'],
    ['a directive in Dutch', '::vraag q1\n\n---\n\n::gate\n\n# Eind\n', 'lesson.md:9:1 DIRECTIVE_UNKNOWN error'],
    ['::question with two ids', '::question q1 q2\n', 'lesson.md:9:1 DIRECTIVE_ARGUMENTS error'],
  ])('%s: no unused questions, gate or completion warnings', async (_, body, expected) => {
    expect(await problems(withQuiz(body))).toEqual([expected]);
  });

  it('a misspelt directive that never places questions leaves the rest as it is', async () => {
    const found = await problems(withQuiz('::timr 5:00\n'));
    expect(found[0]).toBe('lesson.md:9:1 DIRECTIVE_UNKNOWN error');
    expect(found.slice(1)).toContain('quiz.yaml:1:3 QUESTION_UNUSED warning');
    expect(found.slice(1)).toContain('lesson.md:4:13 META_COMPLETION_NO_QUIZ warning');
  });
});

describe('what is known is still reported', () => {
  it('a draw of more questions than the quiz has, and a gate without graded questions', async () => {
    expect(await problems({ 'lesson.md': DRAW_AND_GATE, 'quiz.yaml': question(1) })).toEqual([
      'lesson.md:11:13 QUIZ_DRAW_TOO_MANY error',
    ]);
    const open = '- id: o1\n  type: open\n  prompt: Vertel\n';
    expect(await problems({ 'lesson.md': DRAW_AND_GATE.replace('draw 7', ''), 'quiz.yaml': open })).toEqual([
      'lesson.md:4:13 META_COMPLETION_NO_QUIZ warning',
      'lesson.md:15:1 GATE_NO_QUIZ warning',
    ]);
  });
});
