// "Could not read" is not "nothing saved" (issue 12): when the LMS's first GetValue calls fail (error
// 101, data not loaded yet; a flaky request) the tracker reads again, and until it has read what the
// LMS holds it writes nothing. Against a fake SCORM 2004 API (fault injection) whose first reads fail.

import { describe, expect, it } from 'vitest';
import { createScormTracker, type TrackerTiming } from '../../src/runtime/lms/scorm-tracker.js';
import { scorm2004 } from '../../src/runtime/lms/scorm2004.js';
import { encodeState } from '../../src/runtime/lms/suspend-codec.js';
import { initialState, type PlayerState } from '../../src/shared/tracking.js';
import { lessonData, questionsOfEveryType } from './lms-data.js';

const graded = questionsOfEveryType();
const lesson = lessonData(graded);
const win = {
  addEventListener() {},
  document: { addEventListener() {}, visibilityState: 'visible' },
} as unknown as Window;
/** Reads again after 1, 2, 4, 8 and 16 ms: six times in all. */
const FAST: TrackerTiming = { intervalMs: 0, backoffMs: 1, maxBackoffMs: 1, readMs: 1, maxReadMs: 16 };

const savedState: PlayerState = {
  ...initialState(),
  slide: 3,
  visited: [0, 1, 2, 3],
  answers: { 'single-0': { r: 'a', ok: true, pts: 1, ms: 0 } },
};
const RETURNING = {
  'cmi.interactions._count': '1',
  'cmi.mode': 'normal',
  'cmi.credit': 'credit',
  'cmi.entry': 'resume',
  'cmi.suspend_data': encodeState(savedState, lesson),
  'cmi.location': 'd03',
  'cmi.learner_id': '7',
};

/** A 2004 API holding `cmi` whose GetValue answers "" with `error` (or throws) the first `failing`
 *  times it is asked for an element `fails` names (every element by default). */
function flakyLms(
  cmi: Record<string, string>,
  failing: number,
  error: string | 'throw' = '101',
  fails = (_element: string) => true,
) {
  const reads: string[] = [];
  const writes: string[] = [];
  const calls: string[] = [];
  let last = '0';
  const api = {
    Initialize: () => 'true',
    GetValue(element: string) {
      reads.push(element);
      if (fails(element) && failing-- > 0) {
        if (error === 'throw') throw new Error('request failed');
        last = error;
        return '';
      }
      last = element in cmi ? '0' : '403';
      return cmi[element] ?? '';
    },
    GetLastError: () => last,
    SetValue(element: string, value: string) {
      writes.push(`${element}=${value}`);
      last = '0';
      return 'true';
    },
    Commit() {
      calls.push('Commit');
      return 'true';
    },
    Terminate() {
      calls.push('Terminate');
      return 'true';
    },
  };
  return { api, reads, writes, calls };
}

describe('the first reads at launch fail, later ones work', () => {
  const cases = [
    ['101', 5, 'any'],
    ['301', 3, 'any'],
    ['throw', 5, 'any'],
    ['101', 5, 'cmi.suspend_data'],
    ['101', 5, 'cmi.location'],
  ] as const;
  it.each(cases)(
    'error %s, %i failed reads of %s: the learner continues from the saved state',
    async (error, failing, element) => {
      const lms = flakyLms(RETURNING, failing, error, (e) => element === 'any' || e === element);
      const tracker = (await createScormTracker(lesson, lms.api, scorm2004, win, FAST))!;
      expect(tracker.unread).toBe(false);
      const state = tracker.restore()!;
      expect([state.slide, state.answers['single-0']?.r]).toEqual([3, 'a']);
      expect(tracker.learner).toBe('7');
      // The next interaction goes after the one the LMS holds; the saved state, unchanged, is not sent again.
      tracker.recordAnswer(graded[1]!, { r: ['a', 'c'], ok: true, pts: 1, ms: 5 }, state);
      expect(lms.writes).toContain('cmi.interactions.1.id=multiple-0');
      expect(lms.writes.some((w) => w.startsWith('cmi.interactions.0.'))).toBe(false);
      tracker.end(state);
      expect(lms.writes.filter((w) => /^cmi\.(suspend_data|location)=/.test(w))).toEqual([]);
    },
  );

  it('a 2004 LMS answering 403 for suspend_data never set is "nothing saved": read once, no waiting', async () => {
    const lms = flakyLms({ 'cmi.interactions._count': '0', 'cmi.mode': 'normal', 'cmi.credit': 'credit' }, 0);
    const tracker = (await createScormTracker(lesson, lms.api, scorm2004, win, FAST))!;
    expect([tracker.unread, tracker.restore()]).toEqual([false, null]);
    expect(lms.reads.filter((r) => r === 'cmi.suspend_data')).toHaveLength(1);
  });
});

describe('an element the session can do without cannot be read', () => {
  it('the learner id and pass mark read as empty, without waiting; the saved state is read', async () => {
    const lms = flakyLms(
      { ...RETURNING, 'cmi.scaled_passing_score': '0.6' },
      Infinity,
      '101',
      (e) => e === 'cmi.learner_id' || e === 'cmi.scaled_passing_score',
    );
    const tracker = (await createScormTracker(lesson, lms.api, scorm2004, win, FAST))!;
    expect([tracker.unread, tracker.learner, tracker.passingScore, tracker.restore()?.slide]).toEqual([
      false,
      '',
      null,
      3,
    ]);
    expect(lms.reads.filter((r) => r === 'cmi.interactions._count')).toHaveLength(1);
  });
});

describe('the reads at launch never work', () => {
  it('the learner may go on, is told, and nothing at all is written, so the saved progress is there next time', async () => {
    const lms = flakyLms(RETURNING, Infinity);
    const tracker = (await createScormTracker(lesson, lms.api, scorm2004, win, FAST))!;
    expect(lms.reads.filter((r) => r === 'cmi.interactions._count')).toHaveLength(6);
    expect([tracker.unread, tracker.recording, tracker.restore(), tracker.passingScore]).toEqual([
      true,
      true,
      null,
      null,
    ]);
    const state: PlayerState = { ...initialState(), slide: 1, visited: [0, 1] };
    tracker.save(state);
    state.answers['single-0'] = { r: 'b', ok: false, pts: 0, ms: 900 };
    tracker.recordAnswer(graded[0]!, state.answers['single-0'], state);
    tracker.finishQuiz({ ...state, result: { score: 0, passed: false } });
    tracker.end(state);
    expect(lms.writes).toEqual([]);
    expect(lms.calls).toEqual(['Terminate']);
  });
});
