// The lesson folder is the package's boundary: what goes into a zip that is uploaded to an LMS must
// be the author's lesson, never a file of the machine it was built on. A symbolic link inside the
// folder (or a linked folder) may point anywhere, so every path is checked by where it really leads.
// Part of the front stage: read-file.ts checks each open handle and asks this which link of the
// name leads out, for the message.

import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';

export interface EscapingLink {
  /** The part of the path that is a link leading out, relative to the lesson folder ("assets/race.png"). */
  link: string;
  /** Where it really leads (absolute). */
  target: string;
}

/** The first part of `rel` (forward slashes, inside the lesson folder) whose real path lies outside
 *  the lesson folder's real path, or null when it stays inside (or does not exist: that is reported
 *  as missing elsewhere). */
export async function escapingLink(lessonDir: string, rel: string): Promise<EscapingLink | null> {
  const root = await realpath(lessonDir).catch(() => path.resolve(lessonDir));
  const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
  for (let k = 1; k <= parts.length; k++) {
    const link = parts.slice(0, k).join('/');
    const real = await realpath(path.join(lessonDir, ...parts.slice(0, k))).catch(() => null);
    if (real === null) return null;
    if (!isInside(root, real)) return { link, target: real };
  }
  return null;
}

/** Whether `file` (a real path) is `root` (a real path) or lies inside it. */
export function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Folders that hold no lesson files: version control, tools, build output. */
const SKIP = new Set(['node_modules', 'dist', '.git']);
/** A lesson folder is small; a huge one (a home folder given by mistake) is not searched further. */
const MAX_FILES = 2000;

/** Every file of the lesson folder (relative, forward slashes), for "did you mean" on a missing one.
 *  Links are not followed, so nothing outside the folder is suggested. */
export async function folderFiles(lessonDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(lessonDir, rel), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (found.length >= MAX_FILES) return;
      const name = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isFile()) found.push(name);
      else if (entry.isDirectory() && !SKIP.has(entry.name) && !entry.name.startsWith('.')) await walk(name);
    }
  };
  await walk('');
  return found;
}
