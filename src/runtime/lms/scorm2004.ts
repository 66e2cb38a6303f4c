// SCORM 2004 4th Edition as a table (RTE 4.2: the run-time data model; LMS-FACTS.md for Moodle).

import type { Question } from '../../shared/model.js';
import type { Response } from '../../shared/tracking.js';
import { correctParts, joinParts, responseParts, type Parts, type PatternSyntax } from './patterns.js';
import type { ScormTable, Standing } from './scorm-table.js';
import { duration2004, timestamp2004 } from './time-format.js';

/** SPM of a fill-in string (RTE 4.2.9.1: 250) and of long-fill-in (4000). */
const FILL_IN_MAX = 250;
const LONG_FILL_IN_MAX = 4000;

/** RTE 4.2.9.1 patterns: choice/sequencing "a[,]c"; matching "1[.]a[,]2[.]b"; "true"/"false". */
const SYNTAX: PatternSyntax = { list: '[,]', pair: '[.]', true: 'true', false: 'false' };

/** Learner text must not be read as a delimiter: `[,]` and `[.]` separate list items (RTE 4.2.9.1),
 *  and a leading `{` would open a `{lang=..}` / `{case_matters=..}` delimiter. */
function plainText(text: string, max: number): string {
  const flat = text.trim().replace(/\[([,.])\]/g, '$1');
  return (flat.startsWith('{') ? `(${flat.slice(1)}` : flat).slice(0, max);
}

/** `caseMatters`: null for responses, the question's setting for fill-in patterns. */
function join2004(parts: Parts, caseMatters: boolean | null): string {
  return joinParts(parts, SYNTAX, (text) => {
    const safe = plainText(text, FILL_IN_MAX);
    return caseMatters === null ? safe : `{case_matters=${caseMatters}}${safe}`;
  });
}

function response2004(question: Question, r: Response): string {
  const parts = responseParts(question, r);
  if (question.type === 'open' && parts.kind === 'text') return plainText(parts.text, LONG_FILL_IN_MAX);
  return join2004(parts, null);
}

/** Both statuses are the content's to set: Moodle never derives success_status from the passing
 *  score, and "unknown" is left alone until a quiz attempt is finished. */
function status2004(standing: Standing): Array<[string, string]> {
  const out: Array<[string, string]> = [['cmi.completion_status', standing.completed ? 'completed' : 'incomplete']];
  if (standing.success !== 'unknown') out.push(['cmi.success_status', standing.success]);
  return out;
}

export const scorm2004: ScormTable = {
  kind: 'scorm2004',
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
    learnerName: 'cmi.learner_name',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    interactionCount: 'cmi.interactions._count',
  },
  limits: { location: 1000, suspendData: 64000 },
  // RTE 4.2.19: -1..1; initialised from the manifest's minNormalizedMeasure (satisfiedByMeasure).
  passMark: { element: 'cmi.scaled_passing_score', min: -1, max: 1, toPercent: 100 },
  progressElement: 'cmi.progress_measure',
  // Moodle grades by raw and ignores scaled; other LMSes report scaled (RTE 4.2.20).
  scaledScoreElement: 'cmi.score.scaled',
  successElement: 'cmi.success_status',
  // 101 general exception, 351 general set failure, 391 general commit failure (RTE 3.1.7).
  transientErrors: ['0', '101', '351', '391'],
  exitSuspend: 'suspend',
  exitNormal: 'normal',
  status: status2004,
  sessionTime: duration2004,
  interaction: {
    types: {
      single: 'choice',
      multiple: 'choice',
      'true-false': 'true-false',
      order: 'sequencing',
      match: 'matching',
      'fill-in': 'fill-in',
      open: 'long-fill-in',
    },
    response: response2004,
    patterns: (question) =>
      correctParts(question).map((parts) =>
        join2004(parts, question.type === 'fill-in' ? question.caseSensitive : null),
      ),
    results: { correct: 'correct', incorrect: 'incorrect', neutral: 'neutral' },
    responseElement: 'learner_response',
    latency: duration2004,
    time: (date) => ['timestamp', timestamp2004(date)],
    description: { element: 'description', max: 250 },
  },
};
