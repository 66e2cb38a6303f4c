// The player that runs inside every package: src/runtime/main.ts bundled by esbuild into one IIFE
// (player.js) and src/runtime/styles.css into player.css, in memory, minified, no source map, so
// nothing in the package requests anything outside it. One script per SCORM version, from that
// version's entry (src/runtime/player-scorm12.ts, player-scorm2004.ts): its table decides which LMS
// API the player looks for first, and it is the only table player.js carries. What a launch seldom
// needs is a part of its own, a package file beside player.js that the player loads only then
// (src/runtime/load-part.ts): the other version's table (a 2004 package in a 1.2-only LMS records
// through the 1.2 API) and the decoder of s1 suspend_data. Each part is one more esbuild run, with
// the player's shortened names.

import type { BuildOptions, OutputFile } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { ScormVersion } from '../../shared/model.js';
import { EVERY_FEATURE, FEATURES, usesKey, type Uses } from '../../shared/features.js';
import { SCORM } from '../../shared/scorm.js';
import { projectPath } from '../paths.js';
import { ALL_TARGETS, type Target } from './targets.js';

export interface RuntimeBundle {
  /** The player script of each SCORM version (player.js: what every launch loads). */
  js: Record<ScormVersion, string>;
  /** Each version's parts loaded only when needed, by package file name (Target.parts). */
  parts: Record<ScormVersion, Record<string, string>>;
  css: string;
  /** Where the player loads its parts from, relative to the page: '' (beside it), or '../' in a course
   *  package, whose lessons' pages sit in folders of their own below the shared player files. */
  partsBase: string;
}

/** Each version's player entry. */
export const RUNTIME_ENTRY: Record<ScormVersion, string> = {
  '1.2': projectPath('src', 'runtime', 'player-scorm12.ts'),
  '2004': projectPath('src', 'runtime', 'player-scorm2004.ts'),
};
export const RUNTIME_STYLES = projectPath('src', 'runtime', 'styles.css');
/** The entries of the parts: a version's table, the s1 decoder. */
const TABLE_PART: Record<ScormVersion, string> = {
  '1.2': projectPath('src', 'runtime', 'parts', 'lms-scorm12.ts'),
  '2004': projectPath('src', 'runtime', 'parts', 'lms-scorm2004.ts'),
};
const S1_PART = projectPath('src', 'runtime', 'parts', 'suspend-s1.ts');
const STANDALONE_PART = projectPath('src', 'runtime', 'parts', 'standalone.ts');
const TIMER_PART = projectPath('src', 'runtime', 'parts', 'timer.ts');

/** Property names esbuild shortens in the player: those of the SCORM tables (src/runtime/lms/
 *  scorm-table.ts, carried whole; a part shares the player's short names through esbuild's mangle
 *  cache, so the table it hands over reads alike), of the tracker, its writer and session, and of the
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
  'unread',
  'readMs',
  'maxReadMs',
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

/** esbuild's `define` for a lesson's features: each `SCORMDOWN_USES.<feature>` becomes true or false
 *  (src/runtime/uses.ts), and the minifier drops the code behind a false. */
function featureDefines(uses: Uses): Record<string, string> {
  return Object.fromEntries(FEATURES.map((f) => [`SCORMDOWN_USES.${f}`, String(uses[f])]));
}

/** The player of one version and its parts. */
async function bundleTarget(
  target: Target,
  entry: string,
  uses: Uses,
  partsBase: string,
): Promise<{ js: string; css: string; parts: Record<string, string> }> {
  const { build } = await import('esbuild');
  const options: BuildOptions = {
    ...COMMON,
    format: 'iife',
    platform: 'browser',
    define: {
      SCORMDOWN_OTHER_API: JSON.stringify(SCORM[target.other].apiName),
      SCORMDOWN_OTHER_TABLE_FILE: JSON.stringify(partsBase + target.parts.otherTable),
      SCORMDOWN_S1_FILE: JSON.stringify(partsBase + target.parts.s1Decoder),
      SCORMDOWN_STANDALONE_FILE: JSON.stringify(partsBase + target.parts.standalone),
      SCORMDOWN_TIMER_FILE: JSON.stringify(partsBase + target.parts.timer),
      ...featureDefines(uses),
    },
    mangleProps: new RegExp(`^(${MANGLED_PROPS.join('|')})$`),
  };
  const player = await build({ ...options, entryPoints: [entry], mangleCache: {} });
  // A part hands the player objects it reads (a table, a saved state): under the player's short names.
  const part = (partEntry: string) => build({ ...options, entryPoints: [partEntry], mangleCache: player.mangleCache });
  const [table, s1, standalone, timer] = await Promise.all([
    part(TABLE_PART[target.other]),
    part(S1_PART),
    part(STANDALONE_PART),
    uses.timer ? part(TIMER_PART) : null,
  ]);
  return {
    js: only(player.outputFiles, '.js'),
    css: only(player.outputFiles, '.css'),
    parts: {
      [target.parts.otherTable]: only(table.outputFiles, '.js'),
      [target.parts.s1Decoder]: only(s1.outputFiles, '.js'),
      [target.parts.standalone]: only(standalone.outputFiles, '.js'),
      // Only a lesson with a timer carries the timers' part.
      ...(timer && { [target.parts.timer]: only(timer.outputFiles, '.js') }),
    },
  };
}

/** The player for a lesson that uses `uses` (every feature by default: it plays any lesson). */
export async function bundleRuntime(
  uses: Uses = EVERY_FEATURE,
  entries: Record<ScormVersion, string> = RUNTIME_ENTRY,
  styles: string = RUNTIME_STYLES,
  partsBase = '',
): Promise<RuntimeBundle> {
  // Loaded only here: importing esbuild and starting its service is a fifth of a build's time.
  const { build } = await import('esbuild');
  const [css, ...targets] = await Promise.all([
    build({ ...COMMON, entryPoints: [styles], loader: { '.css': 'css' } }),
    ...ALL_TARGETS.map((t) => bundleTarget(t, entries[t.version], uses, partsBase)),
  ]);
  const of = (t: Target) => targets[ALL_TARGETS.indexOf(t)]!;
  return {
    js: byVersion((t) => of(t).js),
    parts: byVersion((t) => of(t).parts),
    // A main.ts that imports CSS makes esbuild emit it beside the JS: keep it, after styles.css.
    css: only(css.outputFiles, '.css') + of(ALL_TARGETS[0]!).css,
    partsBase,
  };
}

/** A value for every target, made from its row. */
function byVersion<T>(make: (target: Target) => T): Record<ScormVersion, T> {
  return Object.fromEntries(ALL_TARGETS.map((t) => [t.version, make(t)])) as Record<ScormVersion, T>;
}

/** A part's file in lib/: `player-scorm12-s1.js` for the 1.2 package's `player-s1.js`. */
const prebuiltPart = (target: Target, file: string): string =>
  `${target.player.replace(/\.js$/, '')}-${file.replace(/^player-/, '')}`;

/** The files scripts/compile.mjs prebuilds beside the compiled CLI (lib/); parts by package file name. */
export const PREBUILT = {
  js: byVersion((t) => t.player),
  parts: byVersion((t) => Object.fromEntries(Object.values(t.parts).map((file) => [file, prebuiltPart(t, file)]))),
  css: 'player.css',
} as const;

/** The player for a build of a lesson that uses `uses`. The compiled CLI (lib/scormdown.js) carries
 *  the every-feature player prebuilt by scripts/compile.mjs from the same sources with the same options;
 *  a lesson's own player (run from source too: tests, scripts) is bundled once per change of the sources
 *  and feature set and then read from the disk cache (bundle-cache.ts), so a build does not start
 *  esbuild again. */
export async function loadRuntime(uses: Uses = EVERY_FEATURE, partsBase = ''): Promise<RuntimeBundle> {
  const here = dirname(fileURLToPath(import.meta.url));
  const every = usesKey(uses) === usesKey(EVERY_FEATURE);
  const prebuilt = basename(here) === 'lib' ? await readPrebuilt(here) : null;
  if (prebuilt !== null && every && partsBase === '') return prebuilt;
  const { cached, cacheKey } = await import('./bundle-cache.js');
  const name = `player-${usesKey(uses)}${partsBase === '' ? '' : `-${Buffer.from(partsBase).toString('hex')}`}`;
  const make = (): Promise<RuntimeBundle> => bundleRuntime(uses, RUNTIME_ENTRY, RUNTIME_STYLES, partsBase);
  if (prebuilt !== null) {
    // Compiled: the sources are those the prebuilt player was made from, so it names the cache entry
    // (hashing every source file and loading esbuild for its version cost a third of a build).
    // The styles too: a change to styles.css alone changes no script.
    const made = createHash('sha256')
      .update(prebuilt.js['1.2'])
      .update(prebuilt.js['2004'])
      .update(prebuilt.css)
      .digest('hex');
    return cached(`${name}-${made.slice(0, 20)}`, make).catch((error) => {
      // Installed without esbuild (an optional dependency: npm skips it offline or on a platform it has
      // no binary for): the every-feature player serves every lesson, within its budget (14 KB).
      if (missingEsbuild(error)) return prebuilt;
      throw error;
    });
  }
  // From source (tests, scripts): bundled once per change of the player's sources, esbuild or this
  // file's options, then read from node_modules/.cache (bundle-cache.ts); the same bytes either way.
  const { version } = await import('esbuild');
  // targets.ts names the parts' files, which the players are built with.
  const sources = [
    projectPath('src', 'runtime'),
    projectPath('src', 'shared'),
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('./targets.ts', import.meta.url)),
  ];
  return cached(cacheKey(name, sources, version, COMMON), make);
}

function missingEsbuild(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'ERR_MODULE_NOT_FOUND' && String(message).includes("'esbuild'");
}

/** The every-feature player scripts/compile.mjs wrote beside the compiled CLI; null when there is none
 *  (a lib/ from an older compile). */
async function readPrebuilt(lib: string): Promise<RuntimeBundle | null> {
  try {
    const read = (name: string) => readFile(join(lib, name), 'utf8');
    const readParts = async (t: Target) => {
      const files = Object.entries(PREBUILT.parts[t.version]);
      const bodies = await Promise.all(files.map(([, name]) => read(name)));
      return Object.fromEntries(files.map(([file], i) => [file, bodies[i] as string]));
    };
    const [css, scripts, parts] = await Promise.all([
      read(PREBUILT.css),
      Promise.all(ALL_TARGETS.map((t) => read(t.player))),
      Promise.all(ALL_TARGETS.map(readParts)),
    ]);
    const at = (t: Target) => ALL_TARGETS.indexOf(t);
    return {
      js: byVersion((t) => scripts[at(t)] as string),
      parts: byVersion((t) => parts[at(t)]!),
      css,
      partsBase: '',
    };
  } catch {
    return null;
  }
}

/** Raw and gzipped byte sizes, for the size budget (bench). */
export function sizes(text: string): { raw: number; gzip: number } {
  const bytes = Buffer.from(text, 'utf8');
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
