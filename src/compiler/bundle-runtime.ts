// The player that runs inside every package: src/runtime/main.ts bundled by esbuild into one IIFE
// (player.js) and src/runtime/styles.css into player.css, in memory, minified, no source map, so
// nothing in the package requests anything outside it. Done once per build, shared by both versions.

import type { BuildOptions, OutputFile } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { projectPath } from './paths.js';

export interface RuntimeBundle {
  js: string;
  css: string;
}

export const RUNTIME_ENTRY = projectPath('src', 'runtime', 'main.ts');
export const RUNTIME_STYLES = projectPath('src', 'runtime', 'styles.css');

// es2019 reaches the browsers still found on school phones and in LMS webviews (Safari 12+).
const COMMON: BuildOptions = {
  bundle: true,
  minify: true,
  write: false,
  sourcemap: false,
  charset: 'utf8',
  legalComments: 'none',
  target: 'es2019',
  logLevel: 'silent',
  outdir: 'out',
};

function only(files: OutputFile[] | undefined, ext: string): string {
  return (files ?? []).filter((f) => f.path.endsWith(ext)).map((f) => f.text).join('');
}

export async function bundleRuntime(
  entry: string = RUNTIME_ENTRY,
  styles: string = RUNTIME_STYLES,
): Promise<RuntimeBundle> {
  // Loaded only here: importing esbuild and starting its service is a fifth of a build's time.
  const { build } = await import('esbuild');
  const [js, css] = await Promise.all([
    build({ ...COMMON, entryPoints: [entry], format: 'iife', platform: 'browser' }),
    build({ ...COMMON, entryPoints: [styles], loader: { '.css': 'css' } }),
  ]);
  // A main.ts that imports CSS makes esbuild emit it beside the JS: keep it, after styles.css.
  return { js: only(js.outputFiles, '.js'), css: only(css.outputFiles, '.css') + only(js.outputFiles, '.css') };
}

/** Where scripts/compile.mjs puts the player it prebuilds beside the compiled CLI (lib/). */
export const PREBUILT = { js: 'player.js', css: 'player.css' } as const;

/** The player for a build. The compiled CLI (lib/scormdown.js) carries it prebuilt by
 *  scripts/compile.mjs from the same sources with the same options, so a teacher's build does not
 *  start esbuild; run from source (tests, scripts) it is bundled now. */
export async function loadRuntime(): Promise<RuntimeBundle> {
  const here = dirname(fileURLToPath(import.meta.url));
  if (basename(here) === 'lib') {
    try {
      const [js, css] = await Promise.all([
        readFile(join(here, PREBUILT.js), 'utf8'),
        readFile(join(here, PREBUILT.css), 'utf8'),
      ]);
      return { js, css };
    } catch {
      // Not prebuilt (a lib/ from an older compile): bundle from source below.
    }
  }
  return bundleRuntime();
}

/** Raw and gzipped byte sizes, for the size budget (bench). */
export function sizes(text: string): { raw: number; gzip: number } {
  const bytes = Buffer.from(text, 'utf8');
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
