// `::gate` closes its slide and every slide after it until the quiz is finished (passed, or no
// attempts left). A graded question, or the result slide with its retry button, behind the gate
// could never be reached: the quiz would never finish and the gate never open.

import { isGraded } from '../../shared/graded.js';
import { diag } from '../diagnostics/diagnostics.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import type { Placement } from '../transform/place-questions.js';

export function checkGates({ slides, questions, complete }: Placement): Diagnostic[] {
  const at = slides.findIndex((s) => s.gate !== undefined);
  const gate = slides[at]?.gate;
  if (gate === undefined) return [];
  const graded = new Set(questions.filter(isGraded).map((q) => q.id));
  // With a question or a directive that could not be read, "no graded questions" would be a guess.
  if (graded.size === 0 && !complete) return [];
  if (graded.size === 0) return [diag('GATE_NO_QUIZ', gate, (w) => w.gateNoQuiz())];
  const behind = slides
    .slice(at)
    .find((s) => s.kind === 'result' || s.blocks.some((b) => b.type === 'question' && graded.has(b.questionId)));
  if (behind === undefined) return [];
  const line = behind.pos.line;
  return [
    diag('GATE_BEFORE_QUIZ', gate, (w) =>
      behind.kind === 'result' ? w.gateBeforeResult(line) : w.gateBeforeQuestion(behind.title, line),
    ),
  ];
}
