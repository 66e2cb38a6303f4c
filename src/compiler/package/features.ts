// Which of the player's optional features a lesson uses (shared/features.ts): its package carries only
// those. Worked out from the rendered lesson: its questions and its slides.

import type { Uses } from '../../shared/features.js';
import type { RenderedLesson } from '../render/render-page.js';

export function lessonUses({ slides, questions }: RenderedLesson): Uses {
  const blocks = slides.flatMap((slide) => slide.blocks);
  return {
    numeric: questions.some((q) => q.type === 'numeric'),
    order: questions.some((q) => q.type === 'order'),
    tries: questions.some((q) => (q.tries ?? 1) > 1),
    shuffle: questions.some((q) => q.shuffle === true),
    pools: questions.some((q) => q.draw !== undefined),
    gate: slides.some((slide) => slide.gate !== undefined),
    video: blocks.some((b) => b.type === 'video'),
    timer: blocks.some((b) => b.type === 'timer'),
    // `scoring: partial`: an answer may be partly right (its share of the points, marked as such).
    partial: questions.some((q) => 'partial' in q && q.partial === true),
  };
}
