// The zip: imsmanifest.xml at the root (Moodle looks only there), forward slashes, entries sorted,
// one fixed timestamp and fixed permissions, so the same lesson always gives the same bytes.

import archiver from 'archiver';

/** 2000-01-01 00:00:00 UTC. zip-stream writes DOS times from the UTC fields, so no time zone leaks in. */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
const FILE_MODE = 0o644;

export type PackageFiles = Map<string, Buffer | string>;

/** Paths must be relative, forward-slash, without "." or ".." segments. */
function checkPath(path: string): void {
  const bad = path === '' || path.startsWith('/') || path.includes('\\') ||
    path.split('/').some((seg) => seg === '' || seg === '.' || seg === '..');
  if (bad) throw new Error(`zip: invalid package path "${path}"`);
}

/** Zips the files in byte order of their paths (the same order everywhere, whatever the locale). */
export function sortedPaths(files: PackageFiles): string[] {
  return [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function zipFiles(files: PackageFiles): Promise<Buffer> {
  const archive = archiver('zip', { zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', () => resolve());
    archive.on('error', reject);
    archive.on('warning', reject);
  });
  for (const path of sortedPaths(files)) {
    checkPath(path);
    const body = files.get(path) as Buffer | string;
    archive.append(typeof body === 'string' ? Buffer.from(body, 'utf8') : body, {
      name: path,
      date: FIXED_DATE,
      mode: FILE_MODE,
    });
  }
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}
