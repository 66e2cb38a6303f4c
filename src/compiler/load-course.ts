// A course folder (course.yaml): its lessons read in order, each as a build reads a lesson, with the
// course's defaults for what its front matter leaves out. Every lesson's problems are reported with
// its own path in one run, beside the course's own (a lesson folder that is not there, two lessons
// with one id); any error and there is no course to package.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { diag, hasErrors, type Diagnostic } from './diagnostics/diagnostics.js';
import { lessonFiles, type Files } from './front/lesson-files.js';
import { fileText } from './front/read-file.js';
import {
  COURSE_DEFAULTS,
  COURSE_FILE,
  parseCourse,
  type Course,
  type CourseLesson,
  type ParsedCourse,
} from './front/parse-course.js';
import { defaultMeta } from './front/parse-front-matter.js';
import { loadLesson } from './load-lesson.js';
import type { CourseShare, Lesson, LessonMeta } from './model.js';
import { collectAssets } from './check/collect-assets.js';
import { lexChecked } from './markdown/markdown-depth.js';

/** A course with its lessons read. */
export interface LoadedCourse {
  meta: LessonMeta;
  /** What each lesson gets: the defaults for a key its front matter leaves out, and the course's own
   *  logo (`theme: logo:` in course.yaml, a file of the course folder) when it has one. */
  share: CourseShare;
  lessons: Array<CourseLesson & { lesson: Lesson }>;
}

export interface CourseLoad {
  /** null iff any diagnostic is an error. */
  course: LoadedCourse | null;
  diagnostics: Diagnostic[];
  /** The course's `language:` when course.yaml could be read. */
  language: string | null;
}

/** A folder holding course.yaml is a course (a lesson folder holds lesson.md). */
export function isCourse(dir: string): boolean {
  return existsSync(path.join(dir, COURSE_FILE));
}

/** course.yaml read and parsed, through the course folder's file reader; a file that is not there is
 *  COURSE_INVALID (no `lessons:`). */
export async function readCourse(courseDir: string, cwd: string): Promise<{ parsed: ParsedCourse; files: Files }> {
  const files = lessonFiles(courseDir, cwd);
  const file = await files.read(COURSE_FILE);
  if (file.kind === 'file') return { parsed: parseCourse(fileText(file.bytes), files.show(COURSE_FILE)), files };
  const at = { file: files.show(COURSE_FILE), line: 1, column: 1 };
  return {
    parsed: { course: null, diagnostics: [diag('COURSE_INVALID', at, (w) => w.courseMissing('lessons'))] },
    files,
  };
}

export async function loadCourse(courseDir: string, cwd: string = process.cwd()): Promise<CourseLoad> {
  const { parsed, files } = await readCourse(courseDir, cwd);
  const language = parsed.course?.meta.language ?? null;
  if (parsed.course === null) return { course: null, diagnostics: parsed.diagnostics, language };
  // The course's logo is a file of the course folder, read once; each lesson that has no logo of its
  // own gets it as a file of its package.
  const { share, diagnostics: logoProblems } = await shareOf(parsed.course, files);
  const diagnostics = [...parsed.diagnostics, ...logoProblems];
  const lessons: LoadedCourse['lessons'] = [];
  const byId = new Map<string, string>();
  for (const entry of parsed.course.lessons) {
    const dir = path.resolve(files.dir, entry.path);
    if (!isLessonFolder(dir)) {
      diagnostics.push(diag('COURSE_LESSON_MISSING', entry.pos, (w) => w.courseLessonMissing(entry.path)));
      continue;
    }
    const loaded = await loadLesson(dir, cwd, share);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.lesson === null) continue;
    const id = loaded.lesson.meta.id;
    // The zips are named by id: a lesson may not share the course's.
    const other = id === parsed.course.meta.id ? 'course.yaml' : byId.get(id);
    if (other !== undefined) {
      diagnostics.push(diag('COURSE_DUPLICATE_ID', entry.pos, (w) => w.courseDuplicateId(id, other)));
      continue;
    }
    byId.set(id, entry.path);
    lessons.push({ ...entry, lesson: loaded.lesson });
  }
  if (hasErrors(diagnostics)) return { course: null, diagnostics, language };
  return { course: { meta: parsed.course.meta, share, lessons }, diagnostics, language };
}

/** What the course gives its lessons: its defaults, and its `theme: logo:` checked and read as a
 *  lesson's picture is (inside the folder, there). */
export async function shareOf(
  course: Course,
  files: Files,
): Promise<{ share: CourseShare; diagnostics: Diagnostic[] }> {
  const defaults = withoutLogo(course.meta);
  const logo = course.meta.theme.logo;
  if (logo === undefined) return { share: { defaults, logo: null }, diagnostics: [] };
  const at = course.logoPos ?? { file: files.show(COURSE_FILE), line: 1, column: 1 };
  const text = lexChecked(`![](<${logo}>)`, true, at);
  const found = await collectAssets(files.dir, text === null ? [] : [text], files.read);
  return { share: { defaults, logo: found.assets[0] ?? null }, diagnostics: found.diagnostics };
}

/** What a course gives its lessons as course.yaml says now (the preview reads it again on each save);
 *  null when course.yaml cannot be read as a course. */
export async function courseShare(courseDir: string, cwd: string): Promise<CourseShare | null> {
  const { parsed, files } = await readCourse(courseDir, cwd);
  return parsed.course === null ? null : (await shareOf(parsed.course, files)).share;
}

/** The lesson defaults without the course's logo: that is a file of the course folder, which loadCourse
 *  gives the lessons itself, not a path a lesson could find in its own folder. */
function withoutLogo(course: LessonMeta): LessonMeta {
  const { logo: _logo, ...theme } = course.theme;
  return lessonDefaults({ ...course, theme });
}

/** What a lesson of the course gets for a key its front matter leaves out: the course's value of the
 *  keys a course may set, else the tool's default. */
function lessonDefaults(course: LessonMeta): LessonMeta {
  const meta = defaultMeta();
  const picked = Object.fromEntries(COURSE_DEFAULTS.map((key) => [key, course[key]]));
  return { ...meta, ...picked };
}

/** A folder with a lesson.md: what `lessons:` lists. */
export function isLessonFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && existsSync(path.join(dir, 'lesson.md'));
  } catch {
    return false;
  }
}
