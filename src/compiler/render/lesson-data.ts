// What the page hands the player: the rendered lesson as LessonData (src/shared/model.ts), embedded
// in index.html as JSON. Each slide and question carries its saved-progress key (progress-keys.ts).

import type { LessonData, Pool } from '../../shared/model.js';
import { stringsFor } from '../../shared/i18n.js';
import { s2QuestionKeys, s2SlideKeys } from './progress-keys.js';
import type { RenderedLesson } from './render-page.js';

export function lessonData(lesson: RenderedLesson): LessonData {
  const { meta } = lesson;
  const { progress } = lesson;
  // Data saved under s2 keys is read through `o`, given where it differs from today's key.
  const [s2Slide, s2Question] = [s2SlideKeys(lesson), s2QuestionKeys(lesson.questions)];
  const older = (now: string, s2: string) => (s2 === now ? {} : { o: s2 });
  return {
    id: meta.id,
    title: meta.title,
    version: meta.version,
    language: meta.language,
    passingScore: meta.passingScore,
    completion: meta.completion,
    attempts: meta.attempts,
    navigation: meta.navigation,
    solutions: meta.solutions,
    score: meta.score,
    slides: lesson.slides.map((slide, i) => ({
      title: slide.title,
      kind: slide.kind,
      k: progress.slides[i]!,
      ...older(progress.slides[i]!, s2Slide[i]!),
      ...(slide.gate && { gate: true as const }),
    })),
    questions: lesson.questions.map(({ draw, ...q }, i) => ({
      ...q,
      k: progress.questions[i]!,
      ...older(progress.questions[i]!, s2Question[i]!),
      ...(progress.prints[i] && { f: progress.prints[i] }),
    })),
    ...poolsOf(lesson),
    strings: stringsFor(meta.language, meta.ui),
  };
}

/** `::quiz draw N` sections as the player needs them: per pool N and its questions with their
 *  slides (place-questions.ts marks the questions); nothing when the lesson has no pool. */
function poolsOf({ slides, questions }: RenderedLesson): Pick<LessonData, 'pools'> {
  const draws = new Map(questions.flatMap((q) => (q.draw ? [[q.id, q.draw] as const] : [])));
  const pools: Pool[] = [];
  slides.forEach((slide, i) => {
    for (const b of slide.blocks) {
      const draw = b.type === 'question' ? draws.get(b.questionId) : undefined;
      if (b.type === 'question' && draw) (pools[draw.pool] ??= { n: draw.n, q: [] }).q.push([b.questionId, i]);
    }
  });
  return pools.length === 0 ? {} : { pools };
}
