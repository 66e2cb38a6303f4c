// Where the tool's own files live (templates/, src/runtime/, package.json). The compiler runs both
// from source (vitest: src/compiler/*.ts) and bundled (lib/scormdown.js), at different depths, so
// paths are resolved from the project root found by walking up, never by a fixed number of "../".

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'scormdown') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`scormdown: package.json not found above ${start}`);
    dir = parent;
  }
}

/** Absolute path of the scormdown project (the folder holding its package.json). */
export const projectRoot: string = findRoot(dirname(fileURLToPath(import.meta.url)));

/** Absolute path of a file of the project, from forward-slash parts ("templates", "page.hbs"). */
export function projectPath(...parts: string[]): string {
  return join(projectRoot, ...parts);
}

/** The tool's version from package.json (printed by --version). */
export function toolVersion(): string {
  return String(JSON.parse(readFileSync(projectPath('package.json'), 'utf8')).version);
}

/** The command as the author can type it where they are: `npx scormdown` when npm started this
 *  process (npx or npm exec in a folder that has scormdown installed, an npm script), else
 *  `scormdown` (installed on the PATH: `npm install -g`). Every printed hint and the starter lesson use it. */
export function commandWord(env: NodeJS.ProcessEnv = process.env): string {
  return env.npm_command === 'exec' || env.npm_lifecycle_event !== undefined ? 'npx scormdown' : 'scormdown';
}
