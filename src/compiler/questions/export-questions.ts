// `scormdown questions LESSON`: the lesson's questions as a file for Moodle's question bank, Moodle XML
// (every type and setting) or GIFT (plain text; what it cannot hold is said per question). A lesson
// with errors is reported as a build reports it, and nothing is written; the file is written whole or
// not at all (a temporary name, then renamed) and, like a build's zips, replaces the one written before.

import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostics.js';
import { failedWrite } from '../diagnostics/errors.js';
import { loadLesson } from '../load-lesson.js';
import { renderLesson } from '../render/render-page.js';
import { gift } from './gift.js';
import { moodleXml } from './moodle-xml.js';

export type QuestionsFormat = 'moodle-xml' | 'gift';

export interface QuestionsOptions {
  lessonDir: string;
  format: QuestionsFormat;
  /** null: `<lesson id>-questions.xml` (or `.gift.txt`) in the working folder. */
  out: string | null;
  cwd: string;
}

export interface QuestionsResult {
  diagnostics: Diagnostic[];
  language: string | null;
  /** null when the lesson has errors. */
  written: { file: string; questions: number } | null;
}

export async function exportQuestions(options: QuestionsOptions): Promise<QuestionsResult> {
  const { lesson, diagnostics, language } = await loadLesson(path.resolve(options.cwd, options.lessonDir), options.cwd);
  if (lesson === null || hasErrors(diagnostics)) return { diagnostics, language, written: null };
  const positions = new Map(lesson.questions.map((q) => [q.id, q.promptHtml.pos]));
  const made =
    options.format === 'gift'
      ? gift(lesson, positions)
      : { text: moodleXml(lesson, renderLesson(lesson)), diagnostics: [] as Diagnostic[] };
  const name = options.out ?? `${lesson.meta.id}-questions.${options.format === 'gift' ? 'gift.txt' : 'xml'}`;
  const file = path.resolve(options.cwd, name);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, made.text).catch(failedWrite(file));
    await rename(temp, file).catch(failedWrite(file));
  } finally {
    await rm(temp, { force: true });
  }
  const count = options.format === 'gift' ? (made.text.match(/^::/gm) ?? []).length : lesson.questions.length;
  return {
    diagnostics: [...diagnostics, ...made.diagnostics],
    language,
    written: { file: path.relative(options.cwd, file) || file, questions: count },
  };
}
