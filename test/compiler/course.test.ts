// A course folder (course.yaml) builds each lesson's own zips, with the course's defaults for what a
// lesson's front matter leaves out, and one course package per SCORM version: a SCO per lesson in a
// folder of its own, the player and schemas stored once, a valid manifest listing every file,
// byte-identical on every build. Its problems, and each lesson's, are reported in one run.

import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCourse } from '../../src/compiler/build-course.js';
import { courseShare } from '../../src/compiler/load-course.js';
import { previewBuild } from '../../src/compiler/preview/preview-build.js';
import { zipFiles } from '../../src/compiler/package/zip.js';
import type { Zip } from '../../src/compiler/pipeline.js';
import { manifestErrors } from '../xsd/validate.js';
import { ROOT } from '../helpers/cli.js';

const COURSE = 'test/fixtures/course-three';

const zip = (zips: readonly Zip[] | null, name: string): Zip => {
  const found = zips?.find((z) => z.fileName === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
};
const text = (z: Zip, file: string): string => String(z.files.get(file));

describe('a course of three lessons', () => {
  it("builds every lesson's zips with the course's defaults, a lesson's own pass mark kept", async () => {
    const { diagnostics, zips } = await buildCourse(COURSE, ['1.2', '2004'], ROOT);
    expect(diagnostics).toEqual([]);
    expect(zips!.map((z) => z.fileName)).toEqual([
      'les-1-soorten-scorm12.zip',
      'les-1-soorten-scorm2004.zip',
      'les-2-afhandelen-scorm12.zip',
      'les-2-afhandelen-scorm2004.zip',
      'les-3-conflicten-scorm12.zip',
      'les-3-conflicten-scorm2004.zip',
      'klachten-cursus-scorm12.zip',
      'klachten-cursus-scorm2004.zip',
    ]);
    // passingScore 60 and attempts 1 come from course.yaml (a final pass mark goes into the manifest);
    // lesson 2 says 80 itself. language: nl from the course gives the Dutch player texts.
    const mastery = (name: string) =>
      /<adlcp:masteryscore>(\d+)<\/adlcp:masteryscore>/.exec(text(zip(zips, name), 'imsmanifest.xml'))?.[1];
    expect(['les-1-soorten', 'les-2-afhandelen', 'les-3-conflicten'].map((id) => mastery(`${id}-scorm12.zip`))).toEqual(
      ['60', '80', '60'],
    );
    expect(text(zip(zips, 'les-1-soorten-scorm12.zip'), 'index.html')).toContain('<html lang="nl">');
  });

  it('the course package: a SCO per lesson in its own folder, the player stored once, valid, every file listed', async () => {
    const { zips } = await buildCourse(COURSE, ['1.2', '2004'], ROOT);
    for (const version of ['1.2', '2004'] as const) {
      const course = zip(zips, `klachten-cursus-scorm${version === '1.2' ? '12' : '2004'}.zip`);
      const names = [...course.files.keys()];
      expect(names.filter((n) => n.endsWith('player.js'))).toEqual(['player.js']);
      expect(names.filter((n) => n.endsWith('/index.html')).sort()).toEqual([
        'les-1-soorten/index.html',
        'les-2-afhandelen/index.html',
        'les-3-conflicten/index.html',
      ]);
      expect(names).toContain('les-3-conflicten/assets/gesprek.svg');
      // Each lesson's page loads the shared player from the folder above it.
      expect(text(course, 'les-2-afhandelen/index.html')).toContain('<script src="../player.js"></script>');
      expect(await manifestErrors(course.files, version)).toEqual([]);
      const manifest = text(course, 'imsmanifest.xml');
      const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => decodeURIComponent(m[1]!));
      expect(listed.sort()).toEqual(names.filter((n) => n !== 'imsmanifest.xml').sort());
      expect([...manifest.matchAll(/scormtype="sco"/gi)]).toHaveLength(3);
      expect(manifest.match(/<item identifier="([^"]+)"/g)).toEqual([
        '<item identifier="les-1-soorten.item"',
        '<item identifier="les-2-afhandelen.item"',
        '<item identifier="les-3-conflicten.item"',
      ]);
    }
  });

  it('is byte-identical on every build', async () => {
    const first = await buildCourse(COURSE, ['1.2', '2004'], ROOT);
    const again = await buildCourse(COURSE, ['1.2', '2004'], ROOT);
    for (const [i, z] of first.zips!.entries()) {
      const other = again.zips![i]!;
      expect((await zipFiles(z.files, z.date)).equals(await zipFiles(other.files, other.date))).toBe(true);
    }
  });
});

describe("a course's problems, each with its path, all in one run", () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scormdown-course-'));
    await cp(join(ROOT, COURSE), dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a missing lesson folder, two lessons with one id, an unknown key, and a lesson error', async () => {
    await writeFile(
      join(dir, 'course.yaml'),
      [
        'title: Cursus',
        'id: cursus',
        'passingscore: 60',
        'lessons:',
        '  - les-1',
        '  - les-9',
        '  - les-2',
        '  - les-1',
        '  - les-3',
      ].join('\n'),
    );
    await writeFile(
      join(dir, 'les-3', 'quiz.yaml'),
      '- id: compromis\n  type: true-false\n  prompt: P\n  answer: yes\n',
    );
    const { diagnostics, zips } = await buildCourse(dir, ['1.2', '2004'], dir);
    expect(zips).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.pos.file, d.pos.line, d.message])).toEqual([
      ['COURSE_UNKNOWN_KEY', 'course.yaml', 3, 'unknown course.yaml key "passingscore"; did you mean "passingScore"?'],
      ['COURSE_LESSON_MISSING', 'course.yaml', 6, 'the lesson folder "les-9" does not exist or has no lesson.md'],
      ['COURSE_DUPLICATE_ID', 'course.yaml', 8, 'lesson id "les-1-soorten" is also the id of the lesson in les-1'],
      ['QUIZ_INVALID_VALUE', 'les-3/quiz.yaml', 4, 'answer of question "compromis" must be true or false, not "yes"'],
    ]);
  });

  it("the course's theme: its logo from the course folder in every lesson's package, its colour on every page", async () => {
    await writeFile(join(dir, 'school.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>');
    const yaml = (logo: string) =>
      [
        'title: Cursus',
        'id: cursus',
        'theme:',
        '  color: "#7a1f5c"',
        `  logo: ${logo}`,
        'lessons:',
        '  - les-1',
        '  - les-2',
      ].join('\n');
    await writeFile(join(dir, 'course.yaml'), yaml('school.svg'));
    const { diagnostics, zips } = await buildCourse(dir, ['2004'], dir);
    expect(diagnostics).toEqual([]);
    const lesson = zip(zips, 'les-2-afhandelen-scorm2004.zip');
    expect(lesson.files.has('school.svg')).toBe(true);
    expect(text(lesson, 'index.html')).toContain('<img class="sd-logo" src="school.svg" alt="');
    expect(text(lesson, 'index.html')).toContain('--accent:#7a1f5c');
    const course = zip(zips, 'cursus-scorm2004.zip');
    expect([...course.files.keys()].filter((n) => n.endsWith('school.svg')).sort()).toEqual([
      'les-1-soorten/school.svg',
      'les-2-afhandelen/school.svg',
    ]);
    expect(await manifestErrors(course.files, '2004')).toEqual([]);

    // The preview of a course's lesson (scormdown preview <courseDir>) shows the course's logo too.
    const preview = await previewBuild('les-2', dir, (await courseShare(dir, dir))!);
    const page = preview.versions['2004'].files!;
    expect(page.has('school.svg')).toBe(true);
    expect(Buffer.from(page.get('index.html')!).toString()).toContain('<img class="sd-logo" src="school.svg" alt="');

    await writeFile(join(dir, 'course.yaml'), yaml('logo.svg'));
    const missing = await buildCourse(dir, ['2004'], dir);
    expect(missing.zips).toBeNull();
    expect(missing.diagnostics.map((d) => [d.code, d.pos.file, d.pos.line])).toEqual([
      ['ASSET_MISSING', 'course.yaml', 5],
    ]);
  });
});
