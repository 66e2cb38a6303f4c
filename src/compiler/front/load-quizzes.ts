// The front stage's quiz files: those the front matter names (or quiz.yaml), each read from inside
// the lesson folder and parsed (parse-quiz.ts); a question id defined twice is reported here, as the
// files are read together. The run goes on after a problem, so the author sees every one at once.

import { access } from 'node:fs/promises';
import path from 'node:path';
import { escapingLink } from './boundary.js';
import { diag } from '../diagnostics/diagnostics.js';
import type { Markdown, SourcePos } from '../model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import { readText, type Files } from './lesson-files.js';
import type { FrontMatter } from './parse-front-matter.js';
import { parseQuiz } from './parse-quiz.js';
import type { QuizEntry } from './parse-quiz.js';
import type { ParsedSlide } from './parse-slides.js';

export interface QuizLoad {
  files: string[];
  entries: QuizEntry[];
  broken: Map<string, SourcePos>;
  texts: Markdown[];
  /** Every named quiz file exists and parsed as a list: its ids are all known. */
  complete: boolean;
  diagnostics: Diagnostic[];
}

export async function loadQuizzes(files: Files, front: FrontMatter, parsed: ParsedSlide[]): Promise<QuizLoad> {
  const out: QuizLoad = { files: [], entries: [], broken: new Map(), texts: [], complete: true, diagnostics: [] };
  // Front matter that did not parse may name other quiz files: reading quiz.yaml would be a guess.
  if (!front.readable) return { ...out, complete: false };
  const named = await quizFileNames(files, front, parsed, out.diagnostics);
  const seen = new Map<string, SourcePos>();
  for (const [i, name] of named.entries()) {
    const outside = await quizOutside(
      files,
      name,
      (front.quizExplicit ? front.quizPos[i] : undefined) ?? { file: files.show(name), line: 1, column: 1 },
    );
    if (outside) {
      out.diagnostics.push(outside);
      out.complete = false;
      continue;
    }
    const text = await readText(path.join(files.dir, name));
    if (text === null) {
      out.complete = false;
      continue;
    }
    out.files.push(name);
    const quiz = parseQuiz(text, files.show(name), front.meta);
    out.diagnostics.push(...quiz.diagnostics);
    out.complete &&= quiz.readable;
    out.texts.push(...quiz.texts);
    for (const { id, pos } of quiz.defined) {
      const first = seen.get(id);
      if (first) {
        out.diagnostics.push(
          diag('QUIZ_DUPLICATE_ID', pos, `question id "${id}" is also used at ${first.file}:${first.line}`),
        );
      } else seen.set(id, pos);
    }
    // The first definition of an id wins; the duplicate is reported above.
    out.entries.push(...quiz.entries.filter((e) => samePos(seen.get(e.question.id), e.pos)));
    for (const [id, pos] of quiz.brokenIds) out.broken.set(id, pos);
  }
  return out;
}

/** A quiz file is part of the package (its questions are): it must be inside the lesson folder. */
async function quizOutside(files: Files, name: string, at: SourcePos): Promise<Diagnostic | null> {
  const rel = path.posix.normalize(name.replace(/\\/g, '/'));
  if (path.isAbsolute(name) || rel === '..' || rel.startsWith('../')) {
    return diag(
      'ASSET_OUTSIDE_LESSON',
      at,
      `quiz file "${name}" is outside the lesson folder`,
      'put the quiz file in the lesson folder, next to lesson.md',
    );
  }
  const escape = await escapingLink(files.dir, rel);
  return (
    escape &&
    diag(
      'LINK_OUTSIDE_LESSON',
      at,
      `quiz file "${name}" leads outside the lesson folder: "${escape.link}" is a link to ${escape.target}`,
    )
  );
}

function samePos(a: SourcePos | undefined, b: SourcePos): boolean {
  return a !== undefined && a.file === b.file && a.line === b.line && a.column === b.column;
}

/** The quiz files to read: those named in `quiz:` (each must exist), else quiz.yaml if present. */
async function quizFileNames(
  files: Files,
  front: FrontMatter,
  parsed: ParsedSlide[],
  diagnostics: Diagnostic[],
): Promise<string[]> {
  const exists = (name: string): Promise<boolean> =>
    access(path.join(files.dir, name)).then(
      () => true,
      () => false,
    );
  if (front.quizExplicit) {
    const names = front.meta.quizFiles;
    for (const [i, name] of names.entries()) {
      const at = front.quizPos[i] ?? { file: files.show('lesson.md'), line: 1, column: 1 };
      if (!(await exists(name))) diagnostics.push(diag('QUIZ_FILE_MISSING', at, `quiz file "${name}" does not exist`));
    }
    return names;
  }
  if (await exists('quiz.yaml')) return ['quiz.yaml'];
  const user = parsed.flatMap((s) => s.blocks).find((b) => b.type === 'question' || b.type === 'quiz');
  if (user) {
    diagnostics.push(
      diag(
        'QUIZ_FILE_MISSING',
        user.pos,
        `the lesson places questions but there is no ${files.show('quiz.yaml')}`,
        'create quiz.yaml next to lesson.md, or name your quiz file with `quiz:` in the front matter',
      ),
    );
  }
  return [];
}
