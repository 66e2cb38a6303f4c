// Puts the quiz's questions on slides: `::question ID` in place, `::quiz [ID ...]` as one question
// slide per question after its slide, then one result slide when graded questions are placed
// (after the last quiz section, or at the end of the lesson when there is no `::quiz`). The transform
// stage: from the front stage's parsed slides and quiz entries to the lesson's final slide list,
// which the check stage then checks as a whole.

import { stringsFor } from '../../shared/i18n.js';
import { isGraded } from '../../shared/graded.js';
import { assertNever } from '../../shared/model.js';
import { diag } from '../diagnostics/diagnostics.js';
import { firstHeading } from '../markdown/lex.js';
import type { Block, QuizQuestion, Slide, SourcePos } from '../model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import type { QuizEntry } from '../front/parse-quiz.js';
import type { IdRef, ParsedSlide, SlideBlock } from '../front/parse-slides.js';
import { inlineText, markdownText } from '../markdown/render-markdown.js';
import { closest } from '../diagnostics/suggest.js';

export interface Placement {
  slides: Slide[];
  /** Placed questions, in slide order. */
  questions: QuizQuestion[];
  /** Every question was read, and every directive that places them: conclusions about the quiz as
   *  a whole (a gate with nothing to wait for, a completion rule without a graded question, a draw
   *  count) hold. When false, they would be guesses from what is missing, and are not made. */
  complete: boolean;
  diagnostics: Diagnostic[];
}

interface QuizSection {
  slide: number;
  pos: SourcePos;
  ids: string[];
  draw?: { n: number; pos: SourcePos };
}

/** What the quiz files gave: working questions, ids of questions with errors, whether all files were read. */
export interface QuizSet {
  entries: QuizEntry[];
  broken: ReadonlyMap<string, SourcePos>;
  complete: boolean;
}

export function placeQuestions(parsed: ParsedSlide[], quiz: QuizSet, language: string, end: SourcePos): Placement {
  const { entries, broken } = quiz;
  // With an unreadable quiz file the ids are unknown: "not defined" or "unused" would be noise.
  const sure = quiz.complete && broken.size === 0;
  // `::qiuz` or `::question a b` could not be read: which questions it meant to show is unknown.
  const directivesRead = parsed.every((s) => s.unread === undefined);
  const byId = new Map(entries.map((e) => [e.question.id, e]));
  const diagnostics: Diagnostic[] = [];
  const placed = new Map<string, SourcePos>();
  const claim = (ref: IdRef): boolean => claimId(ref, byId, quiz.complete ? broken : null, placed, diagnostics);
  const sections: QuizSection[] = [];
  parsed.forEach((slide, index) => {
    for (const block of slide.blocks) {
      if (block.type === 'question') claim({ id: block.questionId, pos: block.pos });
      if (block.type === 'quiz' && block.questionIds.length > 0) {
        sections.push({
          slide: index,
          pos: block.pos,
          ids: block.questionIds.filter(claim).map((r) => r.id),
          ...(block.draw && { draw: block.draw }),
        });
      }
    }
  });
  fillBareSections(parsed, entries, placed, !sure, sections, diagnostics);
  const hasBareQuiz = parsed.some((s) => s.blocks.some((b) => b.type === 'quiz' && b.questionIds.length === 0));
  if (!hasBareQuiz && directivesRead) {
    for (const e of entries) {
      if (!placed.has(e.question.id))
        diagnostics.push(diag('QUESTION_UNUSED', e.pos, (w) => w.questionUnused(e.question.id)));
    }
  }
  const slides = buildSlides(parsed, sections, byId, language, end);
  // A draw of more questions than the section has is known only when every question could be read.
  const pooled = pools(sections, byId, sure ? diagnostics : []);
  const questions = slides
    .flatMap((s) => s.blocks.flatMap((b) => (b.type === 'question' ? [b.questionId] : [])))
    .map((id) => byId.get(id)?.question)
    .filter((q): q is QuizQuestion => q !== undefined)
    .map((q) => (pooled.has(q.id) ? { ...q, draw: pooled.get(q.id)! } : q));
  return { slides, questions, complete: sure && directivesRead, diagnostics };
}

/** `::quiz draw N`: the section's graded questions form a pool, N of them drawn (open questions
 *  are always shown). N equal to their number draws them all: no pool is needed. */
function pools(
  sections: QuizSection[],
  byId: ReadonlyMap<string, QuizEntry>,
  diagnostics: Diagnostic[],
): Map<string, { pool: number; n: number }> {
  const pooled = new Map<string, { pool: number; n: number }>();
  let pool = 0;
  for (const { draw, ids } of sections) {
    if (draw === undefined) continue;
    const graded = ids.filter((id) => {
      const q = byId.get(id)?.question;
      return q !== undefined && isGraded(q);
    });
    if (draw.n > graded.length) {
      diagnostics.push(diag('QUIZ_DRAW_TOO_MANY', draw.pos, (w) => w.drawTooMany(draw.n, graded.length)));
    } else if (draw.n < graded.length) {
      for (const id of graded) pooled.set(id, { pool, n: draw.n });
      pool++;
    }
  }
  return pooled;
}

function claimId(
  ref: IdRef,
  byId: ReadonlyMap<string, QuizEntry>,
  broken: ReadonlyMap<string, SourcePos> | null,
  placed: Map<string, SourcePos>,
  diagnostics: Diagnostic[],
): boolean {
  if (!byId.has(ref.id)) {
    // A question with errors of its own exists (or the quiz could not be read): those errors say enough.
    if (broken && !broken.has(ref.id))
      diagnostics.push(
        diag(
          'QUESTION_NOT_DEFINED',
          ref.pos,
          (w) => w.questionNotDefined(ref.id) + w.didYouMean(closest(ref.id, byId.keys())),
        ),
      );
    return false;
  }
  const first = placed.get(ref.id);
  if (first) {
    diagnostics.push(diag('QUESTION_PLACED_TWICE', ref.pos, (w) => w.questionPlacedTwice(ref.id, first.line)));
    return false;
  }
  placed.set(ref.id, ref.pos);
  return true;
}

/** A bare `::quiz` takes every question not placed anywhere else, in file order. */
function fillBareSections(
  parsed: ParsedSlide[],
  entries: QuizEntry[],
  placed: Map<string, SourcePos>,
  hasBroken: boolean,
  sections: QuizSection[],
  diagnostics: Diagnostic[],
): void {
  parsed.forEach((slide, index) => {
    for (const block of slide.blocks) {
      if (block.type !== 'quiz' || block.questionIds.length > 0) continue;
      const ids = entries.filter((e) => !placed.has(e.question.id)).map((e) => e.question.id);
      ids.forEach((id) => placed.set(id, block.pos));
      if (ids.length === 0 && !hasBroken)
        diagnostics.push(diag('QUIZ_SECTION_EMPTY', block.pos, (w) => w.quizSectionEmpty()));
      sections.push({ slide: index, pos: block.pos, ids, ...(block.draw && { draw: block.draw }) });
    }
  });
  sections.sort((a, b) => a.slide - b.slide || a.pos.line - b.pos.line);
}

function buildSlides(
  parsed: ParsedSlide[],
  sections: QuizSection[],
  byId: ReadonlyMap<string, QuizEntry>,
  language: string,
  end: SourcePos,
): Slide[] {
  const slides: Slide[] = [];
  // Only graded questions give a score to show: a lesson with open questions alone has no result slide.
  const lastSection = sections[sections.length - 1];
  const result = (pos: SourcePos): Slide => ({
    kind: 'result',
    title: stringsFor(language).resultTitle,
    blocks: [],
    pos,
  });
  parsed.forEach((slide, index) => {
    const content = contentSlide(slide, byId);
    if (content.blocks.length > 0) slides.push(content);
    for (const section of sections.filter((s) => s.slide === index)) {
      for (const id of section.ids) {
        const entry = byId.get(id);
        if (entry) slides.push(questionSlide(entry));
      }
      if (section === lastSection && hasGraded(slides, byId)) slides.push(result(section.pos));
    }
  });
  if (!lastSection && hasGraded(slides, byId)) slides.push(result(end));
  return slides;
}

function hasGraded(slides: Slide[], byId: ReadonlyMap<string, QuizEntry>): boolean {
  const graded = (id: string): boolean => {
    const entry = byId.get(id);
    return entry !== undefined && isGraded(entry.question);
  };
  return slides.some((s) => s.blocks.some((b) => b.type === 'question' && graded(b.questionId)));
}

function questionSlide(entry: QuizEntry): Slide {
  const block: Block = { type: 'question', questionId: entry.question.id, pos: entry.pos };
  return { kind: 'question', title: entry.question.promptText, blocks: [block], pos: entry.pos };
}

function contentSlide(slide: ParsedSlide, byId: ReadonlyMap<string, QuizEntry>): Slide {
  const blocks = slide.blocks.flatMap((b): Block[] => toBlock(b));
  const question = blocks.find((b) => b.type === 'question');
  const texts = blocks.flatMap((b) => (b.type === 'markdown' ? [b.markdown] : []));
  const heading = firstHeading(texts);
  const title =
    (heading === null ? '' : inlineText(heading.tokens)) ||
    (question?.type === 'question' ? byId.get(question.questionId)?.question.promptText : undefined) ||
    (texts[0] === undefined ? '' : markdownText(texts[0]).slice(0, 80));
  const placed: Slide = {
    kind: 'content',
    title: title ?? '',
    blocks,
    pos: slide.pos,
    ...(slide.gate && { gate: slide.gate }),
  };
  return slide.id === undefined ? placed : { ...placed, id: slide.id.id };
}

function toBlock(block: SlideBlock): Block[] {
  switch (block.type) {
    case 'markdown':
      return [block];
    case 'timer':
    case 'question':
    case 'video':
      return [block];
    case 'quiz':
      return [];
    default:
      return assertNever(block);
  }
}
