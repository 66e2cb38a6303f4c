// The lesson folder is the package's boundary: symbolic links are followed to where they really
// lead. The links are made here, in a temp dir (git and links to host files do not mix).
import { cp, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLesson } from '../../../src/compiler/load-lesson.js';
import { buildPackages } from '../../../src/compiler/pipeline.js';
import { ROOT } from '../../helpers/cli.js';

let tmp = '';
let lesson = '';
/** A file outside the lesson folder, standing in for /etc/passwd. */
let secret = '';
beforeEach(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'scormdown-boundary-')));
  lesson = path.join(tmp, 'les');
  await cp(path.join(ROOT, 'test/fixtures/valid-minimal'), lesson, { recursive: true });
  secret = path.join(tmp, 'geheim.txt');
  await writeFile(secret, 'root:x:0:0:root:/root:/bin/bash\n');
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function addImage(ref: string): Promise<number> {
  const file = path.join(lesson, 'lesson.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, `${text}\n![Race](${ref})\n`);
  return text.split('\n').length + 1;
}

const problems = async () =>
  (await loadLesson('les', tmp)).diagnostics.map((d) => [
    `${d.pos.file}:${d.pos.line}:${d.pos.column}`,
    d.code,
    d.message,
  ]);

describe('links in the lesson folder', () => {
  it('an image that is a link to a file outside is an error naming the link and its target', async () => {
    await symlink(secret, path.join(lesson, 'assets/race.png'));
    const line = await addImage('assets/race.png');
    expect(await problems()).toEqual([
      [
        `les/lesson.md:${line}:9`,
        'LINK_OUTSIDE_LESSON',
        `image "assets/race.png" leads outside the lesson folder: "assets/race.png" is a link to ${secret}`,
      ],
    ]);
    const { packages } = await buildPackages('les', ['1.2'], tmp);
    expect(packages).toBeNull();
  });

  it('a linked folder that leads outside is named as the link', async () => {
    await mkdir(path.join(tmp, 'elders'));
    await writeFile(path.join(tmp, 'elders/foto.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await symlink(path.join(tmp, 'elders'), path.join(lesson, 'gedeeld'));
    const line = await addImage('gedeeld/foto.svg');
    expect(await problems()).toEqual([
      [
        `les/lesson.md:${line}:9`,
        'LINK_OUTSIDE_LESSON',
        `image "gedeeld/foto.svg" leads outside the lesson folder: "gedeeld" is a link to ${path.join(tmp, 'elders')}`,
      ],
    ]);
  });

  it('links that stay inside the folder work, and the file they lead to is packaged', async () => {
    await symlink('plaatje.svg', path.join(lesson, 'assets/race.svg'));
    await symlink('assets', path.join(lesson, 'beelden'));
    await addImage('assets/race.svg');
    await addImage('beelden/plaatje.svg');
    const { diagnostics, packages } = await buildPackages('les', ['2004'], tmp);
    expect(diagnostics).toEqual([]);
    const files = packages?.[0]?.files;
    const original = await readFile(path.join(lesson, 'assets/plaatje.svg'));
    expect(Buffer.from(files?.get('assets/race.svg') ?? '').equals(original)).toBe(true);
    expect(Buffer.from(files?.get('beelden/plaatje.svg') ?? '').equals(original)).toBe(true);
  });

  it('lesson.md that is a link to a file outside is refused before it is read', async () => {
    await cp(path.join(lesson, 'lesson.md'), path.join(tmp, 'elders.md'));
    await rm(path.join(lesson, 'lesson.md'));
    await symlink(path.join(tmp, 'elders.md'), path.join(lesson, 'lesson.md'));
    expect(await problems()).toEqual([
      [
        'les/lesson.md:1:1',
        'LINK_OUTSIDE_LESSON',
        `lesson.md leads outside the lesson folder: "lesson.md" is a link to ${path.join(tmp, 'elders.md')}`,
      ],
    ]);
  });

  it('a quiz file that is a link outside, or a path out of the folder, is refused at `quiz:`', async () => {
    await cp(path.join(lesson, 'quiz.yaml'), path.join(tmp, 'toets.yaml'));
    await symlink(path.join(tmp, 'toets.yaml'), path.join(lesson, 'link.yaml'));
    const file = path.join(lesson, 'lesson.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('\n---\n', '\nquiz: [link.yaml, ../toets.yaml]\n---\n'));
    const line = text.split('\n').findIndex((l, i) => i > 0 && l === '---') + 1;
    const found = await problems();
    expect(found.filter(([, code]) => code !== 'QUESTION_NOT_DEFINED')).toEqual([
      [
        `les/lesson.md:${line}:8`,
        'LINK_OUTSIDE_LESSON',
        `quiz file "link.yaml" leads outside the lesson folder: "link.yaml" is a link to ${path.join(tmp, 'toets.yaml')}`,
      ],
      [`les/lesson.md:${line}:19`, 'ASSET_OUTSIDE_LESSON', 'quiz file "../toets.yaml" is outside the lesson folder'],
    ]);
    // The unread quiz's ids are unknown: no guesses about the questions the slides place.
    expect(found).toHaveLength(2);
  });

  it('a link to nothing is a missing file, not a crash', async () => {
    await symlink(path.join(tmp, 'weg.png'), path.join(lesson, 'assets/weg.png'));
    const line = await addImage('assets/weg.png');
    expect(await problems()).toEqual([
      [`les/lesson.md:${line}:9`, 'ASSET_MISSING', 'image "assets/weg.png" does not exist in the lesson folder'],
    ]);
  });
});
