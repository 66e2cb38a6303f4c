// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th Edition: one organization, one item, one SCO
// resource listing every file of the package. The versions differ in their template and string
// limits (their rows in targets.ts) and in how the passing score is expressed (1.2 masteryscore
// 0..100, 2004 minNormalizedMeasure 0..1).

import { isGraded } from '../../shared/graded.js';
import type { ScormVersion } from '../../shared/model.js';
import type { Lesson } from '../model.js';
import { loadTemplate } from '../render/render-templates.js';
import { TARGETS } from './targets.js';
import { charName, xmlForbidden } from '../../shared/xml-text.js';

/** What the templates fill in; every text is escaped by Handlebars ({{ }}), which is valid XML. */
export interface ManifestView {
  identifier: string;
  version: string;
  /** The organization and item title (capped in 1.2). */
  title: string;
  /** The title in the LOM metadata, never shortened. */
  fullTitle: string;
  language: string;
  description: string;
  orgId: string;
  itemId: string;
  resourceId: string;
  objectiveId: string;
  launch: string;
  files: string[];
  /** SCORM 1.2 adlcp:masteryscore, "" when the lesson has no graded question. */
  masteryScore: string;
  /** SCORM 2004 imsss:minNormalizedMeasure, "" when the lesson has no graded question. */
  minNormalizedMeasure: string;
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

export function manifestView(lesson: Lesson, version: ScormVersion, files: readonly string[]): ManifestView {
  const { meta } = lesson;
  const graded = lesson.questions.some(isGraded);
  const id = xsId(meta.id);
  const { limits } = TARGETS[version];
  return {
    identifier: id,
    version: clip(meta.version, limits.version),
    title: clip(meta.title, limits.title),
    fullTitle: meta.title,
    language: meta.language,
    description: meta.description,
    orgId: `${id}.org`,
    itemId: `${id}.item`,
    resourceId: `${id}.sco`,
    objectiveId: `${id}.passed`,
    launch: LAUNCH_FILE,
    files: files
      .filter((f) => f !== MANIFEST_FILE)
      .sort()
      .map(hrefOf),
    // 1.2 masteryscore becomes cmi.student_data.mastery_score (a CMIDecimal 0..100, RTE 3.4.4);
    // 2004 imsss measureType is an xs:decimal -1..1 (imsss_v1p0util.xsd): no exponent allowed.
    // Only when a failed attempt is final (`attempts: 1`): with a pass mark an LMS judges the score
    // itself (Moodle's 1.2 mastery override at LMSFinish, a 2004 LMS evaluating success_status) and
    // would report "failed" after a first failed attempt, which locks the lesson (review mode in
    // Moodle, nothing more stored in Chamilo); the player reports failed only after the last attempt.
    masteryScore: graded && meta.attempts === 1 ? decimal(meta.passingScore, 2) : '',
    minNormalizedMeasure: graded && meta.attempts === 1 ? decimal(meta.passingScore / 100, 6) : '',
  };
}

/** imsmanifest.xml for the lesson packaged with `files` (zip paths; the manifest itself is skipped).
 *  The last guard: a character XML 1.0 forbids is a bug of an earlier check (front matter texts are
 *  checked there with a diagnostic), so it throws: no LMS can import a manifest that is not well-formed. */
export function manifest(lesson: Lesson, version: ScormVersion, files: readonly string[]): string {
  const xml = loadTemplate<ManifestView>(TARGETS[version].manifestTemplate)(manifestView(lesson, version, files));
  const bad = xmlForbidden(xml);
  if (bad >= 0)
    throw new Error(`manifest: ${charName(xml.charCodeAt(bad))} at offset ${bad} is not allowed in XML 1.0`);
  return xml;
}
