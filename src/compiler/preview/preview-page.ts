// The page of `scormdown preview`: a stand-in LMS that frames the course and shows, beside it, what
// the LMS has stored, as a teacher finds it in Moodle's reports; over the course, while the lesson has
// errors, the diagnostics exactly as `scormdown build` prints them. The page's state (PreviewUpdate) is
// embedded in it and sent again after every build (preview.ts). Pure: a build in, HTML or JSON out.

import { cmiPath, moodleStart } from '../../shared/lms-start.js';
import type { LessonData, ScormVersion } from '../../shared/model.js';
import type { PreviewConfig, PreviewUpdate } from '../../shared/preview-state.js';
import { SCORM, type ScormVocabulary } from '../../shared/scorm.js';
import type { AuthorLanguage } from '../../shared/author-language.js';
import { PREVIEW_WORDS, type PreviewWords } from '../../shared/preview-words.js';
import { hasErrors, inLanguage, PLAIN } from '../diagnostics/diagnostics.js';
import { embedJson } from '../markdown/html-text.js';
import { capPerCode, formatReport, PER_CODE } from '../diagnostics/report.js';
import { WORDS } from '../words/words.js';
import { LAUNCH_FILE } from '../package/manifest.js';
import { loadTemplate } from '../render/render-templates.js';
import { VERSIONS, type VersionBuild } from './preview-build.js';

/** Where a page serves the package's files, relative to the page: a folder, as an LMS does (all
 *  package paths are relative). The page of each version is at /1.2/ and /2004/; / is --scorm's. */
export const CONTENT_PREFIX = 'content/';
/** scorm-again's browser builds, served from node_modules, and the stand-in LMS that sets them up
 *  (src/lms-stand-in/): the preview's, never part of a package. */
export const SCORM_AGAIN_PATH = 'preview/scorm-again.js';
export const STAND_IN_PATH = 'preview/lms-stand-in.js';
/** The page's Server-Sent Events: a PreviewUpdate after every build, `?scorm=` the page's version. */
export const EVENTS_PATH = 'preview/events';
/** On the launch file: every question of the pools in play (preview only). */
export const EVERY_QUESTION = 'every';

/** One row of the "what the LMS recorded" table: a data model element, where it sits in scorm-again's
 *  JSON rendering of cmi, and how to show it (src/lms-stand-in/panel.ts). */
interface PanelRow {
  label: string;
  element: string;
  path: string;
  /** slide: the bookmark is a slide key (suspend-codec.ts), shown as the slide's number and title;
   *  time: a SCORM time span, shown as "3 min 12 s". */
  show: 'text' | 'score' | 'length' | 'slide' | 'time';
  /** Every row carries one, so the strict template never looks up a missing field. */
  limit: number | '';
}

/** scorm-again's minified browser build per version: the package export, the global it sets, and its
 *  copy beside the compiled CLI (scripts/compile.mjs), so an installed scormdown needs no scorm-again. */
export const SCORM_AGAIN: Record<ScormVersion, { module: string; global: string; lib: string }> = {
  '1.2': { module: 'scorm-again/scorm12/min', global: 'Scorm12API', lib: 'scorm-again-scorm12.min.js' },
  '2004': { module: 'scorm-again/scorm2004/min', global: 'Scorm2004API', lib: 'scorm-again-scorm2004.min.js' },
};

const LEARNER = { id: 'preview', name: 'Preview, Teacher' };

/** The rows of Moodle's basic report, from the version's vocabulary (1.2 has one status element,
 *  2004 two and a progress measure). */
function panelRows(v: ScormVocabulary, t: PreviewWords): PanelRow[] {
  const row = (label: string, element: string, show: PanelRow['show'] = 'text', limit: number | '' = ''): PanelRow => ({
    label,
    element,
    path: cmiPath(element),
    show,
    limit,
  });
  const status =
    v.completionElement === v.successElement
      ? [row(t.rows.lessonStatus, v.completionElement)]
      : [row(t.rows.completionStatus, v.completionElement), row(t.rows.successStatus, v.successElement)];
  // scorm-again renders the score as one object (raw, min, max, scaled).
  const score = { ...row(t.rows.score, v.el.scoreRaw, 'score'), path: cmiPath(v.el.scoreRaw).replace(/\.raw$/, '') };
  return [
    ...status,
    score,
    ...(v.progressElement === null ? [] : [row(t.rows.progress, v.progressElement)]),
    row(t.rows.location, v.el.location, 'slide'),
    row(t.rows.suspendData, v.el.suspendData, 'length', v.limits.suspendData),
    row(t.rows.exit, v.el.exit),
    row(t.rows.sessionTime, v.el.sessionTime, 'time'),
  ];
}

function courseConfig(data: LessonData, version: ScormVersion, t: PreviewWords): PreviewConfig {
  return {
    version,
    start: moodleStart(version, data.passingScore, LEARNER),
    storageKey: `scormdown-preview/${data.id}/${data.version}/${version}`,
    slides: Object.fromEntries(data.slides.map((slide, i) => [slide.k, t.slide(i + 1, slide.title)])),
    questions: data.questions.map(({ k: _k, f: _f, o: _o, ...q }) => q),
    trueFalse: [data.strings.trueLabel, data.strings.falseLabel],
    pools: (data.pools?.length ?? 0) > 0,
  };
}

export interface UpdateContext {
  build: VersionBuild;
  number: number;
  /** The title of the last build without errors; the lesson folder before there was one. */
  title: string;
  watching: boolean;
  cwd: string;
  /** The author's language: the page's words and the diagnostics'. */
  lang: AuthorLanguage;
}

/** What the page of `version` shows for a build. */
export function previewUpdate(context: UpdateContext, version: ScormVersion): PreviewUpdate {
  const { build, cwd, lang } = context;
  const words = WORDS[lang];
  const { shown, more } = capPerCode(
    build.diagnostics.map((d) => inLanguage(d, lang)),
    PER_CODE,
    words,
  );
  const texts = formatReport(shown, cwd, PLAIN, words);
  const report = [...shown.map((d, i) => ({ text: texts[i] ?? '', error: d.severity === 'error' })), ...more];
  const failed = build.data === null || hasErrors(build.diagnostics);
  const errors = build.diagnostics.filter((d) => d.severity === 'error').length;
  return {
    version,
    build: context.number,
    title: build.data?.title ?? context.title,
    course: failed || build.data === null ? null : courseConfig(build.data, version, PREVIEW_WORDS[lang]),
    report,
    errors,
    warnings: build.diagnostics.length - errors,
    watching: context.watching,
  };
}

/** How the page is asked for and what the server knows beyond the build. */
export interface PageOptions {
  /** Show every question of the pools. */
  every: boolean;
  number: number;
  title: string;
  watching: boolean;
  lang: AuthorLanguage;
}

const PAGE_DEFAULTS: Omit<PageOptions, 'lang'> = { every: false, number: 1, title: '', watching: true };

/** The preview page of one version for a build. */
export function previewPage(
  build: VersionBuild,
  version: ScormVersion,
  lessonDir: string,
  cwd: string,
  options: Partial<PageOptions> & Pick<PageOptions, 'lang'>,
): string {
  const { every, ...live } = { ...PAGE_DEFAULTS, title: lessonDir, ...options };
  const update = previewUpdate({ build, cwd, ...live }, version);
  const query = every ? `?${EVERY_QUESTION}=1` : '';
  const versions = VERSIONS.map((v) => ({ label: `SCORM ${v}`, href: `/${v}/${query}`, current: v === version }));
  const t = PREVIEW_WORDS[live.lang];
  return loadTemplate('preview.html.hbs')({
    lang: live.lang,
    t,
    hasErrorsTitle: t.hasErrorsTitle,
    previewOf: t.previewOf(lessonDir),
    warningsText: t.warnings(update.warnings),
    errorsHeading: t.errorsHeading(update.errors),
    courseFrame: t.courseFrame(update.title),
    title: update.title,
    lessonDir,
    version,
    versions,
    every,
    pools: update.course?.pools === true,
    // The page shows this build's report as HTML: the script needs only the later builds' reports.
    update: embedJson({ ...update, report: [] }),
    course: update.course !== null,
    diagnostics: update.report,
    errors: update.errors,
    warnings: update.warnings,
    showWarnings: update.course !== null && update.warnings > 0,
    rows: panelRows(SCORM[version], t),
    scormAgain: `/${SCORM_AGAIN_PATH}`,
    standIn: `/${STAND_IN_PATH}`,
    launch: `${CONTENT_PREFIX}${LAUNCH_FILE}${query}`,
  });
}
