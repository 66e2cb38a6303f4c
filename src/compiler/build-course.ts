// A course build (course.yaml): every lesson's own zips, as a lesson build makes them (with the
// course's defaults), and one course package per SCORM version: an item and a SCO per lesson, each
// lesson's page and files in a folder of its own (`<lesson id>/`), the player and the schemas stored
// once at the root for every SCO (the player made for the features any lesson uses, loading its
// parts from '../'). Everything happens in memory; the CLI writes all zips, or none.

import { resolve } from 'node:path';
import type { ScormVersion } from '../shared/model.js';
import { FEATURES, type Uses } from '../shared/features.js';
import type { Diagnostic } from './diagnostics/diagnostics.js';
import { loadCourse } from './load-course.js';
import type { Lesson } from './model.js';
import { loadRuntime, type RuntimeBundle } from './package/bundle-runtime.js';
import { lessonUses } from './package/features.js';
import { LAUNCH_FILE, MANIFEST_FILE, manifestView, manifestXml, type Sco } from './package/manifest.js';
import { schemaFiles } from './package/schemas.js';
import { suspendBudget } from './package/suspend-budget.js';
import { zipName } from './package/targets.js';
import type { PackageFiles } from './package/zip.js';
import { packageDate, packageLesson, type Zip } from './pipeline.js';
import { lessonData } from './render/lesson-data.js';
import { renderLesson, renderPage, type RenderedLesson } from './render/render-page.js';
import type { LessonData } from '../shared/model.js';

export interface CourseBuild {
  diagnostics: Diagnostic[];
  /** Each lesson's zips, then the course's; null when the course or a lesson has errors. */
  zips: Zip[] | null;
  /** The course's title and lesson count, for the CLI's summary. */
  course: { title: string; lessons: number } | null;
  language: string | null;
}

interface Rendered {
  lesson: Lesson;
  rendered: RenderedLesson;
  data: LessonData;
}

export async function buildCourse(
  courseDir: string,
  versions: readonly ScormVersion[],
  cwd: string = process.cwd(),
): Promise<CourseBuild> {
  const { course, diagnostics, language } = await loadCourse(resolve(cwd, courseDir), cwd);
  if (course === null) return { diagnostics, zips: null, course: null, language };
  const lessons: Rendered[] = course.lessons.map(({ lesson }) => {
    const rendered = renderLesson(lesson);
    return { lesson, rendered, data: lessonData(rendered) };
  });
  const zips: Zip[] = [];
  const budget: Diagnostic[] = [];
  for (const { lesson, rendered, data } of lessons) {
    const runtime = await loadRuntime(lessonUses(rendered));
    const assets: PackageFiles = new Map(lesson.assets.map((a) => [a.target, a.bytes]));
    const own = await Promise.all(versions.map((v) => packageLesson(lesson, v, runtime, assets, rendered, data)));
    const p12 = own.find((p) => p.version === '1.2');
    if (p12 !== undefined) budget.push(...suspendBudget(lesson, p12.data));
    zips.push(...own);
  }
  const runtime = await loadRuntime(union(lessons.map((l) => lessonUses(l.rendered))), '../');
  const date = new Date(Math.max(...lessons.map((l) => packageDate(l.lesson).getTime())));
  for (const version of versions) zips.push(await packageCourse(course.meta, lessons, version, runtime, date));
  return {
    diagnostics: [...diagnostics, ...budget],
    zips,
    course: { title: course.meta.title, lessons: lessons.length },
    language,
  };
}

/** The features any of the lessons uses. */
function union(uses: readonly Uses[]): Uses {
  return Object.fromEntries(FEATURES.map((f) => [f, uses.some((u) => u[f])])) as Uses;
}

async function packageCourse(
  meta: Lesson['meta'],
  lessons: readonly Rendered[],
  version: ScormVersion,
  runtime: RuntimeBundle,
  date: Date,
): Promise<Zip> {
  const files: PackageFiles = new Map();
  const player: PackageFiles = new Map([
    ['player.js', runtime.js[version]],
    ...Object.entries(runtime.parts[version]),
    ['player.css', runtime.css],
  ]);
  // A player whose parts load from beside the page (made without esbuild: the prebuilt one) goes
  // into every lesson's folder instead of once at the root.
  const shared = runtime.partsBase === '../';
  const scos: Sco[] = lessons.map(({ lesson, rendered, data }) => {
    const folder = `${lesson.meta.id}/`;
    const own: PackageFiles = new Map([[`${folder}${LAUNCH_FILE}`, renderPage(rendered, data, shared ? '../' : '')]]);
    for (const asset of lesson.assets) own.set(`${folder}${asset.target}`, asset.bytes);
    if (!shared) for (const [name, body] of player) own.set(`${folder}${name}`, body);
    for (const [name, body] of own) files.set(name, body);
    return { lesson, folder, files: [...own.keys()] };
  });
  const common: PackageFiles = new Map([...(shared ? player : []), ...(await schemaFiles(version))]);
  for (const [name, body] of common) files.set(name, body);
  const view = manifestView(meta, version, scos, [...common.keys()]);
  files.set(MANIFEST_FILE, manifestXml(view, version));
  return { version, fileName: zipName(meta.id, version), files, date };
}
