// What differs between SCORM 1.2 and SCORM 2004, as data: one table per version (scorm12.ts,
// scorm2004.ts) behind this shape, used by the one tracker in scorm-tracker.ts.

import type { Question } from '../../shared/model.js';
import type { ScormVocabulary } from '../../shared/scorm.js';
import type { Response } from '../../shared/tracking.js';
import type { TrackerKind } from './tracker.js';

/** Where the learner stands, independent of version; each table turns it into its own elements. */
export interface Standing {
  /** The completion rule of the lesson is met. */
  completed: boolean;
  /** The last finished quiz attempt's outcome; 'unknown' before any attempt is finished. */
  success: 'passed' | 'failed' | 'unknown';
  /** 0..1, 1 only when completed. */
  progress: number;
}

/** The version's formats: how a response, a pattern, a time is written (the vocabulary they use is
 *  the version's ScormVocabulary). */
export interface InteractionFormat {
  /** The learner's response in the version's pattern syntax. */
  response(question: Question, r: Response): string;
  /** Correct response patterns (several for fill-in alternatives; none for open questions). */
  patterns(question: Question): string[];
  latency(ms: number): string;
  /** [element under cmi.interactions.n, value] for the moment the answer was checked. */
  time(date: Date): [string, string];
}

/** A version: its vocabulary (shared/scorm.ts) plus the functions that write its formats. */
export interface ScormTable extends ScormVocabulary {
  kind: Exclude<TrackerKind, 'standalone'>;
  /** The status elements for a standing, in the order they must be written. */
  status(standing: Standing): Array<[string, string]>;
  sessionTime(ms: number): string;
  interaction: InteractionFormat;
}

/** A decimal as Moodle's pattern wants it: `^-?[0-9]{1,5}(\.[0-9]{1,18})?$`, no exponent, no ".5". */
export function decimalText(value: number, places = 4): string {
  const rounded = Math.round(value * 10 ** places) / 10 ** places;
  return rounded.toFixed(places).replace(/\.?0+$/, '') || '0';
}
