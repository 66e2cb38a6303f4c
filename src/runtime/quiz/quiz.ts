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
import { attemptResult, gradedQuestions, retryState } from './score.js';

export interface Quiz {
  /** A slide became current: its questions start their latency clock. */
  onSlide(index: number): void;
}

interface Placed {
  q: Question;
  form: HTMLFormElement;
  slide: number;
}

export function createQuiz(
  doc: Document,
  data: LessonData,
  state: PlayerState,
  tracker: Tracker,
  goTo: (index: number) => void,
): Quiz {
  const placed = placeQuestions(doc, data.questions);
  const shownAt = new Map<string, number>();
  const refresh = (): void => renderResults(doc, data, state, { goToQuestion, retry });
  const goToQuestion = (q: Question): void => {
    const at = placed.find((p) => p.q.id === q.id);
    if (at !== undefined) goTo(at.slide);
  };

  const showAnswer = (form: HTMLFormElement, q: Question, answer: AnswerState): void => {
    setLocked(form, true);
    showFeedback(form, q, answer, data.strings);
  };

  const check = ({ q, form }: Placed): void => {
    if (state.answers[q.id] !== undefined || !tracker.recording) return;
    const r = readResponse(form, q);
    if (isEmpty(q, r)) return askForAnswer(form, data.strings.answerFirst);
    const { ok, pts } = grade(q, r);
    const answer: AnswerState = { r, ok, pts, ms: Math.max(0, Date.now() - (shownAt.get(q.id) ?? Date.now())) };
    state.answers[q.id] = answer;
    showAnswer(form, q, answer);
    // The check button is gone now; the feedback is where the learner reads on.
    form.querySelector<HTMLElement>('[data-feedback]')?.focus();
    const result = state.result === null ? attemptResult(data.questions, state.answers, data.passingScore) : null;
    if (result !== null) state.result = result;
    tracker.recordAnswer(q, answer, state);
    if (result !== null) tracker.finishQuiz(state);
    tracker.save(state);
    refresh();
  };

  const retry = (): void => {
    Object.assign(state, retryState(data.questions, state));
    shownAt.clear();
    for (const { q, form } of placed) {
      if (state.answers[q.id] !== undefined) continue;
      clearResponse(form, q);
      clearFeedback(form);
      setLocked(form, false);
    }
    tracker.save(state);
    refresh();
    const first = gradedQuestions(data.questions)[0];
    if (first !== undefined) goToQuestion(first);
  };

  for (const at of placed) {
    const list = at.form.querySelector<HTMLOListElement>('ol.sd-order');
    if (list !== null) initOrder(list);
    at.form.addEventListener('submit', (event) => {
      event.preventDefault();
      check(at);
    });
    const answer = state.answers[at.q.id];
    if (answer !== undefined) {
      writeResponse(at.form, at.q, answer.r);
      showAnswer(at.form, at.q, answer);
    } else if (!tracker.recording) {
      setLocked(at.form, true);
    }
  }
  refresh();

  return {
    onSlide(index: number): void {
      const now = Date.now();
      for (const p of placed) if (p.slide === index && !shownAt.has(p.q.id)) shownAt.set(p.q.id, now);
    },
  };
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
