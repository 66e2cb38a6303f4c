// Which questions count toward the score: the one test the player (score, progress, the LMS's pass
// mark), the compiler (manifest mastery score, placement checks) and the tests all ask.

import type { QuestionType } from './model.js';

/** Graded: a scored type with points. Open questions and 0-point practice questions are recorded,
 *  never scored. */
export function isGraded(question: { type: QuestionType; points: number }): boolean {
  return question.type !== 'open' && question.points > 0;
}
