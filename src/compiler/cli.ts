// `scormdown build [lessonDir] [--out dist] [--scorm 1.2|2004|both]`. The only module that prints or
// decides the exit code: 0 built, 1 the lesson has errors or the zips cannot be written (nothing
// written), 2 the command line is wrong.

import { relative } from 'node:path';
import { assertNever, type ScormVersion } from '../shared/model.js';
import { formatDiagnostic, hasErrors } from './diagnostics.js';
import { toolVersion } from './paths.js';
import { build, type BuildOptions, type BuildResult } from './pipeline.js';

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

Builds the lesson in lessonDir (default: the current folder) into SCORM zip files.

Options:
  --out DIR        folder for the zip files (default: dist)
  --scorm VERSION  1.2, 2004 or both (default: both)
  --help           show this help
  --version        show the version of scormdown`;

const SCORM_VALUES: Record<string, ScormVersion[]> = { '1.2': ['1.2'], '2004': ['2004'], both: ['1.2', '2004'] };

class UsageError extends Error {}

type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'build'; options: BuildOptions };

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
  if (command !== 'build') throw new UsageError(`unknown command "${command}"`);
  const options: BuildOptions = { lessonDir: '.', outDir: 'dist', versions: ['1.2', '2004'], cwd };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--out') options.outDir = optionValue(rest, i++, arg);
    else if (arg === '--scorm') options.versions = scormValue(optionValue(rest, i++, arg));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else positional.push(arg);
  }
  if (positional.length > 1) throw new UsageError(`one lesson folder at a time, got: ${positional.join(' ')}`);
  options.lessonDir = positional[0] ?? '.';
  return { kind: 'build', options };
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
  for (const d of diagnostics) io.err(formatDiagnostic(d));
  if (written === null || hasErrors(diagnostics)) {
    const count = diagnostics.filter((d) => d.severity === 'error').length;
    io.err(`\n${count} error(s): nothing written. Fix the lines above and build again.`);
    return EXIT.lessonErrors;
  }
  for (const file of written) io.out(`${relative(options.cwd, file.path) || file.path}  ${kilobytes(file.size)}`);
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
    default:
      return assertNever(command);
  }
}
