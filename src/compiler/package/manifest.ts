// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th Edition, rendered from the package's list of SCOs:
// a lesson's package has one organization, one item, one SCO resource listing every file; a course
// package an item and a SCO resource per lesson (its folder's files) and one asset resource with the
// files they share (the player, the schemas). The versions differ in their template and string
// limits (their rows in targets.ts) and in how the passing score is expressed (1.2 masteryscore
// 0..100, 2004 minNormalizedMeasure 0..1).

import { isGraded } from '../../shared/graded.js';
import type { ScormVersion } from '../../shared/model.js';
import type { Lesson, LessonMeta } from '../model.js';
import { loadTemplate } from '../render/render-templates.js';
import { TARGETS } from './targets.js';
import { charName, xmlForbidden } from '../../shared/xml-text.js';

/** One item of the organization: a lesson, launched by its resource. */
export interface ManifestItem {
  itemId: string;
  resourceId: string;
  /** The item title (capped in 1.2). */
  title: string;
  /** SCORM 1.2 adlcp:masteryscore, "" when the lesson has no final pass mark. */
  masteryScore: string;
  /** SCORM 2004 imsss:minNormalizedMeasure, "" when the lesson has no final pass mark. */
  minNormalizedMeasure: string;
  objectiveId: string;
  /** 2004: hide the LMS's previous/continue (a lesson alone: they would only leave it). */
  hideLmsUi: boolean;
}

/** One resource: a lesson's SCO, or (a course) the files its SCOs share. */
export interface ManifestResource {
  id: string;
  /** 'sco', or 'asset' for the shared files (no launch). */
  scormType: 'sco' | 'asset';
  launch: string;
  files: string[];
  /** The shared files' resource a course SCO depends on; "" for none. */
  dependency: string;
}

/** What the templates fill in; every text is escaped by Handlebars ({{ }}), which is valid XML. */
export interface ManifestView {
  identifier: string;
  version: string;
  /** The organization title (capped in 1.2). */
  title: string;
  /** The title in the LOM metadata, never shortened. */
  fullTitle: string;
  language: string;
  description: string;
  orgId: string;
  items: ManifestItem[];
  resources: ManifestResource[];
  /** A course: 2004 lets the learner move between its SCOs (choice and flow). */
  course: boolean;
}

/** One SCO of a package: a lesson and its files (zip paths), launched from `<folder>index.html`. */
export interface Sco {
  lesson: Lesson;
  /** '' for a lesson's own package; `<lesson id>/` in a course package. */
  folder: string;
  /** The SCO's own files (zip paths), its launch file among them. */
  files: string[];
}

export const LAUNCH_FILE = 'index.html';
export const MANIFEST_FILE = 'imsmanifest.xml';

/** An xs:ID (an NCName): letters, digits, ".", "-", "_", not starting with a digit, "." or "-". */
export function xsId(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** A package path as a URI reference: each segment percent-encoded, "/" kept. */
export function hrefOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** An xs:decimal: no exponent, no trailing zeros ("0.7", "0.725", "1", "0"). */
function decimal(value: number, digits: number): string {
  return value.toFixed(digits).replace(/\.?0+$/, '');
}

/** At most `max` characters (code points, as XML Schema counts them), "…" marking a cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** The pass mark an LMS may judge a lesson's score by. Only when a failed attempt is final
 *  (`attempts: 1`): with a pass mark an LMS judges the score itself (Moodle's 1.2 mastery override at
 *  LMSFinish, a 2004 LMS evaluating success_status) and would report "failed" after a first failed
 *  attempt, which locks the lesson (review mode in Moodle, nothing more stored in Chamilo); the player
 *  reports failed only after the last attempt. 1.2 masteryscore becomes cmi.student_data.mastery_score
 *  (a CMIDecimal 0..100, RTE 3.4.4); 2004 imsss measureType is an xs:decimal -1..1
 *  (imsss_v1p0util.xsd): no exponent allowed. */
function passMarks(lesson: Lesson): Pick<ManifestItem, 'masteryScore' | 'minNormalizedMeasure'> {
  const final = lesson.questions.some(isGraded) && lesson.meta.attempts === 1;
  const score = lesson.meta.passingScore;
  return {
    masteryScore: final ? decimal(score, 2) : '',
    minNormalizedMeasure: final ? decimal(score / 100, 6) : '',
  };
}

function item(lesson: Lesson, version: ScormVersion, hideLmsUi: boolean): ManifestItem {
  const id = xsId(lesson.meta.id);
  return {
    itemId: `${id}.item`,
    resourceId: `${id}.sco`,
    title: clip(lesson.meta.title, TARGETS[version].limits.title),
    objectiveId: `${id}.passed`,
    hideLmsUi,
    ...passMarks(lesson),
  };
}

const listed = (files: readonly string[]): string[] =>
  files
    .filter((f) => f !== MANIFEST_FILE)
    .sort()
    .map(hrefOf);

/** The package's identity (a lesson's, or a course's) and its SCOs; `shared`: the files a course's SCOs
 *  share (the player, the schemas), listed in a resource of their own. */
export function manifestView(
  meta: Pick<LessonMeta, 'id' | 'title' | 'version' | 'language' | 'description'>,
  version: ScormVersion,
  scos: readonly Sco[],
  shared: readonly string[] = [],
): ManifestView {
  const id = xsId(meta.id);
  const { limits } = TARGETS[version];
  const course = scos.length > 1 || scos.some((s) => s.folder !== '');
  const sharedId = `${id}.shared`;
  return {
    identifier: id,
    version: clip(meta.version, limits.version),
    title: clip(meta.title, limits.title),
    fullTitle: meta.title,
    language: meta.language,
    description: meta.description,
    orgId: `${id}.org`,
    items: scos.map((sco) => item(sco.lesson, version, !course)),
    resources: [
      ...scos.map((sco): ManifestResource => ({
        id: `${xsId(sco.lesson.meta.id)}.sco`,
        scormType: 'sco',
        launch: hrefOf(`${sco.folder}${LAUNCH_FILE}`),
        files: listed(sco.files),
        dependency: course ? sharedId : '',
      })),
      ...(course
        ? [{ id: sharedId, scormType: 'asset' as const, launch: '', files: listed(shared), dependency: '' }]
        : []),
    ],
    course,
  };
}

/** imsmanifest.xml for the lesson packaged with `files` (zip paths; the manifest itself is skipped). */
export function manifest(lesson: Lesson, version: ScormVersion, files: readonly string[]): string {
  return manifestXml(manifestView(lesson.meta, version, [{ lesson, folder: '', files: [...files] }]), version);
}

/** The manifest of a view. The last guard: a character XML 1.0 forbids is a bug of an earlier check
 *  (front matter texts are checked there with a diagnostic), so it throws: no LMS can import a manifest
 *  that is not well-formed. */
export function manifestXml(view: ManifestView, version: ScormVersion): string {
  const xml = loadTemplate<ManifestView>(TARGETS[version].manifestTemplate)(view);
  const bad = xmlForbidden(xml);
  if (bad >= 0)
    throw new Error(`manifest: ${charName(xml.charCodeAt(bad))} at offset ${bad} is not allowed in XML 1.0`);
  return xml;
}
