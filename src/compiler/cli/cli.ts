// `scormdown build | preview | new`: each command declared once, with its options, help and action;
// the usage text is made from these declarations (cli-args.ts). The only module that prints or
// decides the exit code (the EXIT table of errors.ts). An action imports what it runs only when it
// runs (`import()`), so `build` never loads the preview server or the scaffolder, nor they the zip.

import { relative, resolve, sep } from 'node:path';
import { assertNever } from '../../shared/model.js';
import { AUTHOR_LANGUAGES, chooseAuthorLanguage, type AuthorLanguage } from '../../shared/author-language.js';
import {
  command,
  languageValue,
  parseArgs,
  portValue,
  previewVersion,
  scormValue,
  takeLang,
  titleValue,
  usage,
  type Command,
  type Io,
} from './cli-args.js';
import { ANSI, PLAIN, hasErrors, inLanguage } from '../diagnostics/diagnostics.js';
import { EXIT, exitCode, hintOf, isToolError, type ToolError } from '../diagnostics/errors.js';
import type { Diagnostic, Say } from '../diagnostics/diagnostics.js';
import type { NewLessonOptions } from '../scaffold/new-lesson.js';
import type { ImportOptions } from '../import/import-file.js';
import type { QuestionsOptions } from '../questions/export-questions.js';
import type { PrintOptions } from '../print/print-lesson.js';
import type { TranslateExportOptions } from '../translate/export-translation.js';
import type { TranslateImportOptions } from '../translate/import-translation.js';
import { UsageError } from '../diagnostics/errors.js';
import { commandWord, toolVersion } from '../paths.js';
import type { BuildOptions } from '../pipeline.js';
import type { PreviewBuild } from '../preview/preview-build.js';
import type { PreviewOptions } from '../preview/preview.js';
import { PER_CODE, reportLines } from '../diagnostics/report.js';
import { WORDS } from '../words/words.js';

export type { Io };
export { EXIT };

/** Colour on a terminal only: never with NO_COLOR set (no-color.org), always with FORCE_COLOR set
 *  (but to 0 or false, Node's own convention), else when stderr is a terminal that is not `dumb`. */
export function useColor(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTerminal && env.TERM !== 'dumb';
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
  color: useColor(process.env, process.stderr.isTTY === true),
  env: process.env,
};

/** What a command is run with: the terminal, `--lang` when given, and the lesson's `language:` once a
 *  command has read it (so a failure after that, a full disk, is said in it too). */
type Run = Io & { lang?: AuthorLanguage | undefined; lesson?: string | null };

/** The language the author reads: `--lang`, else the lesson's (once read), else the system's. */
function languageOf(io: Run, lesson: string | null | undefined = io.lesson): AuthorLanguage {
  return chooseAuthorLanguage({ flag: io.lang, lesson: lesson ?? undefined, env: io.env });
}

function kilobytes(size: number): string {
  return `${(size / 1024).toFixed(1)} KB`;
}

/** The lesson's problems as printed, in `language`. */
function lessonReport(diagnostics: readonly Diagnostic[], io: Io, language: AuthorLanguage): string[] {
  const paint = io.color === true ? ANSI : PLAIN;
  const said = diagnostics.map((d) => inLanguage(d, language));
  return reportLines(said, io.cwd, PER_CODE, paint, WORDS[language]);
}

/** Prints the lesson's problems; true when there are errors, after saying what did not happen. */
function reportLesson(diagnostics: readonly Diagnostic[], io: Io, language: AuthorLanguage, outcome: Say): boolean {
  for (const text of lessonReport(diagnostics, io, language)) io.err(text);
  if (!hasErrors(diagnostics)) return false;
  const paint = io.color === true ? ANSI : PLAIN;
  const words = WORDS[language];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  io.err(`\n${paint.severity('error', words.errorCount(errors))}${words.colon} ${outcome(words)}`);
  return true;
}

async function runBuild(options: BuildOptions, io: Run): Promise<number> {
  const { isCourse } = await import('../load-course.js');
  if (isCourse(resolve(options.cwd, options.lessonDir))) return runCourseBuild(options, io);
  const { buildPackages, writePackages } = await import('../pipeline.js');
  const { diagnostics, packages, language } = await buildPackages(options.lessonDir, options.versions, options.cwd);
  io.lesson = language;
  const said = languageOf(io);
  if (reportLesson(diagnostics, io, said, (w) => w.nothingWritten()) || packages === null) {
    return EXIT.lessonErrors;
  }
  const written = await writePackages(packages, options);
  for (const file of written) io.out(`${relative(options.cwd, file.path) || file.path}  ${kilobytes(file.size)}`);
  return EXIT.ok;
}

/** A course folder (course.yaml): each lesson's zips and the course's, all written or none. */
async function runCourseBuild(options: BuildOptions, io: Run): Promise<number> {
  const [{ buildCourse }, { writePackages }] = await Promise.all([
    import('../build-course.js'),
    import('../pipeline.js'),
  ]);
  const { diagnostics, zips, course, language } = await buildCourse(options.lessonDir, options.versions, options.cwd);
  io.lesson = language;
  const said = languageOf(io);
  if (reportLesson(diagnostics, io, said, (w) => w.nothingWritten()) || zips === null || course === null) {
    return EXIT.lessonErrors;
  }
  const written = await writePackages(zips, options);
  io.out(WORDS[said].courseWrote(course.title, course.lessons));
  for (const file of written) io.out(`${relative(options.cwd, file.path) || file.path}  ${kilobytes(file.size)}`);
  return EXIT.ok;
}

/** A course folder: its lessons' previews and a page listing them; problems as a build reports them. */
async function runCoursePreview(options: PreviewOptions, io: Run): Promise<number> {
  const [{ loadCourse }, { startCoursePreview }, { untilInterrupted }] = await Promise.all([
    import('../load-course.js'),
    import('../preview/course-preview.js'),
    import('../preview/preview.js'),
  ]);
  const { course, diagnostics, language } = await loadCourse(resolve(options.cwd, options.lessonDir), options.cwd);
  io.lesson = language;
  const said = languageOf(io);
  if (reportLesson(diagnostics, io, said, (w) => w.nothingToPreview()) || course === null) return EXIT.lessonErrors;
  const words = WORDS[said];
  const plainIo = { ...io, color: false };
  // Each lesson's problems (and course.yaml's) printed again when a save changes them, as a lesson's preview does.
  const shown = new Map<string, string>();
  const preview = await startCoursePreview({ ...options, lang: said }, course, (source, found, first) => {
    const text = lessonReport(found, plainIo, said).join('\n');
    if (!first && text !== (shown.get(source) ?? ''))
      io.err(text !== '' ? `${words.rebuilt()}\n${text}` : words.rebuiltClean());
    shown.set(source, text);
  });
  io.out(words.coursePreviewRunning(options.lessonDir, options.version, preview.url));
  io.out(words.coursePreviewFollows());
  await untilInterrupted();
  await preview.close();
  return EXIT.ok;
}

async function runPreview(options: PreviewOptions, io: Run): Promise<number> {
  const { isCourse } = await import('../load-course.js');
  if (isCourse(resolve(options.cwd, options.lessonDir))) return runCoursePreview(options, io);
  const { previewBuild, startPreview, untilInterrupted } = await import('../preview/preview.js');
  const first = await previewBuild(options.lessonDir, options.cwd);
  const mine = (build: PreviewBuild): Diagnostic[] => build.versions[options.version].diagnostics;
  // The language is settled at the start: a page and a terminal that change language mid-session confuse.
  io.lesson = first.language;
  const said = languageOf(io);
  const words = WORDS[said];
  if (
    reportLesson(mine(first), io, said, (w) => w.nothingToPreview()) ||
    first.versions[options.version].files === null
  ) {
    return EXIT.lessonErrors;
  }
  const plainIo = { ...io, color: false };
  let shown = lessonReport(mine(first), plainIo, said).join('\n');
  // Each save (and each reload of the page) rebuilds the lesson: print its problems again only when they changed.
  const onBuild = (next: PreviewBuild): void => {
    const text = lessonReport(mine(next), plainIo, said).join('\n');
    if (text !== shown) io.err(text !== '' ? `${words.rebuilt()}\n${text}` : words.rebuiltClean());
    shown = text;
  };
  const server = await startPreview({ ...options, lang: said }, first, onBuild);
  io.out(words.previewRunning(options.lessonDir, options.version, server.url));
  io.out(words.previewFollows());
  await untilInterrupted();
  await server.close();
  return EXIT.ok;
}

/** `new`'s options as read: without `--language`, the lesson is in the author's language. */
type NewOptions = Omit<NewLessonOptions, 'language'> & { language: string | null };

async function runNew(options: NewOptions, io: Run): Promise<number> {
  const { createLesson, shellWord } = await import('../scaffold/new-lesson.js');
  // Without --language: the course's when the folder is in one, else the language scormdown speaks.
  const { written, folder, language, addToCourse } = await createLesson({ ...options, fallback: languageOf(io) });
  const where = shellWord(folder);
  const words = WORDS[languageOf(io, language)];
  io.out(words.starterWritten(written, `${commandWord()} preview ${where}`, `${commandWord()} build ${where}`));
  if (addToCourse !== null) io.out(words.starterAddToCourse(addToCourse.entry, addToCourse.file));
  return EXIT.ok;
}

async function runImport(options: ImportOptions, io: Run): Promise<number> {
  const { importFile } = await import('../import/import-file.js');
  const { shellWord } = await import('../package/write-new-files.js');
  const { diagnostics, imported } = await importFile(options);
  const said = languageOf(io, imported?.language ?? options.language);
  const words = WORDS[said];
  if (reportLesson(diagnostics, io, said, (w) => w.nothingWritten()) || imported === null) return EXIT.lessonErrors;
  const where = shellWord(imported.folder);
  io.out(
    [
      words.importWrote(imported.folder, imported.slides, imported.questions, imported.assets),
      words.importLanguage(imported.language, imported.guessed),
      words.importNext(`${commandWord()} preview ${where}`, `${commandWord()} build ${where}`),
    ].join('\n'),
  );
  return EXIT.ok;
}

async function runQuestions(options: QuestionsOptions, io: Run): Promise<number> {
  const { makeQuestionsFile, writeQuestionsFile } = await import('../questions/export-questions.js');
  const { diagnostics, file, language } = await makeQuestionsFile(options);
  io.lesson = language;
  const said = languageOf(io);
  if (reportLesson(diagnostics, io, said, (w) => w.nothingWritten()) || file === null) return EXIT.lessonErrors;
  await writeQuestionsFile(file.path, file.text, options.cwd);
  const format = options.format === 'gift' ? 'GIFT' : 'Moodle XML';
  io.out(WORDS[said].questionsWrote(shownPath(io.cwd)(file.path), file.questions, format));
  return EXIT.ok;
}

async function runPrint(options: PrintOptions, io: Run): Promise<number> {
  const { printLesson } = await import('../print/print-lesson.js');
  const { diagnostics, written, language } = await printLesson(options);
  io.lesson = language;
  const said = languageOf(io);
  if (reportLesson(diagnostics, io, said, (w) => w.nothingWritten()) || written === null) return EXIT.lessonErrors;
  for (const file of written) io.out(WORDS[said].printWrote(file.file, file.slides));
  return EXIT.ok;
}

async function runTranslateExport(options: TranslateExportOptions, io: Run): Promise<number> {
  if (options.to === '') throw new UsageError((w) => w.translateToMissing());
  const { exportTranslation } = await import('../translate/export-translation.js');
  const { diagnostics, written, language } = await exportTranslation(options);
  io.lesson = language;
  const said = languageOf(io);
  if (reportLesson(diagnostics, io, said, (w) => w.nothingWritten()) || written === null) return EXIT.lessonErrors;
  const file = shownPath(io.cwd)(written.file);
  io.out(WORDS[said].translateWrote(file, written.texts, written.kept, written.review, written.fresh, options.to));
  return EXIT.ok;
}

async function runTranslateImport(options: TranslateImportOptions, io: Run): Promise<number> {
  const [{ importTranslation }, { shellWord }] = await Promise.all([
    import('../translate/import-translation.js'),
    import('../package/write-new-files.js'),
  ]);
  const { diagnostics, written, language } = await importTranslation(options);
  io.lesson = language;
  const said = languageOf(io);
  if (reportLesson(diagnostics, io, said, (w) => w.nothingWritten()) || written === null) return EXIT.lessonErrors;
  const where = shownPath(io.cwd)(written.folder);
  const words = WORDS[said];
  io.out(
    [
      words.translateImported(where, written.translated, written.texts, written.language),
      words.importNext(`${commandWord()} preview ${shellWord(where)}`, `${commandWord()} build ${shellWord(where)}`),
    ].join('\n'),
  );
  return EXIT.ok;
}

const COMMANDS: readonly Command[] = [
  command<BuildOptions>({
    name: 'build',
    operand: 'lessonDir|courseDir',
    summary: (w) => w.buildSummary(),
    options: [
      {
        flag: '--out',
        synopsis: 'dist',
        label: 'DIR',
        help: (w) => w.buildOut(),
        apply: (o, v) => {
          o.outDir = v;
        },
      },
      {
        flag: '--scorm',
        synopsis: '1.2|2004|both',
        label: 'VERSION',
        help: (w) => w.buildScorm(),
        apply: (o, v) => {
          o.versions = scormValue(v);
        },
      },
    ],
    defaults: (lessonDir, cwd) => ({ lessonDir, outDir: 'dist', versions: ['1.2', '2004'], cwd }),
    run: runBuild,
  }),
  command<PreviewOptions>({
    name: 'preview',
    operand: 'lessonDir|courseDir',
    summary: (w) => w.previewSummary(),
    options: [
      {
        flag: '--scorm',
        synopsis: '1.2|2004',
        label: 'VERSION',
        help: (w) => w.previewScorm(),
        apply: (o, v) => {
          o.version = previewVersion(v);
        },
      },
      {
        flag: '--port',
        synopsis: 'N',
        label: 'N',
        help: (w) => w.previewPort(),
        apply: (o, v) => {
          o.port = portValue(v);
        },
      },
    ],
    defaults: (lessonDir, cwd) => ({ lessonDir, version: '2004', port: 0, cwd, lang: 'en' }),
    run: runPreview,
  }),
  command<NewOptions>({
    name: 'new',
    operand: 'folder',
    summary: (w) => w.newSummary(),
    options: [
      {
        flag: '--language',
        synopsis: 'nl|en|...',
        label: 'CODE',
        apply: (o, v) => {
          o.language = languageValue(v);
        },
        help: (w) => w.newLanguage(),
      },
      {
        flag: '--title',
        synopsis: '"..."',
        label: 'TEXT',
        apply: (o, v) => {
          o.title = titleValue(v);
        },
        help: (w) => w.newTitle(),
      },
    ],
    defaults: (folder, cwd) => ({ folder, language: null, title: null, cwd }),
    run: runNew,
  }),
  command<QuestionsOptions>({
    name: 'questions',
    operand: 'lessonDir|courseDir',
    summary: (w) => w.questionsSummary(),
    options: [
      {
        flag: '--format',
        synopsis: 'moodle-xml|gift',
        label: 'FORMAT',
        help: (w) => w.questionsFormat(),
        apply: (o, v) => {
          if (v !== 'moodle-xml' && v !== 'gift') throw new UsageError((w) => w.questionsFormatInvalid(v));
          o.format = v;
        },
      },
      {
        flag: '--out',
        synopsis: 'FILE',
        label: 'FILE',
        help: (w) => w.questionsOut(),
        apply: (o, v) => {
          o.out = v;
        },
      },
    ],
    defaults: (lessonDir, cwd) => ({ lessonDir, format: 'moodle-xml', out: null, cwd }),
    run: runQuestions,
  }),
  command<PrintOptions>({
    name: 'print',
    operand: 'lessonDir|courseDir',
    summary: (w) => w.printSummary(),
    options: [
      {
        flag: '--out',
        synopsis: 'FILE',
        label: 'FILE',
        help: (w) => w.printOut(),
        apply: (o, v) => {
          o.out = v;
        },
      },
      {
        flag: '--answers',
        synopsis: 'yes',
        label: 'yes|no',
        help: (w) => w.printAnswers(),
        apply: (o, v) => {
          o.answers = v !== 'no';
        },
      },
    ],
    defaults: (lessonDir, cwd) => ({ lessonDir, out: null, answers: false, cwd }),
    run: runPrint,
  }),
  command<ImportOptions>({
    name: 'import',
    operand: 'FILE',
    summary: (w) => w.importSummary(),
    options: [
      {
        flag: '--out',
        synopsis: 'DIR',
        label: 'DIR',
        help: (w) => w.importOut(),
        apply: (o, v) => {
          o.out = v;
        },
      },
      {
        flag: '--language',
        synopsis: 'nl|en|...',
        label: 'CODE',
        help: (w) => w.importLanguageOption(),
        apply: (o, v) => {
          o.language = languageValue(v);
        },
      },
      {
        flag: '--title',
        synopsis: '"..."',
        label: 'TEXT',
        help: (w) => w.importTitle(),
        apply: (o, v) => {
          o.title = titleValue(v);
        },
      },
    ],
    defaults: (file, cwd) => ({ file, out: null, language: null, title: null, cwd }),
    run: runImport,
  }),
  command<TranslateExportOptions>({
    name: 'translate export',
    operand: 'lessonDir|courseDir',
    summary: (w) => w.translateExportSummary(),
    options: [
      {
        flag: '--to',
        synopsis: 'de|fr|...',
        label: 'CODE',
        help: (w) => w.translateTo(),
        apply: (o, v) => {
          o.to = languageValue(v);
        },
      },
      {
        flag: '--format',
        synopsis: 'po|xliff',
        label: 'FORMAT',
        help: (w) => w.translateFormat(),
        apply: (o, v) => {
          if (v !== 'po' && v !== 'xliff') throw new UsageError((w) => w.translateFormatInvalid(v));
          o.format = v;
        },
      },
      {
        flag: '--out',
        synopsis: 'FILE',
        label: 'FILE',
        help: (w) => w.translateOut(),
        apply: (o, v) => {
          o.out = v;
        },
      },
    ],
    defaults: (lessonDir, cwd) => ({ lessonDir, to: '', format: 'po', out: null, cwd }),
    run: runTranslateExport,
  }),
  command<TranslateImportOptions>({
    name: 'translate import',
    operand: 'FILE',
    summary: (w) => w.translateImportSummary(),
    options: [
      {
        flag: '--out',
        synopsis: 'DIR',
        label: 'DIR',
        help: (w) => w.translateImportOut(),
        apply: (o, v) => {
          o.out = v;
        },
      },
      {
        flag: '--lesson',
        synopsis: 'DIR',
        label: 'DIR',
        help: (w) => w.translateLesson(),
        apply: (o, v) => {
          o.lesson = v;
        },
      },
    ],
    defaults: (file, cwd) => ({ file, out: null, lesson: null, cwd }),
    run: runTranslateImport,
  }),
];

/** The usage text in `language` (English by default). */
export function usageText(language: AuthorLanguage = 'en'): string {
  return usage(COMMANDS, WORDS[language]);
}

/** A path in a message as the author typed it: relative to the working folder when inside it. */
function shownPath(cwd: string): (path: string) => string {
  return (path) => {
    const rel = relative(cwd, path);
    return rel === '' ? '.' : rel.startsWith('..') ? path : rel.split(sep).join('/');
  };
}

function reportFailure(error: ToolError, io: Io, language: AuthorLanguage): number {
  const words = WORDS[language];
  const after =
    error.kind === 'usage' ? `\n\n${usageText(language)}` : `\n  ${words.hintLabel()} ${hintOf(error, words)}`;
  io.err(`scormdown: ${error.describe(words, shownPath(io.cwd))}${after}`);
  return exitCode(error);
}

/** Runs the command line; resolves to the exit code. A failure outside the lesson ends it with its
 *  own code and message; anything else is a bug and is thrown on. */
export async function runCli(args: readonly string[], io: Io = processIo): Promise<number> {
  let run: Run = io;
  try {
    const { lang, rest } = takeLang(args, AUTHOR_LANGUAGES);
    run = { ...io, lang: lang as AuthorLanguage | undefined };
    const parsed = parseArgs(COMMANDS, rest, io.cwd);
    switch (parsed.kind) {
      case 'help':
        io.out(usageText(languageOf(run)));
        return EXIT.ok;
      case 'version':
        io.out(toolVersion());
        return EXIT.ok;
      case 'run':
        return await parsed.run(run);
      default:
        return assertNever(parsed);
    }
  } catch (error) {
    if (!isToolError(error)) throw error;
    return reportFailure(error, io, languageOf(run));
  }
}
