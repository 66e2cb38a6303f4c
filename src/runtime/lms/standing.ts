// Where the learner stands against the lesson's completion rule.
//
// Decision for rule 'quiz' (and the quiz half of 'slides-and-quiz'): the quiz counts as done when
// an attempt is FINISHED (every graded question answered), passed or not. Whether it was passed is
// success_status (2004) / passed|failed (1.2), which Moodle reports separately; tying completion
// to passing would leave a learner who used up every attempt "incomplete" forever and resuming
// an attempt that can never end. A lesson without graded questions has no quiz half.

import type { LessonData } from '../../shared/model.js';
import { own, type PlayerState } from '../../shared/tracking.js';
import { counted, gradedQuestions, inPlay, shownSlides } from '../quiz/score.js';
import type { Standing } from './scorm-table.js';

export function gradedCount(lesson: LessonData): number {
  return gradedQuestions(lesson.questions).length;
}

function quizProgress(lesson: LessonData, state: PlayerState): number {
  const graded = gradedQuestions(inPlay(lesson, state));
  if (state.result !== null || graded.length === 0) return 1;
  return graded.filter((q) => own(state.answers, q.id) !== undefined).length / graded.length;
}

/** `lastSuccess`: the latest finished attempt's outcome as the LMS holds it, for while no attempt
 *  that counts is known to this state (a retry under `score: last`, or data from before `best`). */
export function standingOf(lesson: LessonData, state: PlayerState, lastSuccess: Standing['success']): Standing {
  // Only the slides shown this attempt count: an undrawn question's slide is never seen.
  const shown = shownSlides(lesson, state);
  const slideShare = shown.length === 0 ? 1 : shown.filter((i) => state.visited.includes(i)).length / shown.length;
  const hasQuiz = gradedCount(lesson) > 0;
  const quizShare = quizProgress(lesson, state);
  const quizDone = !hasQuiz || state.result !== null || state.best !== null || lastSuccess !== 'unknown';
  const counts = counted(lesson, state);
  const slidesDone = slideShare === 1;
  const rule = hasQuiz ? lesson.completion : 'slides';
  const completed = rule === 'slides' ? slidesDone : rule === 'quiz' ? quizDone : slidesDone && quizDone;
  const share = rule === 'slides' ? slideShare : rule === 'quiz' ? quizShare : (slideShare + quizShare) / 2;
  return {
    completed,
    success: counts === null ? lastSuccess : counts.passed ? 'passed' : 'failed',
    // Moodle overwrites completion_status from progress_measure when a threshold is set, so the
    // measure reaches 1 only together with completion.
    progress: completed ? 1 : Math.min(0.99, Math.floor(share * 100) / 100),
  };
}

/** Exit "suspend" keeps the attempt resumable (Moodle resumes only then); the ordinary exit only
 *  when there is nothing left to do: completed, and no quiz attempt open or still to retry. */
export function finished(lesson: LessonData, state: PlayerState, standing: Standing): boolean {
  if (!standing.completed) return false;
  if (gradedCount(lesson) === 0) return true;
  if (state.result === null) return false;
  const attemptsLeft = lesson.attempts === 0 || state.attempt < lesson.attempts;
  return state.result.passed || !attemptsLeft;
}
