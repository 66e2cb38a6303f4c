// The one SCORM tracker: what to write and when. Element names, vocabularies and formats come from
// the version's table (scorm12.ts, scorm2004.ts); what is read at start from scorm-start.ts;
// ordering, throttling and retries from the writer.

import type { LessonData, Question } from '../../shared/model.js';
import { initialState, type AnswerState, type PlayerState, type SaveStatus } from '../../shared/tracking.js';
import { findApi } from './find-api.js';
import { counted } from '../quiz/score.js';
import { wrapApi, type ScormApi } from './scorm-api.js';
import { readStart, type StartReading } from './scorm-start.js';
import type { ResultWords } from '../../shared/scorm.js';
import { decimalText, type ScormTable, type Standing } from './scorm-table.js';
import { createWriter, type Writer, type WriterOptions } from './scorm-writer.js';
import { backupKey, keepUnsaved } from './backup.js';
import { finished, standingOf } from './standing.js';
import { encodeState } from './suspend-codec.js';
import type { Tracker } from './tracker.js';

export interface TrackerTiming {
  intervalMs: number;
  backoffMs: number;
  maxBackoffMs: number;
  /** At launch, the wait before reading again what could not be read; doubles up to maxReadMs. */
  readMs: number;
  maxReadMs: number;
}

/** Reads at launch: again after 0.25, 0.5, 1, 2 and 4 seconds, then the learner is told. */
const TIMING: TrackerTiming = { intervalMs: 1500, backoffMs: 1000, maxBackoffMs: 30_000, readMs: 250, maxReadMs: 4000 };

interface Session {
  lesson: LessonData;
  table: ScormTable;
  api: ScormApi;
  writer: Writer;
  /** False in review/browse mode, without credit, and when what the LMS holds could not be read at
   *  launch: nothing is written. */
  recording: boolean;
  /** The learner's latest finished quiz outcome, kept while a retry is under way. */
  lastSuccess: Standing['success'];
  interactionCount: number;
  /** When Initialize succeeded: the session time counts from here. */
  started: number;
  /** The state the player last reported, for an end the player did not ask for (pagehide). */
  lastState: PlayerState;
  ended: boolean;
}

function wantState(session: Session, state: PlayerState): void {
  const { lesson, table, writer } = session;
  writer.want(table.el.location, lesson.slides[state.slide]?.k ?? '');
  writer.want(table.el.suspendData, encodeState(state, lesson, table.limits.suspendData));
  const counts = counted(lesson, state);
  if (counts !== null) {
    // Score strictly before status: Moodle's mastery override reads the raw score at LMSFinish.
    writer.want(table.el.scoreRaw, decimalText(counts.score, 2));
    writer.want(table.el.scoreMin, '0');
    writer.want(table.el.scoreMax, '100');
    if (table.scaledScoreElement !== null) writer.want(table.scaledScoreElement, decimalText(counts.score / 100));
  }
  const standing = standingOf(lesson, state, session.lastSuccess);
  if (table.progressElement !== null) writer.want(table.progressElement, decimalText(standing.progress, 2));
  for (const [element, value] of table.status(standing)) writer.want(element, value);
}

const resultWord = (words: ResultWords, ok: boolean | null): string =>
  ok === null ? words.neutral : ok ? words.correct : words.incorrect;

function wantInteraction(session: Session, question: Question, answer: AnswerState): void {
  const { table, writer } = session;
  const format = table.interaction;
  const at = `cmi.interactions.${session.interactionCount++}.`;
  // id, then type, then the rest: SCORM 2004 answers 408 otherwise (RTE 4.2.9).
  writer.want(`${at}id`, question.id);
  writer.want(`${at}type`, table.interactionTypes[question.type]);
  const [timeElement, time] = format.time(new Date());
  writer.want(at + timeElement, time);
  writer.want(`${at}weighting`, decimalText(question.points));
  if (table.description !== null) {
    writer.want(at + table.description.element, question.promptText.slice(0, table.description.max));
  }
  format.patterns(question).forEach((pattern, i) => writer.want(`${at}correct_responses.${i}.pattern`, pattern));
  writer.want(at + table.responseElement, format.response(question, answer.r));
  writer.want(`${at}result`, resultWord(table.results, answer.ok));
  writer.want(`${at}latency`, format.latency(answer.ms));
}

/** The last state, exit (suspend unless nothing is left to do), session time, commit, Terminate:
 *  once, whichever of the player's end, pagehide or beforeunload comes first. */
function endSession(session: Session, state: PlayerState): void {
  if (session.ended) return;
  session.ended = true;
  const { lesson, table, writer } = session;
  if (session.recording) {
    wantState(session, state);
    const done = finished(lesson, state, standingOf(lesson, state, session.lastSuccess));
    writer.want(table.el.exit, done ? table.exitNormal : table.exitSuspend);
    writer.want(table.el.sessionTime, table.sessionTime(Date.now() - session.started));
    writer.commitNow();
  }
  writer.close();
  session.api.terminate();
}

/** pagehide is the event browsers keep firing on mobile and with the back-forward cache;
 *  beforeunload is the fallback for older embedded browsers. A hidden page may never come back
 *  (a phone closing the tab), so what is pending is committed then. */
function listenForLeaving(win: Window, session: Session): void {
  const end = (): void => endSession(session, session.lastState);
  win.addEventListener('pagehide', end);
  win.addEventListener('beforeunload', end);
  win.document.addEventListener('visibilitychange', () => {
    if (session.recording && !session.ended && win.document.visibilityState === 'hidden') session.writer.commitSoon();
  });
}

/** Keeps the latest state; writes only while recording and before the end. */
function update(session: Session, state: PlayerState, write: () => void): void {
  session.lastState = state;
  if (session.recording && !session.ended) write();
}

/** What a session whose start could not be read goes on with: nothing saved, nothing written. */
const UNREAD: StartReading = {
  recording: false,
  passingScore: null,
  interactionCount: 0,
  saved: null,
  lastSuccess: 'unknown',
  learner: '',
  held: '',
};

function trackerOf(session: Session, start: StartReading, listeners: Array<(status: SaveStatus) => void>): Tracker {
  const { writer } = session;
  const unread = start === UNREAD;
  return {
    kind: session.table.kind,
    // Unread, the learner may still work through the lesson; only nothing is written.
    recording: session.recording || unread,
    unread,
    passingScore: start.passingScore,
    learner: start.learner,
    restore: () => (start.saved === null ? null : structuredClone(start.saved)),
    save: (state) =>
      update(session, state, () => {
        wantState(session, state);
        writer.commitSoon();
      }),
    recordAnswer: (question, answer, state) =>
      update(session, state, () => {
        wantInteraction(session, question, answer);
        wantState(session, state);
        writer.commitNow();
      }),
    finishQuiz: (state) =>
      update(session, state, () => {
        wantState(session, state);
        session.lastSuccess = standingOf(session.lesson, state, session.lastSuccess).success;
        // The bookmark where the learner goes on (the result slide) in the same commit as the status: an
        // LMS that takes nothing after a final status (Chamilo) would keep the question's slide.
        const result = session.lesson.slides.find((slide) => slide.kind === 'result');
        if (result !== undefined) writer.want(session.table.el.location, result.k);
        writer.commitNow();
      }),
    onStatus: (listener) => void listeners.push(listener),
    end: (state) => endSession(session, state),
  };
}

/** What the LMS holds at launch, read again a few times when it could not be read (an LMS whose data
 *  is not loaded yet, a flaky request); null when it still cannot. */
async function readPatiently(
  api: ScormApi,
  table: ScormTable,
  lesson: LessonData,
  writer: Writer,
  win: Window,
  timing: TrackerTiming,
): Promise<StartReading | null> {
  for (let wait = timing.readMs; ; wait *= 2) {
    try {
      return await readStart(api, table, lesson, writer, win);
    } catch {
      if (wait > timing.maxReadMs) return null;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

export async function createScormTracker(
  lesson: LessonData,
  raw: Record<string, unknown>,
  table: ScormTable,
  win: Window,
  timing: TrackerTiming = TIMING,
): Promise<Tracker | null> {
  const api = wrapApi(raw, table.calls, () => findApi(win, table.apiName) === raw);
  if (!api.initialize().ok) return null;
  const started = Date.now();
  const listeners: Array<(status: SaveStatus) => void> = [];
  // What a commit left unsaved is kept in the browser (backup.ts), once the learner is known.
  let keep: WriterOptions['onUnsaved'] = () => {};
  const writer = createWriter(api, {
    ...timing,
    transientErrors: table.transientErrors,
    onStatus: (status) => listeners.forEach((listener) => listener(status)),
    onRefused: (element, value, error) => console.error(`LMS refused ${element}=${value} (error ${error})`),
    onUnsaved: (unsaved, held) => keep(unsaved, held),
  });
  // Unread, this session writes nothing: what the LMS holds stays as it is for the next launch.
  const start = (await readPatiently(api, table, lesson, writer, win, timing)) ?? UNREAD;
  const backup = backupKey(lesson.id, start.learner);
  let base = start.held;
  keep = (unsaved, held) => {
    // A commit that went through: the LMS now holds what was sent.
    if (unsaved.length === 0) base = held.get(table.el.suspendData) ?? base;
    keepUnsaved(win, backup, base, unsaved);
  };
  const { recording, lastSuccess, interactionCount } = start;
  const lastState = start.saved ?? initialState();
  const session: Session = {
    lesson,
    table,
    api,
    writer,
    recording,
    lastSuccess,
    interactionCount,
    started,
    lastState,
    ended: false,
  };
  listenForLeaving(win, session);
  return trackerOf(session, start, listeners);
}
