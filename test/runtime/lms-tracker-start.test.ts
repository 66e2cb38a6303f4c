// What the SCORM tracker reads from the LMS when it starts, against a fake SCORM 2004 API (fault
// injection: an LMS that answers 403 for elements it never set, as the RTE allows and scorm-again does).

import { describe, expect, it, vi } from 'vitest';
import { createScormTracker } from '../../src/runtime/lms/scorm-tracker.js';
import { scorm2004 } from '../../src/runtime/lms/scorm2004.js';
import { encodeState } from '../../src/runtime/lms/suspend-codec.js';
import { decodeS1 } from '../../src/runtime/lms/suspend-s1.js';
import type { Question } from '../../src/shared/model.js';
import { servePartFiles } from './fake-parts.js';
import { lessonData, questionsOfEveryType } from './lms-data.js';

/** A 2004 API holding `cmi`; GetValue of anything else answers "" with error 403. */
function fakeLms(cmi: Record<string, string>) {
  const reads: string[] = [];
  const writes: string[] = [];
  let error = '0';
  const api = {
    Initialize: () => 'true',
    GetValue(element: string) {
      reads.push(element);
      error = element in cmi ? '0' : '403';
      return cmi[element] ?? '';
    },
    GetLastError: () => error,
    SetValue(element: string, value: string) {
      writes.push(`${element}=${value}`);
      return 'true';
    },
    Commit: () => 'true',
    Terminate: () => 'true',
  };
  return { api, reads, writes };
}

const win = {
  addEventListener() {},
  document: { addEventListener() {}, visibilityState: 'visible' },
} as unknown as Window;
const NEW_LEARNER = {
  'cmi.interactions._count': '0',
  'cmi.mode': 'normal',
  'cmi.credit': 'credit',
  'cmi.entry': 'ab-initio',
  'cmi.learner_name': 'Jansen, Eva',
};
const graded = questionsOfEveryType();
const openOnly: Question[] = graded.filter((q) => q.type === 'open');

async function start(questions: Question[], cmi: Record<string, string>) {
  const lms = fakeLms(cmi);
  const tracker = await createScormTracker(lessonData(questions), lms.api, scorm2004, win);
  return { passingScore: tracker?.passingScore, reads: lms.reads };
}

describe('the SCORM tracker at start', () => {
  it('takes the LMS pass mark from cmi.scaled_passing_score as a percentage', async () => {
    expect(await start(graded, { ...NEW_LEARNER, 'cmi.scaled_passing_score': '0.6' })).toEqual({
      passingScore: 60,
      reads: [
        'cmi.interactions._count',
        'cmi.mode',
        'cmi.credit',
        'cmi.scaled_passing_score',
        // The learner first: this browser's backup for them is read beside the saved data.
        'cmi.learner_id',
        'cmi.suspend_data',
      ],
    });
  });

  it("falls back to the lesson's pass mark (null) when the LMS answers 403 for it", async () => {
    expect((await start(graded, NEW_LEARNER)).passingScore).toBeNull();
  });

  it('does not ask for a pass mark when the lesson has no graded question (the manifest declares none)', async () => {
    expect(await start(openOnly, { ...NEW_LEARNER, 'cmi.scaled_passing_score': '0.6' })).toEqual({
      passingScore: null,
      reads: ['cmi.interactions._count', 'cmi.mode', 'cmi.credit', 'cmi.learner_id', 'cmi.suspend_data'],
    });
  });
});

describe('a session that must not change recorded results (SCORM 2004 RTE 4.2.6 credit, 4.2.16 mode)', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['browse mode', { 'cmi.mode': 'browse' }],
    ['review mode', { 'cmi.mode': 'review' }],
    ['no-credit', { 'cmi.credit': 'no-credit' }],
  ];
  it.each(cases)('%s: records nothing, whatever the learner does', async (_name, launch) => {
    const lms = fakeLms({ ...NEW_LEARNER, ...launch });
    const tracker = (await createScormTracker(lessonData(graded), lms.api, scorm2004, win))!;
    expect(tracker.recording).toBe(false);
    const state = {
      slide: 2,
      visited: [0, 1, 2],
      answers: {},
      attempt: 1,
      result: { score: 100, passed: true },
      best: null,
      timers: {},
    };
    tracker.save(state);
    tracker.recordAnswer(graded[0]!, { r: 'a', ok: true, pts: 1, ms: 900 }, state);
    tracker.finishQuiz(state);
    tracker.end(state);
    expect(lms.writes).toEqual([]);
  });

  it('normal mode with credit records (the same calls do write)', async () => {
    const lms = fakeLms(NEW_LEARNER);
    const tracker = (await createScormTracker(lessonData(graded), lms.api, scorm2004, win))!;
    expect(tracker.recording).toBe(true);
    tracker.end({ slide: 2, visited: [0, 1, 2], answers: {}, attempt: 1, result: null, best: null, timers: {} });
    expect(lms.writes).toContain('cmi.location=d02');
    expect(lms.writes).toContain('cmi.exit=suspend');
  });
});

describe('resuming, whatever cmi.entry says (Chamilo 1.11 always says ab-initio: docs/SCORM-FACTS.md)', () => {
  const lesson = lessonData(graded);
  const saved = encodeState(
    {
      slide: 3,
      visited: [0, 1, 2, 3],
      answers: { 'single-0': { r: 'a', ok: true, pts: 1, ms: 0 } },
      attempt: 2,
      result: null,
      best: { score: 45, passed: false, n: 1 },
      timers: {},
    },
    lesson,
  );

  it.each(['ab-initio', 'resume', ''])(
    'entry "%s" with saved data: back on the bookmarked slide with the answers and the best result',
    async (entry) => {
      const lms = fakeLms({
        ...NEW_LEARNER,
        'cmi.entry': entry,
        'cmi.suspend_data': saved,
        'cmi.location': 'd03',
        'cmi.success_status': 'failed',
      });
      const tracker = (await createScormTracker(lesson, lms.api, scorm2004, win))!;
      const state = tracker.restore();
      expect([state?.slide, state?.answers['single-0']?.r, state?.attempt, state?.best?.score]).toEqual([
        3,
        'a',
        2,
        45,
      ]);
      tracker.end(state!);
      // The kept answer is not sent again as an interaction, the best score is still the LMS's.
      expect(lms.writes.filter((w) => w.startsWith('cmi.interactions.'))).toEqual([]);
      expect(lms.writes).toContain('cmi.score.raw=45');
    },
  );

  it('a new Moodle attempt (nothing handed back) starts afresh without asking for a bookmark', async () => {
    const lms = fakeLms(NEW_LEARNER);
    expect((await createScormTracker(lesson, lms.api, scorm2004, win))!.restore()).toBeNull();
    expect(lms.reads).not.toContain('cmi.location');
  });
});

describe('s1 data of a learner mid-retry (written by packages built before the best attempt was kept)', () => {
  it('takes the score the LMS holds as the best attempt, so a worse retry does not replace it', async () => {
    const lesson = lessonData(graded);
    // Attempt 2 under way, no answers yet: s1 kept no result once the retry began.
    const s1 = 's1|x|0|2|B|||';
    const lms = fakeLms({
      ...NEW_LEARNER,
      'cmi.suspend_data': s1,
      'cmi.score.raw': '45',
      'cmi.success_status': 'failed',
    });
    // The s1 decoder is a package file of its own, loaded when s1 data is met (the compiler names it).
    vi.stubGlobal('SCORMDOWN_S1_FILE', 'player-s1.js');
    const page = { ...win };
    const loaded = servePartFiles(page, { 'player-s1.js': ['s1', decodeS1] });
    const tracker = (await createScormTracker(lesson, lms.api, scorm2004, page))!;
    expect(loaded).toEqual(['player-s1.js']);
    expect(tracker.restore()?.best).toEqual({ score: 45, passed: false, n: 1 });
    vi.unstubAllGlobals();
  });
});
