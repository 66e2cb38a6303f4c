// Writing a new lesson folder (`scormdown new`, `scormdown import`): it never overwrites. Every file
// it would write is checked first, and when one exists nothing at all is written (ExistsError); a
// failure half-way (no permission, disk full) takes back the files written so far (WriteError). Part
// of the package stage, beside write-output.ts (the zips), so both commands share it.

import { lstat, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Say } from '../diagnostics/diagnostics.js';
import { ExistsError, failedWrite, WriteError } from '../diagnostics/errors.js';
import { commandWord } from '../paths.js';
import { LESSON_ID, MAX_ID_LENGTH } from '../front/parse-front-matter.js';

/** One file of a new lesson folder, relative to it, with forward slashes. */
export interface NewFile {
  target: string;
  content: string | Uint8Array;
}

/** The command that writes, for the hints: `new` or `import FILE`. */
export interface Writer {
  /** `new` or `import`. */
  command: string;
  /** How the paths are shown to the author (relative to the working folder). */
  show(target: string): string;
}

/** The lesson id: the folder's name when it is a valid id, else one made from the title, else "my-lesson". */
export function starterId(folderName: string, title: string): string {
  // No longer than a build takes (META_ID_TOO_LONG): the starter lesson must build as written.
  if (LESSON_ID.test(folderName) && folderName.length <= MAX_ID_LENGTH) return folderName;
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
  return LESSON_ID.test(slug) ? slug : 'my-lesson';
}

/** A path as it can be typed after a command: quoted when it holds anything but plain characters. */
export function shellWord(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Writes `files` into `dir` (created when missing), or nothing at all. */
export async function writeNewFiles(dir: string, files: readonly NewFile[], writer: Writer): Promise<void> {
  await refuseObstacles(
    dir,
    files.map((f) => f.target),
    writer,
  );
  await writeAll(dir, files, writer);
}

async function writeAll(dir: string, files: readonly NewFile[], writer: Writer): Promise<void> {
  const hint: Say = (w) => w.starterWriteHint(commandWord(), writer.command);
  const done: string[] = [];
  try {
    const folders = new Set(files.map((f) => path.dirname(path.join(dir, ...f.target.split('/')))));
    for (const folder of folders) await mkdir(folder, { recursive: true }).catch(failedWrite(folder, hint));
    for (const file of files) {
      const target = path.join(dir, ...file.target.split('/'));
      // 'wx': should a file appear after the check in refuseObstacles(), fail rather than overwrite it.
      await writeFile(target, file.content, { flag: 'wx' }).catch(failedWrite(target, hint));
      done.push(target);
    }
  } catch (error) {
    await Promise.all(done.map((file) => rm(file, { force: true })));
    throw error;
  }
}

/** Throws when anything stops the files from being written: a folder is a file, or files exist. */
async function refuseObstacles(dir: string, targets: readonly string[], writer: Writer): Promise<void> {
  const kind = async (file: string): Promise<'file' | 'folder' | null> =>
    lstat(file).then(
      (s) => (s.isDirectory() ? 'folder' : 'file'),
      () => null,
    );
  const folders = new Set(['.', ...targets.map((t) => path.posix.dirname(t))]);
  for (const folder of folders) {
    if ((await kind(path.join(dir, folder))) !== 'file') continue;
    throw new WriteError(
      path.join(dir, folder),
      (w) => w.notAFolder(),
      (w) => w.newFolderHint(commandWord(), writer.command),
    );
  }
  const found: string[] = [];
  for (const target of targets) if ((await kind(path.join(dir, target))) !== null) found.push(path.join(dir, target));
  if (found.length === 0) return;
  throw new ExistsError(
    found,
    (w) => w.starterExistsHint(commandWord(), writer.command, found.length, shellWord(writer.show('.'))),
    writer.command,
  );
}
