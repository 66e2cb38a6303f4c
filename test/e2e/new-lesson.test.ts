// `scormdown new` run as a teacher runs it: the built CLI as a child process in a temp folder, then
// `scormdown build` on what it wrote. Exit codes, what is printed, what is on disk.

import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/compiler/diagnostics/errors.js';
import { ROOT, scormdown } from '../helpers/cli.js';
import { lessonDataOf } from '../helpers/package.js';
import { readZip } from '../helpers/unzip.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-new-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scormdown new', () => {
  it('writes a starter lesson, says what to run next, and that lesson builds into both zips', async () => {
    const made = await scormdown(['new', 'les-7', '--language', 'nl', '--title', 'Les 7: Verkoopgesprekken'], dir);
    expect(made).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Wrote a starter lesson:\n  les-7/lesson.md\n  les-7/quiz.yaml\n  les-7/assets/illustration.svg\n\n' +
        'Edit lesson.md and quiz.yaml, then look at the lesson as a learner does:\n  npx scormdown preview les-7\n' +
        'and make the SCORM zip files:\n  npx scormdown build les-7\n',
    });
    const built = await scormdown(['build', 'les-7'], dir);
    expect({ code: built.code, stderr: built.stderr }).toEqual({ code: 0, stderr: '' });
    expect((await readdir(join(dir, 'dist'))).sort()).toEqual(['les-7-scorm12.zip', 'les-7-scorm2004.zip']);
    const names = readZip(await readFile(join(dir, 'dist', 'les-7-scorm2004.zip'))).map((e) => e.name);
    expect(names).toContain('assets/illustration.svg');
    expect(names).toContain('index.html');
  });

  it('quotes a folder with a space in the commands it prints', async () => {
    const made = await scormdown(['new', 'Les 7'], dir);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("\n  npx scormdown preview 'Les 7'\n");
    expect(made.stdout).toContain("\n  npx scormdown build 'Les 7'\n");
  });

  it('exits with the "exists" code when lesson.md exists, names the file without a position, and changes nothing', async () => {
    await mkdir(join(dir, 'les-7'));
    await writeFile(join(dir, 'les-7', 'lesson.md'), '---\ntitle: Mijn les\n---\n');
    const { code, stdout, stderr } = await scormdown(['new', 'les-7'], dir);
    expect({ code, stdout }, stderr).toEqual({ code: EXIT.exists, stdout: '' });
    expect(stderr.split('\n')).toEqual([
      'scormdown: les-7/lesson.md already exists; scormdown new never overwrites a file: nothing written',
      '  hint: start the new lesson in another folder (`npx scormdown new my-lesson`), or move this file away first; ' +
        'to build the lesson already here: `npx scormdown build les-7`',
      '',
    ]);
    expect(await readdir(join(dir, 'les-7'))).toEqual(['lesson.md']);
    expect(await readFile(join(dir, 'les-7', 'lesson.md'), 'utf8')).toBe('---\ntitle: Mijn les\n---\n');
  });

  it('exits with the write code when the folder is a file, and leaves the file alone', async () => {
    await writeFile(join(dir, 'les-7'), 'notes');
    const { code, stdout, stderr } = await scormdown(['new', 'les-7'], dir);
    expect({ code, stdout }).toEqual({ code: EXIT.write, stdout: '' });
    expect(stderr.split('\n').slice(0, 2)).toEqual([
      'scormdown: could not write les-7 (it is a file, not a folder)',
      '  hint: give the name of a new or empty folder, e.g. `npx scormdown new my-lesson`',
    ]);
    expect(await readFile(join(dir, 'les-7'), 'utf8')).toBe('notes');
  });

  it('exits 2 with the usage on a wrong command line, writing nothing', async () => {
    for (const args of [
      ['new', '--langauge', 'nl'],
      ['new', '--lang', 'pl'],
      ['new', 'a', 'b'],
      ['new', '--language', 'Nederlands'],
      ['new', '--title'],
    ]) {
      const { code, stdout, stderr } = await scormdown(args, dir);
      expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(stderr).toContain('Usage: scormdown build');
      expect(stderr).toContain('scormdown new [folder] [--language nl|en|...] [--title "..."]');
    }
    expect((await scormdown(['new', '--langauge', 'nl'], dir)).stderr.split('\n')[0]).toBe(
      'scormdown: unknown option "--langauge"',
    );
    expect((await scormdown(['new', '--lang', 'pl'], dir)).stderr.split('\n')[0]).toBe(
      'scormdown: --lang must be en, nl, de, fr or es, not "pl"',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it("in a course's folder: the lesson leaves what course.yaml sets to it, in its language, and says how to list it", async () => {
    await cp(join(ROOT, 'test/fixtures/course-three'), join(dir, 'cursus'), { recursive: true });
    const { code, stdout, stderr } = await scormdown(['new', 'cursus/les-4', '--title', 'Les 4: Nazorg'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(
      'To put it in the course, add the line `  - les-4` under `lessons:` in cursus/course.yaml.\n',
    );
    const lesson = await readFile(join(dir, 'cursus', 'les-4', 'lesson.md'), 'utf8');
    // course.yaml sets language, passingScore, attempts and completion: the starter leaves them to it.
    expect(lesson).toContain(
      '# De cursus (course.yaml) geeft deze les language, passingScore, completion en attempts: haal de # voor een regel weg om de les een eigen waarde te geven.\n',
    );
    expect(lesson).toMatch(/^# language: nl {3}#/m);
    expect(lesson).toMatch(/^# passingScore: 70 {3}#/m);
    expect(lesson).toMatch(/^navigation: free {3}#/m);
    const courseYaml = join(dir, 'cursus', 'course.yaml');
    await writeFile(courseYaml, `${await readFile(courseYaml, 'utf8')}  - les-4\n`);
    const build = await scormdown(['build', 'cursus', '--out', 'dist'], dir);
    expect(build.code, build.stderr).toBe(0);
    const zip = await readZip(await readFile(join(dir, 'dist', 'les-4-scorm2004.zip')));
    const page = zip.find((e) => e.name === 'index.html')!.data.toString();
    expect(lessonDataOf(page)).toMatchObject({ passingScore: 60, language: 'nl' });
  });

  it("in a course, --language other than the course's stays written in the lesson", async () => {
    await cp(join(ROOT, 'test/fixtures/course-three'), join(dir, 'cursus'), { recursive: true });
    const { code } = await scormdown(['new', 'cursus/lesson-4', '--language', 'en'], dir);
    expect(code).toBe(0);
    const lesson = await readFile(join(dir, 'cursus', 'lesson-4', 'lesson.md'), 'utf8');
    expect(lesson).toMatch(/^language: en {3}#/m);
    expect(lesson).toMatch(/^# passingScore: 70 {3}#/m);
  });
});
