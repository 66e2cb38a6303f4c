// The strict checker lets through exactly one LMS error: SCORM 2004's 403 for GetValue of an element
// that has no value yet (how the player learns there is nothing saved), with scorm-again's warning for
// it. Any other failed GetValue, or a 403 for an element the course set, is still a violation.

import { describe, expect, it } from 'vitest';
import type { ApiCall, LmsRecord } from '../browser/harness/lms.js';
import { strictViolations } from '../browser/harness/strict-checker.js';

const call = (fn: string, args: string[], result = 'true', error = '0'): ApiCall => ({ fn, args, result, error });
const warning = (element: string) => ({
  level: 3,
  message: `SCORM Error 403: The data model element passed to GetValue (${element}) has not been initialized.`,
});
const record = (calls: ApiCall[], logs: LmsRecord['logs'] = []): LmsRecord => ({
  calls: [call('Initialize', ['']), ...calls],
  commits: [],
  logs,
  thrown: 0,
});

describe('the strict checker and 403', () => {
  it('allows a 403 on GetValue of an element never set, and its warning', () => {
    const run = record([call('GetValue', ['cmi.suspend_data'], '', '403')], [warning('cmi.suspend_data')]);
    expect(strictViolations('2004', run)).toEqual([]);
  });

  it('does not allow a 403 for an element the course set before, nor another error or warning', () => {
    const set = record(
      [call('SetValue', ['cmi.location', 'abc']), call('GetValue', ['cmi.location'], '', '403')],
      [warning('cmi.location')],
    );
    expect(strictViolations('2004', set)).toEqual([
      'GetValue(cmi.location) error 403',
      'scorm-again warning: SCORM Error 403: The data model element passed to GetValue (cmi.location) has not been initialized.',
    ]);
    expect(strictViolations('2004', record([call('GetValue', ['cmi.bogus'], '', '401')]))).toEqual([
      'GetValue(cmi.bogus) error 401',
    ]);
  });
});

describe('the strict checker and the score', () => {
  const set = (element: string, value: string) => call('SetValue', [element, value]);
  const commit = call('Commit', ['']);

  it('accepts a new score while the passed/failed set earlier in the session stays in force (a better retry)', () => {
    const run = record([
      set('cmi.core.score.raw', '45'),
      set('cmi.core.lesson_status', 'failed'),
      commit,
      set('cmi.core.score.raw', '60'),
      commit,
    ]);
    expect(strictViolations('1.2', run)).toEqual([]);
  });

  it('with a pass mark in the LMS, refuses a score committed with no passed/failed in force, or after the status went back to incomplete', () => {
    // The player read the manifest's mastery score: Moodle would judge the score at LMSFinish.
    const mastery = call('GetValue', ['cmi.student_data.mastery_score'], '70');
    expect(strictViolations('1.2', record([mastery, set('cmi.core.score.raw', '45'), commit]))).toEqual([
      'Commit after cmi.core.score.raw without a passed/failed status',
    ]);
    // Without one (a lesson whose failed attempt is not final), "incomplete with the score" is right.
    const noMastery = call('GetValue', ['cmi.student_data.mastery_score'], '');
    expect(strictViolations('1.2', record([noMastery, set('cmi.core.score.raw', '45'), commit]))).toEqual([]);
    const back = record([
      mastery,
      set('cmi.core.score.raw', '45'),
      set('cmi.core.lesson_status', 'failed'),
      commit,
      set('cmi.core.lesson_status', 'incomplete'),
      set('cmi.core.score.raw', '60'),
      commit,
    ]);
    expect(strictViolations('1.2', back)).toEqual(['Commit after cmi.core.score.raw without a passed/failed status']);
  });
});

describe('the strict checker and numeric interactions', () => {
  const set = (element: string, value: string) => call('SetValue', [element, value]);
  const numeric = (version: '1.2' | '2004', pattern: string, response: string) => {
    const respond = version === '1.2' ? 'student_response' : 'learner_response';
    return strictViolations(
      version,
      record([
        set('cmi.interactions.0.id', 'temp'),
        set('cmi.interactions.0.type', 'numeric'),
        set('cmi.interactions.0.correct_responses.0.pattern', pattern),
        set(`cmi.interactions.0.${respond}`, response),
      ]),
    );
  };

  it('accepts 2004 min[:]max with a decimal response, and 1.2 a single decimal', () => {
    expect(numeric('2004', '73[:]77', '75.0')).toEqual([]);
    expect(numeric('2004', '[:]0.5', '-2')).toEqual([]);
    expect(numeric('1.2', '75', '75.0')).toEqual([]);
  });

  it('refuses a decimal comma, a unit, a reversed range and a range in 1.2', () => {
    expect(numeric('2004', '73[:]77', '75,0')).toEqual([
      'cmi.interactions.0.learner_response="75,0": not a decimal matching /^-?[0-9]{1,5}(\\.[0-9]{1,18})?$/',
    ]);
    expect(numeric('2004', '77[:]73', '75')).toEqual([
      'cmi.interactions.0.correct_responses.0.pattern="77[:]73": not a numeric range min[:]max of decimals',
    ]);
    expect(numeric('1.2', '73[:]77', '75 graden')).toEqual([
      'cmi.interactions.0.correct_responses.0.pattern="73[:]77": not a decimal matching /^-?[0-9]{1,5}(\\.[0-9]{1,18})?$/',
      'cmi.interactions.0.student_response="75 graden": not a decimal matching /^-?[0-9]{1,5}(\\.[0-9]{1,18})?$/',
    ]);
  });
});
