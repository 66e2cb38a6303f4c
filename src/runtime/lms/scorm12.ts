// SCORM 1.2: the vocabulary of shared/scorm.ts plus the formats the player writes (RTE 3.4: the
// cmi data model; docs/SCORM-FACTS.md for what Moodle adds).

import { SCORM12 } from '../../shared/scorm.js';
import { cleanText, correctParts, joinParts, responseParts, type Parts, type PatternSyntax } from './patterns.js';
import type { ScormTable, Standing } from './scorm-table.js';
import { timeOfDay12, timespan12 } from './time-format.js';

/** RTE 3.4.4.5 patterns: choice/sequencing "a,c"; matching "1.a,2.b"; true-false "t"/"f"; numeric a
 *  CMIDecimal, so no range: the author's answer, or no pattern when only min/max were given. */
const SYNTAX: PatternSyntax = { list: ',', pair: '.', true: 't', false: 'f', range: (r) => r[2] ?? '' };

const join12 = (parts: Parts): string => joinParts(parts, SYNTAX, (text) => cleanText(text, SCORM12.limits.fillIn));

/** 1.2 has one status element: a finished quiz decides it (as Moodle's mastery override would at
 *  LMSFinish), before that the completion rule does. */
function status12(standing: Standing): Array<[string, string]> {
  const value = standing.success !== 'unknown' ? standing.success : standing.completed ? 'completed' : 'incomplete';
  return [[SCORM12.completionElement, value]];
}

export const scorm12: ScormTable = {
  ...SCORM12,
  kind: 'scorm12',
  status: status12,
  sessionTime: timespan12,
  interaction: {
    response: (question, r) => join12(responseParts(question, r)),
    patterns: (question) =>
      correctParts(question)
        .map(join12)
        .filter((p) => p !== ''),
    latency: timespan12,
    time: (date) => ['time', timeOfDay12(date)],
  },
};
