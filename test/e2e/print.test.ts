// `scormdown print`: the lesson as a handout PDF from the Chromium installed here (Debian's, as .ci/run
// installs it): a page per slide, every slide in order; `--answers yes` adds each question's answer.

import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/compiler/load-course.js';
import { loadLesson } from '../../src/compiler/load-lesson.js';
import { buildPackages } from '../../src/compiler/pipeline.js';
import { withAnswers } from '../../src/compiler/print/print-lesson.js';
import { ROOT, scormdown } from '../helpers/cli.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scormdown-print-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

describe('scormdown print', () => {
  it('writes a PDF with a page for every slide of the lesson', async () => {
    const { code, stdout, stderr } = await scormdown(['print', join(ROOT, 'lesson'), '--out', 'les.pdf'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lesson = (await loadLesson(join(ROOT, 'lesson'), ROOT)).lesson!;
    expect(stdout).toBe(`Wrote les.pdf: ${lesson.slides.length} slides.\n`);
    const pdf = await readFile(join(dir, 'les.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages(pdf)).toBe(lesson.slides.length);
  });

  it("with --answers yes, each graded question is followed by its correct answer in the lesson's words", async () => {
    const lesson = (await loadLesson(join(ROOT, 'lesson'), ROOT)).lesson!;
    const { packages } = await buildPackages(join(ROOT, 'lesson'), ['2004'], ROOT);
    const page = withAnswers(String(packages![0]!.files.get('index.html')), lesson);
    const keys = [...page.matchAll(/<p class="sd-key">([^<]*)<\/p><\/form>/g)].map((m) => m[1]);
    expect(keys).toHaveLength(lesson.questions.filter((q) => q.type !== 'open').length);
    expect(keys).toContain('Het juiste antwoord: Objectieve en subjectieve klachten');
  });
});

describe('scormdown print COURSE', () => {
  const course = join(ROOT, 'test/fixtures/course-three');

  it("writes a handout per lesson, in the course's order, into the folder --out names", async () => {
    const { code, stdout, stderr } = await scormdown(['print', course, '--out', 'hand-outs'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const { course: loaded } = await loadCourse(course, ROOT);
    const lessons = loaded!.lessons.map(({ lesson }) => lesson);
    expect(stdout).toBe(lessons.map((l) => `Wrote hand-outs/${l.meta.id}.pdf: ${l.slides.length} slides.\n`).join(''));
    for (const lesson of lessons) {
      const pdf = await readFile(join(dir, 'hand-outs', `${lesson.meta.id}.pdf`));
      expect(pages(pdf)).toBe(lesson.slides.length);
    }
    expect((await readdir(join(dir, 'hand-outs'))).sort()).toEqual(lessons.map((l) => `${l.meta.id}.pdf`).sort());
  });

  it('writes nothing when a lesson of the course has errors', async () => {
    await cp(course, join(dir, 'cursus'), { recursive: true });
    await writeFile(join(dir, 'cursus', 'les-3', 'quiz.yaml'), '- id: kapot\n  type: single\n');
    const { code, stdout, stderr } = await scormdown(['print', 'cursus'], dir);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain('cursus/les-3/quiz.yaml:');
    expect(await readdir(dir)).toEqual(['cursus']);
  });
});
