// The front stage's first step: the lesson folder and lesson.md's text. Every read goes through the
// boundary (boundary.ts): a lesson.md that is a link leading out of the folder is not read.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { escapingLink } from './boundary.js';
import { diag } from '../diagnostics/diagnostics.js';
import type { SourcePos } from '../model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';

export interface Files {
  /** Absolute path of the lesson folder. */
  dir: string;
  /** Path as shown to the author: relative to cwd, forward slashes. */
  show(file: string): string;
}

export function lessonFiles(lessonDir: string, cwd: string): Files {
  const dir = path.resolve(cwd, lessonDir);
  return { dir, show: (file) => path.relative(cwd, path.join(dir, file)).split(path.sep).join('/') };
}

/** lesson.md's text, or why there is none. */
export async function readLessonText(files: Files): Promise<{ text: string } | { problem: Diagnostic }> {
  const at = { file: files.show('lesson.md'), line: 1, column: 1 };
  const escape = await escapingLink(files.dir, 'lesson.md');
  if (escape)
    return {
      problem: diag(
        'LINK_OUTSIDE_LESSON',
        at,
        `lesson.md leads outside the lesson folder: "${escape.link}" is a link to ${escape.target}`,
      ),
    };
  const text = await readText(path.join(files.dir, 'lesson.md'));
  if (text === null)
    return { problem: diag('LESSON_FILE_MISSING', at, `there is no lesson.md in ${files.show('.') || '.'}`) };
  return { text };
}

/** Where a result slide added at the end of the lesson is said to be: lesson.md's last line. */
export function lessonEnd(files: Files, text: string): SourcePos {
  return { file: files.show('lesson.md'), line: text.split('\n').length, column: 1 };
}

/** The file's text with a BOM dropped and CRLF line ends made LF (positions count lines the same). */
export async function readText(file: string): Promise<string | null> {
  const raw = await readFile(file, 'utf8').catch(() => null);
  return raw === null ? null : raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
