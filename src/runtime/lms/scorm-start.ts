// What the SCORM tracker reads once, right after Initialize: whether this session records, the LMS's
// pass mark, how many interactions are already held, and the saved state. Each element is read only
// when the LMS has a value to give: a SCORM 2004 LMS answers 403 "not initialized" for an element
// that was never set (RTE 3.1.7), and scorm-again logs it as a warning.

import type { LessonData } from '../../shared/model.js';
import type { PlayerState } from '../../shared/tracking.js';
import { passMarkOf } from './pass-mark.js';
import type { ScormApi } from './scorm-api.js';
import type { ScormTable, Standing } from './scorm-table.js';
import type { Writer } from './scorm-writer.js';
import { gradedCount } from './standing.js';
import { decodeState } from './suspend-codec.js';

export interface StartReading {
  recording: boolean;
  /** The LMS's pass mark in percent, null when it gives none. */
  passingScore: number | null;
  /** Interactions the LMS already holds: new ones are appended after them (1.2 gives 201 on a gap). */
  interactionCount: number;
  saved: PlayerState | null;
  /** The learner's earlier quiz outcome as the LMS holds it. */
  lastSuccess: Standing['success'];
  learner: string;
}

/** Review and browse mode and no-credit launches show what was recorded and change nothing. Both
 *  versions use these words (1.2 cmi.core.lesson_mode / credit, 2004 RTE 4.2.16 mode / 4.2.6 credit). */
export function isReview(mode: string, credit: string): boolean {
  return mode === 'review' || mode === 'browse' || credit === 'no-credit';
}

/** Only when the lesson has graded questions: only then does the manifest declare a mastery score
 *  (1.2) / satisfiedByMeasure with minNormalizedMeasure (2004), from which the LMS initialises the
 *  element (RTE 4.2.19; Moodle does the same from its stored objective). */
function readPassMark(api: ScormApi, table: ScormTable, lesson: LessonData): number | null {
  return gradedCount(lesson) > 0 ? passMarkOf(api.get(table.passMark.element), table.passMark) : null;
}

/** The saved state, whenever the LMS hands back data this lesson can read, whatever the entry says:
 *  Chamilo 1.11 always says "ab-initio" yet hands back suspend_data and lesson_location
 *  (docs/SCORM-FACTS.md, "Other LMSes"); a new Moodle attempt hands back nothing and starts afresh. A 2004
 *  LMS answers 403 for suspend_data never set (RTE 3.1.7): then there is nothing to resume and the
 *  bookmark is not asked for. What is read is remembered by the writer, so it is not sent back. */
function readSaved(
  api: ScormApi,
  table: ScormTable,
  lesson: LessonData,
  writer: Writer,
  passMark: number | null,
): Pick<StartReading, 'saved' | 'lastSuccess'> {
  const suspendData = api.get(table.el.suspendData);
  const location = suspendData === '' ? '' : api.get(table.el.location);
  writer.known(table.el.suspendData, suspendData);
  writer.known(table.el.location, location);
  const saved = decodeState(suspendData, lesson, location, passMark ?? lesson.passingScore);
  // A quiz attempt was finished before: its outcome stays reported while a retry is under way.
  const before = saved !== null && (saved.best !== null || saved.attempt > 1) ? api.get(table.successElement) : '';
  const lastSuccess = before === 'passed' || before === 'failed' ? before : 'unknown';
  // s1 data mid-retry carries no best attempt: the LMS's score is that attempt's, so a worse retry
  // cannot replace it (score: best).
  const raw = saved !== null && saved.best === null && saved.attempt > 1 ? api.get(table.el.scoreRaw) : '';
  if (raw !== '' && +raw >= 0 && +raw <= 100)
    saved!.best = { score: +raw, passed: lastSuccess === 'passed', n: saved!.attempt - 1 };
  return { saved, lastSuccess };
}

export function readStart(api: ScormApi, table: ScormTable, lesson: LessonData, writer: Writer): StartReading {
  const count = Number(api.get(table.el.interactionCount));
  const recording = !isReview(api.get(table.el.mode), api.get(table.el.credit));
  const passingScore = readPassMark(api, table, lesson);
  const { saved, lastSuccess } = readSaved(api, table, lesson, writer, passingScore);
  return {
    recording,
    passingScore,
    interactionCount: Number.isInteger(count) && count > 0 ? count : 0,
    saved,
    lastSuccess,
    learner: api.get(table.el.learnerId),
  };
}
