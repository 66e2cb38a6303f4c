// Regressions found by the compiler fuzzing: Markdown nested a few thousand levels deep made marked
// overflow the stack, and the build ended with a RangeError's stack trace. Now it is a diagnostic at
// the text, in lesson.md and in quiz texts alike, and nothing is built.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/compiler/load-lesson.js';
import { readOriginals, workspace, type Fixture, type Originals, type Workspace } from './fuzz-lessons.js';

let originals: Map<Fixture, Originals>;
let space: Workspace;

beforeAll(async () => {
  [originals, space] = await Promise.all([readOriginals(), workspace()]);
});
afterAll(() => space.remove());

const TOO_DEEP = {
  'block quotes': `${'> '.repeat(5000)}x`,
  'lists in block quotes': `${'- > '.repeat(3000)}x`,
  emphasis: `${'*'.repeat(5000)}x${'*'.repeat(5000)}`,
};

async function codesAndLines(
  lessonMd: string,
  quizYaml: string,
): Promise<{ lesson: boolean; deep: Array<[string, number]> }> {
  const { cwd, lessonDir } = await space.write({ fixture: 'test/fixtures/valid-minimal', lessonMd, quizYaml });
  const { lesson, diagnostics } = await loadLesson(lessonDir, cwd);
  return {
    lesson: lesson !== null,
    deep: diagnostics.filter((d) => d.code === 'MARKDOWN_TOO_DEEP').map((d) => [d.pos.file, d.pos.line]),
  };
}

describe('Markdown nested too deeply to be read', () => {
  it.each(Object.entries(TOO_DEEP))('%s on a slide: MARKDOWN_TOO_DEEP at its line, no lesson', async (_name, text) => {
    const { lessonMd, quizYaml } = originals.get('test/fixtures/valid-minimal')!;
    const lines = lessonMd.split('\n').length;
    expect(await codesAndLines(`${lessonMd}\n\n---\n\n${text}\n`, quizYaml)).toEqual({
      lesson: false,
      deep: [['lesson/lesson.md', lines + 4]],
    });
  });

  it('in a quiz prompt: MARKDOWN_TOO_DEEP at the prompt, no lesson', async () => {
    const { lessonMd, quizYaml } = originals.get('test/fixtures/valid-minimal')!;
    const prompt = `${'*'.repeat(5000)}x${'*'.repeat(5000)}`;
    const changed = quizYaml.replace('prompt: Wat is *twee* plus twee?', `prompt: "${prompt}"`);
    expect(changed).not.toBe(quizYaml);
    const line = quizYaml.split('\n').findIndex((l) => l.includes('prompt: Wat is')) + 1;
    expect(await codesAndLines(lessonMd, changed)).toEqual({ lesson: false, deep: [['lesson/quiz.yaml', line]] });
  });

  it('a few hundred levels still build', async () => {
    const { lessonMd, quizYaml } = originals.get('test/fixtures/valid-minimal')!;
    expect(await codesAndLines(`${lessonMd}\n\n---\n\n${'> '.repeat(300)}x\n`, quizYaml)).toEqual({
      lesson: true,
      deep: [],
    });
  });
});
