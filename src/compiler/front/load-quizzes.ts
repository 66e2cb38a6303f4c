// The front stage's quiz files: those the front matter names (or quiz.yaml), each read from inside
// the lesson folder and parsed (parse-quiz.ts); a question id defined twice is reported here, as the
// files are read together. The run goes on after a problem, so the author sees every one at once.

import path from 'node:path';
import { diag } from '../diagnostics/diagnostics.js';
import type { Markdown, SourcePos } from '../model.js';
import type { Diagnostic, Say } from '../diagnostics/diagnostics.js';
import type { Files } from './lesson-files.js';
import { fileProblem, fileText, hardLinkWarning } from './read-file.js';
import type { FrontMatter } from './parse-front-matter.js';
import { parseQuiz } from './parse-quiz.js';
import type { QuizEntry } from './parse-quiz.js';
import type { ParsedSlide } from './parse-slides.js';
import { append } from '../../shared/append.js';

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
  const seen = new Map<string, SourcePos>();
  for (const { name, text } of await readQuizFiles(files, front, parsed, out)) {
    out.files.push(name);
    const quiz = parseQuiz(text, files.show(name), front.meta);
    append(out.diagnostics, quiz.diagnostics);
    out.complete &&= quiz.readable;
    append(out.texts, quiz.texts);
    for (const { id, pos } of quiz.defined) {
      const first = seen.get(id);
      if (first) {
        out.diagnostics.push(
          diag('QUIZ_DUPLICATE_ID', pos, (w) => w.quizDuplicateId(id, `${first.file}:${first.line}`)),
        );
      } else seen.set(id, pos);
    }
    // The first definition of an id wins; the duplicate is reported above.
    append(
      out.entries,
      quiz.entries.filter((e) => samePos(seen.get(e.question.id), e.pos)),
    );
    for (const [id, pos] of quiz.brokenIds) out.broken.set(id, pos);
  }
  return out;
}

/** The quiz files' texts: those named in `quiz:` (each must be a readable file in the folder), else
 *  quiz.yaml when there is one. A file that cannot be read is reported where it is named, and leaves
 *  the quiz incomplete (its ids unknown), so no question is then "not defined" for want of it. */
async function readQuizFiles(
  files: Files,
  front: FrontMatter,
  parsed: ParsedSlide[],
  out: QuizLoad,
): Promise<Array<{ name: string; text: string }>> {
  const names = front.quizExplicit ? front.meta.quizFiles : ['quiz.yaml'];
  const texts: Array<{ name: string; text: string }> = [];
  for (const [i, name] of names.entries()) {
    const at = (front.quizExplicit ? front.quizPos[i] : undefined) ?? {
      file: files.show(front.quizExplicit ? 'lesson.md' : name),
      line: 1,
      column: 1,
    };
    const read = await readQuizFile(files, name, at, front.quizExplicit);
    if (read.kind === 'missing' && !front.quizExplicit) {
      out.diagnostics.push(...noQuizFile(files, parsed));
      continue;
    }
    if (read.kind !== 'text') {
      out.diagnostics.push(
        ...(read.kind === 'missing' ? [diag('QUIZ_FILE_MISSING', at, (w) => w.quizFileMissing(name))] : read.problems),
      );
      out.complete = false;
      continue;
    }
    out.diagnostics.push(...read.warnings);
    texts.push({ name, text: read.text });
  }
  return texts;
}

type QuizRead =
  | { kind: 'text'; text: string; warnings: Diagnostic[] }
  | { kind: 'missing' }
  | { kind: 'problem'; problems: Diagnostic[] };

/** A quiz file is part of the package (its questions are): it must be inside the lesson folder. */
async function readQuizFile(files: Files, name: string, at: SourcePos, named: boolean): Promise<QuizRead> {
  const rel = path.posix.normalize(name.replace(/\\/g, '/'));
  if (path.isAbsolute(name) || rel === '..' || rel.startsWith('../')) {
    return {
      kind: 'problem',
      problems: [
        diag(
          'ASSET_OUTSIDE_LESSON',
          at,
          (w) => w.quizFileOutside(name),
          (w) => w.quizFileOutsideHint(),
        ),
      ],
    };
  }
  const file = await files.read(rel);
  const what: Say = (w) => w.theQuizFile(name);
  switch (file.kind) {
    case 'file':
      return { kind: 'text', text: fileText(file.bytes), warnings: hardLinkWarning(file, what, at) };
    case 'missing':
      return file;
    default: {
      const hint: Say | undefined =
        named && file.kind === 'not-a-file' && file.folder ? (w) => w.quizFileFolderHint(rel) : undefined;
      return { kind: 'problem', problems: [fileProblem(file, what, at, hint)] };
    }
  }
}

function samePos(a: SourcePos | undefined, b: SourcePos): boolean {
  return a !== undefined && a.file === b.file && a.line === b.line && a.column === b.column;
}

/** No `quiz:` and no quiz.yaml: fine, unless the lesson places questions. */
function noQuizFile(files: Files, parsed: ParsedSlide[]): Diagnostic[] {
  const user = parsed.flatMap((s) => s.blocks).find((b) => b.type === 'question' || b.type === 'quiz');
  if (!user) return [];
  return [
    diag(
      'QUIZ_FILE_MISSING',
      user.pos,
      (w) => w.quizFileNone(files.show('quiz.yaml')),
      (w) => w.quizFileNoneHint(),
    ),
  ];
}
