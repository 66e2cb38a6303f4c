// Writing the zips: the only stage that touches the output folder. Every zip is first written in
// full into a temporary folder of this run's own inside the output folder, and only when all of them
// are on disk are they renamed into place (rename is atomic within a folder), so a failed or interrupted build leaves
// the previous zips intact and never a half-written one under the real name.

import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { failedRead, failedWrite } from '../diagnostics/errors.js';

export interface OutputFile {
  fileName: string;
  bytes: Buffer;
}

export interface WrittenFile {
  /** Absolute path. */
  path: string;
  size: number;
}

/** A folder of this run's own in the output folder, for the zips until all are written: nothing
 *  but what this run made is ever in it, so cleaning up never touches a user's file (a sweep by
 *  file-name pattern once deleted a user's own `.x.1.2.tmp`). Its name holds the pid, for the sweep. */
function tempDirName(): string {
  return `.scormdown-${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

const TEMP_DIR = /^\.scormdown-(\d+)-[0-9a-f]{12}\.tmp$/;
/** Written first into every temp folder: a folder without it is not ours, whatever its name. */
const MARKER = '.scormdown-build';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, but not ours to signal
  }
}

/** Temp folders left by a build that was killed before it could clean up (Ctrl-C while writing):
 *  removed when the process that made them is gone and our marker is in them, so neither a running
 *  build's folder nor anything of the user's is touched. */
async function sweepStale(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(failedRead(outDir));
  const candidates = names.filter((name) => {
    const match = TEMP_DIR.exec(name);
    return match !== null && !alive(Number(match[1]));
  });
  for (const name of candidates) {
    const dir = join(outDir, name);
    const ours = await lstat(join(dir, MARKER)).then(
      (s) => s.isFile(),
      () => false,
    );
    if (ours && (await lstat(dir)).isDirectory()) await rm(dir, { recursive: true, force: true });
  }
}

export async function writeOutput(outDir: string, files: readonly OutputFile[]): Promise<WrittenFile[]> {
  // A failure is raised as the zip or folder it concerns, never as the temporary's name.
  await mkdir(outDir, { recursive: true }).catch(failedWrite(outDir));
  await sweepStale(outDir);
  const temp = join(outDir, tempDirName());
  await mkdir(temp).catch(failedWrite(outDir));
  const staged = files.map((f) => ({ ...f, temp: join(temp, f.fileName), path: join(outDir, f.fileName) }));
  try {
    await writeFile(join(temp, MARKER), '').catch(failedWrite(outDir));
    for (const f of staged) await writeFile(f.temp, f.bytes).catch(failedWrite(f.path));
    for (const f of staged) await rename(f.temp, f.path).catch(failedWrite(f.path));
  } finally {
    // Done or failed: the folder and what is left in it (renamed zips are gone from it already).
    await rm(temp, { recursive: true, force: true });
  }
  return staged.map((f) => ({ path: f.path, size: f.bytes.length }));
}
