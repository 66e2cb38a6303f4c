// The one SCORM tracker: what to write and when. Element names, vocabularies and formats come from
// the version's table (scorm12.ts, scorm2004.ts); ordering, throttling and retries from the writer.

import type { LessonData, Question } from '../../shared/model.js';
import { initialState, type AnswerState, type PlayerState, type SaveStatus } from '../../shared/tracking.js';
import { wrapApi, type ScormApi } from './scorm-api.js';
import { decimalText, type ScormTable, type Standing } from './scorm-table.js';
import { createWriter, type Writer } from './scorm-writer.js';
import { passMarkOf } from './pass-mark.js';
import { finished, gradedCount, standingOf } from './standing.js';
import { decodeState, encodeState } from './suspend-codec.js';
import type { Tracker } from './tracker.js';

export interface TrackerTiming {
  intervalMs: number;
  backoffMs: number;
  maxBackoffMs: number;
}

const TIMING: TrackerTiming = { intervalMs: 1500, backoffMs: 1000, maxBackoffMs: 30_000 };

interface Session {
  lesson: LessonData;
  table: ScormTable;
  api: ScormApi;
  writer: Writer;
  /** The learner's earlier quiz outcome as the LMS holds it. */
  lastSuccess: Standing['success'];
  interactionCount: number;
}

function wantState(session: Session, state: PlayerState): void {
  const { lesson, table, writer } = session;
  writer.want(table.el.location, String(state.slide));
  writer.want(table.el.suspendData, encodeState(state, lesson, table.limits.suspendData));
  if (state.result !== null) {
    // Score strictly before status: Moodle's mastery override reads the raw score at LMSFinish.
    writer.want(table.el.scoreRaw, decimalText(state.result.score, 2));
    writer.want(table.el.scoreMin, '0');
    writer.want(table.el.scoreMax, '100');
    for (const [element, value] of table.extraScore(state.result.score)) writer.want(element, value);
  }
  const standing = standingOf(lesson, state, session.lastSuccess);
  if (table.progressElement !== null) writer.want(table.progressElement, decimalText(standing.progress, 2));
  for (const [element, value] of table.status(standing)) writer.want(element, value);
}

function wantInteraction(session: Session, question: Question, answer: AnswerState): void {
  const { table, writer } = session;
  const format = table.interaction;
  const at = `cmi.interactions.${session.interactionCount++}.`;
  // id, then type, then the rest: SCORM 2004 answers 408 otherwise (RTE 4.2.9).
  writer.want(`${at}id`, question.id);
  writer.want(`${at}type`, format.type(question));
  const [timeElement, time] = format.time(new Date());
  writer.want(at + timeElement, time);
  writer.want(`${at}weighting`, decimalText(question.points));
  if (format.description !== null) {
    writer.want(at + format.description.element, question.promptText.slice(0, format.description.max));
  }
  format.patterns(question).forEach((pattern, i) => writer.want(`${at}correct_responses.${i}.pattern`, pattern));
  writer.want(at + format.responseElement, format.response(question, answer.r));
  writer.want(`${at}result`, format.result(answer.ok));
  writer.want(`${at}latency`, format.latency(answer.ms));
}

/** The saved state, read only when the LMS has one to give: entry "resume" (Moodle answers it only
 *  after exit "suspend") or review mode (shows what was recorded). Reading elements a new attempt
 *  never set would make a 2004 LMS answer 403 "not initialized"; so a new attempt reads nothing.
 *  What is read is remembered, so the same values are not sent back. */
function readSaved(session: Session, entry: string, recording: boolean): PlayerState | null {
  const { api, table, lesson, writer } = session;
  if (entry !== 'resume' && recording) return null;
  const [suspendData, location] = [api.get(table.el.suspendData), api.get(table.el.location)];
  writer.known(table.el.suspendData, suspendData);
  writer.known(table.el.location, location);
  const decoded = decodeState(suspendData, lesson);
  // A quiz attempt was finished before: its outcome stays reported while a retry is under way.
  if (decoded !== null && (decoded.result !== null || decoded.attempt > 1)) session.lastSuccess = table.successFrom(api.get);
  const bookmark = /^\d{1,6}$/.test(location) ? Number(location) : -1;
  if (bookmark < 0 || bookmark >= lesson.slides.length) return decoded;
  const state = decoded ?? initialState();
  return { ...state, slide: bookmark, visited: [...new Set([...state.visited, bookmark])].sort((a, b) => a - b) };
}

/** Read only when the lesson has graded questions: only then does the manifest declare a mastery
 *  score (1.2) / satisfiedByMeasure with minNormalizedMeasure (2004), from which the LMS initialises
 *  the element (RTE 4.2.19). Reading an element the LMS never set makes a 2004 LMS answer 403. */
function readPassMark(api: ScormApi, table: ScormTable, lesson: LessonData): number | null {
  return gradedCount(lesson) > 0 ? passMarkOf(api.get(table.passMark.element), table.passMark) : null;
}

export function createScormTracker(
  lesson: LessonData,
  raw: Record<string, unknown>,
  table: ScormTable,
  win: Window,
  timing: TrackerTiming = TIMING,
): Tracker | null {
  const api = wrapApi(raw, table.calls);
  if (!api.initialize().ok) return null;
  const started = Date.now();
  const listeners: Array<(status: SaveStatus) => void> = [];
  const writer = createWriter(api, {
    ...timing,
    transientErrors: table.transientErrors,
    onStatus: (status) => listeners.forEach((listener) => listener(status)),
    onRefused: (element, value, error) => console.error(`LMS refused ${element}=${value} (error ${error})`),
  });
  const count = Number(api.get(table.el.interactionCount));
  const session: Session = {
    lesson,
    table,
    api,
    writer,
    lastSuccess: 'unknown',
    interactionCount: Number.isInteger(count) && count > 0 ? count : 0,
  };
  const recording = !table.isReview(api.get(table.el.mode), api.get(table.el.credit));
  const entry = api.get(table.el.entry);
  const learnerName = api.get(table.el.learnerName);
  const passingScore = readPassMark(api, table, lesson);
  const saved = readSaved(session, entry, recording);
  let lastState: PlayerState = saved ?? initialState();
  let ended = false;

  const end = (state: PlayerState = lastState): void => {
    if (ended) return;
    ended = true;
    if (recording) {
      wantState(session, state);
      const done = finished(lesson, state, standingOf(lesson, state, session.lastSuccess));
      writer.want(table.el.exit, done ? table.exitNormal : table.exitSuspend);
      writer.want(table.el.sessionTime, table.sessionTime(Date.now() - started));
      writer.commitNow();
    }
    writer.close();
    api.terminate();
  };
  // pagehide is the event browsers keep firing on mobile and with the back-forward cache;
  // beforeunload is the fallback for older embedded browsers. `end` runs once either way.
  win.addEventListener('pagehide', () => end());
  win.addEventListener('beforeunload', () => end());
  win.document.addEventListener('visibilitychange', () => {
    if (recording && !ended && win.document.visibilityState === 'hidden') writer.commitSoon();
  });

  return {
    kind: table.kind,
    recording,
    learnerName,
    passingScore,
    restore: () => (saved === null ? null : structuredClone(saved)),
    save(state) {
      lastState = state;
      if (!recording || ended) return;
      wantState(session, state);
      writer.commitSoon();
    },
    recordAnswer(question, answer, state) {
      lastState = state;
      if (!recording || ended) return;
      wantInteraction(session, question, answer);
      wantState(session, state);
      writer.commitNow();
    },
    finishQuiz(state) {
      lastState = state;
      if (!recording || ended) return;
      wantState(session, state);
      if (state.result !== null) session.lastSuccess = state.result.passed ? 'passed' : 'failed';
      writer.commitNow();
    },
    onStatus(listener) {
      listeners.push(listener);
    },
    end,
  };
}
