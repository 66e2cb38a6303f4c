// The quiz attempt, pure: when it is finished, its score, and what a retry resets.

import { assertNever, type LessonData, type Question } from '../../shared/model.js';
import { isGraded } from '../../shared/graded.js';
import { own, type AnswerState, type BestResult, type PlayerState, type QuizResult } from '../../shared/tracking.js';
import { shuffled } from './draw.js';

/** Questions that count toward the score (and that the result waits for). */
export function gradedQuestions(questions: Question[]): Question[] {
  return questions.filter(isGraded);
}

/** What this attempt's draws (`::quiz draw N`) leave out: the ids of the pool questions not drawn
 *  and the indices of their slides, in one set (an id is a string, a slide a number). The draw
 *  follows from the seed and the attempt like `shuffle`, so a resume shows the same questions and a
 *  retry draws anew, with nothing more in suspend_data. */
export function undrawn({ pools }: Pick<LessonData, 'pools'>, { attempt, seed }: PlayerState): Set<string | number> {
  const out = new Set<string | number>();
  if (SCORMDOWN_USES.pools)
    pools?.forEach(({ n, q }, p) => {
      for (const [id, slide] of shuffled(q, `${p}${attempt}${seed}`).slice(n)) out.add(id).add(slide);
    });
  return out;
}

/** The slides shown this attempt: all but the undrawn questions'. */
export function shownSlides(data: Pick<LessonData, 'pools' | 'slides'>, state: PlayerState): number[] {
  const out = undrawn(data, state);
  return [...data.slides.keys()].filter((i) => !out.has(i));
}

/** The questions in play this attempt: all but the undrawn ones (what the score counts). */
export function inPlay(data: Pick<LessonData, 'pools' | 'questions'>, state: PlayerState): Question[] {
  const out = undrawn(data, state);
  return data.questions.filter((q) => !out.has(q.id));
}

/** Graded questions of this attempt the learner has not checked yet, in lesson order. */
export function unanswered(questions: Question[], answers: Record<string, AnswerState>): Question[] {
  return gradedQuestions(questions).filter((q) => own(answers, q.id) === undefined);
}

/** Percentage rounded to at most 2 decimals (QuizResult.score); 2/3 of the points is 66.67. */
export function roundScore(earned: number, total: number): number {
  if (total <= 0) return 100;
  return Math.round((earned / total) * 10000) / 100;
}

export interface Points {
  earned: number;
  total: number;
}

/** Points of this attempt's checked answers out of all graded points (what "13 van 16 punten" says). */
export function attemptPoints(questions: Question[], answers: Record<string, AnswerState>): Points {
  const graded = gradedQuestions(questions);
  const total = graded.reduce((sum, q) => sum + q.points, 0);
  const earned = graded.reduce((sum, q) => sum + Math.min(own(answers, q.id)?.pts ?? 0, q.points), 0);
  // Partial points are hundredths: 1.33 + 0.67 must add up to 2, not 2.0000000000000004.
  return { earned: Math.round(earned * 100) / 100, total };
}

/** The attempt's result once every graded question is checked, else null. */
export function attemptResult(
  questions: Question[],
  answers: Record<string, AnswerState>,
  passingScore: number,
): QuizResult | null {
  if (gradedQuestions(questions).length === 0 || unanswered(questions, answers).length > 0) return null;
  const { earned, total } = attemptPoints(questions, answers);
  const score = roundScore(earned, total);
  return { score, passed: score >= passingScore };
}

/** The best finished attempt once attempt `n` ended with `result`: the higher score (the earlier
 *  attempt on a tie), and passed once any attempt passed. */
export function bestOf(best: BestResult | null, result: QuizResult | null, n: number): BestResult | null {
  if (result === null) return best;
  const top = best === null || result.score > best.score ? { ...result, n } : best;
  return { ...top, passed: top.passed || result.passed };
}

/** The finished attempt the LMS gets and the result slide names (front matter `score:`): a worse
 *  retry must not take away a grade already earned (best, the default), unless the author says the
 *  last attempt counts. Null while no attempt that counts is finished. */
export function counted(lesson: Pick<LessonData, 'score'>, state: PlayerState): QuizResult | null {
  return lesson.score === 'best' ? state.best : state.result;
}

/** Attempts left after the current one; Infinity when the lesson allows unlimited attempts (0). */
export function attemptsLeft(lesson: Pick<LessonData, 'attempts'>, state: PlayerState): number {
  return lesson.attempts === 0 ? Infinity : Math.max(0, lesson.attempts - state.attempt);
}

export function canRetry(lesson: Pick<LessonData, 'attempts'>, state: PlayerState): boolean {
  return state.result !== null && !state.result.passed && attemptsLeft(lesson, state) > 0;
}

/** A new attempt: graded answers and tries cleared, open answers kept (they belong to the learner, not the attempt). */
export function retryState(questions: Question[], state: PlayerState): PlayerState {
  const graded = new Set(gradedQuestions(questions).map((q) => q.id));
  const answers = Object.fromEntries(Object.entries(state.answers).filter(([id]) => !graded.has(id)));
  return { ...state, answers, attempt: state.attempt + 1, result: null, tried: {} };
}

/** Whether the correct answers may be shown now (front matter `solutions:`). after-last-attempt: only
 *  once the learner cannot retry (the last attempt, a finished attempt that allows no retry, or review
 *  mode where nothing can be answered), so a solution seen in attempt 1 cannot be copied into attempt 2. */
export function solutionsShown(
  lesson: Pick<LessonData, 'attempts' | 'solutions'>,
  state: PlayerState,
  recording: boolean,
): boolean {
  switch (lesson.solutions) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'after-last-attempt':
      return (
        !recording ||
        (lesson.attempts > 0 && state.attempt >= lesson.attempts) ||
        (state.result !== null && !canRetry(lesson, state))
      );
    default:
      return assertNever(lesson.solutions);
  }
}
