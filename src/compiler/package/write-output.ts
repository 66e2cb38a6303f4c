// Writing the zips: the only stage that touches the output folder. Every zip is first written in
// full to a temporary file beside its target, and only when all of them are on disk are they
// renamed into place (rename is atomic within a folder), so a failed or interrupted build leaves
// the previous zips intact and never a half-written one under the real name.

import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
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

let counter = 0;

function tempName(fileName: string): string {
  counter += 1;
  return `.${fileName}.${process.pid}.${counter}.tmp`;
}

const TEMP = /^\..+\.(\d+)\.\d+\.tmp$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, but not ours to signal
  }
}

/** Temporaries left by a build that was killed before it could clean up (Ctrl-C while writing):
 *  removed when the process that wrote them is gone, so a running build's files are never touched. */
async function sweepStale(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(failedRead(outDir));
  const stale = names.filter((name) => {
    const match = TEMP.exec(name);
    return match !== null && !alive(Number(match[1]));
  });
  await Promise.all(stale.map((name) => rm(join(outDir, name), { force: true })));
}

export async function writeOutput(outDir: string, files: readonly OutputFile[]): Promise<WrittenFile[]> {
  // A failure is raised as the zip or folder it concerns, never as the temporary's name.
  await mkdir(outDir, { recursive: true }).catch(failedWrite(outDir));
  await sweepStale(outDir);
  const staged = files.map((f) => ({ ...f, temp: join(outDir, tempName(f.fileName)), path: join(outDir, f.fileName) }));
  try {
    for (const f of staged) await writeFile(f.temp, f.bytes).catch(failedWrite(f.path));
    for (const f of staged) await rename(f.temp, f.path).catch(failedWrite(f.path));
  } finally {
    // After a failure: remove what is left of the temporaries (renamed ones are gone already).
    await Promise.all(staged.map((f) => rm(f.temp, { force: true })));
  }
  return staged.map((f) => ({ path: f.path, size: f.bytes.length }));
}
