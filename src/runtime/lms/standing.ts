// Where the learner stands against the lesson's completion rule.
//
// Decision for rule 'quiz' (and the quiz half of 'slides-and-quiz'): the quiz counts as done when its
// outcome is final: passed, or failed with no attempt left. A failed attempt with attempts left is
// "incomplete, with the score": Moodle puts a learner whose status is failed in review mode (the other
// attempts cannot be used) and Chamilo stores nothing more for an item once it is failed or completed
// (../../../docs/SCORM-FACTS.md). Tying completion to passing alone would leave a learner who used up
// every attempt "incomplete" forever. A lesson without graded questions has no quiz half.

import type { LessonData } from '../../shared/model.js';
import { own, type PlayerState } from '../../shared/tracking.js';
import { attemptsLeft, counted, gradedQuestions, inPlay, shownSlides } from '../quiz/score.js';
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
  const counts = counted(lesson, state);
  const success = counts === null ? lastSuccess : outcome(lesson, state, counts.passed);
  const quizDone = !hasQuiz || success !== 'unknown';
  const slidesDone = slideShare === 1;
  const rule = hasQuiz ? lesson.completion : 'slides';
  const completed = rule === 'slides' ? slidesDone : rule === 'quiz' ? quizDone : slidesDone && quizDone;
  const share = rule === 'slides' ? slideShare : rule === 'quiz' ? quizShare : (slideShare + quizShare) / 2;
  return {
    completed,
    success,
    // Moodle overwrites completion_status from progress_measure when a threshold is set, so the
    // measure reaches 1 only together with completion.
    progress: completed ? 1 : Math.min(0.99, Math.floor(share * 100) / 100),
  };
}

/** Passed; failed only once the last attempt is finished; else not known yet (attempts are left). */
function outcome(lesson: LessonData, state: PlayerState, passed: boolean): Standing['success'] {
  if (passed) return 'passed';
  return state.result !== null && attemptsLeft(lesson, state) === 0 ? 'failed' : 'unknown';
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
