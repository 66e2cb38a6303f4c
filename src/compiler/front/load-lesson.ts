// The front stages' own steps: reading the lesson's files, reading the quiz files, and the checks
// that need several stages' results. pipeline.ts calls them in order; each adds its diagnostics and
// the run goes on, so the author sees every problem at once.

import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isGraded } from '../../shared/graded.js';
import { escapingLink } from '../check/boundary.js';
import { locate } from '../check/collect-assets.js';
import { diag, sortDiagnostics } from '../diagnostics/diagnostics.js';
import { indentedCode } from './markdown.js';
import type { Lesson, Markdown, QuizQuestion, SourcePos } from '../model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import type { FrontMatter } from './parse-front-matter.js';
import { parseQuiz } from './parse-quiz.js';
import type { QuizEntry } from './parse-quiz.js';
import type { ParsedSlide } from './parse-slides.js';

export interface LoadResult {
  /** null iff any diagnostic is an error. */
  lesson: Lesson | null;
  diagnostics: Diagnostic[];
}

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

/** Every piece of the lesson's Markdown, for the checks: the slides' and the quiz files'. */
export function markdownOf(parsed: readonly ParsedSlide[], quizTexts: readonly Markdown[]): Markdown[] {
  const slides = parsed.flatMap((slide) => slide.blocks).flatMap((b) => (b.type === 'markdown' ? [b.markdown] : []));
  return [...slides, ...quizTexts];
}

/** Every stage's diagnostics in file order, with the checks that need several stages' results. */
export function lessonDiagnostics(
  stages: Diagnostic[][],
  texts: readonly Markdown[],
  front: FrontMatter,
  quiz: QuizLoad,
  questions: readonly QuizQuestion[],
): Diagnostic[] {
  // Whether the lesson has graded questions is known only when every question could be read.
  const known = quiz.complete && quiz.broken.size === 0;
  return sortDiagnostics([
    ...stages.flat(),
    ...codeBlockProblems(texts),
    ...(known ? completionProblems(front, questions) : []),
  ]);
}

/** `completion: quiz` (or slides-and-quiz, written out) with no graded question to pass: the player
 *  then completes on the slides alone, which is probably not what the author meant. */
function completionProblems(front: FrontMatter, questions: readonly QuizQuestion[]): Diagnostic[] {
  const at = front.keyPos.completion;
  if (at === undefined || front.meta.completion === 'slides' || questions.some(isGraded)) return [];
  // A value that is itself wrong is reported at this spot already.
  if (front.diagnostics.some((d) => d.pos.line === at.line && d.pos.column === at.column)) return [];
  return [
    diag(
      'META_COMPLETION_NO_QUIZ',
      at,
      `completion "${front.meta.completion}" needs a quiz, but the lesson has no graded question: it completes when every slide is seen`,
    ),
  ];
}

/** A paragraph indented by a tab or four spaces is a code block in Markdown (CommonMark 4.4): the
 *  author almost always meant a paragraph, and sees a grey box in the lesson. Fenced code is meant. */
function codeBlockProblems(texts: readonly Markdown[]): Diagnostic[] {
  // Quiz texts are inline: a paragraph cannot become code there.
  return texts
    .filter((md) => !md.inline)
    .flatMap((md) =>
      indentedCode(md).map((offset) =>
        diag(
          'MARKDOWN_INDENTED_CODE',
          locate(md, offset),
          'this text is indented by a tab or 4 spaces, so it shows as a block of code, not as a paragraph',
        ),
      ),
    );
}

/** The file's text with a BOM dropped and CRLF line ends made LF (positions count lines the same). */
async function readText(file: string): Promise<string | null> {
  const raw = await readFile(file, 'utf8').catch(() => null);
  return raw === null ? null : raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

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
