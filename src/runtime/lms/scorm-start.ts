// What the SCORM tracker reads once, right after Initialize: whether this session records, the LMS's
// pass mark, how many interactions are already held, and the saved state. Each element is read only
// when the LMS has a value to give: a SCORM 2004 LMS answers 403 "not initialized" for an element
// that was never set (RTE 3.1.7), and scorm-again logs it as a warning. A read the LMS could not
// answer now throws (ScormApi.get): "could not read" must never pass for "nothing saved", or the
// first save would overwrite the learner's progress. Only elements the session can do without (pass
// mark, learner id, the earlier outcome) read as "" then: an LMS that never gives one of those must
// not stop every session from saving.

import type { LessonData } from '../../shared/model.js';
import type { PlayerState } from '../../shared/tracking.js';
import { passMarkOf } from './pass-mark.js';
import type { ScormApi } from './scorm-api.js';
import type { ScormTable, Standing } from './scorm-table.js';
import type { Writer } from './scorm-writer.js';
import { gradedCount } from './standing.js';
import { olderDecoderFor } from './older-formats.js';
import { backupKey, unsavedFor } from './backup.js';
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
  /** The suspend_data the LMS holds: the base of this browser's backup (backup.ts). */
  held: string;
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
  return gradedCount(lesson) > 0 ? passMarkOf(optional(api, table.passMark.element), table.passMark) : null;
}

/** An element the session can do without: "" when the LMS cannot give it now. */
function optional(api: ScormApi, element: string): string {
  try {
    return api.get(element);
  } catch {
    return '';
  }
}

/** The saved state, whenever the LMS hands back data this lesson can read, whatever the entry says:
 *  Chamilo 1.11 always says "ab-initio" yet hands back suspend_data and lesson_location
 *  (docs/SCORM-FACTS.md, "Other LMSes"); a new Moodle attempt hands back nothing and starts afresh. A 2004
 *  LMS answers 403 for suspend_data never set (RTE 3.1.7): then there is nothing to resume and the
 *  bookmark is not asked for. What is read is remembered by the writer, so it is not sent back. Data
 *  in an older format loads its decoder first (older-formats.ts). */
async function readSaved(
  api: ScormApi,
  table: ScormTable,
  lesson: LessonData,
  writer: Writer,
  passMark: number | null,
  win: Window,
  backup: string | null,
): Promise<Pick<StartReading, 'saved' | 'lastSuccess' | 'held'> & { unsaved: Map<string, string> }> {
  const held = api.get(table.el.suspendData);
  const location = held === '' ? '' : api.get(table.el.location);
  writer.known(table.el.suspendData, held);
  writer.known(table.el.location, location);
  // What this browser kept of a session the LMS missed (backup.ts) goes to the LMS again and is where the
  // learner goes on, when the LMS still holds what it held then.
  const unsaved = new Map(backup === null ? [] : unsavedFor(win, backup, held));
  unsaved.forEach((value, element) => writer.want(element, value));
  const suspendData = unsaved.get(table.el.suspendData) ?? held;
  const decodeOlder = await olderDecoderFor(suspendData, win);
  const saved = decodeState(
    suspendData,
    lesson,
    unsaved.get(table.el.location) ?? location,
    passMark ?? lesson.passingScore,
    decodeOlder,
  );
  // A quiz attempt was finished before: its outcome stays reported while a retry is under way.
  const before =
    saved !== null && (saved.best !== null || saved.attempt > 1) ? optional(api, table.successElement) : '';
  const lastSuccess = before === 'passed' || before === 'failed' ? before : 'unknown';
  // s1 data mid-retry carries no best attempt: the LMS's score is that attempt's, so a worse retry
  // cannot replace it (score: best).
  const raw = saved !== null && saved.best === null && saved.attempt > 1 ? optional(api, table.el.scoreRaw) : '';
  if (raw !== '' && +raw >= 0 && +raw <= 100)
    saved!.best = { score: +raw, passed: lastSuccess === 'passed', n: saved!.attempt - 1 };
  return { saved, lastSuccess, held, unsaved };
}

/** Rejects when anything could not be read now (the caller reads again later). `win`: the player's
 *  window, where an older format's decoder is loaded. */
export async function readStart(
  api: ScormApi,
  table: ScormTable,
  lesson: LessonData,
  writer: Writer,
  win: Window,
): Promise<StartReading> {
  const count = Number(api.get(table.el.interactionCount));
  const recording = !isReview(api.get(table.el.mode), api.get(table.el.credit));
  const passingScore = readPassMark(api, table, lesson);
  const learner = optional(api, table.el.learnerId);
  // The backup is read only by a session that records.
  const backup = recording ? backupKey(lesson.id, learner) : null;
  const { saved, lastSuccess, held, unsaved } = await readSaved(api, table, lesson, writer, passingScore, win, backup);
  // Interactions the backup sends again keep their numbers: new ones come after them.
  const replayed = [...unsaved.keys()].map((element) => Number(/^cmi\.interactions\.(\d+)\./.exec(element)?.[1] ?? -1));
  return {
    recording,
    passingScore,
    interactionCount: Math.max(Number.isInteger(count) && count > 0 ? count : 0, ...replayed.map((n) => n + 1)),
    saved,
    lastSuccess,
    learner,
    held,
  };
}
