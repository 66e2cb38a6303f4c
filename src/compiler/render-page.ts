// Render stage: the lesson becomes index.html. Every slide is a <section> in the HTML (content is there
// before any script runs; the player only shows one at a time), every question real form controls, and
// the lesson's data for the player is embedded as JSON. Loads ./player.js and ./player.css, relative,
// because Moodle serves packages under pluginfile.php/<ctx>/mod_scorm/content/<rev>/ (LMS-FACTS.md).

import { assertNever, type LessonData, type ScormVersion } from '../shared/model.js';
import { format, stringsFor, type UiStrings } from '../shared/i18n.js';
import type { Block, Lesson, Slide } from './model.js';
import { questionView } from './render-question.js';
import { pageTemplate } from './render-templates.js';

export function lessonData(lesson: Lesson, scorm: ScormVersion): LessonData {
  const { meta } = lesson;
  return {
    scorm,
    id: meta.id,
    title: meta.title,
    version: meta.version,
    language: meta.language,
    passingScore: meta.passingScore,
    completion: meta.completion,
    attempts: meta.attempts,
    navigation: meta.navigation,
    solutions: meta.solutions,
    slides: lesson.slides.map((slide) => ({ title: slide.title, kind: slide.kind })),
    questions: lesson.questions,
    strings: stringsFor(meta.language),
  };
}

export function renderPage(lesson: Lesson, data: LessonData): string {
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

/** JSON inside <script>: escaping every `<` means no `</script>` or `<!--` in an author's text can end
 *  or confuse the script element; JSON.parse reads `\u003c` back as `<`. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function slideView(lesson: Lesson, slide: Slide, index: number, strings: UiStrings, data: LessonData): object {
  const timers = { count: 0 };
  const blocks =
    slide.kind === 'result'
      ? [{ partial: 'result', passMark: format(strings.passMark, { pass: data.passingScore }) }]
      : slide.blocks.map((block) => blockView(lesson, slide, block, index, timers, strings));
  return { index, number: index + 1, kind: slide.kind, title: slide.title, hidden: index !== 0, blocks };
}

function blockView(
  lesson: Lesson,
  slide: Slide,
  block: Block,
  index: number,
  timers: { count: number },
  strings: UiStrings,
): object {
  switch (block.type) {
    case 'markdown':
      return { partial: 'block-markdown', html: block.html };
    case 'timer': {
      // state.timers is keyed by slide index; a second timer on the same slide gets "index.n".
      const key = timers.count === 0 ? String(index) : `${index}.${timers.count}`;
      timers.count += 1;
      return { partial: 'timer', key, seconds: block.seconds, display: clock(block.seconds) };
    }
    case 'question': {
      const question = lesson.questions.find((q) => q.id === block.questionId);
      if (question === undefined) throw new Error(`question "${block.questionId}" is placed but not defined`);
      return questionView(question, slide.kind === 'question', strings);
    }
    default:
      return assertNever(block);
  }
}

/** MM:SS as the timer shows it (minutes may exceed 59: a 90-minute timer reads 90:00). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
