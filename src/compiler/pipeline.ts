// The build, every stage in order, top to bottom: load the lesson (load-lesson.ts: files -> front
// matter -> slides -> quiz -> place questions -> collect assets and check) -> render -> bundle the
// player and package -> manifest -> zip -> write. Everything up to the zip happens in memory; the output folder is
// touched only when every package of the build is ready, so a lesson with errors writes nothing.

import { resolve } from 'node:path';
import type { LessonData, ScormVersion } from '../shared/model.js';
import { loadRuntime, type RuntimeBundle } from './package/bundle-runtime.js';
import { lessonUses } from './package/features.js';
import { hasErrors } from './diagnostics/diagnostics.js';
import { loadLesson } from './load-lesson.js';
import { LAUNCH_FILE, MANIFEST_FILE, manifest } from './package/manifest.js';
import type { CourseShare, Lesson } from './model.js';
import type { Diagnostic } from './diagnostics/diagnostics.js';
import { lessonData } from './render/lesson-data.js';
import { renderLesson, renderPage, type RenderedLesson } from './render/render-page.js';
import { schemaFiles } from './package/schemas.js';
import { zipName } from './package/targets.js';
import { writeOutput, type WrittenFile } from './package/write-output.js';
import { zipFiles, type PackageFiles } from './package/zip.js';
import { suspendBudget } from './package/suspend-budget.js';

export interface Package {
  version: ScormVersion;
  /** `<id>-scorm12.zip` or `<id>-scorm2004.zip`. */
  fileName: string;
  /** Zip path -> content; the manifest lists every one of them. */
  files: PackageFiles;
  /** What the page hands the player (the preview reads the lesson from it). */
  data: LessonData;
  /** The date of its files in the zip: packageDate(). */
  date: Date;
}

/** What a zip is made of: its name, its files and their date (a lesson's Package, a course's). */
export type Zip = Pick<Package, 'version' | 'fileName' | 'files' | 'date'>;

/** The zip entries' date: SOURCE_DATE_EPOCH (seconds; the reproducible-builds convention) when set,
 *  else the newest modification time of the lesson's sources. A rebuild of an unchanged lesson gives
 *  the same bytes; an updated lesson is dated after every earlier build. */
export function packageDate(lesson: Pick<Lesson, 'modified'>, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim() ?? '';
  return /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : lesson.modified;
}

export interface PackagesResult {
  diagnostics: Diagnostic[];
  /** The lesson's `language:` when it could be read (LoadResult). */
  language: string | null;
  /** null when the lesson has errors. */
  packages: Package[] | null;
}

export interface BuildOptions {
  lessonDir: string;
  outDir: string;
  versions: ScormVersion[];
  cwd: string;
}

export interface BuildResult {
  diagnostics: Diagnostic[];
  /** The lesson's `language:` when it could be read (LoadResult). */
  language: string | null;
  /** null when nothing was written (the lesson has errors). */
  written: WrittenFile[] | null;
}

/** The lesson's files (images, audio, ...) at their package paths, as the check stage read them (once,
 *  through the handle it checked: front/read-file.ts), for all versions. */
function assetFiles(lesson: Lesson): PackageFiles {
  return new Map(lesson.assets.map((a) => [a.target, a.bytes]));
}

/** One version's package from a checked lesson: page, player, assets, schemas, then the manifest. */
export async function packageLesson(
  lesson: Lesson,
  version: ScormVersion,
  runtime: RuntimeBundle,
  assets: PackageFiles,
  rendered: RenderedLesson = renderLesson(lesson),
  // The same for every version: computed once per build (its s2 keys hash the whole rendered lesson).
  data: LessonData = lessonData(rendered),
): Promise<Package> {
  const files: PackageFiles = new Map(assets);
  files.set(LAUNCH_FILE, renderPage(rendered, data));
  files.set('player.js', runtime.js[version]);
  // The player's parts, loaded only when needed (the other version's table, the s1 decoder).
  for (const [name, body] of Object.entries(runtime.parts[version])) files.set(name, body);
  files.set('player.css', runtime.css);
  for (const [name, body] of await schemaFiles(version)) files.set(name, body);
  files.set(MANIFEST_FILE, manifest(lesson, version, [...files.keys()]));
  return { version, fileName: zipName(lesson.meta.id, version), files, data, date: packageDate(lesson) };
}

/** Every package of a lesson, in memory. Writes nothing. */
export async function buildPackages(
  lessonDir: string,
  versions: readonly ScormVersion[],
  cwd: string = process.cwd(),
  /** What a course gives the lesson, its defaults and logo (the preview of a course's lesson). */
  course?: CourseShare,
): Promise<PackagesResult> {
  const { lesson, diagnostics, language } = await loadLesson(resolve(cwd, lessonDir), cwd, course);
  if (lesson === null || hasErrors(diagnostics)) return { diagnostics, packages: null, language };
  const { packages, budget } = await lessonPackages(lesson, versions);
  return { diagnostics: [...diagnostics, ...budget], packages, language };
}

/** Every package of a lesson already read, in memory, and the warning when its 1.2 saved progress
 *  could outgrow SCORM 1.2's limit. */
export async function lessonPackages(
  lesson: Lesson,
  versions: readonly ScormVersion[],
): Promise<{ packages: Package[]; budget: Diagnostic[] }> {
  const rendered = renderLesson(lesson);
  // The player carries only the features this lesson uses.
  const [runtime, assets] = [await loadRuntime(lessonUses(rendered)), assetFiles(lesson)];
  const data = lessonData(rendered);
  const packages = await Promise.all(versions.map((v) => packageLesson(lesson, v, runtime, assets, rendered, data)));
  const p12 = packages.find((p) => p.version === '1.2');
  return { packages, budget: p12 === undefined ? [] : suspendBudget(lesson, p12.data) };
}

/** Builds the lesson and writes its zips into options.outDir (all of them, or none). */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const { diagnostics, packages, language } = await buildPackages(options.lessonDir, options.versions, options.cwd);
  if (packages === null) return { diagnostics, written: null, language };
  return { diagnostics, written: await writePackages(packages, options), language };
}

/** Zips the packages and writes them into options.outDir (all of them, or none). */
export async function writePackages(
  packages: readonly Zip[],
  options: Pick<BuildOptions, 'outDir' | 'cwd'>,
): Promise<WrittenFile[]> {
  const zips = await Promise.all(
    packages.map(async (p) => ({ fileName: p.fileName, bytes: await zipFiles(p.files, p.date) })),
  );
  return writeOutput(resolve(options.cwd, options.outDir), zips);
}
