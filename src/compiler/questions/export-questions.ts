// `scormdown questions LESSON|COURSE`: the questions as a file for Moodle's question bank, Moodle XML
// (every type and setting) or GIFT (plain text; what it cannot hold is said per question). The lesson
// is read as a build reads it: a lesson with errors is reported the same way, and nothing is made.
// The file never replaces one that exists (as `new` and `import` never overwrite): a teacher may
// have edited the last export, or have named a file of the lesson with --out. It is written whole or
// not at all.

import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { captionsFinder } from '../check/collect-assets.js';
import { diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostics.js';
import { ExistsError, failedWrite } from '../diagnostics/errors.js';
import { loadLesson } from '../load-lesson.js';
import { markdownRenderer } from '../markdown/render-markdown.js';
import type { Lesson } from '../model.js';
import { renderQuestion } from '../render/render-question.js';
import { categoryOf, type BankFile } from './bank-file.js';
import { gift, giftFile } from './gift.js';
import { moodleXml, moodleXmlFile } from './moodle-xml.js';
import { isCourse, loadCourse } from '../load-course.js';
import { COURSE_FILE } from '../front/parse-course.js';

export type QuestionsFormat = 'moodle-xml' | 'gift';

export interface QuestionsOptions {
  lessonDir: string;
  format: QuestionsFormat;
  /** null: `<lesson id>-questions.xml` (or `.gift.txt`) in the working folder. */
  out: string | null;
  cwd: string;
}

export interface QuestionsFile {
  diagnostics: Diagnostic[];
  /** The lesson's `language:`, when it has one (what the author reads). */
  language: string | null;
  /** null when the lesson has errors or no question could be written. */
  file: { path: string; text: string; questions: number } | null;
}

/** The file's name when --out is not given. */
export const defaultName = (id: string, format: QuestionsFormat): string =>
  `${id}-questions.${format === 'gift' ? 'gift.txt' : 'xml'}`;

/** Reads the lesson (or the course: every lesson's questions, each lesson a category under the
 *  course's) and makes the file's text; writes nothing. */
export async function makeQuestionsFile(options: QuestionsOptions): Promise<QuestionsFile> {
  const dir = path.resolve(options.cwd, options.lessonDir);
  if (isCourse(dir)) return makeCourseFile(dir, options);
  const { lesson, diagnostics, language } = await loadLesson(dir, options.cwd);
  if (lesson === null || hasErrors(diagnostics)) return { diagnostics, language, file: null };
  const made = bankOf(lesson, options.format);
  const all = [...diagnostics, ...made.diagnostics];
  if (made.questions === 0) return { diagnostics: [...all, nothing(lesson, made, options)], language, file: null };
  const file = path.resolve(options.cwd, options.out ?? defaultName(lesson.meta.id, options.format));
  return { diagnostics: all, language, file: { path: file, text: made.text, questions: made.questions } };
}

/** One lesson's part of the file, in the format, under `category`. */
function bankOf(lesson: Lesson, format: QuestionsFormat, category?: string): BankFile {
  return format === 'gift' ? gift(lesson, category) : moodleXml(lesson, rendered(lesson), category);
}

/** A course's file: its lessons in order, each a category `course title/lesson title`, with the
 *  course's defaults (points, scoring, shuffle) as its packages have them. */
async function makeCourseFile(dir: string, options: QuestionsOptions): Promise<QuestionsFile> {
  const { course, diagnostics, language } = await loadCourse(dir, options.cwd);
  if (course === null) return { diagnostics, language, file: null };
  const made = course.lessons.map(({ lesson }) =>
    bankOf(lesson, options.format, categoryOf(course.meta.title, lesson.meta.title)),
  );
  const all = [...diagnostics, ...made.flatMap((m) => m.diagnostics)];
  const questions = made.reduce((sum, m) => sum + m.questions, 0);
  if (questions === 0) {
    const at = { file: path.relative(options.cwd, path.join(dir, COURSE_FILE)), line: 0, column: 0 };
    return { diagnostics: [...all, diag('QUESTIONS_NONE', at, (w) => w.questionsNone())], language, file: null };
  }
  // Lessons without a question add no empty category.
  const parts = made.filter((m) => m.questions > 0).flatMap((m) => m.parts);
  const text = options.format === 'gift' ? giftFile(parts) : moodleXmlFile(parts);
  const file = path.resolve(options.cwd, options.out ?? defaultName(course.meta.id, options.format));
  return { diagnostics: all, language, file: { path: file, text, questions } };
}

/** Every question's texts as HTML, by the lesson's Markdown renderer (as the render stage does). */
function rendered(lesson: Lesson) {
  const md = markdownRenderer(captionsFinder(lesson.assets, lesson.meta.language), lesson.meta.html);
  return lesson.questions.map((q) => renderQuestion(q, md));
}

/** The error of a lesson without a question to write: none at all, or only ones left out. */
function nothing(lesson: Lesson, made: BankFile, options: QuestionsOptions): Diagnostic {
  const at = { file: path.relative(options.cwd, path.join(lesson.dir, 'lesson.md')), line: 0, column: 0 };
  const format = options.format === 'gift' ? 'GIFT' : 'Moodle XML';
  return made.diagnostics.length === 0
    ? diag('QUESTIONS_NONE', at, (w) => w.questionsNone())
    : diag(
        'QUESTIONS_NONE',
        at,
        (w) => w.questionsAllLeftOut(format),
        (w) => w.questionsAllLeftOutHint(),
      );
}

/** Writes `text` to `file`, a new file: an existing one is refused (ExistsError), a failure half-way
 *  (disk full) takes the file back (WriteError). */
export async function writeQuestionsFile(file: string, text: string, cwd: string): Promise<void> {
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true }).catch(failedWrite(folder));
  // 'wx': the check and the creation are one step, so nothing that appears meanwhile is overwritten.
  const handle = await open(file, 'wx').catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code !== 'EEXIST' && code !== 'EISDIR') return failedWrite(file)(error);
    const shown = path.relative(cwd, file) || file;
    throw new ExistsError([file], (w) => w.questionsExistsHint(another(shown)), 'questions');
  });
  try {
    await handle.writeFile(text);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(file, { force: true });
    failedWrite(file)(error);
  }
}

/** A name beside `shown` for the hint: `les-questions.xml` -> `les-questions-2.xml`. */
function another(shown: string): string {
  const dot = shown.search(/(\.gift)?\.[^./]*$/);
  return dot <= 0 ? `${shown}-2` : `${shown.slice(0, dot)}-2${shown.slice(dot)}`;
}
