// The most suspend_data a lesson's player can write, with every slide seen and every question
// answered, in the format the player writes: s3, described at the top of
// src/runtime/lms/suspend-codec.ts (the compiler may not import the runtime, so the arithmetic is
// here, beside the format's description there; a test holds them together). SCORM 1.2 allows 4,096
// characters (CMIString4096, RTE 3.4.4) and Moodle's "scormstandard" setting and its app enforce it:
// the build warns when a lesson could outgrow that, rather than a learner losing progress.
//
//   s3|<bookmark>|<attempt>|<visited>|<best>|<answers>|<timers>|<seed>|<tries>

import { assertNever, type LessonQuestion } from './model.js';

/** What of a lesson takes room in suspend_data. */
export interface SavedShape {
  slides: number;
  /** `::timer`s in the lesson. */
  timers: number;
  questions: readonly LessonQuestion[];
}

/** "s3", eight "|", the bookmark (a 3-character slide key), the attempt (base 36, up to 3 digits),
 *  the best result (score up to "55.56", p/f and its attempt: 9) and the seed (base 36 of 32 bits: 7). */
const FIXED = 2 + 8 + 3 + 3 + 9 + 7;
const SLIDE_KEY = 3;
const QUESTION_KEY = 4;
/** A timer: its key (the slide's, ".n" for a second one on a slide), ",", seconds left (base 36, at most
 *  99 hours: 4 digits), ",", 0 or 1, and ";". */
const TIMER = SLIDE_KEY + 2 + 1 + 4 + 1 + 1 + 1;
/** A typed number as the player keeps it ("-1234.56"): digits, sign and point. */
const NUMBER = 12;

/** One answer's response in s3 (suspend-response.ts). Typed text counts as nothing: the player
 *  shortens typed answers, longest first, to stay within the limit; everything else it must keep. */
export function responseLength(q: LessonQuestion): number {
  switch (q.type) {
    case 'single':
    case 'true-false':
      return 1;
    case 'multiple':
      return q.choices.length;
    case 'order':
      return q.items.length;
    case 'match':
      return 2 * q.sources.length;
    case 'numeric':
      return NUMBER;
    case 'fill-in':
    case 'open':
      return 0;
    default:
      return assertNever(q);
  }
}

/** One question's share: its answer (key, verdict, the prints of its options, response, ";") and its
 *  wrong tries (key and a digit). */
function questionLength(q: LessonQuestion): number {
  const tries = (q.tries ?? 1) > 1 && q.type !== 'open' ? QUESTION_KEY + 1 : 0;
  return QUESTION_KEY + 1 + (q.f?.length ?? 0) + responseLength(q) + 1 + tries;
}

/** The longest suspend_data the lesson's player can write (every slide seen, every question answered). */
export function worstSuspendLength(shape: SavedShape): number {
  const answers = shape.questions.reduce((sum, q) => sum + questionLength(q), 0);
  return FIXED + SLIDE_KEY * shape.slides + TIMER * shape.timers + answers;
}

/** How much of the lesson fits `limit`: all its slides with its first `questions`, or all its
 *  questions with `slides` slides (0 when not even that). */
export function fitting(shape: SavedShape, limit: number): { questions: number; slides: number } {
  let room = limit - FIXED - SLIDE_KEY * shape.slides - TIMER * shape.timers;
  let questions = 0;
  for (const q of shape.questions) {
    room -= questionLength(q);
    if (room < 0) break;
    questions += 1;
  }
  const rest = limit - worstSuspendLength({ ...shape, slides: 0 });
  return { questions, slides: Math.max(0, Math.floor(rest / SLIDE_KEY)) };
}
