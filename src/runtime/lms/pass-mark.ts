// The LMS's own pass mark. An LMS may hand the SCO a pass mark of its own: SCORM 1.2
// cmi.student_data.mastery_score (0..100, from the manifest's adlcp:masteryscore unless an admin
// changed it) and SCORM 2004 cmi.scaled_passing_score (-1..1, RTE 4.2.19: the SCO should judge
// success_status by it). It decides passed/failed instead of the lesson's passingScore; and in 1.2
// Moodle's mastery override judges the raw score by the same number at LMSFinish, so the learner's
// result slide and the LMS's report agree.

import type { PassMarkSpec } from '../../shared/scorm.js';

/** A plain decimal: "70", "0.7", "-0.5", ".5"; no exponent, no spaces. */
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** The pass mark as a percentage 0..100, or null when the LMS gave none or one outside its range
 *  (the lesson's own passingScore applies then). A negative 2004 pass mark passes any score: 0. */
export function passMarkOf(text: string, spec: PassMarkSpec): number | null {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < spec.min || value > spec.max) return null;
  // Rounded so 0.705 * 100 shows as 70.5, not 70.49999999999999.
  return Math.max(0, Math.round(value * spec.toPercent * 10_000) / 10_000);
}
