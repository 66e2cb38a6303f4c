// What a teacher sees when a lesson has mistakes: one diagnostic per mistake, by its cause; errors
// before warnings; colour only on a terminal. The built CLI on lessons written into a temp folder.

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';

/** An ANSI colour code (ESC [ n m); built from a string, as a regex literal may hold no control character. */
const ESC_CODE = new RegExp(`${'\u001b'}\\[\\d+m`, 'g');
const run = promisify(execFile);

/** The CLI's exit code and stderr; stderr is a pipe, never a terminal. `env` is added to an
 *  environment without NO_COLOR and FORCE_COLOR, whatever the test runner's. */
async function build(cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stderr: string }> {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  try {
    const { stderr } = await run(process.execPath, [CLI, 'build', 'les', '--lang', 'en'], {
      cwd,
      env: { ...base, ...env },
    });
    return { code: 0, stderr };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

/** The first line of every diagnostic: `file:line:column CODE severity: message`. */
const heads = (stderr: string): string[] => stderr.split('\n').filter((line) => /^\S+:\d+:\d+ [A-Z_]+ /.test(line));

const FRONT = '---\ntitle: Klachten\nid: les6\ncompletion: quiz\n---\n';
const LESSON = `${FRONT}\n# Welkom\n\n---\n\n::quiz draw 7\n\n---\n\n::gate\n\n# Na de toets\n`;
const question = (n: number): string => `- id: q${n}\n  type: true-false\n  prompt: Waar ${n}?\n  answer: true\n`;
const NINE = Array.from({ length: 9 }, (_, i) => question(i + 1)).join('');

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-report-'));
  await mkdir(join(dir, 'les'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function lesson(lessonMd: string, quiz: string): Promise<void> {
  await writeFile(join(dir, 'les', 'lesson.md'), lessonMd);
  await writeFile(join(dir, 'les', 'quiz.yaml'), quiz);
}

describe('one message per mistake, the cause first', () => {
  it('a tab in quiz.yaml, in a lesson with `::quiz draw 7` and `::gate`: exactly one error', async () => {
    await lesson(LESSON, NINE.replace('  answer: true', '\tanswer: true'));
    const { code, stderr } = await build(dir);
    expect(code).toBe(1);
    expect(heads(stderr)).toEqual([
      'les/quiz.yaml:4:1 YAML_TAB error: this line is indented with a tab; YAML allows only spaces there',
    ]);
    expect(stderr).toContain('\n1 error: nothing written.');
  });

  it('an unquoted colon in quiz.yaml: one error, with the line rewritten in quotes', async () => {
    await lesson(LESSON, NINE.replace('  prompt: Waar 2?', '  prompt: Let op: waar?'));
    const { stderr } = await build(dir);
    expect(heads(stderr)).toEqual([
      'les/quiz.yaml:7:11 YAML_UNQUOTED_COLON error: this text holds ": " without quotes, so YAML reads the part before it as a key: write the line as `prompt: "Let op: waar?"`',
    ]);
  });

  it('a misspelt `::qiuz`: one diagnostic, nothing guessed from the section it would have made', async () => {
    await lesson(LESSON.replace('::quiz draw 7', '::qiuz'), NINE);
    const { code, stderr } = await build(dir);
    expect(code).toBe(1);
    expect(heads(stderr)).toEqual([
      'les/lesson.md:11:1 DIRECTIVE_UNKNOWN error: unknown directive "::qiuz"; did you mean "::quiz"?',
    ]);
  });

  it('`passingScore: 0.6` is an error that suggests 60', async () => {
    await lesson(LESSON.replace('completion: quiz', 'passingScore: 0.6').replace('draw 7', 'draw 5'), NINE);
    const { code, stderr } = await build(dir);
    expect(code).toBe(1);
    expect(heads(stderr)).toEqual([
      'les/lesson.md:4:15 META_PASSING_SCORE_FRACTION error: passingScore 0.6 is a percentage: every learner who scores 0.6 % or more would pass',
    ]);
    expect(stderr).toContain('  hint: for 60 %, write `passingScore: 60`');
  });

  it('errors are printed before warnings', async () => {
    // An unknown key (a warning on line 4) above a missing picture (an error further down).
    const text = LESSON.replace('completion: quiz', 'auteur: Mevrouw de Vries').replace(
      '# Welkom\n',
      '# Welkom\n\n![Foto](assets/foto.png)\n',
    );
    await lesson(text, NINE);
    const { stderr } = await build(dir);
    expect(heads(stderr).map((h) => h.split(' ').slice(0, 3).join(' '))).toEqual([
      'les/lesson.md:9:9 ASSET_MISSING error:',
      'les/lesson.md:4:1 META_UNKNOWN_KEY warning:',
    ]);
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  beforeEach(async () => {
    await lesson(LESSON.replace('completion: quiz', 'auteur: X'), NINE.replace('  answer: true', '\tanswer: true'));
  });

  it('none when stderr is a pipe', async () => {
    const { stderr } = await build(dir);
    expect(heads(stderr)).toHaveLength(2);
    expect(stderr).not.toContain(ESC);
  });

  it('none with NO_COLOR, even with FORCE_COLOR', async () => {
    expect((await build(dir, { NO_COLOR: '1' })).stderr).not.toContain(ESC);
    expect((await build(dir, { NO_COLOR: '1', FORCE_COLOR: '1' })).stderr).not.toContain(ESC);
  });

  it('with FORCE_COLOR (as on a terminal): errors red, warnings yellow, the text itself unchanged', async () => {
    const { stderr } = await build(dir, { FORCE_COLOR: '1' });
    expect(stderr).toContain(`${ESC}31mYAML_TAB error:${ESC}39m this line is indented with a tab`);
    expect(stderr).toContain(`${ESC}33mMETA_UNKNOWN_KEY warning:${ESC}39m`);
    expect(stderr).toContain(`${ESC}31m1 error${ESC}39m: nothing written.`);
    expect(stderr.replaceAll(ESC_CODE, '')).toBe((await build(dir)).stderr);
  });

  it('none with FORCE_COLOR=0', async () => {
    expect((await build(dir, { FORCE_COLOR: '0' })).stderr).not.toContain(ESC);
  });
});
