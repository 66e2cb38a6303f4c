// The quiz attempt, pure: when it is finished, its score, and what a retry resets.

import type { LessonData, Question } from '../../shared/model.js';
import type { AnswerState, PlayerState, QuizResult } from '../../shared/tracking.js';

/** Questions that count toward the score (and that the result waits for); open questions and
 *  0-point practice questions are recorded, never scored. */
export function gradedQuestions(questions: Question[]): Question[] {
  return questions.filter((q) => q.type !== 'open' && q.points > 0);
}

/** Graded questions of this attempt the learner has not checked yet, in lesson order. */
export function unanswered(questions: Question[], answers: Record<string, AnswerState>): Question[] {
  return gradedQuestions(questions).filter((q) => answers[q.id] === undefined);
}

/** Percentage rounded to at most 2 decimals (QuizResult.score); 2/3 of the points is 66.67. */
export function roundScore(earned: number, total: number): number {
  if (total <= 0) return 100;
  return Math.round((earned / total) * 10000) / 100;
}

/** The attempt's result once every graded question is checked, else null. */
export function attemptResult(
  questions: Question[],
  answers: Record<string, AnswerState>,
  passingScore: number,
): QuizResult | null {
  const graded = gradedQuestions(questions);
  if (graded.length === 0 || unanswered(questions, answers).length > 0) return null;
  const total = graded.reduce((sum, q) => sum + q.points, 0);
  const earned = graded.reduce((sum, q) => sum + Math.min(answers[q.id]?.pts ?? 0, q.points), 0);
  const score = roundScore(earned, total);
  return { score, passed: score >= passingScore };
}

/** Attempts left after the current one; Infinity when the lesson allows unlimited attempts (0). */
export function attemptsLeft(lesson: Pick<LessonData, 'attempts'>, state: PlayerState): number {
  return lesson.attempts === 0 ? Infinity : Math.max(0, lesson.attempts - state.attempt);
}

export function canRetry(lesson: Pick<LessonData, 'attempts'>, state: PlayerState): boolean {
  return state.result !== null && !state.result.passed && attemptsLeft(lesson, state) > 0;
}

/** A new attempt: graded answers cleared, open answers kept (they belong to the learner, not the attempt). */
export function retryState(questions: Question[], state: PlayerState): PlayerState {
  const graded = new Set(gradedQuestions(questions).map((q) => q.id));
  const answers = Object.fromEntries(Object.entries(state.answers).filter(([id]) => !graded.has(id)));
  return { ...state, answers, attempt: state.attempt + 1, result: null };
}
