// A disk cache for what esbuild bundles: the player and the stand-in LMS when scormdown runs from
// source (the tests, scripts/), and a lesson's own player when the compiled CLI (lib/) makes one (its
// every-feature player and the stand-in are prebuilt beside it). Without it every test file, in
// parallel workers, bundled the same sources again, and every build started esbuild.
// The key hashes every file the bundle can include, esbuild's version and the options, so any change
// to them misses; an entry is written to a temp file and renamed into place, so a worker never reads
// half of one that another worker is writing. A cache that cannot be written only costs time.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectPath, projectRoot } from '../paths.js';

export const CACHE_DIR = projectPath('node_modules', '.cache', 'scormdown');

function filesUnder(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The cache entry's name for a bundle of `sources` (folders, files: the bundler's own file too, for
 *  the options written in it) made with `options`. */
export function cacheKey(name: string, sources: string[], esbuildVersion: string, options: unknown): string {
  const hash = createHash('sha256');
  // A RegExp (mangleProps) would stringify as {}.
  hash.update(JSON.stringify([esbuildVersion, options], (_, v: unknown) => (v instanceof RegExp ? String(v) : v)));
  for (const file of sources.flatMap(filesUnder))
    hash.update(`\0${relative(projectRoot, file)}\0`).update(readFileSync(file));
  return `${name}-${hash.digest('hex').slice(0, 20)}`;
}

function read<T>(key: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(CACHE_DIR, `${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  const file = join(CACHE_DIR, `${key}.json`);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(temp, JSON.stringify(value));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}

export async function cached<T>(key: string, make: () => Promise<T>): Promise<T> {
  const hit = read<T>(key);
  if (hit !== undefined) return hit;
  const value = await make();
  write(key, value);
  return value;
}
