// The keys a learner's saved progress is stored under (bookmark, slides seen, timers, answers):
// short hashes of what a slide or question is, so progress survives edits that keep its meaning.
// Every key must stay byte-identical from one version of scormdown to the next: a learner's saved
// progress in the LMS depends on it.

import { createHash } from 'node:crypto';
import type { Question } from '../../shared/model.js';
import type { RenderedLesson, RenderedSlide } from './render-page.js';

/** Short base64url hashes of `seeds`, unique among them: a key already taken is hashed again with a
 *  counter, in lesson order, so equal seeds (two slides with the same heading and text) differ too. */
function uniqueKeys(seeds: string[], width: number): string[] {
  const taken = new Set<string>();
  return seeds.map((seed) => {
    for (let n = 0; ; n++) {
      const key = createHash('sha1')
        .update(n === 0 ? seed : `${seed}#${n}`)
        .digest('base64url')
        .slice(0, width);
      if (!taken.has(key)) {
        taken.add(key);
        return key;
      }
    }
  });
}

/** What a slide is, for its key: the author's `::slide ID`, the question it asks, the result, or its
 *  heading; the heading and its content together when another slide has the same heading. Editing a
 *  slide's text keeps its key (its heading too, with `::slide`), so a learner's bookmark and "seen"
 *  survive a typo fix and slides inserted, removed or moved. */
export function slideKeys(lesson: RenderedLesson): string[] {
  const seeds = lesson.slides.map((slide) => {
    if (slide.id !== undefined) return `id:${slide.id}`;
    const question = slide.kind === 'question' ? slide.blocks.find((b) => b.type === 'question') : undefined;
    return question?.type === 'question' ? `q:${question.questionId}` : `${slide.kind}:${slide.title}`;
  });
  const content = (slide: RenderedSlide): string => slide.blocks.map((b) => JSON.stringify({ ...b, pos: 0 })).join('');
  // Counted once, not indexOf/lastIndexOf per slide: that was quadratic (1.3 s of a 5000-slide build).
  const count = new Map<string, number>();
  for (const seed of seeds) count.set(seed, (count.get(seed) ?? 0) + 1);
  const unique = seeds.map((seed, i) => (count.get(seed) === 1 ? seed : seed + content(lesson.slides[i]!)));
  return uniqueKeys(unique, 3);
}

/** A question's key covers what its saved answers mean: id, type and the options, items, pairs or
 *  answers with their ids (match targets in the order offered). Prompt, feedback and points may change:
 *  a kept answer is graded again with the new points. */
export function questionKeys(questions: Question[]): string[] {
  return uniqueKeys(
    questions.map((q) => JSON.stringify(q, (key, value: unknown) => (NOT_MEANING.has(key) ? undefined : value))),
    4,
  );
}

/** Question fields a saved response does not depend on (an order question's `shown` is only the start). */
const NOT_MEANING = new Set(['promptHtml', 'promptText', 'feedback', 'points', 'shown', 'partial']);
