// The deck: one slide at a time, Previous/Next, arrow keys, progress. The URL never changes (an LMS
// frame's URL is not the learner's to bookmark); focus moves to the new slide's heading so screen
// reader and keyboard users start reading where sighted users look. A `::gate` keeps its slide and
// the ones after it closed until the quiz is finished: every way forward (Next, arrow keys, the menu)
// comes through goTo, which then says why and shows the result slide: it lists the questions still
// open, as buttons to them, or offers the retry (the gate is after it: check/gates.ts).

import type { LessonData } from '../shared/model.js';
import { format } from '../shared/i18n.js';
import type { PlayerState } from '../shared/tracking.js';
import { all, focusScrollers, isTyping, one } from './dom.js';
import { canRetry, shownSlides } from './quiz/score.js';

/** The last slide a learner may open: before the gate until the quiz is finished (an attempt passed,
 *  or failed with no attempt left: the result slide, before any gate, offers the retry). */
export function lastOpen(data: LessonData, state: PlayerState): number {
  const gate = SCORMDOWN_USES.gate ? data.slides.findIndex((s) => s.gate) : -1;
  return (gate < 0 || (state.result !== null && !canRetry(data, state)) ? data.slides.length : gate) - 1;
}

export interface Deck {
  /** Shows slide `index`; `byLearner` moves focus to it and reports the change. */
  goTo(index: number, byLearner: boolean): void;
}

export function createDeck(
  doc: Document,
  data: LessonData,
  state: PlayerState,
  onChange: (index: number, byLearner: boolean) => void,
): Deck {
  const slides = all(doc, '[data-slide]');
  const prev = one<HTMLButtonElement>(doc, '[data-nav="prev"]');
  const next = one<HTMLButtonElement>(doc, '[data-nav="next"]');
  const progress = one<HTMLProgressElement>(doc, '.sd-progress');
  const count = one(doc, '[data-count]');
  const note = one(doc, '[data-gate]');

  // The slides shown this attempt (a retry draws anew, and then goes to a question): every way of
  // moving skips an undrawn question's slide.
  let list: number[] = [];
  /** The shown slide `step` away from the current one, or -1. */
  const near = (step: number): number => list[list.indexOf(state.slide) + step] ?? -1;

  const goTo = (index: number, byLearner: boolean): void => {
    const end = lastOpen(data, state);
    list = shownSlides(data, state);
    // Resuming on a closed slide lands on the last open one.
    note.hidden = !byLearner || index <= end;
    let target = note.hidden ? Math.min(end, index) : data.slides.findIndex((s) => s.kind === 'result');
    // A slide not shown (before the first, or an undrawn question's): the next shown one; the result
    // slide, after every question, always is.
    while (!list.includes(target)) target++;
    const n = list.indexOf(target);
    slides.forEach((slide, i) => (slide.hidden = i !== target));
    // An embedded web video loads only on its slide, and stops when the learner leaves it.
    if (SCORMDOWN_USES.video)
      for (const frame of all<HTMLIFrameElement>(doc, 'iframe[data-src]')) {
        frame.src = slides[target]?.contains(frame) ? (frame.dataset.src ?? '') : 'about:blank';
      }
    focusScrollers(slides[target] ?? doc);
    state.slide = target;
    if (!state.visited.includes(target)) state.visited = [...state.visited, target].sort((a, b) => a - b);
    prev.disabled = n === 0;
    next.disabled = n === list.length - 1;
    progress.max = list.length;
    progress.value = n + 1;
    count.textContent = format(data.strings.slideOf, { n: n + 1, total: list.length });
    if (byLearner) focusSlide(slides[target]);
    onChange(target, byLearner);
  };

  prev.addEventListener('click', () => goTo(near(-1), true));
  next.addEventListener('click', () => goTo(near(1), true));
  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (isTyping(event.target)) return;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target = near(step);
    if (step === 0 || target < 0) return;
    event.preventDefault();
    goTo(target, true);
  });
  doc.defaultView?.addEventListener('resize', () => focusScrollers(slides[state.slide] ?? doc));
  return { goTo };
}

function focusSlide(slide: HTMLElement | undefined): void {
  if (slide === undefined) return;
  const heading = slide.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? slide;
  if (heading !== slide) heading.tabIndex = -1;
  // Scroll only this document: scrollIntoView would also scroll the LMS page around the frame.
  heading.focus({ preventScroll: true });
  slide.ownerDocument.defaultView?.scrollTo(0, 0);
}
