import { describe, expect, it } from 'vitest';
import { useColor } from '../../../src/compiler/cli/cli.js';
import {
  ANSI,
  CODES,
  diag,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
} from '../../../src/compiler/diagnostics/diagnostics.js';
import { parseQuiz } from '../../../src/compiler/front/parse-quiz.js';
import { plain } from './plain.js';

/** An ANSI colour code (ESC [ n m); built from a string, as a regex literal may hold no control character. */
const ESC_CODE = new RegExp(`${'\u001b'}\\[\\d+m`, 'g');
const pos = (file: string, line: number, column = 1) => ({ file, line, column });

describe('diagnostics', () => {
  it('formats as file:line:col CODE severity: message, then the hint', () => {
    const d = diag('QUIZ_NO_CORRECT', pos('lesson/quiz.yaml', 14, 5), () => 'question "x" has no correct option');
    expect(formatDiagnostic(d)).toBe(
      'lesson/quiz.yaml:14:5 QUIZ_NO_CORRECT error: question "x" has no correct option\n' +
        '  hint: mark at least one option with `correct: true`',
    );
  });

  it('shows the source line with a caret under the column when the line is given', () => {
    const d = diag('TIMER_INVALID', pos('lesson/lesson.md', 107, 9), () => '"20 minuten" is not a timer length');
    expect(formatDiagnostic(d, '::timer 20 minuten').split('\n')).toEqual([
      'lesson/lesson.md:107:9 TIMER_INVALID error: "20 minuten" is not a timer length',
      ' 107 | ::timer 20 minuten',
      '     |         ^',
      '  hint: write the time as minutes:seconds or hours:minutes:seconds, e.g. `::timer 20:00`',
    ]);
  });

  it('cuts a long line (a paragraph of a slide) around the column, keeping the caret on it', () => {
    const line = `${'x'.repeat(200)}![Soorten](assets/soorten.svg) ${'y'.repeat(100)}`;
    const column = line.indexOf('assets/') + 1;
    const [, source, caret] = formatDiagnostic(
      diag('ASSET_MISSING', pos('l.md', 3, column), () => 'm'),
      line,
    ).split('\n');
    expect(source!.length).toBeLessThanOrEqual(' 3 | '.length + 82);
    expect(source!.startsWith(' 3 | …')).toBe(true);
    expect(source!.endsWith('…')).toBe(true);
    expect(source!.slice(caret!.indexOf('^'))).toMatch(/^assets\/soorten\.svg\)/);
  });

  it('takes severity from the code table and a given hint over the default', () => {
    expect(
      plain([
        diag(
          'QUESTION_UNUSED',
          pos('q.yaml', 1),
          () => 'm',
          () => 'do this',
        ),
      ])[0],
    ).toEqual({
      severity: 'warning',
      code: 'QUESTION_UNUSED',
      message: 'm',
      hint: 'do this',
      pos: pos('q.yaml', 1),
    });
  });

  it('hasErrors ignores warnings', () => {
    const warning = diag('SLIDE_EMPTY', pos('a', 1), () => 'm');
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, diag('ASSET_MISSING', pos('a', 2), () => 'm')])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });

  it('sorts by file, line, column', () => {
    const ds = [
      diag('ASSET_MISSING', pos('lesson/lesson.md', 9, 3), () => 'c'),
      diag('QUIZ_NO_CORRECT', pos('lesson/quiz.yaml', 2), () => 'd'),
      diag('ASSET_MISSING', pos('lesson/lesson.md', 9, 1), () => 'b'),
      diag('META_ID_INVALID', pos('lesson/lesson.md', 3), () => 'a'),
    ];
    expect(sortDiagnostics(ds).map((d) => d.message)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts errors before warnings, each in file order', () => {
    const ds = [
      diag('QUESTION_UNUSED', pos('lesson/quiz.yaml', 1), () => 'unused'),
      diag('SLIDE_EMPTY', pos('lesson/lesson.md', 2), () => 'empty slide'),
      diag('YAML_TAB', pos('lesson/quiz.yaml', 4), () => 'tab'),
      diag('ASSET_MISSING', pos('lesson/lesson.md', 9), () => 'asset'),
    ];
    expect(sortDiagnostics(ds).map((d) => d.message)).toEqual(['asset', 'tab', 'empty slide', 'unused']);
  });
});

describe('hints, each written once', () => {
  it('codes without a default hint are those whose call sites always name the allowed values', () => {
    const bySite = Object.entries(CODES)
      .filter(([, info]) => !info.hint)
      .map(([code]) => code)
      .sort();
    expect(bySite).toEqual([
      'COURSE_UNKNOWN_KEY',
      'DIRECTIVE_UNKNOWN',
      'IMPORT_ATTENTION',
      'IMPORT_DAMAGED',
      'IMPORT_SKIPPED',
      'META_INVALID_VALUE',
      'META_PASSING_SCORE_FRACTION',
      'META_UNKNOWN_KEY',
      'QUESTIONS_NOT_EXPORTED',
      'QUESTIONS_PART_LOST',
      'QUIZ_UNKNOWN_KEY',
      'QUIZ_UNKNOWN_TYPE',
      'THEME_CONTRAST',
      'TRANSLATION_COURSE',
      'TRANSLATION_LESSON_MISSING',
      'TRANSLATION_UNREADABLE',
      'VIDEO_URL_INVALID',
    ]);
  });

  it('an unknown question type is told every type there is, numeric included', () => {
    const quiz = parseQuiz('- id: q1\n  type: numerik\n  prompt: Hoeveel?\n  answer: 3\n', 'quiz.yaml');
    expect(quiz.diagnostics.map((d) => [d.code, d.hint])).toEqual([
      ['QUIZ_UNKNOWN_TYPE', 'use one of: single, multiple, true-false, order, match, fill-in, numeric, open'],
    ]);
  });
});

describe('colour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ TERM: 'dumb' }, true, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
  ])('env %o on a terminal: %s gives colour: %s', (env, terminal, expected) => {
    expect(useColor(env, terminal)).toBe(expected);
  });

  it('paints the code and severity, the caret and the position; the text stays as it is', () => {
    const d = diag('TIMER_INVALID', pos('les/lesson.md', 7, 9), () => '"20 minuten" is not a timer length');
    const painted = formatDiagnostic(d, '::timer 20 minuten', ANSI);
    expect(painted.split('\n')).toEqual([
      '\u001b[1mles/lesson.md:7:9\u001b[22m \u001b[31mTIMER_INVALID error:\u001b[39m "20 minuten" is not a timer length',
      ' 7 | ::timer 20 minuten',
      '   |         \u001b[31m^\u001b[39m',
      '  \u001b[36mhint:\u001b[39m write the time as minutes:seconds or hours:minutes:seconds, e.g. `::timer 20:00`',
    ]);
    expect(painted.replaceAll(ESC_CODE, '')).toBe(formatDiagnostic(d, '::timer 20 minuten'));
    expect(
      formatDiagnostic(
        diag('SLIDE_EMPTY', pos('l.md', 1), () => 'm'),
        undefined,
        ANSI,
      ),
    ).toContain('\u001b[33mSLIDE_EMPTY warning:\u001b[39m');
  });
});
