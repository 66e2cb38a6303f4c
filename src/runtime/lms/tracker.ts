// The one interface between the player (deck, quiz) and whatever keeps the learner's data:
// SCORM 1.2, SCORM 2004 or standalone (localStorage). The player never touches an LMS API itself.

import type { LessonData, Question } from '../../shared/model.js';
import type { AnswerState, PlayerState, SaveStatus } from '../../shared/tracking.js';
import type { ScormTable } from './scorm-table.js';

export type TrackerKind = 'scorm12' | 'scorm2004' | 'standalone';

export interface Tracker {
  readonly kind: TrackerKind;
  /** False in review/browse mode or without credit: the player shows recorded results, changes nothing. */
  readonly recording: boolean;
  /** The LMS's own pass mark in percent (SCORM 1.2 mastery_score, SCORM 2004 scaled_passing_score
   *  x 100), null when it gives none: then the lesson's passingScore decides passed/failed. */
  readonly passingScore: number | null;
  /** The learner's id in the LMS ('' without one): seeds shuffled options (quiz/draw.ts). */
  readonly learner: string;
  /** The LMS could not hand back what it holds at launch, however often asked: the learner is told,
   *  and nothing is written, so the saved progress is there at the next launch. */
  readonly unread?: boolean;

  /** The saved state when the LMS (or the browser) resumes a session, else null. */
  restore(): PlayerState | null;

  /** After each meaningful change (slide change, answer, timer start/pause): writes bookmark,
   *  suspend data, progress and completion; commits throttled. */
  save(state: PlayerState): void;

  /** One interaction per checked answer; commits soon after. */
  recordAnswer(question: Question, answer: AnswerState, state: PlayerState): void;

  /** The quiz attempt is finished (state.result is set): score first, then status; commits now. */
  finishQuiz(state: PlayerState): void;

  /** Listener for the save status shown to the learner ("not saved yet"). */
  onStatus(listener: (status: SaveStatus) => void): void;

  /** pagehide / unload: last state, exit (suspend unless finished), session time, commit, finish. */
  end(state: PlayerState): void;
}

/** Builds the tracker for the LMS found around this window (see lms/connect.ts); `ownTable` is the
 *  package's own SCORM version's. */
export type Connect = (lesson: LessonData, win: Window, ownTable: ScormTable) => Promise<Tracker>;
