// The front stage's first step: the lesson folder and lesson.md's text. Every file is read through
// read-file.ts: inside the folder only (a lesson.md that is a link leading out is not read), as an
// ordinary file, once.

import path from 'node:path';
import { diag } from '../diagnostics/diagnostics.js';
import type { SourcePos } from '../model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import { fileProblem, fileText, hardLinkWarning, lessonReader, type LessonReader } from './read-file.js';

export interface Files {
  /** Absolute path of the lesson folder. */
  dir: string;
  /** Path as shown to the author: relative to cwd, forward slashes. */
  show(file: string): string;
  /** Reads a file of the folder (path inside it, forward slashes); every stage reads through this. */
  read: LessonReader;
  /** The newest modification time (ms) of the files read so far: the package's date (zip.ts). */
  newest(): number;
}

export function lessonFiles(lessonDir: string, cwd: string): Files {
  const dir = path.resolve(cwd, lessonDir);
  const reader = lessonReader(dir);
  let newest = 0;
  return {
    dir,
    show: (file) => path.relative(cwd, path.join(dir, file)).split(path.sep).join('/'),
    read: async (rel) => {
      const file = await reader(rel);
      if (file.kind === 'file') newest = Math.max(newest, file.modified);
      return file;
    },
    newest: () => newest,
  };
}

/** lesson.md's text (with a warning when it has other hard links), or why there is none. */
export async function readLessonText(
  files: Files,
): Promise<{ text: string; warnings: Diagnostic[] } | { problem: Diagnostic }> {
  const at = { file: files.show('lesson.md'), line: 1, column: 1 };
  const file = await files.read('lesson.md');
  switch (file.kind) {
    case 'file':
      return { text: fileText(file.bytes), warnings: hardLinkWarning(file, (w) => w.theLessonFile(), at) };
    case 'missing':
      return { problem: diag('LESSON_FILE_MISSING', at, (w) => w.lessonFileMissing(files.show('.') || '.')) };
    default:
      return { problem: fileProblem(file, (w) => w.theLessonFile(), at) };
  }
}

/** Where a result slide added at the end of the lesson is said to be: lesson.md's last line. */
export function lessonEnd(files: Files, text: string): SourcePos {
  return { file: files.show('lesson.md'), line: text.split('\n').length, column: 1 };
}
