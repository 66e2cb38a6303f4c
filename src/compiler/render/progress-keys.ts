// The keys a learner's saved progress is stored under (bookmark, slides seen, timers, answers) and the
// prints of the options, computed from the lesson as the author wrote it: the seeds and the contract
// are src/shared/progress/ (keys.ts, README.md); here they are hashed. Also the s2 keys, which packages
// built before s3 saved under: they hashed the rendered lesson, so they are worked out the same way
// again, only for reading such data, and frozen as they were.

import { createHash } from 'node:crypto';
import type { Question } from '../../shared/model.js';
import {
  optionLists,
  optionSeed,
  QUESTION_KEY_WIDTH,
  questionSeed,
  SLIDE_KEY_WIDTH,
  slideSeeds,
  type Listed,
  type SlideFacts,
} from '../../shared/progress/keys.js';
import { firstHeading } from '../markdown/lex.js';
import type { Block, Lesson, Markdown, QuizQuestion, Slide } from '../model.js';
import type { RenderedLesson, RenderedSlide } from './render-page.js';

/** `width` base64url characters of the SHA-1 of `text`. */
function shortHash(text: string, width: number): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, width);
}

/** Short hashes of `seeds`, unique among them: a key already taken is hashed again with a counter, in
 *  lesson order, so equal seeds (two slides with the same heading and text) differ too. */
function uniqueKeys(seeds: string[], width: number): string[] {
  const taken = new Set<string>();
  return seeds.map((seed) => {
    for (let n = 0; ; n++) {
      const key = shortHash(n === 0 ? seed : `${seed}#${n}`, width);
      if (!taken.has(key)) {
        taken.add(key);
        return key;
      }
    }
  });
}

/** A slide block as written: Markdown by its source, a directive by what it says. */
function blockText(block: Block): string {
  switch (block.type) {
    case 'markdown':
      return block.markdown.source;
    case 'timer':
      return `::timer ${block.seconds}`;
    case 'question':
      return `::question ${block.questionId}`;
    case 'video':
      return `::video ${block.video.site} ${block.video.id}`;
  }
}

function slideFacts(slide: Slide): SlideFacts {
  if (slide.id !== undefined) return { kind: 'named', name: slide.id };
  const question = slide.blocks.find((b) => b.type === 'question');
  if (slide.kind === 'question' && question?.type === 'question')
    return { kind: 'question', questionId: question.questionId };
  if (slide.kind === 'result') return { kind: 'result' };
  const heading = firstHeading(slide.blocks.flatMap((b): Markdown[] => (b.type === 'markdown' ? [b.markdown] : [])));
  return {
    kind: 'content',
    heading: heading?.text ?? '',
    ...(question?.type === 'question' && { questionId: question.questionId }),
    text: slide.blocks.map(blockText).join('\n'),
  };
}

/** The saved-progress keys of a lesson's slides (3 characters) and questions (4), in lesson order. */
export function progressKeys(lesson: Pick<Lesson, 'slides' | 'questions'>): { slides: string[]; questions: string[] } {
  return {
    slides: uniqueKeys(slideSeeds(lesson.slides.map(slideFacts)), SLIDE_KEY_WIDTH),
    questions: questionKeys(lesson.questions),
  };
}

export function questionKeys(questions: ReadonlyArray<{ id: string } & Listed<unknown>>): string[] {
  return uniqueKeys(questions.map(questionSeed), QUESTION_KEY_WIDTH);
}

/** The prints of a question's options, one character each, every list in order ('' when it has
 *  none); `text` gives an option's text as written. */
export function optionPrints<O>(question: Listed<O>, text: (option: O) => string): string {
  return optionLists(question)
    .flat()
    .map((option) => shortHash(optionSeed(text(option)), 1))
    .join('');
}

/** The prints of a question of the lesson: its options' Markdown as written. */
export const authoredPrints = (question: QuizQuestion): string =>
  optionPrints<{ html: Markdown }>(question, (option) => option.html.source);

/** s2's slide keys (packages of 2026-11 and 2026-12 wrote them): the author's `::slide ID`, the
 *  question it asks, the result or content slide's title, with its rendered content when another
 *  slide has the same; hashed as above. Frozen: only for reading s2 data. */
export function s2SlideKeys(lesson: RenderedLesson): string[] {
  const seeds = lesson.slides.map((slide) => {
    if (slide.id !== undefined) return `id:${slide.id}`;
    const question = slide.kind === 'question' ? slide.blocks.find((b) => b.type === 'question') : undefined;
    return question?.type === 'question' ? `q:${question.questionId}` : `${slide.kind}:${slide.title}`;
  });
  const content = (slide: RenderedSlide): string => slide.blocks.map((b) => JSON.stringify({ ...b, pos: 0 })).join('');
  const count = new Map<string, number>();
  for (const seed of seeds) count.set(seed, (count.get(seed) ?? 0) + 1);
  const unique = seeds.map((seed, i) => (count.get(seed) === 1 ? seed : seed + content(lesson.slides[i]!)));
  return uniqueKeys(unique, SLIDE_KEY_WIDTH);
}

/** s2's question keys: the rendered question without what a saved answer does not depend on.
 *  Frozen: only for reading s2 data. */
export function s2QuestionKeys(questions: Question[]): string[] {
  return uniqueKeys(
    questions.map((q) => JSON.stringify(q, (key, value: unknown) => (S2_NOT_MEANING.has(key) ? undefined : value))),
    QUESTION_KEY_WIDTH,
  );
}

const S2_NOT_MEANING = new Set(['promptHtml', 'promptText', 'feedback', 'points', 'shown', 'partial']);
