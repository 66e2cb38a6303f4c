// `scormdown build <courseDir>` as a teacher runs it: every lesson's zips and the course package, or,
// with a broken lesson, its problem with its own path, exit 1 and nothing written.

import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, scormdown } from '../helpers/cli.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-course-'));
  await cp(join(ROOT, 'test/fixtures/course-three'), join(dir, 'cursus'), { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scormdown build of a course folder', () => {
  it("writes each lesson's zips and the course package, and says so", async () => {
    const { code, stdout, stderr } = await scormdown(['build', 'cursus'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n')[0]).toBe('Course "Klachten: de cursus": 3 lessons.');
    expect((await readdir(join(dir, 'dist'))).sort()).toEqual([
      'klachten-cursus-scorm12.zip',
      'klachten-cursus-scorm2004.zip',
      'les-1-soorten-scorm12.zip',
      'les-1-soorten-scorm2004.zip',
      'les-2-afhandelen-scorm12.zip',
      'les-2-afhandelen-scorm2004.zip',
      'les-3-conflicten-scorm12.zip',
      'les-3-conflicten-scorm2004.zip',
    ]);
  });

  it('a broken lesson stops the whole course, with its own path; nothing is written', async () => {
    await writeFile(join(dir, 'cursus', 'les-2', 'lesson.md'), '# no front matter\n');
    const { code, stdout, stderr } = await scormdown(['build', 'cursus'], dir);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^cursus\/les-2\/lesson\.md:1:1 FRONT_MATTER_MISSING error: /);
    expect(stderr).toContain('\n1 error: nothing written.');
    expect(await readdir(dir)).toEqual(['cursus']);
  });
});
