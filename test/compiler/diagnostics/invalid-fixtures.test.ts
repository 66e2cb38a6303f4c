// One fixture folder per family of problems: each must yield exactly these diagnostics, at the
// place the author has to fix, and no lesson.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/compiler/load-lesson.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

type Expected = [code: string, file: string, line: number, column: number, severity?: 'warning'];

async function problems(name: string): Promise<Expected[]> {
  const { lesson, diagnostics } = await loadLesson(`test/fixtures/${name}`, root);
  expect(lesson).toBeNull();
  return diagnostics.map((d): Expected => {
    const file = d.pos.file.replace(`test/fixtures/${name}/`, '');
    return d.severity === 'warning'
      ? [d.code, file, d.pos.line, d.pos.column, 'warning']
      : [d.code, file, d.pos.line, d.pos.column];
  });
}

describe('invalid fixtures', () => {
  it('lesson.md without front matter', async () => {
    expect(await problems('invalid-front-matter-missing')).toEqual([['FRONT_MATTER_MISSING', 'lesson.md', 1, 1]]);
  });

  it('front matter that is never closed', async () => {
    expect(await problems('invalid-front-matter-unclosed')).toEqual([['FRONT_MATTER_UNCLOSED', 'lesson.md', 4, 1]]);
  });

  it('front matter left open above a heading-only first slide: an error, not a lost title slide', async () => {
    expect(await problems('invalid-front-matter-heading')).toEqual([['FRONT_MATTER_UNCLOSED', 'lesson.md', 5, 1]]);
  });

  it('a tab in quiz.yaml is named at its line, and nothing is guessed about the unread quiz', async () => {
    // completion: quiz would otherwise also warn that the lesson has no graded question.
    expect(await problems('invalid-quiz-tab')).toEqual([['YAML_TAB', 'quiz.yaml', 4, 1]]);
  });

  it('url() in style attributes and <style> blocks is checked like src; indented text warns', async () => {
    expect(await problems('invalid-css-url')).toEqual([
      ['ASSET_REMOTE', 'lesson.md', 8, 36],
      ['ASSET_REMOTE', 'lesson.md', 11, 29],
      ['ASSET_MISSING', 'lesson.md', 15, 33],
      ['MARKDOWN_INDENTED_CODE', 'lesson.md', 17, 5, 'warning'],
    ]);
  });

  it('invalid YAML in the front matter, at the unclosed `[` in lesson.md', async () => {
    expect(await problems('invalid-front-matter-yaml')).toEqual([['YAML_SYNTAX', 'lesson.md', 4, 14]]);
  });

  it('wrong front matter values, each at its value', async () => {
    expect(await problems('invalid-meta')).toEqual([
      ['META_TITLE_MISSING', 'lesson.md', 1, 1],
      ['META_ID_INVALID', 'lesson.md', 2, 5],
      ['META_PASSING_SCORE_RANGE', 'lesson.md', 3, 15],
      ['META_INVALID_VALUE', 'lesson.md', 4, 13],
      ['META_INVALID_VALUE', 'lesson.md', 5, 11],
      ['META_INVALID_VALUE', 'lesson.md', 6, 11],
      ['META_UNKNOWN_KEY', 'lesson.md', 7, 1, 'warning'],
    ]);
  });

  it('invalid YAML in quiz.yaml, without follow-on "not defined" noise', async () => {
    expect(await problems('invalid-quiz-yaml')).toEqual([['YAML_SYNTAX', 'quiz.yaml', 7, 1]]);
  });

  it('a quiz file named in the front matter that does not exist', async () => {
    expect(await problems('invalid-quiz-file-missing')).toEqual([
      ['QUIZ_FILE_MISSING', 'lesson.md', 4, 20],
      ['QUESTION_UNUSED', 'toets.yaml', 1, 3, 'warning'],
    ]);
  });

  it('broken questions, each at the field to fix', async () => {
    expect(await problems('invalid-quiz')).toEqual([
      ['QUIZ_NO_CORRECT', 'quiz.yaml', 5, 5],
      ['QUIZ_NO_CORRECT', 'quiz.yaml', 13, 29],
      ['QUIZ_UNKNOWN_TYPE', 'quiz.yaml', 16, 9],
      ['QUIZ_DUPLICATE_ID', 'quiz.yaml', 19, 3],
      ['QUIZ_MISSING_FIELD', 'quiz.yaml', 23, 3],
      ['QUIZ_INVALID_VALUE', 'quiz.yaml', 25, 11],
      ['QUIZ_ID_INVALID', 'quiz.yaml', 27, 7],
      ['QUIZ_OPTION_COUNT', 'quiz.yaml', 35, 5],
      ['QUIZ_INVALID_VALUE', 'quiz.yaml', 40, 18],
      ['QUIZ_MISSING_FIELD', 'quiz.yaml', 43, 3],
      ['QUIZ_UNKNOWN_KEY', 'quiz.yaml', 41, 3, 'warning'],
    ]);
  });

  it('directives and question placement; nothing is guessed from the directives that could not be read', async () => {
    // `::vraag a` and a bare `::question` may have been meant to show the question quiz.yaml:6 holds:
    // it is not called unused on top of them.
    expect(await problems('invalid-placement')).toEqual([
      ['QUESTION_NOT_DEFINED', 'lesson.md', 8, 12],
      ['TIMER_INVALID', 'lesson.md', 10, 9],
      ['TIMER_INVALID', 'lesson.md', 12, 9],
      ['DIRECTIVE_UNKNOWN', 'lesson.md', 19, 1],
      ['QUESTION_PLACED_TWICE', 'lesson.md', 25, 12],
      ['DIRECTIVE_ARGUMENTS', 'lesson.md', 27, 1],
    ]);
  });

  it('missing, outside and remote assets, at the path in the Markdown', async () => {
    expect(await problems('invalid-assets')).toEqual([
      ['ASSET_MISSING', 'lesson.md', 8, 14],
      ['ASSET_OUTSIDE_LESSON', 'lesson.md', 10, 18],
      ['ASSET_MISSING', 'lesson.md', 10, 61],
      ['ASSET_REMOTE', 'lesson.md', 12, 11],
      ['ASSET_MISSING', 'lesson.md', 14, 55],
      ['ASSET_OUTSIDE_LESSON', 'lesson.md', 16, 13],
    ]);
  });

  it('reports problems of several files in one run, errors first, each sorted by file and line', async () => {
    expect(await problems('invalid-many')).toEqual([
      ['ASSET_MISSING', 'deel1.yaml', 3, 11],
      ['QUIZ_NO_CORRECT', 'deel1.yaml', 4, 12],
      ['QUIZ_DUPLICATE_ID', 'deel2.yaml', 1, 3],
      ['QUIZ_UNKNOWN_TYPE', 'deel2.yaml', 6, 9],
      ['META_ID_INVALID', 'lesson.md', 3, 5],
      ['ASSET_MISSING', 'lesson.md', 14, 8],
    ]);
  });
});

describe("messages name the problem in the author's terms", () => {
  it('duplicate ids point at the second and name the first', async () => {
    const { diagnostics } = await loadLesson('test/fixtures/invalid-many', root);
    const duplicate = diagnostics.find((d) => d.code === 'QUIZ_DUPLICATE_ID');
    expect(duplicate?.message).toBe('question id "x" is also used at test/fixtures/invalid-many/deel1.yaml:1');
  });

  it('a case mismatch names the file that does exist', async () => {
    const { diagnostics } = await loadLesson('test/fixtures/invalid-assets', root);
    expect(diagnostics[2]?.hint).toBe('the file is called "assets/Logo.svg": capitals count on the LMS server');
  });

  it('an unknown type and an unknown directive list the known ones', async () => {
    const quiz = await loadLesson('test/fixtures/invalid-quiz', root);
    expect(quiz.diagnostics.find((d) => d.code === 'QUIZ_UNKNOWN_TYPE')?.hint).toBe(
      'use one of: single, multiple, true-false, order, match, fill-in, numeric, open',
    );
    const placement = await loadLesson('test/fixtures/invalid-placement', root);
    expect(placement.diagnostics.find((d) => d.code === 'DIRECTIVE_UNKNOWN')?.message).toBe(
      'unknown directive "::vraag"',
    );
    expect(placement.diagnostics.find((d) => d.code === 'DIRECTIVE_UNKNOWN')?.hint).toBe(
      'known directives: ::timer, ::question, ::quiz, ::slide, ::video, ::gate (e.g. `::timer 20:00`, `::question my-id`, `::quiz`, `::video https://youtu.be/ID`)',
    );
  });
});
