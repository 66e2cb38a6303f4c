// The failures that are not a problem in the lesson: a wrong command line, a file the tool cannot
// read or write, a port the preview cannot listen on, a starter lesson that would overwrite a file.
// Each is a typed error raised where it happens (reading an asset, writing a zip, listening) and
// carries the exit code of its kind; only the CLI prints it and ends the process with that code
// (marp-cli's CLIError table), in the author's language (its words: src/compiler/words/). Lesson
// problems are diagnostics (diagnostics.ts), never thrown.

import type { Say } from './diagnostics.js';
import { WORDS, type Words } from '../words/words.js';

/** Every exit code of `scormdown`, one per kind of outcome, so a script can tell them apart.
 *  70 is EX_SOFTWARE of BSD's sysexits.h: a bug, an exception nobody expected. */
export const EXIT = {
  ok: 0,
  lessonErrors: 1,
  usage: 2,
  read: 3,
  write: 4,
  portInUse: 5,
  exists: 6,
  bug: 70,
} as const;

export type ExitKind = keyof typeof EXIT;
export type ExitCode = (typeof EXIT)[ExitKind];

/** The kinds with a default fix printed under their message (a usage error is followed by the usage
 *  instead); the fixes are the words' `failureHint`. */
export type HintedFailure = Exclude<ExitKind, 'ok' | 'lessonErrors' | 'usage' | 'bug'>;

const asGiven = (path: string): string => path;

abstract class ToolFailure extends Error {
  abstract readonly kind: HintedFailure | 'usage';
  /** Sharper than the kind's default hint when the place that raised it knows more. */
  readonly hint: Say | null;

  constructor(hint: Say | null) {
    super();
    this.hint = hint;
  }

  /** The message in `words` (English by default), each path shown by `show` (the CLI: relative to
   *  the working folder). */
  abstract describe(words?: Words, show?: (path: string) => string): string;
}

/** The command line is wrong: the CLI prints the message and the usage. */
export class UsageError extends ToolFailure {
  readonly kind = 'usage';
  constructor(readonly text: Say) {
    super(null);
    this.message = this.describe();
  }
  describe(words: Words = WORDS.en): string {
    return this.text(words);
  }
}

/** A file the tool needs (an asset, a schema, a template, the output folder's listing) could not be read. */
export class ReadError extends ToolFailure {
  readonly kind = 'read';
  /** `path` is absolute. */
  constructor(
    readonly path: string,
    readonly reason: string,
    hint: Say | null = null,
  ) {
    super(hint);
    this.message = this.describe();
  }
  describe(words: Words = WORDS.en, show = asGiven): string {
    return words.readFailed(show(this.path), this.reason);
  }
}

/** A file or folder could not be written (no permission, disk full, a file where a folder must be). */
export class WriteError extends ToolFailure {
  readonly kind = 'write';
  constructor(
    readonly path: string,
    /** Node's code (EACCES), or why in words. */
    readonly reason: string | Say,
    hint: Say | null = null,
  ) {
    super(hint);
    this.message = this.describe();
  }
  describe(words: Words = WORDS.en, show = asGiven): string {
    return words.writeFailed(show(this.path), typeof this.reason === 'string' ? this.reason : this.reason(words));
  }
}

/** The preview cannot listen: the port is taken (EADDRINUSE) or not allowed (EACCES). */
export class PortInUseError extends ToolFailure {
  readonly kind = 'portInUse';
  constructor(
    readonly port: number,
    readonly reason: string,
  ) {
    super(null);
    this.message = this.describe();
  }
  describe(words: Words = WORDS.en): string {
    return words.portFailed(this.port, this.reason);
  }
}

/** `scormdown new` (or `import`, `questions`: `command`) would overwrite these files: it writes nothing at all. */
export class ExistsError extends ToolFailure {
  readonly kind = 'exists';
  constructor(
    readonly paths: readonly string[],
    hint: Say | null = null,
    readonly command = 'new',
  ) {
    super(hint);
    this.message = this.describe();
  }
  describe(words: Words = WORDS.en, show = asGiven): string {
    return words.starterExists(this.paths.map(show), this.command);
  }
}

export type ToolError = UsageError | ReadError | WriteError | PortInUseError | ExistsError;

export function isToolError(error: unknown): error is ToolError {
  return error instanceof ToolFailure;
}

export function exitCode(error: ToolError): ExitCode {
  return EXIT[error.kind];
}

export function hintOf(error: Exclude<ToolError, UsageError>, words: Words = WORDS.en): string {
  return error.hint?.(words) ?? words.failureHint[error.kind];
}

/** Node's reason for a failed file-system call ("EISDIR", "ERR_FS_FILE_TOO_LARGE"), or null when
 *  the error is not one (a bug must not be dressed up as a file problem). */
function reasonOf(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return error instanceof Error && typeof code === 'string' ? code : null;
}

/** For `.catch(failedRead(path))`: a file-system error becomes a ReadError of that path. */
export function failedRead(path: string, hint: Say | null = null): (error: unknown) => never {
  return (error) => {
    const reason = reasonOf(error);
    throw reason === null ? error : new ReadError(path, reason, hint);
  };
}

/** For `.catch(failedWrite(path))`: a file-system error becomes a WriteError of that path. */
export function failedWrite(path: string, hint: Say | null = null): (error: unknown) => never {
  return (error) => {
    const reason = reasonOf(error);
    throw reason === null ? error : new WriteError(path, reason, hint);
  };
}

/** A synchronous read (templates are read once, synchronously) that fails as a ReadError. */
export function readSync<T>(path: string, read: (path: string) => T): T {
  try {
    return read(path);
  } catch (error) {
    return failedRead(path)(error);
  }
}
