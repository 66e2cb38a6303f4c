// What the learner sees after checking: correct or not, the author's feedback and, for a wrong
// answer, the correct answer in words (the LMS report shows it too, but the learner is here now).

import { assertNever, type Question } from '../../shared/model.js';
import { format, type UiStrings } from '../../shared/i18n.js';
import type { AnswerState } from '../../shared/tracking.js';
import { all, el, html, one, textOf } from '../dom.js';

export function correctAnswerText(q: Question, strings: UiStrings): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.choices.filter((c) => c.correct).map((c) => textOf(c.html)).join(', ');
    case 'true-false':
      return q.answer ? strings.trueLabel : strings.falseLabel;
    case 'order':
      return q.items.map((item, i) => `${i + 1}. ${textOf(item.html)}`).join(' ');
    case 'match': {
      const target = new Map(q.targets.map((t) => [t.id, textOf(t.html)]));
      return q.sources.map((s) => `${textOf(s.html)}: ${target.get(q.pairs[s.id] ?? '') ?? ''}`).join('; ');
    }
    case 'fill-in':
      return q.answers[0] ?? '';
    case 'open':
      return '';
    default:
      return assertNever(q);
  }
}

export function showFeedback(form: HTMLFormElement, q: Question, answer: AnswerState, strings: UiStrings): void {
  const box = one(form, '[data-feedback]');
  const verdict = answer.ok === null ? strings.recorded : answer.ok ? strings.correct : strings.incorrect;
  const authored = answer.ok === null ? '' : answer.ok ? q.feedback.correct : q.feedback.incorrect;
  const solution = answer.ok === false ? format(strings.correctAnswer, { answer: correctAnswerText(q, strings) }) : '';
  box.className = `sd-feedback ${answer.ok === null ? 'is-recorded' : answer.ok ? 'is-correct' : 'is-incorrect'}`;
  box.replaceChildren(el('p', { class: 'sd-verdict' }, verdict));
  if (authored !== '') box.append(el('p', {}, html(authored)));
  if (solution !== '') box.append(el('p', { class: 'sd-solution' }, solution));
  markChoices(form, q);
}

export function clearFeedback(form: HTMLFormElement): void {
  const box = one(form, '[data-feedback]');
  box.className = 'sd-feedback';
  box.replaceChildren();
  for (const label of all(form, '[data-choice]')) label.classList.remove('is-right', 'is-wrong');
}

/** Choice questions: mark the right options and the wrongly chosen ones (icons in CSS, not colour alone). */
function markChoices(form: HTMLFormElement, q: Question): void {
  const right =
    q.type === 'single' || q.type === 'multiple'
      ? q.choices.filter((c) => c.correct).map((c) => c.id)
      : q.type === 'true-false'
        ? [String(q.answer)]
        : null;
  if (right === null) return;
  for (const label of all(form, '[data-choice]')) {
    const id = label.dataset.choice ?? '';
    const chosen = label.querySelector<HTMLInputElement>('input')?.checked === true;
    label.classList.toggle('is-right', right.includes(id));
    label.classList.toggle('is-wrong', chosen && !right.includes(id));
  }
}
