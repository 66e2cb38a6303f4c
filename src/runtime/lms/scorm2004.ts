// SCORM 2004 4th Edition: the vocabulary of shared/scorm.ts plus the formats the player writes
// (RTE 4.2: the run-time data model; docs/SCORM-FACTS.md for Moodle).

import type { Question } from '../../shared/model.js';
import { SCORM2004 } from '../../shared/scorm.js';
import type { Response } from '../../shared/tracking.js';
import { correctParts, joinParts, responseParts, type Parts, type PatternSyntax } from './patterns.js';
import type { ScormTable, Standing } from './scorm-table.js';
import { duration2004, timestamp2004 } from './time-format.js';

/** RTE 4.2.9.1 patterns: choice/sequencing "a[,]c"; matching "1[.]a[,]2[.]b"; "true"/"false"; numeric "min[:]max". */
const SYNTAX: PatternSyntax = {
  list: '[,]',
  pair: '[.]',
  true: 'true',
  false: 'false',
  range: (r) => `${r[0]}[:]${r[1]}`,
};

/** Learner text must not be read as a delimiter: `[,]` and `[.]` separate list items (RTE 4.2.9.1),
 *  and a leading `{` would open a `{lang=..}` / `{case_matters=..}` delimiter. */
function plainText(text: string, max: number): string {
  const flat = text.trim().replace(/\[([,.])\]/g, '$1');
  return (flat.startsWith('{') ? `(${flat.slice(1)}` : flat).slice(0, max);
}

/** `caseMatters`: null for responses, the question's setting for fill-in patterns. */
function join2004(parts: Parts, caseMatters: boolean | null): string {
  return joinParts(parts, SYNTAX, (text) => {
    const safe = plainText(text, SCORM2004.limits.fillIn);
    return caseMatters === null ? safe : `{case_matters=${caseMatters}}${safe}`;
  });
}

function response2004(question: Question, r: Response): string {
  const parts = responseParts(question, r);
  if (question.type === 'open' && parts.kind === 'text') return plainText(parts.text, SCORM2004.limits.longFillIn);
  return join2004(parts, null);
}

/** Both statuses are the content's to set: Moodle never derives success_status from the passing
 *  score, and "unknown" is left alone until a quiz attempt is finished. */
function status2004(standing: Standing): Array<[string, string]> {
  const out: Array<[string, string]> = [[SCORM2004.completionElement, standing.completed ? 'completed' : 'incomplete']];
  if (standing.success !== 'unknown') out.push([SCORM2004.successElement, standing.success]);
  return out;
}

export const scorm2004: ScormTable = {
  ...SCORM2004,
  kind: 'scorm2004',
  status: status2004,
  sessionTime: duration2004,
  interaction: {
    response: response2004,
    patterns: (question) =>
      correctParts(question).map((parts) =>
        join2004(parts, question.type === 'fill-in' ? question.caseSensitive : null),
      ),
    latency: duration2004,
    time: (date) => ['timestamp', timestamp2004(date)],
  },
};
