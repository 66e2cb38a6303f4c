// The player that runs inside every package: src/runtime/main.ts bundled by esbuild into one IIFE
// (player.js) and src/runtime/styles.css into player.css, in memory, minified, no source map, so
// nothing in the package requests anything outside it. One script per SCORM version: the version is
// a compile-time constant (SCORMDOWN_SCORM) that decides which LMS API the player looks for first;
// both carry both versions' tables (a 2004 package in a 1.2-only LMS records through the 1.2 API).

import type { BuildOptions, OutputFile } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { ScormVersion } from '../../shared/model.js';
import { projectPath } from '../paths.js';
import { ALL_TARGETS, type Target } from './targets.js';

export interface RuntimeBundle {
  /** The player script of each SCORM version. */
  js: Record<ScormVersion, string>;
  css: string;
}

export const RUNTIME_ENTRY = projectPath('src', 'runtime', 'main.ts');
export const RUNTIME_STYLES = projectPath('src', 'runtime', 'styles.css');

/** Property names esbuild shortens in the player: those of the SCORM tables (src/runtime/lms/
 *  scorm-table.ts, both carried whole), of the tracker, its writer and session, and of the
 *  player's state; written out in full they cost about 0.25 KB gzipped. Only names that never meet
 *  the outside world belong here: not a key of the lesson data or a {placeholder} of its strings,
 *  not a data-* attribute, not a member of the DOM, of JavaScript's built-ins or of an LMS API
 *  (esbuild renames a property wherever it is written unquoted). test/runtime/bundle-names.test.ts
 *  checks that. */
export const MANGLED_PROPS = [
  'apiName',
  'getLastError',
  'getValue',
  'setValue',
  'suspendData',
  'sessionTime',
  'scoreRaw',
  'scoreMin',
  'scoreMax',
  'interactionCount',
  'toPercent',
  'progressElement',
  'scaledScoreElement',
  'successElement',
  'transientErrors',
  'exitSuspend',
  'exitNormal',
  'responseElement',
  'completionElement',
  'interactionTypes',
  'fillIn',
  'longFillIn',
  'recording',
  'lastSuccess',
  'want',
  'known',
  'commitNow',
  'commitSoon',
  'writer',
  'onStatus',
  'onRefused',
  'recordAnswer',
  'finishQuiz',
  'backoff',
  'lastCommit',
  'backoffMs',
  'maxBackoffMs',
  'intervalMs',
  'refused',
  'sent',
  'placed',
  'shownAt',
  'goToQuestion',
  'onSlide',
  'tracker',
  'goTo',
  'interaction',
  'patterns',
  'latency',
  'calls',
  'limits',
  'neutral',
  'visited',
  'attempt',
  'best',
  'timers',
  'running',
  'saved',
  'started',
  'lastState',
  'success',
  'listeners',
  'credit',
  'exit',
  'lesson',
  'api',
  'doc',
  'pts',
  'ids',
  'pair',
  'tried',
  'learner',
  'learnerId',
  'queue',
  'alarm',
  'lastStatus',
  'shut',
  'opts',
] as const;

// es2020 (optional chaining, ??) reaches every browser Moodle 4.5 supports and every LMS webview of
// today (Safari 14+, iOS 14+, Chromium 80+); es2019 only added Safari 12-13.0, at 0.4 KB gz of the budget.
const COMMON: BuildOptions = {
  bundle: true,
  minify: true,
  write: false,
  sourcemap: false,
  charset: 'utf8',
  legalComments: 'none',
  target: 'es2020',
  logLevel: 'silent',
  outdir: 'out',
};

function only(files: OutputFile[] | undefined, ext: string): string {
  return (files ?? [])
    .filter((f) => f.path.endsWith(ext))
    .map((f) => f.text)
    .join('');
}

export async function bundleRuntime(
  entry: string = RUNTIME_ENTRY,
  styles: string = RUNTIME_STYLES,
): Promise<RuntimeBundle> {
  // Loaded only here: importing esbuild and starting its service is a fifth of a build's time.
  const { build } = await import('esbuild');
  const script = (version: ScormVersion) =>
    build({
      ...COMMON,
      entryPoints: [entry],
      format: 'iife',
      platform: 'browser',
      define: { SCORMDOWN_SCORM: JSON.stringify(version) },
      mangleProps: new RegExp(`^(${MANGLED_PROPS.join('|')})$`),
    });
  const [css, ...scripts] = await Promise.all([
    build({ ...COMMON, entryPoints: [styles], loader: { '.css': 'css' } }),
    ...ALL_TARGETS.map((t) => script(t.version)),
  ]);
  return {
    js: byVersion((t) => only(scripts[ALL_TARGETS.indexOf(t)]?.outputFiles, '.js')),
    // A main.ts that imports CSS makes esbuild emit it beside the JS: keep it, after styles.css.
    css: only(css.outputFiles, '.css') + only(scripts[0]?.outputFiles, '.css'),
  };
}

/** A value for every target, made from its row. */
function byVersion<T>(make: (target: Target) => T): Record<ScormVersion, T> {
  return Object.fromEntries(ALL_TARGETS.map((t) => [t.version, make(t)])) as Record<ScormVersion, T>;
}

/** The files scripts/compile.mjs prebuilds beside the compiled CLI (lib/). */
export const PREBUILT = { js: byVersion((t) => t.player), css: 'player.css' } as const;

/** The player for a build. The compiled CLI (lib/scormdown.js) carries it prebuilt by
 *  scripts/compile.mjs from the same sources with the same options, so a teacher's build does not
 *  start esbuild; run from source (tests, scripts) it is bundled now. */
export async function loadRuntime(): Promise<RuntimeBundle> {
  const here = dirname(fileURLToPath(import.meta.url));
  if (basename(here) === 'lib') {
    try {
      const read = (name: string) => readFile(join(here, name), 'utf8');
      const [css, ...scripts] = await Promise.all([read(PREBUILT.css), ...ALL_TARGETS.map((t) => read(t.player))]);
      return { js: byVersion((t) => scripts[ALL_TARGETS.indexOf(t)] as string), css };
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
