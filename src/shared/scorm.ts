// The SCORM run-time vocabulary, once: API and call names, data model element names, their limits
// and the words the LMS understands (docs/SCORM-FACTS.md). The player's tables
// (src/runtime/lms/scorm12.ts, scorm2004.ts), the preview's stand-in LMS and the test harness all
// read it here. A player carries its own version's object whole (the other's in a part it loads only
// when needed), so they hold only what the player uses; facts only the LMS side needs live in
// lms-start.ts.

import type { QuestionType, ScormVersion } from './model.js';

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
  sessionTime: string;
  exit: string;
  scoreRaw: string;
  scoreMin: string;
  scoreMax: string;
  interactionCount: string;
  /** 1.2 RTE 3.4.4.1 cmi.core.student_id, 2004 RTE 4.2.11 cmi.learner_id: seeds shuffled options. */
  learnerId: string;
}

/** SPM (smallest permitted maximum) of the strings the player writes. */
export interface Limits {
  location: number;
  suspendData: number;
  /** A fill-in response or pattern (each blank of one in 2004). */
  fillIn: number;
  /** An open answer: long-fill-in in 2004, plain fill-in in 1.2. */
  longFillIn: number;
}

/** The result vocabulary of a checked answer (1.2 RTE 3.4.4: "wrong"; 2004 RTE 4.2.9: "incorrect"). */
export interface ResultWords {
  correct: string;
  incorrect: string;
  /** Open questions: recorded, not judged. */
  neutral: string;
}

/** Where a version keeps the LMS's pass mark and on what scale. */
export interface PassMarkSpec {
  element: string;
  /** The element's range (1.2: 0..100; 2004: -1..1). */
  min: number;
  max: number;
  /** Multiplier from the element's scale to a percentage (1.2: 1; 2004: 100). */
  toPercent: number;
}

export interface ScormVocabulary {
  apiName: 'API' | 'API_1484_11';
  calls: ApiCalls;
  el: Elements;
  limits: Limits;
  /** The LMS's own pass mark (1.2 mastery_score, 2004 scaled_passing_score). */
  passMark: PassMarkSpec;
  /** Where completion is reported (1.2 lesson_status, 2004 completion_status). */
  completionElement: string;
  /** Where the LMS holds the last quiz outcome as passed/failed. */
  successElement: string;
  /** cmi.progress_measure (2004); null where the version has none. */
  progressElement: string | null;
  /** cmi.score.scaled (2004, -1..1); null where the version has none. */
  scaledScoreElement: string | null;
  /** Error codes meaning the LMS could not store or reach its server (worth retrying). */
  transientErrors: string[];
  exitSuspend: string;
  exitNormal: string;
  /** SCORM interaction type per question type: a new question type fails to compile until every
   *  version names its type. */
  interactionTypes: Record<QuestionType, string>;
  results: ResultWords;
  /** student_response (1.2) / learner_response (2004), under cmi.interactions.n. */
  responseElement: string;
  /** The interaction's description element and its SPM; null where the version has none (1.2). */
  description: { element: string; max: number } | null;
}

/** SCORM 1.2 RTE 3.4 (the cmi data model). */
export const SCORM12: ScormVocabulary = {
  apiName: 'API',
  calls: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
  },
  el: {
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    credit: 'cmi.core.credit',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    interactionCount: 'cmi.interactions._count',
    learnerId: 'cmi.core.student_id',
  },
  // RTE 3.4.4: CMIString255 bookmark, CMIString4096 suspend data, CMIFeedback 255.
  limits: { location: 255, suspendData: 4096, fillIn: 255, longFillIn: 255 },
  passMark: { element: 'cmi.student_data.mastery_score', min: 0, max: 100, toPercent: 1 },
  // One status element holds both (RTE 3.4.4.1 lesson_status).
  completionElement: 'cmi.core.lesson_status',
  successElement: 'cmi.core.lesson_status',
  progressElement: null,
  scaledScoreElement: null,
  // 101 general exception, 301 not initialized: what an LMS reports when it could not store the data.
  transientErrors: ['0', '101', '301'],
  exitSuspend: 'suspend',
  exitNormal: '', // 1.2 has no "normal" (RTE 3.4.4.1): "" is the ordinary exit
  interactionTypes: {
    single: 'choice',
    multiple: 'choice',
    'true-false': 'true-false',
    order: 'sequencing',
    match: 'matching',
    'fill-in': 'fill-in',
    numeric: 'numeric', // 1.2 RTE 3.4.4.5 and 2004 RTE 4.2.9.1 both have it
    open: 'fill-in', // 1.2 has no long-fill-in: open answers are recorded as fill-in text
  },
  results: { correct: 'correct', incorrect: 'wrong', neutral: 'neutral' },
  responseElement: 'student_response',
  description: null,
};

/** SCORM 2004 4th Edition RTE 4.2 (the run-time data model). */
export const SCORM2004: ScormVocabulary = {
  apiName: 'API_1484_11',
  calls: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
  },
  el: {
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    credit: 'cmi.credit',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    interactionCount: 'cmi.interactions._count',
    learnerId: 'cmi.learner_id',
  },
  // RTE 4.2.14 location 1000, 4.2.23 suspend_data 64000, 4.2.9.1 fill-in 250 / long-fill-in 4000.
  limits: { location: 1000, suspendData: 64000, fillIn: 250, longFillIn: 4000 },
  // RTE 4.2.19: -1..1; initialised from the manifest's minNormalizedMeasure (satisfiedByMeasure).
  passMark: { element: 'cmi.scaled_passing_score', min: -1, max: 1, toPercent: 100 },
  completionElement: 'cmi.completion_status',
  successElement: 'cmi.success_status',
  progressElement: 'cmi.progress_measure',
  // Moodle grades by raw and ignores scaled; other LMSes report scaled (RTE 4.2.20).
  scaledScoreElement: 'cmi.score.scaled',
  // 101 general exception, 351 general set failure, 391 general commit failure (RTE 3.1.7).
  transientErrors: ['0', '101', '351', '391'],
  exitSuspend: 'suspend',
  exitNormal: 'normal',
  // The same types as 1.2 (RTE 4.2.9.1), and long-fill-in for open answers. Written out, not spread
  // from SCORM12's: esbuild keeps an object literal that spreads another (a spread may run getters),
  // so both vocabularies would stay in a player that uses only one.
  interactionTypes: {
    single: 'choice',
    multiple: 'choice',
    'true-false': 'true-false',
    order: 'sequencing',
    match: 'matching',
    'fill-in': 'fill-in',
    numeric: 'numeric',
    open: 'long-fill-in',
  },
  results: { correct: 'correct', incorrect: 'incorrect', neutral: 'neutral' },
  responseElement: 'learner_response',
  // RTE 4.2.9: localized_string_type, SPM 250.
  description: { element: 'description', max: 250 },
};

export const SCORM: Record<ScormVersion, ScormVocabulary> = { '1.2': SCORM12, '2004': SCORM2004 };
