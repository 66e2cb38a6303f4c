// Render stage: the lesson becomes index.html. Every slide is a <section> in the HTML (content is there
// before any script runs; the player only shows one at a time), every question real form controls, and
// the lesson's data for the player (lesson-data.ts) is embedded as JSON. Loads ./player.js and
// ./player.css, relative, because Moodle serves packages under
// pluginfile.php/<ctx>/mod_scorm/content/<rev>/ (docs/SCORM-FACTS.md).

import { assertNever, type LessonData, type Question } from '../../shared/model.js';
import { clock } from '../../shared/clock.js';
import { format, numberFormat, type UiStrings } from '../../shared/i18n.js';
import { captionsFinder } from '../check/collect-assets.js';
import { themeStyle } from '../front/theme.js';
import { embedJson } from '../markdown/html-text.js';
import type { Block, Lesson, LessonMeta, Slide, SourcePos } from '../model.js';
import { markdownRenderer } from '../markdown/render-markdown.js';
import { authoredPrints, progressKeys } from './progress-keys.js';
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
  /** Saved-progress keys and option prints, from the lesson as written (progress-keys.ts). */
  progress: { slides: string[]; questions: string[]; prints: string[] };
}

/** Renders every text of the lesson, now that the assets are known: a video gets its captions here. */
export function renderLesson(lesson: Lesson): RenderedLesson {
  const md = markdownRenderer(captionsFinder(lesson.assets, lesson.meta.language), lesson.meta.html);
  const slides = lesson.slides.map((slide) => ({
    ...slide,
    blocks: slide.blocks.map((b): RenderedBlock =>
      b.type === 'markdown' ? { type: 'markdown', html: md.html(b.markdown), pos: b.pos } : b,
    ),
  }));
  // A pool mark (place-questions.ts) goes on to lessonData, which makes it LessonData.pools.
  const questions = lesson.questions.map((q) => ({ ...renderQuestion(q, md), ...(q.draw && { draw: q.draw }) }));
  const progress = { ...progressKeys(lesson), prints: lesson.questions.map(authoredPrints) };
  return { meta: lesson.meta, slides, questions, progress };
}

/** `base`: where player.js and player.css are, relative to the page: '' beside it, '../' for a lesson
 *  of a course package, whose pages sit in folders of their own below the shared player. */
export function renderPage(lesson: RenderedLesson, data: LessonData, base = ''): string {
  const strings = data.strings;
  // By id, once: a find() per placed question made a 45,000-question quiz take minutes.
  const questions = new Map(lesson.questions.map((q) => [q.id, q]));
  const slides = lesson.slides.map((slide, index) => slideView(questions, slide, index, strings, data));
  const { theme } = lesson.meta;
  return pageTemplate()({
    base,
    themeStyle: themeStyle(theme),
    logo: theme.logo === undefined ? '' : theme.logo.replace(/^\.\//, ''),
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
  questions: ReadonlyMap<string, Question>,
  slide: RenderedSlide,
  index: number,
  strings: UiStrings,
  data: LessonData,
): object {
  const timers = { count: 0 };
  const blocks =
    slide.kind === 'result'
      ? [
          {
            partial: 'result',
            passMark: format(strings.passMark, { pass: numberFormat(data.language)(data.passingScore) }),
          },
        ]
      : slide.blocks.map((block) => blockView(questions, slide, block, data.slides[index]!.k, timers, strings));
  return { index, number: index + 1, kind: slide.kind, title: slide.title, hidden: index !== 0, blocks };
}

function blockView(
  questions: ReadonlyMap<string, Question>,
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
      const question = questions.get(block.questionId);
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
