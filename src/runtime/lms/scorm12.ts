// SCORM 1.2 as a table (RTE 3.4: the cmi data model; LMS-FACTS.md for what Moodle adds).

import { assertNever, type Question } from '../../shared/model.js';
import { cleanText, correctParts, responseParts, type Parts } from './patterns.js';
import type { ScormTable, Standing } from './scorm-table.js';
import { timeOfDay12, timespan12 } from './time-format.js';

/** CMIFeedback for fill-in is at most 255 characters (RTE 3.4.4). */
const FILL_IN_MAX = 255;

/** RTE 3.4.4.5 patterns: choice/sequencing "a,c"; matching "1.a,2.b"; true-false "t"/"f". */
function join12(parts: Parts): string {
  switch (parts.kind) {
    case 'ids':
      return parts.ids.join(',');
    case 'pairs':
      return parts.pairs.map(([source, target]) => `${source}.${target}`).join(',');
    case 'bool':
      return parts.value ? 't' : 'f';
    case 'text':
      return cleanText(parts.text, FILL_IN_MAX);
    default:
      return assertNever(parts);
  }
}

function type12(question: Question): string {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return 'choice';
    case 'true-false':
      return 'true-false';
    case 'order':
      return 'sequencing';
    case 'match':
      return 'matching';
    case 'fill-in':
    case 'open':
      return 'fill-in'; // 1.2 has no long-fill-in: open answers are recorded as fill-in text
    default:
      return assertNever(question);
  }
}

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
  // 101 general exception: what an LMS reports when it could not store or send the data.
  transientErrors: ['0', '101', '301'],
  exitSuspend: 'suspend',
  exitNormal: '', // 1.2 has no "normal" (RTE 3.4.4.1): "" is the ordinary exit
  status: status12,
  successFrom(read) {
    const status = read('cmi.core.lesson_status');
    return status === 'passed' || status === 'failed' ? status : 'unknown';
  },
  extraScore: () => [],
  isReview: (mode, credit) => mode === 'review' || mode === 'browse' || credit === 'no-credit',
  sessionTime: timespan12,
  interaction: {
    type: type12,
    response: (question, r) => join12(responseParts(question, r)),
    patterns: (question) => correctParts(question).map(join12),
    result: (ok) => (ok === null ? 'neutral' : ok ? 'correct' : 'wrong'),
    responseElement: 'student_response',
    latency: timespan12,
    time: (date) => ['time', timeOfDay12(date)],
    description: null,
  },
};

