// `scormdown build | preview | new`: each command declared once, with its options, help and action;
// the usage text is made from these declarations (cli-args.ts). The only module that prints or
// decides the exit code (the EXIT table of errors.ts). An action imports what it runs only when it
// runs (`import()`), so `build` never loads the preview server or the scaffolder, nor they the zip.

import { relative, sep } from 'node:path';
import { assertNever } from '../../shared/model.js';
import {
  command,
  languageValue,
  parseArgs,
  portValue,
  previewVersion,
  scormValue,
  titleValue,
  usage,
  type Command,
  type Io,
} from './cli-args.js';
import { ANSI, PLAIN, hasErrors } from '../diagnostics/diagnostics.js';
import { EXIT, exitCode, hintOf, isToolError, type ToolError } from '../diagnostics/errors.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import type { NewLessonOptions } from '../scaffold/new-lesson.js';
import { commandWord, toolVersion } from '../paths.js';
import type { BuildOptions } from '../pipeline.js';
import type { PreviewBuild } from '../preview/preview-build.js';
import type { PreviewOptions } from '../preview/preview.js';
import { PER_CODE, reportLines } from '../diagnostics/report.js';

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
};

function kilobytes(size: number): string {
  return `${(size / 1024).toFixed(1)} KB`;
}

/** Prints the lesson's problems; true when there are errors, after saying what did not happen. */
function reportLesson(diagnostics: readonly Diagnostic[], io: Io, outcome: string): boolean {
  const paint = io.color === true ? ANSI : PLAIN;
  for (const text of reportLines(diagnostics, io.cwd, PER_CODE, paint)) io.err(text);
  if (!hasErrors(diagnostics)) return false;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  io.err(`\n${paint.severity('error', `${errors} error(s)`)}: ${outcome}`);
  return true;
}

async function runBuild(options: BuildOptions, io: Io): Promise<number> {
  const { build } = await import('../pipeline.js');
  const { diagnostics, written } = await build(options);
  if (reportLesson(diagnostics, io, 'nothing written. Fix the lines above and build again.') || written === null) {
    return EXIT.lessonErrors;
  }
  for (const file of written) io.out(`${relative(options.cwd, file.path) || file.path}  ${kilobytes(file.size)}`);
  return EXIT.ok;
}

async function runPreview(options: PreviewOptions, io: Io): Promise<number> {
  const { previewBuild, startPreview, untilInterrupted } = await import('../preview/preview.js');
  const first = await previewBuild(options.lessonDir, options.cwd);
  const mine = (build: PreviewBuild): Diagnostic[] => build.versions[options.version].diagnostics;
  const outcome = 'nothing to preview. Fix the lines above and run the preview again.';
  if (reportLesson(mine(first), io, outcome) || first.versions[options.version].files === null) {
    return EXIT.lessonErrors;
  }
  let shown = reportLines(mine(first), options.cwd).join('\n');
  // Each save (and each reload of the page) rebuilds the lesson: print its problems again only when they changed.
  const onBuild = (next: PreviewBuild): void => {
    const text = reportLines(mine(next), options.cwd).join('\n');
    if (text !== shown) io.err(text !== '' ? `Rebuilt:\n${text}` : 'Rebuilt: no problems left.');
    shown = text;
  };
  const server = await startPreview(options, first, onBuild);
  io.out(`Preview of ${options.lessonDir} as SCORM ${options.version}: ${server.url}`);
  io.out('It follows every save of the lesson. Ctrl-C stops the preview.');
  await untilInterrupted();
  await server.close();
  return EXIT.ok;
}

async function runNew(options: NewLessonOptions, io: Io): Promise<number> {
  const { createLesson, shellWord } = await import('../scaffold/new-lesson.js');
  const { written, folder } = await createLesson(options);
  const where = shellWord(folder);
  io.out(
    [
      'Wrote a starter lesson:',
      ...written.map((file) => `  ${file}`),
      '',
      'Edit lesson.md and quiz.yaml, then look at the lesson as a learner does:',
      `  ${commandWord()} preview ${where}`,
      'and make the SCORM zip files:',
      `  ${commandWord()} build ${where}`,
    ].join('\n'),
  );
  return EXIT.ok;
}

const COMMANDS: readonly Command[] = [
  command<BuildOptions>({
    name: 'build',
    operand: 'lessonDir',
    summary: 'builds the lesson in lessonDir (default: the current folder) into SCORM zip files.',
    options: [
      {
        flag: '--out',
        synopsis: 'dist',
        label: 'DIR',
        help: 'folder for the zip files (default: dist)',
        apply: (o, v) => {
          o.outDir = v;
        },
      },
      {
        flag: '--scorm',
        synopsis: '1.2|2004|both',
        label: 'VERSION',
        help: '1.2, 2004 or both (default: both)',
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
    operand: 'lessonDir',
    summary:
      'shows the lesson in a stand-in LMS at http://127.0.0.1:PORT/, with what the LMS records\n' +
      'beside it; every save of the lesson shows in the page by itself. Ctrl-C stops it.',
    options: [
      {
        flag: '--scorm',
        synopsis: '1.2|2004',
        label: 'VERSION',
        help: '1.2 or 2004 (default: 2004)',
        apply: (o, v) => {
          o.version = previewVersion(v);
        },
      },
      {
        flag: '--port',
        synopsis: 'N',
        label: 'N',
        help: 'the port on 127.0.0.1 (default: 0, any free port)',
        apply: (o, v) => {
          o.port = portValue(v);
        },
      },
    ],
    defaults: (lessonDir, cwd) => ({ lessonDir, version: '2004', port: 0, cwd }),
    run: runPreview,
  }),
  command<NewLessonOptions>({
    name: 'new',
    operand: 'folder',
    summary:
      'writes a starter lesson to edit into folder (default: the current folder; created if missing):\n' +
      'lesson.md, quiz.yaml and an image. It never overwrites a file.',
    options: [
      {
        flag: '--language',
        synopsis: 'nl|en|...',
        label: 'CODE',
        apply: (o, v) => {
          o.language = languageValue(v);
        },
        help: "the lesson's language, e.g. nl or en (default: en; Dutch texts for nl, English for any other)",
      },
      {
        flag: '--title',
        synopsis: '"..."',
        label: 'TEXT',
        apply: (o, v) => {
          o.title = titleValue(v);
        },
        help: 'the lesson\'s title (default: "My first lesson" / "Mijn eerste les")',
      },
    ],
    defaults: (folder, cwd) => ({ folder, language: 'en', title: null, cwd }),
    run: runNew,
  }),
];

export const USAGE = usage(COMMANDS);

/** A path in a message as the author typed it: relative to the working folder when inside it. */
function shownPath(cwd: string): (path: string) => string {
  return (path) => {
    const rel = relative(cwd, path);
    return rel === '' ? '.' : rel.startsWith('..') ? path : rel.split(sep).join('/');
  };
}

function reportFailure(error: ToolError, io: Io): number {
  const after = error.kind === 'usage' ? `\n\n${USAGE}` : `\n  hint: ${hintOf(error)}`;
  io.err(`scormdown: ${error.describe(shownPath(io.cwd))}${after}`);
  return exitCode(error);
}

/** Runs the command line; resolves to the exit code. A failure outside the lesson ends it with its
 *  own code and message; anything else is a bug and is thrown on. */
export async function runCli(args: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const parsed = parseArgs(COMMANDS, args, io.cwd);
    switch (parsed.kind) {
      case 'help':
        io.out(USAGE);
        return EXIT.ok;
      case 'version':
        io.out(toolVersion());
        return EXIT.ok;
      case 'run':
        return await parsed.run(io);
      default:
        return assertNever(parsed);
    }
  } catch (error) {
    if (!isToolError(error)) throw error;
    return reportFailure(error, io);
  }
}
