// The checks that need several stages' results: the lesson's texts from the slides and the quiz
// files, the front matter with the questions as placed. lessonDiagnostics gathers every stage's
// diagnostics with these in file order, so the author sees every problem at once. Part of the check
// stage, the last before rendering (load-lesson.ts runs them in order).

import { isGraded } from '../../shared/graded.js';
import { diag, sortDiagnostics } from '../diagnostics/diagnostics.js';
import { indentedCode } from '../markdown/lex.js';
import { locate } from '../markdown/locate.js';
import type { Markdown, QuizQuestion } from '../model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import type { FrontMatter } from '../front/parse-front-matter.js';
import type { ParsedSlide } from '../front/parse-slides.js';
import type { Placement } from '../transform/place-questions.js';

/** Every piece of the lesson's Markdown, for the checks: the slides' and the quiz files'. */
export function markdownOf(parsed: readonly ParsedSlide[], quizTexts: readonly Markdown[]): Markdown[] {
  const slides = parsed.flatMap((slide) => slide.blocks).flatMap((b) => (b.type === 'markdown' ? [b.markdown] : []));
  return [...slides, ...quizTexts];
}

/** Every stage's diagnostics in file order, with the checks that need several stages' results. */
export function lessonDiagnostics(
  stages: Diagnostic[][],
  texts: readonly Markdown[],
  front: FrontMatter,
  placement: Placement,
): Diagnostic[] {
  // Whether the lesson has graded questions is known only when every question and directive was read.
  return sortDiagnostics([
    ...stages.flat(),
    ...codeBlockProblems(texts),
    ...(placement.complete ? completionProblems(front, placement.questions) : []),
  ]);
}

/** `completion: quiz` (or slides-and-quiz, written out) with no graded question to pass: the player
 *  then completes on the slides alone, which is probably not what the author meant. */
function completionProblems(front: FrontMatter, questions: readonly QuizQuestion[]): Diagnostic[] {
  const at = front.keyPos.completion;
  if (at === undefined || front.meta.completion === 'slides' || questions.some(isGraded)) return [];
  // A value that is itself wrong is reported at this spot already.
  if (front.diagnostics.some((d) => d.pos.line === at.line && d.pos.column === at.column)) return [];
  const completion = front.meta.completion;
  return [diag('META_COMPLETION_NO_QUIZ', at, (w) => w.completionNoQuiz(completion))];
}

/** A paragraph indented by a tab or four spaces is a code block in Markdown (CommonMark 4.4): the
 *  author almost always meant a paragraph, and sees a grey box in the lesson. Fenced code is meant. */
function codeBlockProblems(texts: readonly Markdown[]): Diagnostic[] {
  // Quiz texts are inline: a paragraph cannot become code there.
  return texts
    .filter((md) => !md.inline)
    .flatMap((md) =>
      indentedCode(md).map((offset) => diag('MARKDOWN_INDENTED_CODE', locate(md, offset), (w) => w.indentedCode())),
    );
}
