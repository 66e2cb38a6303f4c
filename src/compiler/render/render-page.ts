// Render stage: the lesson becomes index.html. Every slide is a <section> in the HTML (content is there
// before any script runs; the player only shows one at a time), every question real form controls, and
// the lesson's data for the player is embedded as JSON. Loads ./player.js and ./player.css, relative,
// because Moodle serves packages under pluginfile.php/<ctx>/mod_scorm/content/<rev>/ (docs/SCORM-FACTS.md).

import { createHash } from 'node:crypto';
import { assertNever, type LessonData, type Pool, type Question } from '../../shared/model.js';
import { clock } from '../../shared/clock.js';
import { format, stringsFor, type UiStrings } from '../../shared/i18n.js';
import { captionsFinder } from '../check/collect-assets.js';
import { embedJson } from './html-text.js';
import type { Block, Lesson, LessonMeta, Slide, SourcePos } from '../model.js';
import { markdownRenderer } from './render-markdown.js';
import { questionView, renderQuestion } from './render-question.js';
import { pageTemplate } from './render-templates.js';
import { embedUrl, siteName, watchUrl } from '../front/video-url.js';

/** A slide block with its HTML: Markdown rendered. */
export type RenderedBlock = { type: 'markdown'; html: string; pos: SourcePos } | Exclude<Block, { type: 'markdown' }>;

export interface RenderedSlide extends Omit<Slide, 'blocks'> {
  blocks: RenderedBlock[];
}

/** The checked lesson with its HTML, once for every package of the build. */
export interface RenderedLesson {
  meta: LessonMeta;
  slides: RenderedSlide[];
  /** As the player receives them. */
  questions: Question[];
}

/** Renders every text of the lesson, now that the assets are known: a video gets its captions here. */
export function renderLesson(lesson: Lesson): RenderedLesson {
  const md = markdownRenderer(captionsFinder(lesson.assets, lesson.meta.language));
  const slides = lesson.slides.map((slide) => ({
    ...slide,
    blocks: slide.blocks.map((b): RenderedBlock =>
      b.type === 'markdown' ? { type: 'markdown', html: md.html(b.markdown), pos: b.pos } : b,
    ),
  }));
  // A pool mark (place-questions.ts) goes on to lessonData, which makes it LessonData.pools.
  const questions = lesson.questions.map((q) => ({ ...renderQuestion(q, md), ...(q.draw && { draw: q.draw }) }));
  return { meta: lesson.meta, slides, questions };
}

export function lessonData(lesson: RenderedLesson): LessonData {
  const { meta } = lesson;
  const [slideKey, questionKey] = [slideKeys(lesson), questionKeys(lesson.questions)];
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
      k: slideKey[i]!,
      ...(slide.gate && { gate: true as const }),
    })),
    questions: lesson.questions.map(({ draw, ...q }, i) => ({ ...q, k: questionKey[i]! })),
    ...poolsOf(lesson),
    strings: stringsFor(meta.language),
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
      if (!taken.has(key)) return (taken.add(key), key);
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

export function renderPage(lesson: RenderedLesson, data: LessonData): string {
  const strings = data.strings;
  const slides = lesson.slides.map((slide, index) => slideView(lesson, slide, index, strings, data));
  return pageTemplate()({
    language: data.language,
    title: data.title,
    strings,
    slides,
    slideCount: slides.length,
    single: slides.length <= 1,
    firstCount: format(strings.slideOf, { n: 1, total: slides.length }),
    json: embedJson(data),
  });
}

function slideView(
  lesson: RenderedLesson,
  slide: RenderedSlide,
  index: number,
  strings: UiStrings,
  data: LessonData,
): object {
  const timers = { count: 0 };
  const blocks =
    slide.kind === 'result'
      ? [{ partial: 'result', passMark: format(strings.passMark, { pass: data.passingScore }) }]
      : slide.blocks.map((block) => blockView(lesson, slide, block, data.slides[index]!.k, timers, strings));
  return { index, number: index + 1, kind: slide.kind, title: slide.title, hidden: index !== 0, blocks };
}

function blockView(
  lesson: RenderedLesson,
  slide: RenderedSlide,
  block: RenderedBlock,
  slideKey: string,
  timers: { count: number },
  strings: UiStrings,
): object {
  switch (block.type) {
    case 'markdown':
      return { partial: 'block-markdown', html: block.html };
    case 'timer': {
      // state.timers is keyed by the slide's key (it survives slides moving); a second timer gets "key.n".
      const key = timers.count === 0 ? slideKey : `${slideKey}.${timers.count}`;
      timers.count += 1;
      return { partial: 'timer', key, seconds: block.seconds, display: clock(block.seconds) };
    }
    case 'question': {
      const question = lesson.questions.find((q) => q.id === block.questionId);
      if (question === undefined) throw new Error(`question "${block.questionId}" is placed but not defined`);
      return questionView(question, slide.kind === 'question', strings);
    }
    case 'video':
      // The player sets src from data-src only while the slide is shown: nothing loads (or keeps
      // playing) from a slide the learner is not on.
      return {
        partial: 'video',
        src: embedUrl(block.video),
        href: watchUrl(block.video),
        title: block.title ?? strings.video,
        watch: format(strings.watchOn, { site: siteName(block.video.site) }),
      };
    default:
      return assertNever(block);
  }
}
