// `scormdown build [lessonDir] [--out dist] [--scorm 1.2|2004|both]`,
// `scormdown preview [lessonDir] [--scorm 1.2|2004] [--port N]` and
// `scormdown new [folder] [--language nl|en|...] [--title "..."]`. The only module that prints or
// decides the exit code: 0 built (or preview stopped with Ctrl-C, or starter written), 1 the lesson has
// errors or the zips cannot be written (nothing written) or the preview cannot listen or `new` would
// overwrite a file, 2 the command line is wrong.

import { relative } from 'node:path';
import { assertNever, type ScormVersion } from '../shared/model.js';
import { formatDiagnostic, hasErrors } from './diagnostics.js';
import { createLesson, LANGUAGE_CODE, shellWord, type NewLessonOptions } from './new-lesson.js';
import { toolVersion } from './paths.js';
import { formatReport } from './report.js';
import { build, type BuildOptions, type BuildResult } from './pipeline.js';
import type { PreviewBuild } from './preview-page.js';
import { previewBuild, startPreview, untilInterrupted, type PreviewOptions, type PreviewServer } from './preview.js';

export const EXIT = { ok: 0, lessonErrors: 1, usage: 2 } as const;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

export const USAGE = `Usage: scormdown build [lessonDir] [--out dist] [--scorm 1.2|2004|both]
       scormdown preview [lessonDir] [--scorm 1.2|2004] [--port N]
       scormdown new [folder] [--language nl|en|...] [--title "..."]

build: builds the lesson in lessonDir (default: the current folder) into SCORM zip files.
preview: shows the lesson in a stand-in LMS at http://127.0.0.1:PORT/, with what the LMS records
beside it; reload the page after editing the lesson. Ctrl-C stops it.
new: writes a starter lesson to edit into folder (default: the current folder; created if missing):
lesson.md, quiz.yaml and an image. It never overwrites a file.

Options:
  --out DIR        folder for the zip files (default: dist)
  --scorm VERSION  1.2, 2004 or both (default: both; preview: 1.2 or 2004, default 2004)
  --port N         preview only: the port on 127.0.0.1 (default: 0, any free port)
  --language CODE  new only: the lesson's language, e.g. nl or en (default: en; Dutch texts for nl,
                   English texts for any other language)
  --title TEXT     new only: the lesson's title (default: "My first lesson" / "Mijn eerste les")
  --help           show this help
  --version        show the version of scormdown`;

const SCORM_VALUES: Record<string, ScormVersion[]> = { '1.2': ['1.2'], '2004': ['2004'], both: ['1.2', '2004'] };

class UsageError extends Error {}

type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'build'; options: BuildOptions }
  | { kind: 'preview'; options: PreviewOptions }
  | { kind: 'new'; options: NewLessonOptions };

function optionValue(args: string[], i: number, name: string): string {
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

/** "--out=dist" -> "--out", "dist". */
function splitEquals(arg: string): string[] {
  const at = arg.indexOf('=');
  return arg.startsWith('--') && at > 0 ? [arg.slice(0, at), arg.slice(at + 1)] : [arg];
}

/** Reads the arguments into a command whose options are all resolved (defaults filled in). */
export function parseArgs(args: readonly string[], cwd: string): Command {
  const list = args.flatMap(splitEquals);
  if (list.includes('--help') || list.includes('-h')) return { kind: 'help' };
  if (list.includes('--version') || list.includes('-v')) return { kind: 'version' };
  const [command, ...rest] = list;
  if (command === undefined) throw new UsageError('no command given');
  if (command === 'build') return { kind: 'build', options: buildOptions(rest, cwd) };
  if (command === 'preview') return { kind: 'preview', options: previewOptions(rest, cwd) };
  if (command === 'new') return { kind: 'new', options: newOptions(rest, cwd) };
  throw new UsageError(`unknown command "${command}"`);
}

function buildOptions(rest: string[], cwd: string): BuildOptions {
  const options: BuildOptions = { lessonDir: '.', outDir: 'dist', versions: ['1.2', '2004'], cwd };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--out') options.outDir = optionValue(rest, i++, arg);
    else if (arg === '--scorm') options.versions = scormValue(optionValue(rest, i++, arg));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else positional.push(arg);
  }
  options.lessonDir = lessonFolder(positional);
  return options;
}

function previewOptions(rest: string[], cwd: string): PreviewOptions {
  const options: PreviewOptions = { lessonDir: '.', version: '2004', port: 0, cwd };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--scorm') options.version = previewVersion(optionValue(rest, i++, arg));
    else if (arg === '--port') options.port = portValue(optionValue(rest, i++, arg));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else positional.push(arg);
  }
  options.lessonDir = lessonFolder(positional);
  return options;
}

function newOptions(rest: string[], cwd: string): NewLessonOptions {
  const options: NewLessonOptions = { folder: '.', language: 'en', title: null, cwd };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--language') options.language = languageValue(optionValue(rest, i++, arg));
    else if (arg === '--title') options.title = titleValue(optionValue(rest, i++, arg));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else positional.push(arg);
  }
  options.folder = lessonFolder(positional);
  return options;
}

function languageValue(value: string): string {
  if (!LANGUAGE_CODE.test(value)) throw new UsageError(`--language must be a language code such as nl, en or nl-BE, not "${value}"`);
  return value;
}

/** One line of text: the title heads every slide and names the activity in the LMS. */
function titleValue(value: string): string {
  const title = value.replace(/\s+/g, ' ').trim();
  if (title === '') throw new UsageError('--title needs a text, e.g. --title "Les 7: Verkoopgesprekken"');
  return title;
}

function lessonFolder(positional: string[]): string {
  if (positional.length > 1) throw new UsageError(`one lesson folder at a time, got: ${positional.join(' ')}`);
  return positional[0] ?? '.';
}

function previewVersion(value: string): ScormVersion {
  const versions = SCORM_VALUES[value];
  if (!versions || versions.length !== 1) throw new UsageError(`--scorm must be 1.2 or 2004 for a preview, not "${value}"`);
  return versions[0] as ScormVersion;
}

function portValue(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port <= 65535)) throw new UsageError(`--port must be a number from 0 to 65535, not "${value}"`);
  return port;
}

function scormValue(value: string): ScormVersion[] {
  const versions = SCORM_VALUES[value];
  if (!versions) throw new UsageError(`--scorm must be 1.2, 2004 or both, not "${value}"`);
  return [...versions];
}

function kilobytes(size: number): string {
  return `${(size / 1024).toFixed(1)} KB`;
}

/** A file-system error (no permission, disk full, --out names a file) in the author's terms. */
function fileSystemError(error: unknown): string | null {
  const e = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof e.code !== 'string' || !e.syscall) return null;
  return `scormdown: could not write the zip files (${e.code}: ${e.syscall} ${e.path ?? ''}).\n` +
    '  hint: check that the --out folder is a folder you may write to, and that the disk is not full';
}

async function buildReporting(options: BuildOptions, io: Io): Promise<BuildResult | null> {
  try {
    return await build(options);
  } catch (error) {
    const message = fileSystemError(error);
    if (message === null) throw error;
    io.err(message);
    return null;
  }
}

async function runBuild(options: BuildOptions, io: Io): Promise<number> {
  const result = await buildReporting(options, io);
  if (result === null) return EXIT.lessonErrors;
  const { diagnostics, written } = result;
  for (const text of formatReport(diagnostics, options.cwd)) io.err(text);
  if (written === null || hasErrors(diagnostics)) {
    const count = diagnostics.filter((d) => d.severity === 'error').length;
    io.err(`\n${count} error(s): nothing written. Fix the lines above and build again.`);
    return EXIT.lessonErrors;
  }
  for (const file of written) io.out(`${relative(options.cwd, file.path) || file.path}  ${kilobytes(file.size)}`);
  return EXIT.ok;
}

/** The preview cannot listen: the port is taken or not allowed. */
function portError(error: unknown, port: number): string | null {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EADDRINUSE' && code !== 'EACCES') return null;
  return `scormdown: cannot serve the preview on port ${port} (${code}).\n` +
    '  hint: another program may be using it: choose another --port, or leave it out to take any free port';
}

async function servePreview(options: PreviewOptions, first: PreviewBuild, io: Io): Promise<PreviewServer | null> {
  let shown = formatReport(first.diagnostics, options.cwd).join('\n');
  // Each reload of the page rebuilds the lesson: print its problems again only when they changed.
  const onBuild = (next: PreviewBuild): void => {
    const text = formatReport(next.diagnostics, options.cwd).join('\n');
    if (text !== shown && text !== '') io.err(`Rebuilt:\n${text}`);
    else if (text !== shown) io.err('Rebuilt: no problems left.');
    shown = text;
  };
  try {
    return await startPreview(options, first, onBuild);
  } catch (error) {
    const message = portError(error, options.port);
    if (message === null) throw error;
    io.err(message);
    return null;
  }
}

async function runPreview(options: PreviewOptions, io: Io): Promise<number> {
  const first = await previewBuild(options);
  for (const text of formatReport(first.diagnostics, options.cwd)) io.err(text);
  if (first.files === null) {
    const count = first.diagnostics.filter((d) => d.severity === 'error').length;
    io.err(`\n${count} error(s): nothing to preview. Fix the lines above and run the preview again.`);
    return EXIT.lessonErrors;
  }
  const server = await servePreview(options, first, io);
  if (server === null) return EXIT.lessonErrors;
  io.out(`Preview of ${options.lessonDir} as SCORM ${options.version}: ${server.url}`);
  io.out('Edit the lesson, then reload the page. Ctrl-C stops the preview.');
  await untilInterrupted();
  await server.close();
  return EXIT.ok;
}

async function runNew(options: NewLessonOptions, io: Io): Promise<number> {
  const { written, folder, diagnostics } = await createLesson(options);
  for (const d of diagnostics) io.err(formatDiagnostic(d));
  if (diagnostics.length > 0) {
    io.err(`\n${diagnostics.length} error(s): nothing written.`);
    return EXIT.lessonErrors;
  }
  const where = shellWord(folder);
  io.out(['Wrote a starter lesson:', ...written.map((file) => `  ${file}`),
    '', 'Edit lesson.md and quiz.yaml, then look at the lesson as a learner does:', `  scormdown preview ${where}`,
    'and make the SCORM zip files:', `  scormdown build ${where}`].join('\n'));
  return EXIT.ok;
}

/** Runs the command line; resolves to the exit code. */
export async function runCli(args: readonly string[], io: Io = processIo): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(args, io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`scormdown: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  switch (command.kind) {
    case 'help':
      io.out(USAGE);
      return EXIT.ok;
    case 'version':
      io.out(toolVersion());
      return EXIT.ok;
    case 'build':
      return runBuild(command.options, io);
    case 'preview':
      return runPreview(command.options, io);
    case 'new':
      return runNew(command.options, io);
    default:
      return assertNever(command);
  }
}
