// SCORM 1.2 as a table (RTE 3.4: the cmi data model; LMS-FACTS.md for what Moodle adds).

import { cleanText, correctParts, joinParts, responseParts, type Parts, type PatternSyntax } from './patterns.js';
import type { ScormTable, Standing } from './scorm-table.js';
import { timeOfDay12, timespan12 } from './time-format.js';

/** CMIFeedback for fill-in is at most 255 characters (RTE 3.4.4). */
const FILL_IN_MAX = 255;

/** RTE 3.4.4.5 patterns: choice/sequencing "a,c"; matching "1.a,2.b"; true-false "t"/"f". */
const SYNTAX: PatternSyntax = { list: ',', pair: '.', true: 't', false: 'f' };

const join12 = (parts: Parts): string => joinParts(parts, SYNTAX, (text) => cleanText(text, FILL_IN_MAX));

/** 1.2 has one status element: a finished quiz decides it (as Moodle's mastery override would at
 *  LMSFinish), before that the completion rule does. */
function status12(standing: Standing): Array<[string, string]> {
  const value = standing.success !== 'unknown' ? standing.success : standing.completed ? 'completed' : 'incomplete';
  return [['cmi.core.lesson_status', value]];
}

export const scorm12: ScormTable = {
  kind: 'scorm12',
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
    learnerName: 'cmi.core.student_name',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    interactionCount: 'cmi.interactions._count',
  },
  limits: { location: 255, suspendData: 4096 },
  passMark: { element: 'cmi.student_data.mastery_score', min: 0, max: 100, toPercent: 1 },
  progressElement: null,
  scaledScoreElement: null,
  // passed/failed live in lesson_status itself (the other values say nothing about the quiz).
  successElement: 'cmi.core.lesson_status',
  // 101 general exception: what an LMS reports when it could not store or send the data.
  transientErrors: ['0', '101', '301'],
  exitSuspend: 'suspend',
  exitNormal: '', // 1.2 has no "normal" (RTE 3.4.4.1): "" is the ordinary exit
  status: status12,
  sessionTime: timespan12,
  interaction: {
    types: {
      single: 'choice',
      multiple: 'choice',
      'true-false': 'true-false',
      order: 'sequencing',
      match: 'matching',
      'fill-in': 'fill-in',
      open: 'fill-in', // 1.2 has no long-fill-in: open answers are recorded as fill-in text
    },
    response: (question, r) => join12(responseParts(question, r)),
    patterns: (question) => correctParts(question).map(join12),
    results: { correct: 'correct', incorrect: 'wrong', neutral: 'neutral' },
    responseElement: 'student_response',
    latency: timespan12,
    time: (date) => ['time', timeOfDay12(date)],
    description: null,
  },
};
