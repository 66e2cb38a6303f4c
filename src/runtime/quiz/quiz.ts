// The quiz on the page: checking answers, locking them, reporting them through the tracker, the
// attempt's result and retries. Questions may sit on their own slides or inside content slides.

import type { LessonData, Question } from '../../shared/model.js';
import type { AnswerState, PlayerState } from '../../shared/tracking.js';
import type { Tracker } from '../lms/tracker.js';
import { all } from '../dom.js';
import { clearFeedback, showFeedback } from './feedback.js';
import { clearResponse, readResponse, setLocked, writeResponse } from './form.js';
import { grade, isEmpty } from './grade.js';
import { initOrder } from './order.js';
import { renderResults } from './result.js';
import { attemptResult, bestOf, gradedQuestions, retryState, solutionsShown } from './score.js';

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

export function createQuiz(doc: Document, data: LessonData, state: PlayerState, tracker: Tracker, goTo: (index: number) => void): Quiz {
  const ctx: QuizContext = { doc, data, state, tracker, goTo, placed: placeQuestions(doc, data.questions), shownAt: new Map() };
  for (const at of ctx.placed) {
    const list = at.form.querySelector<HTMLOListElement>('ol.sd-order');
    if (list !== null) initOrder(list);
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
  const answer = ctx.state.answers[q.id];
  if (answer !== undefined) writeResponse(form, q, answer.r);
  if (answer !== undefined || !ctx.tracker.recording) setLocked(form, true);
}

function check(ctx: QuizContext, { q, form }: Placed): void {
  const { state, tracker, data } = ctx;
  if (state.answers[q.id] !== undefined || !tracker.recording) return;
  const r = readResponse(form, q);
  if (isEmpty(q, r)) return askForAnswer(form, data.strings.answerFirst);
  const { ok, pts } = grade(q, r);
  const answer: AnswerState = { r, ok, pts, ms: Math.max(0, Date.now() - (ctx.shownAt.get(q.id) ?? Date.now())) };
  state.answers[q.id] = answer;
  const result = state.result === null ? attemptResult(data.questions, state.answers, data.passingScore) : null;
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
  for (const { q, form } of ctx.placed) {
    if (ctx.state.answers[q.id] !== undefined) continue; // open answers stay with the learner
    clearResponse(form, q);
    clearFeedback(form);
    setLocked(form, false);
  }
  ctx.tracker.save(ctx.state);
  refresh(ctx);
  const first = gradedQuestions(ctx.data.questions)[0];
  if (first !== undefined) goToQuestion(ctx, first);
}

/** Feedback of every checked answer and the result slide, as the state now allows: finishing the
 *  quiz (or its last attempt) may reveal solutions on slides the learner already left. */
function refresh(ctx: QuizContext): void {
  const { data, state } = ctx;
  const reveal = solutionsShown(data, state, ctx.tracker.recording);
  for (const { q, form } of ctx.placed) {
    const answer = state.answers[q.id];
    if (answer !== undefined) showFeedback(form, q, answer, data.strings, reveal);
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

/** Checking with nothing chosen is a slip, not an answer: say so and keep the question open. */
function askForAnswer(form: HTMLFormElement, message: string): void {
  const box = form.querySelector<HTMLElement>('[data-feedback]');
  if (box === null) return;
  box.className = 'sd-feedback is-hint';
  box.textContent = message;
}
