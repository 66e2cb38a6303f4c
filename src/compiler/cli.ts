// `scormdown build [lessonDir] [--out dist] [--scorm 1.2|2004|both]`,
// `scormdown preview [lessonDir] [--scorm 1.2|2004] [--port N]` and
// `scormdown new [folder] [--language nl|en|...] [--title "..."]`. The only module that prints or
// decides the exit code: 0 built (or preview stopped with Ctrl-C, or starter written), 1 the lesson has
// errors or the zips cannot be written (nothing written) or the preview cannot listen or `new` would
// overwrite a file, 2 the command line is wrong.

import { relative } from 'node:path';
import { assertNever } from '../shared/model.js';
import { parseArgs, USAGE, UsageError, type Command } from './cli-args.js';
import { formatDiagnostic, hasErrors } from './diagnostics.js';
import { createLesson, shellWord, type NewLessonOptions } from './new-lesson.js';
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
