// The quiz on the page: checking answers, locking them, reporting them through the tracker, the
// attempt's result and retries. Questions may sit on their own slides or inside content slides.

import type { LessonData, Question, SingleQuestion } from '../../shared/model.js';
import { own, type AnswerState, type PlayerState } from '../../shared/tracking.js';
import type { Tracker } from '../lms/tracker.js';
import { plural } from '../../shared/i18n.js';
import { all, one } from '../dom.js';
import { hash, shuffled } from './draw.js';
import { clearFeedback, showFeedback } from './feedback.js';
import { clearResponse, readResponse, setLocked, writeResponse } from './form.js';
import { grade, isEmpty } from './grade.js';
import { initOrder } from './order.js';
import { renderResults } from './result.js';
import { attemptResult, bestOf, gradedQuestions, inPlay, retryState, solutionsShown } from './score.js';

export interface Quiz {
  /** A slide became current: its questions start their latency clock. */
  onSlide(index: number): void;
}

interface Placed {
  q: Question;
  form: HTMLFormElement;
  slide: number;
}

interface QuizContext {
  doc: Document;
  data: LessonData;
  state: PlayerState;
  tracker: Tracker;
  placed: Placed[];
  /** When each question was first on screen in this attempt (for the interaction's latency). */
  shownAt: Map<string, number>;
  goTo(index: number): void;
}

export function createQuiz(
  doc: Document,
  data: LessonData,
  state: PlayerState,
  tracker: Tracker,
  goTo: (index: number) => void,
): Quiz {
  const ctx: QuizContext = {
    doc,
    data,
    state,
    tracker,
    goTo,
    placed: placeQuestions(doc, data.questions),
    shownAt: new Map(),
  };
  // Kept in the state: a learner without an LMS id keeps the order drawn the first time.
  state.seed ||= hash(tracker.learner || String(Math.random()));
  for (const at of ctx.placed) {
    arrange(ctx, at);
    const list = at.form.querySelector<HTMLOListElement>('ol.sd-order');
    if (SCORMDOWN_USES.order && list !== null) initOrder(list);
    at.form.addEventListener('submit', (event) => {
      event.preventDefault();
      check(ctx, at);
    });
    restore(ctx, at);
  }
  refresh(ctx);
  return {
    onSlide(index: number): void {
      const now = Date.now();
      for (const p of ctx.placed) if (p.slide === index && !ctx.shownAt.has(p.q.id)) ctx.shownAt.set(p.q.id, now);
    },
  };
}

/** A resumed (or reviewed) answer is shown as it was checked (its feedback by refresh); in review mode
 *  nothing can be answered. */
function restore(ctx: QuizContext, { q, form }: Placed): void {
  const answer = own(ctx.state.answers, q.id);
  if (answer !== undefined) writeResponse(form, q, answer.r);
  if (answer !== undefined || !ctx.tracker.recording) setLocked(form, true);
  else triesLeft(ctx, q, form);
}

/** `shuffle: true`: the options in this learner's order for this attempt; the ids stay the authored ones. */
function arrange({ state }: QuizContext, { q, form }: Placed): void {
  const box = form.querySelector('.sd-choices');
  // Only single and multiple questions get `shuffle` (parse-quiz.ts): both have choices.
  if (SCORMDOWN_USES.shuffle && q.shuffle && box)
    for (const c of shuffled((q as SingleQuestion).choices, q.id + state.attempt + state.seed))
      box.append(box.querySelector(`[data-choice="${c.id}"]`)!);
}

/** After a wrong try that is not the last: the verdict and the tries left; the form stays open.
 *  Nothing while no try is used, or for a question with one try. */
function triesLeft({ state, data }: QuizContext, q: Question, form: HTMLFormElement): void {
  const used = own(state.tried, q.id);
  if (!SCORMDOWN_USES.tries || !used) return;
  // A count is kept only below the question's tries (check(), decodeTries): `tries` is set.
  const left = q.tries! - used;
  note(form, plural(data.strings.triesLeft, left, { left }), 'is-incorrect');
}

function check(ctx: QuizContext, { q, form }: Placed): void {
  const { state, tracker, data } = ctx;
  if (own(state.answers, q.id) !== undefined || !tracker.recording) return;
  const r = readResponse(form, q);
  if (isEmpty(q, r)) return note(form, data.strings.answerFirst, 'is-hint');
  const { ok, pts } = grade(q, r);
  // Only the final try counts and is reported: a wrong one with tries left just says so.
  const tries = (state.tried ||= {});
  const used = (own(tries, q.id) ?? 0) + 1;
  if (SCORMDOWN_USES.tries && !ok && used < (q.tries ?? 1)) {
    tries[q.id] = used;
    triesLeft(ctx, q, form);
    return tracker.save(state);
  }
  delete tries[q.id];
  const answer: AnswerState = { r, ok, pts, ms: Math.max(0, Date.now() - (ctx.shownAt.get(q.id) ?? Date.now())) };
  state.answers[q.id] = answer;
  const result = state.result === null ? attemptResult(inPlay(data, state), state.answers, data.passingScore) : null;
  if (result !== null) [state.result, state.best] = [result, bestOf(state.best, result, state.attempt)];
  setLocked(form, true);
  // Feedback after the result: the answer that ends the last attempt shows its solution too.
  refresh(ctx);
  // The check button is gone now; the feedback is where the learner reads on.
  form.querySelector<HTMLElement>('[data-feedback]')?.focus();
  tracker.recordAnswer(q, answer, state);
  if (result !== null) tracker.finishQuiz(state);
  tracker.save(state);
}

function retry(ctx: QuizContext): void {
  Object.assign(ctx.state, retryState(ctx.data.questions, ctx.state));
  ctx.shownAt.clear();
  for (const at of ctx.placed) {
    const { q, form } = at;
    if (own(ctx.state.answers, q.id) !== undefined) continue; // open answers stay with the learner
    arrange(ctx, at);
    clearResponse(form, q);
    clearFeedback(form);
    setLocked(form, false);
  }
  ctx.tracker.save(ctx.state);
  refresh(ctx);
  // A retry draws the pools anew: the first question in play may be another one.
  const first = gradedQuestions(inPlay(ctx.data, ctx.state))[0];
  if (first !== undefined) goToQuestion(ctx, first);
}

/** Feedback of every checked answer and the result slide, as the state now allows: finishing the
 *  quiz (or its last attempt) may reveal solutions on slides the learner already left. */
function refresh(ctx: QuizContext): void {
  const { data, state } = ctx;
  const reveal = solutionsShown(data, state, ctx.tracker.recording);
  // The LMS never handed back the saved progress, so nothing of this visit is saved: an open answer must
  // not say it was (scorm-start.ts); the learner reads why instead.
  const strings = ctx.tracker.unread ? { ...data.strings, recorded: data.strings.notLoaded } : data.strings;
  for (const { q, form } of ctx.placed) {
    const answer = own(state.answers, q.id);
    if (answer !== undefined) showFeedback(form, q, answer, strings, reveal);
  }
  renderResults(ctx.doc, data, state, reveal, { goToQuestion: (q) => goToQuestion(ctx, q), retry: () => retry(ctx) });
}

function goToQuestion(ctx: QuizContext, q: Question): void {
  const at = ctx.placed.find((p) => p.q.id === q.id);
  if (at !== undefined) ctx.goTo(at.slide);
}

function placeQuestions(doc: Document, questions: Question[]): Placed[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return all<HTMLFormElement>(doc, 'form[data-question]').flatMap((form) => {
    const q = byId.get(form.dataset.question ?? '');
    const slide = Number(form.closest<HTMLElement>('[data-slide]')?.dataset.slide ?? 0);
    return q === undefined ? [] : [{ q, form, slide }];
  });
}

/** A message while the question stays open: checking with nothing chosen (a slip, not an answer), or a
 *  wrong try with tries left. */
function note(form: HTMLFormElement, message: string, kind: string): void {
  const box = one(form, '[data-feedback]');
  box.className = `sd-feedback ${kind}`;
  box.textContent = message;
}
