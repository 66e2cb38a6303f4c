// The built CLI on lessons with odd files (issue 12, class 4): what a teacher sees is the exit code,
// the diagnostic on stderr and an output folder left untouched; a build never hangs on a FIFO, and a
// lesson of 1,000 images builds with macOS's default limit of 256 open files.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPreview } from '../../src/compiler/preview/preview.js';
import { CLI, ROOT, scormdown } from '../helpers/cli.js';

const run = promisify(execFile);
const mkfifo = (file: string) => run('mkfifo', [file]);

let tmp = '';
let lesson = '';
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'scormdown-cli-files-'));
  lesson = path.join(tmp, 'les');
  await cp(path.join(ROOT, 'test/fixtures/valid-minimal'), lesson, { recursive: true });
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function append(text: string): Promise<void> {
  const file = path.join(lesson, 'lesson.md');
  await writeFile(file, `${await readFile(file, 'utf8')}\n${text}\n`);
}

// A build that blocked on a FIFO would never end: the test's timeout fails it (no timed assertion).
describe('a FIFO where a file belongs', { timeout: 30_000 }, () => {
  const cases: Array<[string, string, () => Promise<void>]> = [
    [
      'lesson.md',
      'les/lesson.md:1:1 FILE_NOT_REGULAR error: lesson.md is a FIFO (named pipe), not a file',
      async () => {
        await rm(path.join(lesson, 'lesson.md'));
        await mkfifo(path.join(lesson, 'lesson.md'));
      },
    ],
    [
      'quiz.yaml',
      'les/quiz.yaml:1:1 FILE_NOT_REGULAR error: quiz file "quiz.yaml" is a FIFO (named pipe), not a file',
      async () => {
        await rm(path.join(lesson, 'quiz.yaml'));
        await mkfifo(path.join(lesson, 'quiz.yaml'));
      },
    ],
    [
      'an image',
      'FILE_NOT_REGULAR error: image "assets/pijp.png" is a FIFO (named pipe), not a file',
      async () => {
        await mkfifo(path.join(lesson, 'assets/pijp.png'));
        await append('![Pijp](assets/pijp.png)');
      },
    ],
  ];
  it.each(cases)('as %s: a diagnostic naming it, exit 1, nothing written', async (_slot, message, make) => {
    await make();
    const { code, stdout, stderr } = await scormdown(['build', 'les', '--out', 'out'], tmp);
    expect(stderr).toContain(message);
    expect(stderr).toContain('1 error: nothing written');
    expect([code, stdout]).toEqual([1, '']);
    expect(existsSync(path.join(tmp, 'out'))).toBe(false);
  });
});

describe('the preview with a FIFO in the lesson', () => {
  it(
    'answers every reload with the diagnostic, and goes on serving once the file is back',
    { timeout: 30_000 },
    async () => {
      const quiz = path.join(lesson, 'quiz.yaml');
      const good = await readFile(quiz, 'utf8');
      const preview = await startPreview({ lessonDir: 'les', version: '2004', port: 0, cwd: tmp, lang: 'en' });
      try {
        await rm(quiz);
        await mkfifo(quiz);
        // More reloads than the server has workers to spare: none of them may wait on the FIFO.
        const pages = await Promise.all([1, 2, 3, 4, 5, 6].map(async () => (await fetch(preview.url)).text()));
        for (const page of pages)
          expect(page).toContain('quiz file &quot;quiz.yaml&quot; is a FIFO (named pipe), not a file');
        await rm(quiz);
        await writeFile(quiz, good);
        expect(await (await fetch(preview.url)).text()).not.toContain('FILE_NOT_REGULAR');
      } finally {
        await preview.close();
      }
    },
  );
});

describe('many assets', () => {
  it('1,000 images build under `ulimit -n 256`', { timeout: 120_000 }, async () => {
    const refs: string[] = [];
    for (let i = 0; i < 1000; i++) {
      await writeFile(
        path.join(lesson, `assets/b${i}.svg`),
        `<svg xmlns="http://www.w3.org/2000/svg"><title>${i}</title></svg>`,
      );
      refs.push(`![Beeld ${i}](assets/b${i}.svg)`);
    }
    await append(refs.join('\n'));
    const { stdout, stderr } = await run(
      'bash',
      ['-c', `ulimit -n 256 && exec "$0" "$1" build les --out out --scorm 1.2`, process.execPath, CLI],
      { cwd: tmp },
    );
    expect(stderr).toBe('');
    expect(stdout).toMatch(/minimal\.lesson-1-scorm12\.zip/);
    expect(existsSync(path.join(tmp, 'out/minimal.lesson-1-scorm12.zip'))).toBe(true);
  });
});
