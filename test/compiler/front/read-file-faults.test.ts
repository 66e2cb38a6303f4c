// Faults the machine cannot be made to show on demand, injected into node:fs/promises: a file that
// may not be read (tests run as root here, and root reads a chmod 000 file), a link swapped in the
// instant between the check by name and the open, and a system without /proc (macOS).
import { cp, mkdtemp, readFile, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import { ROOT } from '../../helpers/cli.js';

const faults = vi.hoisted(() => ({
  /** Paths whose open fails with EACCES. */
  denied: new Set<string>(),
  /** Runs just before the real open of a path (the swap), and just after (the swap back). */
  aroundOpen: new Map<string, { before(): Promise<void>; after(): Promise<void> }>(),
  noProc: false,
  /** Folders whose listing fails with EACCES. */
  unlisted: new Set<string>(),
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const open: typeof fs.open = async (file, ...rest) => {
    const name = String(file);
    if (faults.denied.has(name))
      throw Object.assign(new Error(`EACCES: permission denied, open '${name}'`), { code: 'EACCES' });
    const around = faults.aroundOpen.get(name);
    await around?.before();
    try {
      return await fs.open(file, ...rest);
    } finally {
      await around?.after();
    }
  };
  const readlink = ((file: string, ...rest: []) =>
    faults.noProc && String(file).startsWith('/proc/')
      ? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))
      : fs.readlink(file, ...rest)) as typeof fs.readlink;
  const readdir = ((dir: string, ...rest: []) =>
    faults.unlisted.has(String(dir))
      ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }))
      : fs.readdir(dir, ...rest)) as typeof fs.readdir;
  return { ...fs, default: { ...fs, open, readlink, readdir }, open, readlink, readdir };
});

let tmp = '';
let lesson = '';
beforeEach(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'scormdown-faults-')));
  lesson = path.join(tmp, 'les');
  await cp(path.join(ROOT, 'test/fixtures/valid-minimal'), lesson, { recursive: true });
  await writeFile(path.join(tmp, 'geheim.svg'), 'root:x:0:0:root:/root:/bin/bash\n');
});
afterEach(async () => {
  faults.denied.clear();
  faults.aroundOpen.clear();
  faults.noProc = false;
  faults.unlisted.clear();
  await rm(tmp, { recursive: true, force: true });
});

const problems = async () =>
  (await loadLesson('les', tmp)).diagnostics.map((d) => [
    `${d.pos.file}:${d.pos.line}:${d.pos.column}`,
    d.code,
    d.message,
  ]);

async function addLine(text: string): Promise<number> {
  const file = path.join(lesson, 'lesson.md');
  const before = await readFile(file, 'utf8');
  await writeFile(file, `${before}\n${text}\n`);
  return before.split('\n').length + 1;
}

describe('a file that may not be read (EACCES)', () => {
  it('lesson.md: "cannot be read: permission", not "there is no lesson.md"', async () => {
    faults.denied.add(path.join(lesson, 'lesson.md'));
    expect(await problems()).toEqual([
      ['les/lesson.md:1:1', 'FILE_UNREADABLE', 'lesson.md cannot be read: permission'],
    ]);
  });

  it('quiz.yaml: the same, and no question is then "not defined"', async () => {
    faults.denied.add(path.join(lesson, 'quiz.yaml'));
    expect(await problems()).toEqual([
      ['les/quiz.yaml:1:1', 'FILE_UNREADABLE', 'quiz file "quiz.yaml" cannot be read: permission'],
    ]);
  });

  it('an image: named at its reference', async () => {
    faults.denied.add(path.join(lesson, 'assets/plaatje.svg'));
    expect(await problems()).toEqual([
      ['les/lesson.md:12:16', 'FILE_UNREADABLE', 'image "assets/plaatje.svg" cannot be read: permission'],
    ]);
  });
});

describe('a folder that may not be listed', () => {
  it('assets/: its images "cannot be read", not "do not exist"', async () => {
    faults.unlisted.add(path.join(lesson, 'assets'));
    expect(await problems()).toEqual([
      [
        'les/lesson.md:10:38',
        'FILE_UNREADABLE',
        'linked file "assets/werkblad.pdf" cannot be read: permission (the folder "assets" may not be listed)',
      ],
      [
        'les/lesson.md:12:16',
        'FILE_UNREADABLE',
        'image "assets/plaatje.svg" cannot be read: permission (the folder "assets" may not be listed)',
      ],
    ]);
  });
});

describe('a link swapped between the check by name and the open', () => {
  /** assets/race.svg leads inside, except in the instant of the open, when it leads to geheim.svg. */
  async function swapDuringOpen(): Promise<void> {
    const race = path.join(lesson, 'assets/race.svg');
    await symlink('plaatje.svg', race);
    const point = async (target: string) => {
      await symlink(target, `${race}.new`);
      await rename(`${race}.new`, race);
    };
    faults.aroundOpen.set(race, {
      before: () => point(path.join(tmp, 'geheim.svg')),
      after: () => point('plaatje.svg'),
    });
  }

  it('is refused: the handle is checked, not the name', async () => {
    await swapDuringOpen();
    const line = await addLine('![Race](assets/race.svg)');
    const { lesson: loaded, diagnostics } = await loadLesson('les', tmp);
    expect(loaded).toBeNull();
    expect(diagnostics.map((d) => [d.pos.line, d.code, d.message])).toEqual([
      [
        line,
        'LINK_OUTSIDE_LESSON',
        `image "assets/race.svg" leads outside the lesson folder: "assets/race.svg" is a link to ${path.join(tmp, 'geheim.svg')}`,
      ],
    ]);
  });

  it('is refused without /proc too (macOS): the name no longer leads to the opened file', async () => {
    faults.noProc = true;
    await swapDuringOpen();
    const line = await addLine('![Race](assets/race.svg)');
    expect((await loadLesson('les', tmp)).diagnostics.map((d) => [d.pos.line, d.code, d.message])).toEqual([
      [
        line,
        'FILE_UNREADABLE',
        'image "assets/race.svg" cannot be read: it changed while it was being read; build again',
      ],
    ]);
  });

  it('without /proc, an unswapped lesson builds as before', async () => {
    faults.noProc = true;
    await symlink('plaatje.svg', path.join(lesson, 'assets/binnen.svg'));
    await addLine('![Binnen](assets/binnen.svg)');
    const { lesson: loaded, diagnostics } = await loadLesson('les', tmp);
    expect(diagnostics).toEqual([]);
    expect(loaded?.assets.find((a) => a.target === 'assets/binnen.svg')?.bytes).toEqual(
      await readFile(path.join(lesson, 'assets/plaatje.svg')),
    );
  });
});
