// One build of the lesson for the preview, in memory: both SCORM versions at once (the page switches
// between them), each with the diagnostics `scormdown build --scorm <version>` would print, and a
// fingerprint, so a save that changes nothing (an editor's backup file) relaunches nothing.

import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { LessonData, ScormVersion } from '../../shared/model.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostics.js';
import { loadLesson } from '../load-lesson.js';
import type { CourseShare } from '../model.js';
import type { PackageFiles } from '../package/zip.js';
import { buildPackages } from '../pipeline.js';
import { lessonData } from '../render/lesson-data.js';
import { renderLesson, renderPage } from '../render/render-page.js';

export const VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

/** One version of the build: what `scormdown build --scorm <version>` would report and package. */
export interface VersionBuild {
  diagnostics: Diagnostic[];
  /** The package's files (path inside the package -> content); null when the lesson has errors. */
  files: PackageFiles | null;
  /** The lesson data the package's page hands the player; null when the lesson has errors. */
  data: LessonData | null;
}

export interface PreviewBuild {
  versions: Record<ScormVersion, VersionBuild>;
  /** Changes with any diagnostic or any byte of either package. */
  fingerprint: string;
  /** The lesson's `language:` when it could be read (LoadResult). */
  language: string | null;
}

/** Only the 1.2 package has the 4,096-character suspend_data limit (pipeline.ts checks it then). */
const ONLY_12: ReadonlySet<string> = new Set(['SUSPEND_DATA_BUDGET']);

function fingerprint(versions: Record<ScormVersion, VersionBuild>): string {
  const hash = createHash('sha256');
  for (const version of VERSIONS) {
    const { diagnostics, files } = versions[version];
    hash.update(JSON.stringify(diagnostics));
    for (const [name, body] of files ?? []) hash.update(`\0${name}\0${body.length}\0`).update(body);
  }
  return hash.digest('hex');
}

/** The lesson built for both versions, in memory (pipeline.ts, as `scormdown build` does). */
/** `course`: what a course gives a lesson of it, its defaults and logo (course-preview.ts). */
export async function previewBuild(lessonDir: string, cwd: string, course?: CourseShare): Promise<PreviewBuild> {
  const { diagnostics, packages, language } = await buildPackages(lessonDir, VERSIONS, cwd, course);
  const of = (version: ScormVersion): VersionBuild => {
    const pkg = packages?.find((p) => p.version === version);
    return {
      diagnostics: version === '1.2' ? diagnostics : diagnostics.filter((d) => !ONLY_12.has(d.code)),
      files: pkg?.files ?? null,
      data: pkg?.data ?? null,
    };
  };
  const versions = { '1.2': of('1.2'), '2004': of('2004') };
  return { versions, fingerprint: fingerprint(versions), language };
}

/** The lesson's page with every question of its pools in play: "show every question", preview only.
 *  The lesson is read and rendered again without its draws, so the page is made by the render stage
 *  like any other (the data it embeds has no pools); null when the lesson has errors by now. Same for
 *  both versions, as pipeline.ts's page is. */
export async function everyQuestionPage(lessonDir: string, cwd: string, course?: CourseShare): Promise<string | null> {
  const { lesson, diagnostics } = await loadLesson(resolve(cwd, lessonDir), cwd, course);
  if (lesson === null || hasErrors(diagnostics)) return null;
  const rendered = renderLesson(lesson);
  const all = { ...rendered, questions: rendered.questions.map(({ draw: _draw, ...q }) => q) };
  return renderPage(all, lessonData(all));
}
