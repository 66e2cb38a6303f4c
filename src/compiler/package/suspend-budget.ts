// The SCORM 1.2 package's budget for saved progress: suspend_data holds 4,096 characters there
// (src/shared/scorm.ts) and a lesson of ~1,350 slides outgrew it with no word at build. A warning
// says how much of the lesson fits; the arithmetic of the s2 format is src/shared/suspend-budget.ts.

import { SCORM } from '../../shared/scorm.js';
import { fitting, worstSuspendLength, type SavedShape } from '../../shared/suspend-budget.js';
import type { LessonData } from '../../shared/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import type { Lesson } from '../model.js';
import type { SuspendFit } from '../words/words-types.js';

/** SUSPEND_DATA_BUDGET when the lesson's 1.2 player could need more than the limit; else nothing. */
export function suspendBudget(lesson: Lesson, data: LessonData, limit = SCORM['1.2'].limits.suspendData): Diagnostic[] {
  const timers = lesson.slides.reduce((n, s) => n + s.blocks.filter((b) => b.type === 'timer').length, 0);
  const shape: SavedShape = { slides: data.slides.length, timers, questions: data.questions };
  const worst = worstSuspendLength(shape);
  if (worst <= limit) return [];
  const fit = fitting(shape, limit);
  const at = lesson.slides[0]?.pos ?? { file: 'lesson.md', line: 1, column: 1 };
  const found: SuspendFit = {
    slides: fit.slides,
    questions: shape.questions.length === 0 ? null : fit.questions,
    allSlides: shape.slides,
    allQuestions: shape.questions.length,
  };
  return [
    diag('SUSPEND_DATA_BUDGET', { file: at.file, line: 1, column: 1 }, (w) => w.suspendBudget(worst, limit, found)),
  ];
}
