// The page of `scormdown preview`: a stand-in LMS that frames the course and shows, beside it, what
// the LMS has stored, as a teacher finds it in Moodle's reports. Or, when the lesson has errors,
// the diagnostics exactly as `scormdown build` prints them. Pure: a build in, HTML out.

import type { PreviewConfig } from '../../shared/lms-start.js';
import { cmiPath, moodleStart } from '../../shared/lms-start.js';
import type { LessonData, ScormVersion } from '../../shared/model.js';
import { SCORM, type ScormVocabulary } from '../../shared/scorm.js';
import { hasErrors } from '../diagnostics/diagnostics.js';
import { embedJson } from '../markdown/html-text.js';
import { formatReport } from '../diagnostics/report.js';
import { LAUNCH_FILE } from '../package/manifest.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import { loadTemplate } from '../render/render-templates.js';
import type { PackageFiles } from '../package/zip.js';

/** Where the preview serves the package's files: a folder, as an LMS does (all package paths are relative). */
export const CONTENT_PREFIX = 'content/';
/** scorm-again's browser build, served from node_modules, and the stand-in LMS that sets it up
 *  (src/lms-stand-in/): the preview's, never part of a package. */
export const SCORM_AGAIN_PATH = 'preview/scorm-again.js';
export const STAND_IN_PATH = 'preview/lms-stand-in.js';

export interface PreviewBuild {
  diagnostics: Diagnostic[];
  /** The package's files (path inside the package -> content); null when the lesson has errors. */
  files: PackageFiles | null;
  /** The lesson data the package's page hands the player; null when the lesson has errors. */
  data: LessonData | null;
}

/** One row of the "what the LMS recorded" table: a data model element, where it sits in scorm-again's
 *  JSON rendering of cmi, and how to show it (src/lms-stand-in/panel.ts). */
interface PanelRow {
  label: string;
  element: string;
  path: string;
  /** slide: the bookmark is a slide key (suspend-codec.ts); shown with the slide's number and title. */
  show: 'text' | 'score' | 'length' | 'slide';
  /** Every row carries one, so the strict template never looks up a missing field. */
  limit: number | '';
}

/** scorm-again's minified browser build per version: the package export and the global it sets. */
export const SCORM_AGAIN: Record<ScormVersion, { module: string; global: string }> = {
  '1.2': { module: 'scorm-again/scorm12/min', global: 'Scorm12API' },
  '2004': { module: 'scorm-again/scorm2004/min', global: 'Scorm2004API' },
};

const LEARNER = { id: 'preview', name: 'Preview, Teacher' };

/** The rows of Moodle's basic report, from the version's vocabulary (1.2 has one status element,
 *  2004 two and a progress measure). */
function panelRows(v: ScormVocabulary): PanelRow[] {
  const row = (label: string, element: string, show: PanelRow['show'] = 'text', limit: number | '' = ''): PanelRow => ({
    label,
    element,
    path: cmiPath(element),
    show,
    limit,
  });
  const status =
    v.completionElement === v.successElement
      ? [row('Lesson status', v.completionElement)]
      : [row('Completion status', v.completionElement), row('Success status', v.successElement)];
  // scorm-again renders the score as one object (raw, min, max, scaled).
  const score = { ...row('Score', v.el.scoreRaw, 'score'), path: cmiPath(v.el.scoreRaw).replace(/\.raw$/, '') };
  return [
    ...status,
    score,
    ...(v.progressElement === null ? [] : [row('Progress', v.progressElement)]),
    row('Location', v.el.location, 'slide'),
    row('Suspend data', v.el.suspendData, 'length', v.limits.suspendData),
    row('Exit', v.el.exit),
    row('Session time', v.el.sessionTime),
  ];
}

function courseContext(data: LessonData, version: ScormVersion): object {
  const config: PreviewConfig = {
    version,
    start: moodleStart(version, data.passingScore, LEARNER),
    storageKey: `scormdown-preview/${data.id}/${data.version}/${version}`,
    slides: Object.fromEntries(data.slides.map((slide, i) => [slide.k, `slide ${i + 1}: ${slide.title}`])),
  };
  return { title: data.title, rows: panelRows(SCORM[version]), config: embedJson(config) };
}

/** The preview page for one build of the lesson. */
export function previewPage(build: PreviewBuild, version: ScormVersion, lessonDir: string, cwd: string): string {
  const texts = formatReport(build.diagnostics, cwd);
  const diagnostics = build.diagnostics.map((d, i) => ({ text: texts[i], error: d.severity === 'error' }));
  const failed = build.data === null || hasErrors(build.diagnostics);
  const errors = diagnostics.filter((d) => d.error).length;
  return loadTemplate('preview.html.hbs')({
    lessonDir,
    version,
    diagnostics,
    errors,
    warnings: diagnostics.length - errors,
    course: failed || build.data === null ? false : courseContext(build.data, version),
    scormAgain: SCORM_AGAIN_PATH,
    standIn: STAND_IN_PATH,
    launch: `${CONTENT_PREFIX}${LAUNCH_FILE}`,
  });
}
