// What differs between SCORM 1.2 and SCORM 2004, as data: one table per version (scorm12.ts,
// scorm2004.ts) behind this shape, used by the one tracker in scorm-tracker.ts.

import type { Question, QuestionType } from '../../shared/model.js';
import type { Response } from '../../shared/tracking.js';
import type { PassMarkSpec } from './pass-mark.js';
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

export interface ApiCalls {
  initialize: string;
  terminate: string;
  getValue: string;
  setValue: string;
  commit: string;
  getLastError: string;
}

export interface Elements {
  location: string;
  suspendData: string;
  entry: string;
  mode: string;
  credit: string;
  learnerName: string;
  sessionTime: string;
  exit: string;
  scoreRaw: string;
  scoreMin: string;
  scoreMax: string;
  interactionCount: string;
}

/** The result vocabulary of a checked answer (1.2 RTE 3.4.4: "wrong"; 2004 RTE 4.2.9: "incorrect"). */
export interface ResultWords {
  correct: string;
  incorrect: string;
  /** Open questions: recorded, not judged. */
  neutral: string;
}

export interface InteractionFormat {
  /** SCORM interaction type per question type: a new question type fails to compile until every
   *  version's table names its type. */
  types: Record<QuestionType, string>;
  /** The learner's response in the version's pattern syntax. */
  response(question: Question, r: Response): string;
  /** Correct response patterns (several for fill-in alternatives; none for open questions). */
  patterns(question: Question): string[];
  results: ResultWords;
  /** student_response (1.2) / learner_response (2004). */
  responseElement: string;
  latency(ms: number): string;
  /** [element under cmi.interactions.n, value] for the moment the answer was checked. */
  time(date: Date): [string, string];
  /** The description element and its limit, or null when the version has none (1.2). */
  description: { element: string; max: number } | null;
}

export interface ScormTable {
  kind: Exclude<TrackerKind, 'standalone'>;
  apiName: 'API' | 'API_1484_11';
  calls: ApiCalls;
  el: Elements;
  limits: { location: number; suspendData: number };
  /** The LMS's own pass mark (1.2 mastery_score, 2004 scaled_passing_score). */
  passMark: PassMarkSpec;
  /** cmi.progress_measure (2004); null where the version has none. */
  progressElement: string | null;
  /** cmi.score.scaled (2004, -1..1), written after raw/min/max; null where the version has none. */
  scaledScoreElement: string | null;
  /** Where the LMS holds the last quiz outcome as passed/failed (read at start, so a retry keeps it). */
  successElement: string;
  /** Error codes worth retrying (the LMS could not store or reach its server); the others mean
   *  the value itself was refused, so retrying it would block every later write. */
  transientErrors: string[];
  exitSuspend: string;
  exitNormal: string;
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
