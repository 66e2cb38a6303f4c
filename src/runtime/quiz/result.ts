// The result slide: score, pass mark, passed or not, attempts, and while the attempt is not finished
// the questions still open, as buttons that go to them.

import type { LessonData, Question } from '../../shared/model.js';
import { format } from '../../shared/i18n.js';
import type { PlayerState } from '../../shared/tracking.js';
import { all, el } from '../dom.js';
import { attemptsLeft, canRetry, unanswered } from './score.js';

export interface ResultActions {
  goToQuestion(q: Question): void;
  retry(): void;
}

export function renderResults(doc: Document, data: LessonData, state: PlayerState, actions: ResultActions): void {
  for (const box of all(doc, '[data-result]')) box.replaceChildren(...resultNodes(data, state, actions));
}

function resultNodes(data: LessonData, state: PlayerState, actions: ResultActions): Node[] {
  const s = data.strings;
  const percent = (n: number): string => n.toLocaleString(data.language, { maximumFractionDigits: 2 });
  const passMark = el('p', {}, format(s.passMark, { pass: percent(data.passingScore) }));
  const result = state.result;
  if (result === null) {
    const open = unanswered(data.questions, state.answers);
    const list = el('ul', { class: 'sd-todo' });
    for (const q of open) {
      const go = el('button', { type: 'button', class: 'sd-link' }, q.promptText);
      go.addEventListener('click', () => actions.goToQuestion(q));
      list.append(el('li', {}, go));
    }
    return [passMark, el('p', { class: 'sd-open' }, format(s.unanswered, { left: open.length })), list];
  }
  const nodes: Node[] = [
    el('p', { class: 'sd-score' }, format(s.score, { score: percent(result.score) })),
    passMark,
    el('p', { class: `sd-outcome ${result.passed ? 'is-passed' : 'is-failed'}` }, result.passed ? s.passed : s.failed),
  ];
  if (canRetry(data, state)) {
    const left = attemptsLeft(data, state);
    if (Number.isFinite(left)) nodes.push(el('p', {}, format(s.attemptsLeft, { left })));
    const retry = el('button', { type: 'button', class: 'sd-btn sd-btn-main' }, s.retry);
    retry.addEventListener('click', actions.retry);
    nodes.push(retry);
  } else if (!result.passed) {
    nodes.push(el('p', {}, s.noAttemptsLeft));
  }
  return nodes;
}
