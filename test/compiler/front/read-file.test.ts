// Files that are not what they seem (issue 12, class 4): a folder, FIFO or socket where a file is
// named, a file with other hard links, a link swapped while the lesson is read. Each is made here,
// in a temp copy of a fixture (git keeps none of them).
import { execFile, spawn } from 'node:child_process';
import { cp, link, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import { ROOT } from '../../helpers/cli.js';

const mkfifo = (file: string) => promisify(execFile)('mkfifo', [file]);

let tmp = '';
let lesson = '';
beforeEach(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'scormdown-files-')));
  lesson = path.join(tmp, 'les');
  await cp(path.join(ROOT, 'test/fixtures/valid-minimal'), lesson, { recursive: true });
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Adds a line to lesson.md; its line number. */
async function addLine(text: string): Promise<number> {
  const file = path.join(lesson, 'lesson.md');
  const before = await readFile(file, 'utf8');
  await writeFile(file, `${before}\n${text}\n`);
  return before.split('\n').length + 1;
}

async function setQuiz(value: string): Promise<number> {
  const file = path.join(lesson, 'lesson.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('\n---\n', `\nquiz: ${value}\n---\n`));
  return text.split('\n').findIndex((l, i) => i > 0 && l === '---') + 1;
}

const problems = async () =>
  (await loadLesson('les', tmp)).diagnostics.map((d) => [
    `${d.pos.file}:${d.pos.line}:${d.pos.column}`,
    d.code,
    d.message,
  ]);

// A read that blocked on a FIFO would never settle: the test's timeout fails it (no timed assertion).
const PROMPTLY = 20_000;

describe('a file slot holding something else', () => {
  it('`quiz:` naming a folder is an error at `quiz:`, and no question is "not defined" for want of it', async () => {
    await mkdir(path.join(lesson, 'vragen'));
    const line = await setQuiz('vragen');
    expect(await problems()).toEqual([
      [`les/lesson.md:${line}:7`, 'FILE_NOT_REGULAR', 'quiz file "vragen" is a folder, not a file'],
    ]);
    const [d] = (await loadLesson('les', tmp)).diagnostics;
    expect(d?.hint).toBe('name the file inside it in `quiz:`, e.g. `quiz: vragen/quiz.yaml`');
  });

  it('a FIFO as lesson.md is named, not read', { timeout: PROMPTLY }, async () => {
    await rm(path.join(lesson, 'lesson.md'));
    await mkfifo(path.join(lesson, 'lesson.md'));
    expect(await problems()).toEqual([
      ['les/lesson.md:1:1', 'FILE_NOT_REGULAR', 'lesson.md is a FIFO (named pipe), not a file'],
    ]);
  });

  it('a FIFO as quiz.yaml is named, not read', { timeout: PROMPTLY }, async () => {
    await rm(path.join(lesson, 'quiz.yaml'));
    await mkfifo(path.join(lesson, 'quiz.yaml'));
    expect(await problems()).toEqual([
      ['les/quiz.yaml:1:1', 'FILE_NOT_REGULAR', 'quiz file "quiz.yaml" is a FIFO (named pipe), not a file'],
    ]);
  });

  it('a FIFO as a quiz file named in `quiz:` is named where it is named', { timeout: PROMPTLY }, async () => {
    await mkfifo(path.join(lesson, 'pijp.yaml'));
    const line = await setQuiz('[quiz.yaml, pijp.yaml]');
    expect(await problems()).toEqual([
      [`les/lesson.md:${line}:19`, 'FILE_NOT_REGULAR', 'quiz file "pijp.yaml" is a FIFO (named pipe), not a file'],
    ]);
  });

  it('a FIFO or a socket as an image is named as what it is', { timeout: PROMPTLY }, async () => {
    await mkfifo(path.join(lesson, 'assets/pijp.png'));
    // A socket's path is limited to ~100 bytes: listen inside the lesson folder by a relative path.
    const server = createServer();
    const cwd = process.cwd();
    process.chdir(lesson);
    try {
      await new Promise<void>((resolve) => server.listen('assets/sok.png', resolve));
    } finally {
      process.chdir(cwd);
    }
    try {
      const line = await addLine('![Pijp](assets/pijp.png) ![Sok](assets/sok.png)');
      expect(await problems()).toEqual([
        [`les/lesson.md:${line}:9`, 'FILE_NOT_REGULAR', 'image "assets/pijp.png" is a FIFO (named pipe), not a file'],
        [`les/lesson.md:${line}:33`, 'FILE_NOT_REGULAR', 'image "assets/sok.png" is a socket, not a file'],
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  // Only root may make a device node (mknod); the machines that run the tests here run as root.
  it.skipIf(process.getuid?.() !== 0)(
    'a device as quiz.yaml is named, never opened',
    { timeout: PROMPTLY },
    async () => {
      await rm(path.join(lesson, 'quiz.yaml'));
      // /dev/zero's numbers (Linux): a read of it would never end.
      await promisify(execFile)('mknod', [path.join(lesson, 'quiz.yaml'), 'c', '1', '5']);
      expect(await problems()).toEqual([
        ['les/quiz.yaml:1:1', 'FILE_NOT_REGULAR', 'quiz file "quiz.yaml" is a device, not a file'],
      ]);
    },
  );

  it('a folder as an image stays "a folder, not a file"', async () => {
    await mkdir(path.join(lesson, 'assets/map.png'));
    const line = await addLine('![Map](assets/map.png)');
    expect(await problems()).toEqual([
      [`les/lesson.md:${line}:8`, 'ASSET_MISSING', '"assets/map.png" is a folder, not a file'],
    ]);
  });
});

describe('hard links', () => {
  it('an image with another hard link is packaged with a warning that it may come from outside', async () => {
    const outside = path.join(tmp, 'elders.svg');
    await writeFile(outside, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await link(outside, path.join(lesson, 'assets/gedeeld.svg'));
    const line = await addLine('![Gedeeld](assets/gedeeld.svg)');
    const { lesson: loaded, diagnostics } = await loadLesson('les', tmp);
    expect(diagnostics.map((d) => [d.severity, d.code, d.message, d.pos.line])).toEqual([
      [
        'warning',
        'FILE_HARD_LINKED',
        'image "assets/gedeeld.svg" has 2 hard links: it may be a file from outside the lesson folder, and goes into the package as it is',
        line,
      ],
    ]);
    expect(loaded?.assets.map((a) => a.target)).toContain('assets/gedeeld.svg');
  });

  it('a quiz file with another hard link gets the warning too', async () => {
    await link(path.join(lesson, 'quiz.yaml'), path.join(tmp, 'kopie.yaml'));
    expect(await problems()).toEqual([
      [
        'les/quiz.yaml:1:1',
        'FILE_HARD_LINKED',
        'quiz file "quiz.yaml" has 2 hard links: it may be a file from outside the lesson folder, and goes into the package as it is',
      ],
    ]);
  });
});

describe('unreadable files', () => {
  // root reads a chmod 000 file anyway; read-file-faults.test.ts covers EACCES with a failing open.
  const asRoot = process.getuid?.() === 0;
  it.skipIf(asRoot || process.platform === 'win32')(
    'a lesson.md that may not be read says so, not "missing"',
    async () => {
      const { chmod } = await import('node:fs/promises');
      await chmod(path.join(lesson, 'lesson.md'), 0o000);
      expect(await problems()).toEqual([
        ['les/lesson.md:1:1', 'FILE_UNREADABLE', 'lesson.md cannot be read: permission'],
      ]);
    },
  );
});

describe('a link swapped while the lesson is read', () => {
  it('never brings the outside file into the lesson, in 50 builds racing a swapper', { timeout: 120_000 }, async () => {
    const secret = 'root:x:0:0:root:/root:/bin/bash\n';
    await writeFile(path.join(tmp, 'geheim.svg'), secret);
    const inside = await readFile(path.join(lesson, 'assets/plaatje.svg'));
    const race = path.join(lesson, 'assets/race.svg');
    await symlink('plaatje.svg', race);
    await addLine('![Race](assets/race.svg)');
    // Renames are atomic: the link always exists, leading inside or out, switching all the time.
    const swapper = spawn(
      process.execPath,
      [
        '-e',
        `
      const fs = require('node:fs');
      const [race, tmp] = process.argv.slice(1);
      fs.symlinkSync('plaatje.svg', tmp + '/in'); fs.symlinkSync(tmp + '/geheim.svg', tmp + '/out');
      for (;;) { for (const n of ['in', 'out']) { fs.symlinkSync(fs.readlinkSync(tmp + '/' + n), race + '.new'); fs.renameSync(race + '.new', race); } }
    `,
        race,
        tmp,
      ],
      { stdio: 'ignore' },
    );
    try {
      for (let i = 0; i < 50; i++) {
        const { lesson: loaded, diagnostics } = await loadLesson('les', tmp);
        const bytes = loaded?.assets.find((a) => a.target === 'assets/race.svg')?.bytes;
        if (bytes) {
          expect(bytes.equals(inside)).toBe(true);
        } else {
          expect(diagnostics.map((d) => d.code)).toEqual(['LINK_OUTSIDE_LESSON']);
        }
      }
    } finally {
      swapper.kill();
    }
  });
});
