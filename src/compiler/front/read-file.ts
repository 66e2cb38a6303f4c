// Every file of the lesson (lesson.md, the quiz files, the assets) is read here, once, through one
// handle. The handle, not the name, is checked: where it really is (inside the lesson folder), and
// what it is (an ordinary file), and the bytes are read through it, so a link swapped between the
// check and the read cannot bring a file of the machine into a package. A FIFO, a device or a socket
// is named, never read: a FIFO without a writer would block the read (and the preview's every
// request) for good. Opens are bounded, so a lesson of thousands of assets builds under macOS's
// default `ulimit -n 256`.

import { constants, type Stats } from 'node:fs';
import { open, readlink, realpath, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { diag } from '../diagnostics/diagnostics.js';
import type { Diagnostic, Say } from '../diagnostics/diagnostics.js';
import type { FileKind, UnreadableWhy } from '../words/words-types.js';
import { failedRead } from '../diagnostics/errors.js';
import type { SourcePos } from '../model.js';
import { escapingLink, isInside } from './boundary.js';

export type LessonFile =
  | {
      kind: 'file';
      bytes: Buffer;
      /** Hard links to it (1 for an ordinary file). */
      links: number;
      /** Its modification time (ms since the epoch), as the open handle saw it. */
      modified: number;
    }
  | { kind: 'missing' }
  /** A folder, FIFO, device or socket: `what` says which. */
  | { kind: 'not-a-file'; what: FileKind; folder: boolean }
  /** Exists but may not be read. */
  | { kind: 'unreadable'; reason: UnreadableWhy }
  | { kind: 'outside'; link: string; target: string };

export type FileProblem = Exclude<LessonFile, { kind: 'file' } | { kind: 'missing' }>;

/** Reads files of one lesson folder by their path inside it (forward slashes). */
export type LessonReader = (rel: string) => Promise<LessonFile>;

/** Files read at once: far below the 256 open files macOS allows a process by default. */
export const MAX_OPEN = 16;

// O_NONBLOCK: opening a FIFO that nobody writes returns at once (and a device never waits);
// O_NOCTTY: a terminal device never becomes the build's controlling terminal. Neither exists on
// Windows, where there are no FIFOs of this kind.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

export function lessonReader(lessonDir: string): LessonReader {
  let root: Promise<string> | null = null;
  const limit = limiter(MAX_OPEN);
  return (rel) => {
    root ??= realpath(lessonDir).catch(() => path.resolve(lessonDir));
    return limit(async () => readInside(lessonDir, await root!, rel));
  };
}

async function readInside(lessonDir: string, root: string, rel: string): Promise<LessonFile> {
  const file = path.join(lessonDir, ...rel.split('/'));
  // A name that is not an ordinary file is not even opened (a device might act on an open).
  const before = await stat(file).catch((error: unknown) => statProblem(error, file));
  if ('kind' in before) return before;
  if (!before.isFile()) return (await outside(lessonDir, rel, null)) ?? notAFile(before);
  const handle = await open(file, FLAGS).catch((error: unknown) => statProblem(error, file));
  if ('kind' in handle) return handle;
  try {
    const info = await handle.stat();
    const real = await handlePath(handle, file, info);
    if (real === null) return { kind: 'unreadable', reason: 'changed' };
    if (!isInside(root, real))
      return (await outside(lessonDir, rel, real)) ?? { kind: 'outside', link: rel, target: real };
    if (!info.isFile()) return notAFile(info);
    const bytes = await handle.readFile().catch(failedRead(file));
    return { kind: 'file', bytes, links: info.nlink, modified: info.mtimeMs };
  } finally {
    await handle.close();
  }
}

/** Where the open handle really is. Linux names it in /proc; elsewhere the name's real path counts
 *  only while it still leads to the same file (device and inode), else null (it was swapped). */
async function handlePath(handle: FileHandle, file: string, info: Stats): Promise<string | null> {
  const named = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => null);
  if (named !== null && path.isAbsolute(named)) return named;
  const real = await realpath(file).catch(() => null);
  const now = real === null ? null : await stat(real).catch(() => null);
  return now !== null && now.dev === info.dev && now.ino === info.ino ? real : null;
}

/** The link that leads out (for the message), found by name; `real` when the names no longer show it. */
async function outside(lessonDir: string, rel: string, real: string | null): Promise<FileProblem | null> {
  const escape = await escapingLink(lessonDir, rel);
  if (escape) return { kind: 'outside', ...escape };
  return real === null ? null : { kind: 'outside', link: rel, target: real };
}

function notAFile(info: Stats): FileProblem {
  const what: FileKind = info.isDirectory()
    ? 'folder'
    : info.isFIFO()
      ? 'fifo'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'device'
        : info.isSocket()
          ? 'socket'
          : 'other';
  return { kind: 'not-a-file', what, folder: info.isDirectory() };
}

/** A failed stat or open: missing, or the reason the author can act on; anything else is a ReadError. */
function statProblem(error: unknown, file: string): LessonFile {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'unreadable', reason: 'permission' };
  if (code === 'ELOOP') return { kind: 'unreadable', reason: 'loop' };
  // A socket cannot be opened (ENXIO) when it appeared between the stat and the open.
  if (code === 'ENXIO') return { kind: 'not-a-file', what: 'socket-or-device', folder: false };
  return failedRead(file)(error);
}

/** The diagnostic for a file that is there but cannot go into the package; `what` names it as the
 *  author wrote it ('quiz file "vragen"', 'image "assets/a.png"'). */
export function fileProblem(problem: FileProblem, what: Say, at: SourcePos, hint?: Say): Diagnostic {
  switch (problem.kind) {
    case 'outside':
      return diag('LINK_OUTSIDE_LESSON', at, (w) => w.linkOutside(what(w), problem.link, problem.target));
    case 'not-a-file':
      return diag('FILE_NOT_REGULAR', at, (w) => w.notAFile(what(w), problem.what), hint);
    case 'unreadable':
      return diag('FILE_UNREADABLE', at, (w) => w.unreadable(what(w), problem.reason));
  }
}

/** A file with other hard links may be one from anywhere on the machine (`ln /etc/passwd a.png`):
 *  a link check cannot see that, so the author is told. */
export function hardLinkWarning(file: LessonFile, what: Say, at: SourcePos): Diagnostic[] {
  if (file.kind !== 'file' || file.links <= 1) return [];
  const links = file.links;
  return [diag('FILE_HARD_LINKED', at, (w) => w.hardLinked(what(w), links))];
}

/** The text of a read file, with a BOM dropped and CRLF line ends made LF (positions count lines the same). */
export function fileText(bytes: Buffer): string {
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
}

/** Runs at most `max` tasks at once; the others wait their turn, in order. */
function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    // A finished task hands its place to the next one directly, so no newcomer can overtake.
    if (active < max) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
