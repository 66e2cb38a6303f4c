// The page of `scormdown preview`: a stand-in LMS that frames the course and shows, beside it, what
// the LMS has stored, as a teacher finds it in Moodle's reports. Or, when the lesson has errors,
// the diagnostics exactly as `scormdown build` prints them. Pure: a build in, HTML out.

import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { LessonData, ScormVersion } from '../shared/model.js';
import { hasErrors } from './diagnostics.js';
import { embedJson } from './html-text.js';
import { formatReport } from './report.js';
import { LAUNCH_FILE } from './manifest.js';
import type { Diagnostic } from './model.js';
import { projectPath } from './paths.js';
import type { PackageFiles } from './zip.js';

/** Where the preview serves the package's files: a folder, as an LMS does (all package paths are relative). */
export const CONTENT_PREFIX = 'content/';
/** scorm-again's browser build, served from node_modules, never part of a package. */
export const SCORM_AGAIN_PATH = 'preview/scorm-again.js';

export interface PreviewBuild {
  diagnostics: Diagnostic[];
  /** The package's files (path inside the package -> content); null when the lesson has errors. */
  files: PackageFiles | null;
  /** The lesson data the package's page hands the player; null when the lesson has errors. */
  data: LessonData | null;
}

/** One row of the "what the LMS recorded" table: a data model element, where it sits in scorm-again's
 *  JSON rendering of cmi, and how to show it. */
interface PanelRow {
  label: string;
  element: string;
  path: string;
  /** slide: the bookmark is a slide key (suspend-codec.ts); shown with the slide's number and title. */
  show: 'text' | 'score' | 'length' | 'slide';
  limit?: number;
}

/** What differs between the versions, as data: the page's script has no version branches. */
interface LmsTable {
  /** scorm-again's global (its browser build) and the window property the course looks for. */
  global: string;
  api: string;
  /** The package export of scorm-again's minified browser build for this version. */
  module: string;
  setEvent: string;
  rows: PanelRow[];
  /** Paths of the start values in cmi JSON. */
  paths: { entry: string; mode: string; credit: string; exit: string; sessionTime: string; response: string };
  /** Statuses after which Moodle opens the attempt in review mode unless the course said exit "suspend". */
  finished: { path: string; values: string[] };
  /** What Moodle hands a new learner (credit, normal mode, ab-initio, the manifest's mastery score). */
  start(passingScore: number): Record<string, unknown>;
}

const LEARNER = { id: 'preview', name: 'Preview, Teacher' };

// SCORM 1.2 RTE 3.4: element names and limits; Moodle passes adlcp:masteryscore as mastery_score.
const SCORM12: LmsTable = {
  global: 'Scorm12API',
  api: 'API',
  module: 'scorm-again/scorm12/min',
  setEvent: 'LMSSetValue.cmi.*',
  rows: [
    { label: 'Lesson status', element: 'cmi.core.lesson_status', path: 'core.lesson_status', show: 'text' },
    { label: 'Score', element: 'cmi.core.score.raw', path: 'core.score', show: 'score' },
    { label: 'Location', element: 'cmi.core.lesson_location', path: 'core.lesson_location', show: 'slide' },
    { label: 'Suspend data', element: 'cmi.suspend_data', path: 'suspend_data', show: 'length', limit: 4096 },
    { label: 'Exit', element: 'cmi.core.exit', path: 'core.exit', show: 'text' },
    { label: 'Session time', element: 'cmi.core.session_time', path: 'core.session_time', show: 'text' },
  ],
  paths: {
    entry: 'core.entry', mode: 'core.lesson_mode', credit: 'core.credit', exit: 'core.exit',
    sessionTime: 'core.session_time', response: 'student_response',
  },
  finished: { path: 'core.lesson_status', values: ['completed', 'passed', 'failed'] },
  start: (passingScore) => ({
    core: { student_id: LEARNER.id, student_name: LEARNER.name, credit: 'credit', lesson_mode: 'normal', entry: 'ab-initio' },
    student_data: { mastery_score: String(passingScore) },
  }),
};

// SCORM 2004 4th Ed. RTE 4.2; Moodle passes minNormalizedMeasure as scaled_passing_score.
const SCORM2004: LmsTable = {
  global: 'Scorm2004API',
  api: 'API_1484_11',
  module: 'scorm-again/scorm2004/min',
  setEvent: 'SetValue.cmi.*',
  rows: [
    { label: 'Completion status', element: 'cmi.completion_status', path: 'completion_status', show: 'text' },
    { label: 'Success status', element: 'cmi.success_status', path: 'success_status', show: 'text' },
    { label: 'Score', element: 'cmi.score.raw', path: 'score', show: 'score' },
    { label: 'Progress', element: 'cmi.progress_measure', path: 'progress_measure', show: 'text' },
    { label: 'Location', element: 'cmi.location', path: 'location', show: 'slide' },
    { label: 'Suspend data', element: 'cmi.suspend_data', path: 'suspend_data', show: 'length', limit: 64000 },
    { label: 'Exit', element: 'cmi.exit', path: 'exit', show: 'text' },
    { label: 'Session time', element: 'cmi.session_time', path: 'session_time', show: 'text' },
  ],
  paths: {
    entry: 'entry', mode: 'mode', credit: 'credit', exit: 'exit', sessionTime: 'session_time',
    response: 'learner_response',
  },
  finished: { path: 'completion_status', values: ['completed'] },
  start: (passingScore) => ({
    learner_id: LEARNER.id, learner_name: LEARNER.name, credit: 'credit', mode: 'normal', entry: 'ab-initio',
    scaled_passing_score: String(passingScore / 100),
  }),
};

export const LMS_TABLES: Record<ScormVersion, LmsTable> = { '1.2': SCORM12, '2004': SCORM2004 };

let template: Handlebars.TemplateDelegate | null = null;

function previewTemplate(): Handlebars.TemplateDelegate {
  if (template === null) {
    const source = readFileSync(projectPath('templates', 'preview.html.hbs'), 'utf8');
    template = Handlebars.create().compile(source, { strict: true });
  }
  return template;
}

function courseContext(data: LessonData, version: ScormVersion): object {
  const table = LMS_TABLES[version];
  const config = {
    version,
    global: table.global,
    api: table.api,
    setEvent: table.setEvent,
    paths: table.paths,
    finished: table.finished,
    start: table.start(data.passingScore),
    storageKey: `scormdown-preview/${data.id}/${data.version}/${version}`,
    slides: Object.fromEntries(data.slides.map((slide, i) => [slide.k, `slide ${i + 1}: ${slide.title}`])),
  };
  // Every row carries a limit, so the strict template never looks up a missing field.
  const rows = table.rows.map((row) => ({ ...row, limit: row.limit ?? '' }));
  return { title: data.title, rows, config: embedJson(config) };
}

/** The preview page for one build of the lesson. */
export function previewPage(build: PreviewBuild, version: ScormVersion, lessonDir: string, cwd: string): string {
  const texts = formatReport(build.diagnostics, cwd);
  const diagnostics = build.diagnostics.map((d, i) => ({ text: texts[i], error: d.severity === 'error' }));
  const failed = build.data === null || hasErrors(build.diagnostics);
  const errors = diagnostics.filter((d) => d.error).length;
  return previewTemplate()({
    lessonDir,
    version,
    diagnostics,
    errors,
    warnings: diagnostics.length - errors,
    course: failed || build.data === null ? false : courseContext(build.data, version),
    scormAgain: SCORM_AGAIN_PATH,
    launch: `${CONTENT_PREFIX}${LAUNCH_FILE}`,
  });
}
