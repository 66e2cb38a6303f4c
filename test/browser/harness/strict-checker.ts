// What scorm-again lets through but Moodle (or the SCORM spec) does not: every value the course
// set is checked against docs/SCORM-FACTS.md, and every failed call or scorm-again warning is a violation.
// Tests assert `toEqual([])` on the result, so a violation prints exactly what was wrong.

import type { ScormVersion } from '../../../src/shared/model.js';
import type { ApiCall, LmsRecord } from './lms.js';

// Moodle's patterns (mod/scorm datamodels) and the SCORM RTE vocabularies. Written out here on purpose,
// not imported from src/shared/scorm.ts: the checker is the independent oracle for the values the
// player takes from there, so a wrong limit in shared/ fails the browser tests instead of passing them.
const DECIMAL = /^-?[0-9]{1,5}(\.[0-9]{1,18})?$/;
const TIMESPAN_12 = /^[0-9]{2,4}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,2})?$/;
const TIME_12 = /^([0-1][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,2})?$/;
const DURATION_2004 = /^PT(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\.[0-9]{1,2})?S)?$/;
const TIMESTAMP_2004 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}(:\d{2})?)?$/;
const ID_2004 = /^[\w.]{1,250}$/;
const NO_SPACES = /^[\x21-\x7e]{1,255}$/;

type Rule = (value: string, element: string) => string | null;

const max =
  (n: number): Rule =>
  (v) =>
    v.length <= n ? null : `longer than ${n} (${v.length})`;
const match =
  (re: RegExp): Rule =>
  (v) =>
    re.test(v) ? null : `does not match ${re}`;
const oneOf =
  (...allowed: string[]): Rule =>
  (v) =>
    allowed.includes(v) ? null : `not one of ${allowed.map((a) => JSON.stringify(a)).join(' ')}`;
const range =
  (lo: number, hi: number): Rule =>
  (v) =>
    DECIMAL.test(v) && +v >= lo && +v <= hi ? null : `not a decimal in ${lo}..${hi}`;

/** 2004 choice/matching/sequencing ids inside patterns (Moodle checks each with ^[\w.]{1,250}$). */
const ids2004: Rule = (v) => {
  const ids = v.split('[,]').flatMap((part) => part.split('[.]'));
  return ids.every((id) => ID_2004.test(id)) ? null : `id not matching ${ID_2004}`;
};

const RULES: Record<ScormVersion, Array<[RegExp, Rule]>> = {
  '1.2': [
    [/^cmi\.core\.lesson_location$/, max(255)],
    [/^cmi\.suspend_data$/, max(4096)],
    [/^cmi\.core\.exit$/, oneOf('suspend', 'logout', 'time-out', '')],
    [/^cmi\.core\.lesson_status$/, oneOf('passed', 'completed', 'failed', 'incomplete', 'browsed')],
    [/^cmi\.core\.score\.(raw|min|max)$/, range(0, 100)],
    [/^cmi\.core\.session_time$/, match(TIMESPAN_12)],
    [/^cmi\.interactions\.\d+\.id$/, match(NO_SPACES)],
    [
      /^cmi\.interactions\.\d+\.type$/,
      oneOf('true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'),
    ],
    [/^cmi\.interactions\.\d+\.result$/, oneOf('correct', 'wrong', 'unanticipated', 'neutral')],
    [/^cmi\.interactions\.\d+\.time$/, match(TIME_12)],
    [/^cmi\.interactions\.\d+\.latency$/, match(TIMESPAN_12)],
    [/^cmi\.interactions\.\d+\.weighting$/, match(DECIMAL)],
    [/^cmi\.interactions\.\d+\.(student_response|correct_responses\.\d+\.pattern)$/, max(255)],
  ],
  '2004': [
    [/^cmi\.location$/, max(1000)],
    [/^cmi\.suspend_data$/, max(64000)],
    [/^cmi\.exit$/, oneOf('suspend', 'normal', 'time-out', 'logout', '')],
    [/^cmi\.completion_status$/, oneOf('completed', 'incomplete')],
    [/^cmi\.success_status$/, oneOf('passed', 'failed')],
    [/^cmi\.score\.(raw|min|max)$/, range(0, 100)],
    [/^cmi\.score\.scaled$/, range(-1, 1)],
    [/^cmi\.progress_measure$/, range(0, 1)],
    [/^cmi\.session_time$/, match(DURATION_2004)],
    [/^cmi\.interactions\.\d+\.id$/, match(NO_SPACES)],
    [
      /^cmi\.interactions\.\d+\.type$/,
      oneOf(
        'true-false',
        'choice',
        'fill-in',
        'long-fill-in',
        'matching',
        'performance',
        'sequencing',
        'likert',
        'numeric',
        'other',
      ),
    ],
    [/^cmi\.interactions\.\d+\.result$/, oneOf('correct', 'incorrect', 'unanticipated', 'neutral')],
    [/^cmi\.interactions\.\d+\.timestamp$/, match(TIMESTAMP_2004)],
    [/^cmi\.interactions\.\d+\.latency$/, match(DURATION_2004)],
    [/^cmi\.interactions\.\d+\.weighting$/, match(DECIMAL)],
    [/^cmi\.interactions\.\d+\.description$/, max(250)],
  ],
};

/** Interaction types whose responses are lists of ids (checked with Moodle's id pattern in 2004). */
const ID_TYPES = new Set(['choice', 'matching', 'sequencing']);

/** Numeric interactions: every response a decimal by Moodle's rule; a 1.2 pattern one CMIDecimal (1.2 RTE
 *  3.4.4.5 has no ranges), a 2004 pattern `min[:]max` (RTE 4.2.9.1) with either side optional, min <= max. */
function numericProblem(version: ScormVersion, element: string, value: string): string | null {
  if (!element.includes('correct_responses') || version === '1.2')
    return DECIMAL.test(value) ? null : `not a decimal matching ${DECIMAL}`;
  const sides = value.split('[:]');
  const ok =
    sides.length === 2 &&
    sides.every((side) => side === '' || DECIMAL.test(side)) &&
    !(sides[0] !== '' && sides[1] !== '' && +sides[0]! > +sides[1]!);
  return ok ? null : 'not a numeric range min[:]max of decimals';
}

function valueViolations(version: ScormVersion, sets: ApiCall[]): string[] {
  const out: string[] = [];
  const types = new Map<string, string>();
  for (const {
    args: [element = '', value = ''],
  } of sets) {
    const n = /^cmi\.interactions\.(\d+)\./.exec(element)?.[1];
    if (n !== undefined && element.endsWith('.type')) types.set(n, value);
    for (const [re, rule] of RULES[version]) {
      const problem = re.test(element) ? rule(value, element) : null;
      if (problem !== null) out.push(`${element}=${JSON.stringify(value)}: ${problem}`);
    }
    const isPattern = /\.(learner_response|correct_responses\.\d+\.pattern)$/.test(element);
    const isResponse = /\.(learner_response|student_response|correct_responses\.\d+\.pattern)$/.test(element);
    const numeric =
      n !== undefined && isResponse && types.get(n) === 'numeric' ? numericProblem(version, element, value) : null;
    if (numeric !== null) out.push(`${element}=${JSON.stringify(value)}: ${numeric}`);
    if (version === '2004' && n !== undefined && isPattern && ID_TYPES.has(types.get(n) ?? '')) {
      const problem = ids2004(value, element);
      if (problem !== null) out.push(`${element}=${JSON.stringify(value)}: ${problem}`);
    }
  }
  return out;
}

/** id first, type second, for every interaction (2004 RTE 4.2.9: 408 otherwise; kept in 1.2 too). */
function orderViolations(sets: ApiCall[]): string[] {
  const seen = new Map<string, string[]>();
  for (const {
    args: [element = ''],
  } of sets) {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (m) seen.set(m[1]!, [...(seen.get(m[1]!) ?? []), m[2]!]);
  }
  return [...seen].flatMap(([n, fields]) =>
    fields[0] === 'id' && fields[1] === 'type' ? [] : [`interaction ${n} written in order ${fields.join(', ')}`],
  );
}

/** Where the LMS holds a pass mark (the manifest's masteryscore / minNormalizedMeasure, read by the
 *  player at launch): a score goes with passed/failed right after it, since Moodle's mastery override
 *  (1.2) turns a raw score into passed/failed at LMSFinish and a 2004 LMS may evaluate success_status
 *  from it. Without one (a lesson whose failed attempt is not final), "incomplete with the score" is
 *  what the player reports until the last attempt, and nothing judges the score. */
function scoreViolations(version: ScormVersion, calls: ApiCall[], hadScore: boolean): string[] {
  const out: string[] = [];
  const passMark = version === '1.2' ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score';
  if (!calls.some((c) => c.fn === 'GetValue' && c.args[0] === passMark && c.result !== '')) return out;
  const raw = version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw';
  const isOutcome = (c: ApiCall): boolean =>
    version === '1.2'
      ? c.args[0] === 'cmi.core.lesson_status' && (c.args[1] === 'passed' || c.args[1] === 'failed')
      : c.args[0] === 'cmi.success_status';
  let scored = hadScore;
  let awaitingStatus = false;
  // A passed/failed set earlier in the session stays in force: a better (or, with score: last, a
  // later) attempt that leaves the outcome as it was sends only its new score.
  let outcomeSet = false;
  for (const call of calls) {
    if (call.fn === 'SetValue' && call.args[0] === raw) [scored, awaitingStatus] = [true, !outcomeSet];
    if (call.fn === 'SetValue' && isOutcome(call)) {
      if (!scored) out.push(`${call.args[0]}=${call.args[1]} before any score`);
      [awaitingStatus, outcomeSet] = [false, true];
    } else if (
      call.fn === 'SetValue' &&
      call.args[0] === (version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status')
    ) {
      outcomeSet = false;
    }
    if ((call.fn === 'Commit' || call.fn === 'Terminate') && awaitingStatus)
      out.push(`${call.fn} after ${raw} without a passed/failed status`);
  }
  return out;
}

function callViolations(calls: ApiCall[], expectedErrors: string[]): string[] {
  const out = calls
    .filter((c) => c.result !== 'true' && !(c.fn === 'GetValue') && !expectedErrors.includes(c.error))
    .map((c) => `${c.fn}(${c.args.map((a) => JSON.stringify(a)).join(', ')}) -> ${c.result}, error ${c.error}`);
  const inits = calls.filter((c) => c.fn === 'Initialize').length;
  if (inits !== 1) out.push(`Initialize called ${inits} times`);
  const end = calls.findIndex((c) => c.fn === 'Terminate');
  if (end >= 0 && end !== calls.length - 1) out.push(`${calls.length - 1 - end} call(s) after Terminate`);
  out.push(
    ...calls
      .filter((c) => c.fn === 'GetValue' && c.error !== '0' && c.error !== '' && !neverSet(calls, c))
      .map((c) => `GetValue(${c.args[0]}) error ${c.error}`),
  );
  return out;
}

/** SCORM 2004 RTE 3.1.7.6: GetValue of an element that has no value yet answers "" with 403 "data model
 *  element value not initialized": how the player learns there is nothing saved (it reads the saved
 *  state whatever cmi.entry says: Chamilo always says ab-initio). Allowed exactly then: a 403, an empty
 *  answer, and no SetValue of that element earlier in the session (scorm-again had no value loaded). */
function neverSet(calls: ApiCall[], call: ApiCall): boolean {
  const before = calls.slice(0, calls.indexOf(call));
  return (
    call.error === '403' &&
    call.result === '' &&
    !before.some((c) => c.fn === 'SetValue' && c.args[0] === call.args[0] && c.result === 'true')
  );
}

/** scorm-again's warnings for the 403s neverSet allows (it logs each one). */
function allowedLog(calls: ApiCall[], message: string): boolean {
  return calls.some(
    (c) =>
      c.fn === 'GetValue' && neverSet(calls, c) && message.includes(`GetValue (${c.args[0]}) has not been initialized`),
  );
}

export interface CheckOptions {
  /** The learner's cmi data held a score before this session. */
  hadScore?: boolean;
  /** Error codes a fault-injection test caused on purpose. */
  expectedErrors?: string[];
  /** scorm-again log lines a fault-injection test caused on purpose. */
  expectedLogs?: RegExp;
}

/** Every rule broken in a session; [] when the course behaved. */
export function strictViolations(version: ScormVersion, record: LmsRecord, options: CheckOptions = {}): string[] {
  const sets = record.calls.filter((c) => c.fn === 'SetValue');
  const logs = record.logs
    .filter(
      (l) => l.level >= 3 && !(options.expectedLogs?.test(l.message) ?? false) && !allowedLog(record.calls, l.message),
    )
    .map((l) => `scorm-again ${l.level >= 4 ? 'error' : 'warning'}: ${l.message}`);
  return [
    ...callViolations(record.calls, options.expectedErrors ?? []),
    ...valueViolations(version, sets),
    ...orderViolations(sets),
    ...scoreViolations(version, record.calls, options.hadScore ?? false),
    ...logs,
  ];
}
