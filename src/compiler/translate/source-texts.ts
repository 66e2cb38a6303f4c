// What is translated: a lesson folder, or a course folder (course.yaml) with all its lessons in one
// file for the translator. Both read as a build reads them; both give their units (units.ts), take
// the new language, and give back every file of the translated folder: the texts with the
// translations put in, and the pictures and other files as they are. A course's units carry the
// lesson folder in their id and place (`les-1/slide.2.1`, `les-1/lesson.md:18`), its own texts are
// `course.title`, `course.description` and `course.ui.<key>`.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import { diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostics.js';
import { fileText } from '../front/read-file.js';
import { COURSE_FILE } from '../front/parse-course.js';
import { isCourse, loadCourse } from '../load-course.js';
import { loadLesson } from '../load-lesson.js';
import type { Lesson } from '../model.js';
import type { NewFile } from '../package/write-new-files.js';
import { lessonTexts, lineOfOffset, type Unit } from './units.js';

export interface SourceTexts {
  /** The source's language and id (a course's own, not its lessons'). */
  language: string;
  id: string;
  units: Unit[];
  /** Sets `language:` and makes each id `<id>-<language>` (the course's and every lesson's). */
  retag(language: string): void;
  /** Every file of the translated folder, relative to it. */
  files(): NewFile[];
}

export interface SourceRead {
  source: SourceTexts | null;
  diagnostics: Diagnostic[];
  /** The language the source says it is in, for the author's messages. */
  language: string | null;
}

/** The folder holds a lesson or a course (course.yaml) that can be read. */
export function hasSource(dir: string): Promise<boolean> {
  return Promise.any([readFile(path.join(dir, 'lesson.md')), readFile(path.join(dir, COURSE_FILE))]).then(
    () => true,
    () => false,
  );
}

export async function readSource(dir: string, cwd: string): Promise<SourceRead> {
  return isCourse(dir) ? readCourse(dir, cwd) : readLesson(dir, cwd);
}

/** The problems of a translated folder, read as a build reads it (a lesson or a course). */
export async function checkSource(dir: string): Promise<Diagnostic[]> {
  return isCourse(dir) ? (await loadCourse(dir, dir)).diagnostics : (await loadLesson(dir, dir)).diagnostics;
}

const tagged = (id: string, language: string): string => `${id}-${language}`.slice(0, 120);

async function readLesson(dir: string, cwd: string): Promise<SourceRead> {
  const { lesson, diagnostics, language } = await loadLesson(dir, cwd);
  if (lesson === null || hasErrors(diagnostics)) return { source: null, diagnostics, language };
  const texts = await lessonTexts(lesson, (name) => readFile(path.join(dir, name)));
  return {
    diagnostics,
    language,
    source: {
      language: lesson.meta.language,
      id: lesson.meta.id,
      units: texts.units,
      retag: (to) => texts.retag(to, tagged(lesson.meta.id, to)),
      files: () => [...filesOf(texts.written(), lesson, null)],
    },
  };
}

/** The lesson's texts and files, each under `prefix` (a course's lesson folder), without `skip` (the
 *  course's logo, which the course folder holds once). */
function filesOf(written: Map<string, string>, lesson: Lesson, skip: unknown, prefix = ''): NewFile[] {
  return [
    ...[...written].map(([target, content]) => ({ target: prefix + target, content })),
    ...lesson.assets.filter((a) => a !== skip).map((a) => ({ target: prefix + a.target, content: a.bytes })),
  ];
}

async function readCourse(dir: string, cwd: string): Promise<SourceRead> {
  const { course, diagnostics, language } = await loadCourse(dir, cwd);
  if (course === null || hasErrors(diagnostics)) return { source: null, diagnostics, language };
  const courseYaml = fileText(await readFile(path.join(dir, COURSE_FILE)));
  const doc = parseDocument(courseYaml);
  const units: Unit[] = [];
  const line = (id: string, node: unknown, note: string): void => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') return;
    const at = node.range?.[0];
    const ref = `${COURSE_FILE}${at === undefined ? '' : `:${lineOfOffset(courseYaml, at)}`}`;
    units.push({ id, source: node.value, shape: 'line', note, ref, put: (t) => void (node.value = t) });
  };
  line('course.title', doc.get('title', true), "the course's title (the LMS shows it)");
  line('course.description', doc.get('description', true), "the course's description (in the LMS)");
  const ui = doc.get('ui', true);
  if (isMap(ui))
    for (const pair of ui.items)
      line(
        `course.ui.${String(isScalar(pair.key) ? pair.key.value : pair.key)}`,
        pair.value,
        "a text of the player's own",
      );

  const lessons: Array<{ prefix: string; lesson: Lesson; texts: Awaited<ReturnType<typeof lessonTexts>> }> = [];
  const outside: Diagnostic[] = [];
  for (const { lesson, path: written, pos } of course.lessons) {
    const rel = path.relative(dir, lesson.dir).split(path.sep).join('/');
    // The translated course is one folder: a lesson outside the course folder has no place in it.
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
      outside.push(
        diag(
          'TRANSLATION_COURSE',
          pos,
          (w) => w.translateCourseOutside(written),
          (w) => w.translateCourseOutsideHint(),
        ),
      );
      continue;
    }
    const texts = await lessonTexts(lesson, (name) => readFile(path.join(lesson.dir, name)));
    const prefix = `${rel}/`;
    for (const unit of texts.units)
      units.push({ ...unit, id: `${rel}/${unit.id}`, ref: `${rel}/${unit.ref}`, note: `${rel}: ${unit.note}` });
    lessons.push({ prefix, lesson, texts });
  }
  if (outside.length > 0) return { source: null, diagnostics: [...diagnostics, ...outside], language };
  const logo = course.meta.theme.logo;
  return {
    diagnostics,
    language,
    source: {
      language: course.meta.language,
      id: course.meta.id,
      units,
      retag: (to) => {
        doc.set('language', to);
        doc.set('id', tagged(course.meta.id, to));
        for (const { lesson, texts } of lessons) texts.retag(to, tagged(lesson.meta.id, to));
      },
      files: () => [
        { target: COURSE_FILE, content: doc.toString({ lineWidth: 0, flowCollectionPadding: false }) },
        ...(course.share.logo !== null && logo !== undefined
          ? [{ target: path.posix.normalize(logo.replace(/^\.\//, '')), content: course.share.logo.bytes }]
          : []),
        ...lessons.flatMap(({ prefix, lesson, texts }) => filesOf(texts.written(), lesson, course.share.logo, prefix)),
      ],
    },
  };
}
