// The stand-in LMS (src/lms-stand-in/) bundled by esbuild for the browser, like the player: the
// preview page's script (prebuilt into lib/ by scripts/compile.mjs, so `scormdown preview` run from
// the compiled CLI does not start esbuild) and the browser tests' LMS page script (bundled when the
// tests run). Never part of a package.

import type { BuildOptions } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPath } from '../paths.js';

export type StandInEntry = 'preview' | 'test';

const ENTRIES: Record<StandInEntry, string> = { preview: 'preview-lms.ts', test: 'test-lms.ts' };

/** The prebuilt preview script beside the compiled CLI. */
export const STAND_IN_FILE = 'lms-stand-in.js';

/** One IIFE per entry, scorm-again left out (the page loads it from node_modules first). The test
 *  script stays readable: a failing browser test may need to step through it. */
export function standInOptions(entry: StandInEntry): BuildOptions & { write: false } {
  return {
    entryPoints: [projectPath('src', 'lms-stand-in', ENTRIES[entry])],
    bundle: true,
    minify: entry === 'preview',
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  };
}

export async function bundleStandIn(entry: StandInEntry): Promise<string> {
  const { build } = await import('esbuild');
  return (await build(standInOptions(entry))).outputFiles.map((f) => f.text).join('');
}

/** The stand-in bundled from source (the preview run by the tests, the browser tests' LMS page):
 *  once per change of its sources, esbuild or this file's options, then read from
 *  node_modules/.cache (bundle-cache.ts), so the test files do not each bundle it again. */
export async function standInFromSource(entry: StandInEntry): Promise<string> {
  const [{ cached, cacheKey }, { version }] = await Promise.all([
    import('../package/bundle-cache.js'),
    import('esbuild'),
  ]);
  const sources = [projectPath('src', 'lms-stand-in'), projectPath('src', 'shared'), fileURLToPath(import.meta.url)];
  return cached(cacheKey(`stand-in-${entry}`, sources, version, standInOptions(entry)), () => bundleStandIn(entry));
}

/** The preview's stand-in: prebuilt when run from lib/, else bundled now (tests, from source). */
export async function loadStandIn(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  if (basename(here) === 'lib') {
    try {
      return await readFile(join(here, STAND_IN_FILE), 'utf8');
    } catch {
      // Not prebuilt (a lib/ from an older compile): bundle from source below.
    }
  }
  return standInFromSource('preview');
}
