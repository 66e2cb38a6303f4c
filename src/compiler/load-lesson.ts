// The front end: a lesson folder (lesson.md + quiz files + assets) becomes the Lesson model, or the
// full list of what is wrong with it. Stages run in order; each adds its diagnostics and the run
// goes on, so the author sees every problem at once.

import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isGraded } from '../shared/graded.js';
import { escapingLink } from './boundary.js';
import { addCaptions, collectAssets } from './collect-assets.js';
import type { MarkdownSource } from './collect-assets.js';
import { diag, hasErrors, sortDiagnostics } from './diagnostics.js';
import { indentedCode } from './markdown.js';
import type { Diagnostic, Lesson, SourcePos } from './model.js';
import type { Question } from '../shared/model.js';
import { parseFrontMatter } from './parse-front-matter.js';
import type { FrontMatter } from './parse-front-matter.js';
import { parseQuiz } from './parse-quiz.js';
import type { QuizEntry } from './parse-quiz.js';
import { parseSlides } from './parse-slides.js';
import type { ParsedSlide } from './parse-slides.js';
import { placeQuestions } from './place-questions.js';
import type { MarkdownText } from './quiz-context.js';

export interface LoadResult {
  /** null iff any diagnostic is an error. */
  lesson: Lesson | null;
  diagnostics: Diagnostic[];
}

interface Files {
  dir: string;
  /** Path as shown to the author: relative to cwd, forward slashes. */
  show(file: string): string;
}

export async function loadLesson(lessonDir: string, cwd: string = process.cwd()): Promise<LoadResult> {
  const dir = path.resolve(cwd, lessonDir);
  const files: Files = { dir, show: (file) => path.relative(cwd, path.join(dir, file)).split(path.sep).join('/') };
  const lessonFile = files.show('lesson.md');
  const escape = await escapingLink(dir, 'lesson.md');
  if (escape) {
    const at = { file: lessonFile, line: 1, column: 1 };
    return { lesson: null, diagnostics: [diag('LINK_OUTSIDE_LESSON', at, `lesson.md leads outside the lesson folder: "${escape.link}" is a link to ${escape.target}`)] };
  }
  const text = await readText(path.join(dir, 'lesson.md'));
  if (text === null) {
    const at = { file: lessonFile, line: 1, column: 1 };
    return { lesson: null, diagnostics: [diag('LESSON_FILE_MISSING', at, `there is no lesson.md in ${files.show('.') || '.'}`)] };
  }
  const front = parseFrontMatter(text, lessonFile);
  const { slides: parsed, diagnostics: slideProblems } = parseSlides(front.body, front.bodyLine, lessonFile);
  const quiz = await loadQuizzes(files, front, parsed);
  const end: SourcePos = { file: lessonFile, line: text.split('\n').length, column: 1 };
  const placement = placeQuestions(parsed, quiz, front.meta.language, end);
  const slideTexts = slideSources(parsed);
  const { assets, diagnostics: assetProblems } = await collectAssets(dir, [...slideTexts, ...quizSources(quiz.texts)]);
  // Whether the lesson has graded questions is known only when every question could be read.
  const known = quiz.complete && quiz.broken.size === 0;
  const diagnostics = sortDiagnostics([
    ...front.diagnostics, ...slideProblems, ...quiz.diagnostics, ...placement.diagnostics, ...assetProblems,
    ...codeBlockProblems(slideTexts), ...(known ? completionProblems(front, placement.questions) : []),
  ]);
  if (hasErrors(diagnostics)) return { lesson: null, diagnostics };
  const meta = { ...front.meta, quizFiles: quiz.files };
  const { slides, questions } = addCaptions(placement, assets, meta.language);
  return { lesson: { dir, meta, slides, questions, assets }, diagnostics };
}

/** `completion: quiz` (or slides-and-quiz, written out) with no graded question to pass: the player
 *  then completes on the slides alone, which is probably not what the author meant. */
function completionProblems(front: FrontMatter, questions: readonly Question[]): Diagnostic[] {
  const at = front.keyPos.completion;
  if (at === undefined || front.meta.completion === 'slides' || questions.some(isGraded)) return [];
  // A value that is itself wrong is reported at this spot already.
  if (front.diagnostics.some((d) => d.pos.line === at.line && d.pos.column === at.column)) return [];
  return [diag('META_COMPLETION_NO_QUIZ', at,
    `completion "${front.meta.completion}" needs a quiz, but the lesson has no graded question: it completes when every slide is seen`)];
}

/** A paragraph indented by a tab or four spaces is a code block in Markdown (CommonMark 4.4): the
 *  author almost always meant a paragraph, and sees a grey box in the lesson. Fenced code is meant. */
function codeBlockProblems(sources: MarkdownSource[]): Diagnostic[] {
  return sources.flatMap((s) => indentedCode(s.markdown).map((offset) => diag('MARKDOWN_INDENTED_CODE', s.locate(offset),
    'this text is indented by a tab or 4 spaces, so it shows as a block of code, not as a paragraph')));
}

/** The file's text with a BOM dropped and CRLF line ends made LF (positions count lines the same). */
async function readText(file: string): Promise<string | null> {
  const raw = await readFile(file, 'utf8').catch(() => null);
  return raw === null ? null : raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

interface QuizLoad {
  files: string[];
  entries: QuizEntry[];
  broken: Map<string, SourcePos>;
  texts: MarkdownText[];
  /** Every named quiz file exists and parsed as a list: its ids are all known. */
  complete: boolean;
  diagnostics: Diagnostic[];
}

async function loadQuizzes(files: Files, front: FrontMatter, parsed: ParsedSlide[]): Promise<QuizLoad> {
  const out: QuizLoad = { files: [], entries: [], broken: new Map(), texts: [], complete: true, diagnostics: [] };
  // Front matter that did not parse may name other quiz files: reading quiz.yaml would be a guess.
  if (!front.readable) return { ...out, complete: false };
  const named = await quizFileNames(files, front, parsed, out.diagnostics);
  const seen = new Map<string, SourcePos>();
  for (const [i, name] of named.entries()) {
    const outside = await quizOutside(files, name, (front.quizExplicit ? front.quizPos[i] : undefined) ?? { file: files.show(name), line: 1, column: 1 });
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
    const quiz = parseQuiz(text, files.show(name));
    out.diagnostics.push(...quiz.diagnostics);
    out.complete &&= quiz.readable;
    out.texts.push(...quiz.texts);
    for (const { id, pos } of quiz.defined) {
      const first = seen.get(id);
      if (first) {
        out.diagnostics.push(diag('QUIZ_DUPLICATE_ID', pos, `question id "${id}" is also used at ${first.file}:${first.line}`));
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
    return diag('ASSET_OUTSIDE_LESSON', at, `quiz file "${name}" is outside the lesson folder`, 'put the quiz file in the lesson folder, next to lesson.md');
  }
  const escape = await escapingLink(files.dir, rel);
  return escape && diag('LINK_OUTSIDE_LESSON', at, `quiz file "${name}" leads outside the lesson folder: "${escape.link}" is a link to ${escape.target}`);
}

function samePos(a: SourcePos | undefined, b: SourcePos): boolean {
  return a !== undefined && a.file === b.file && a.line === b.line && a.column === b.column;
}

/** The quiz files to read: those named in `quiz:` (each must exist), else quiz.yaml if present. */
async function quizFileNames(files: Files, front: FrontMatter, parsed: ParsedSlide[], diagnostics: Diagnostic[]): Promise<string[]> {
  const exists = (name: string): Promise<boolean> => access(path.join(files.dir, name)).then(() => true, () => false);
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
    diagnostics.push(diag('QUIZ_FILE_MISSING', user.pos, `the lesson places questions but there is no ${files.show('quiz.yaml')}`,
      'create quiz.yaml next to lesson.md, or name your quiz file with `quiz:` in the front matter'));
  }
  return [];
}

function slideSources(parsed: ParsedSlide[]): MarkdownSource[] {
  return parsed.flatMap((slide) => slide.blocks).flatMap((block) => {
    if (block.type !== 'markdown') return [];
    const { source } = block;
    // `source` may start with blank lines: count from the chunk's first line, not from `pos`.
    const pos = firstLinePos(block.pos, source);
    const locate = (offset: number): SourcePos => {
      const before = source.slice(0, offset);
      const lineStart = before.lastIndexOf('\n') + 1;
      return { file: pos.file, line: pos.line + (before.match(/\n/g)?.length ?? 0), column: offset - lineStart + 1 };
    };
    return [{ markdown: source, inline: false, locate }];
  });
}

function firstLinePos(textPos: SourcePos, source: string): SourcePos {
  const leading = /^(\s*\n)*/.exec(source)?.[0] ?? '';
  return { ...textPos, line: textPos.line - (leading.match(/\n/g)?.length ?? 0) };
}

/** Quiz Markdown sits in YAML scalars (maybe quoted or folded): point at the scalar itself. */
function quizSources(texts: MarkdownText[]): MarkdownSource[] {
  return texts.map((t) => ({ markdown: t.markdown, inline: true, locate: () => t.pos }));
}
