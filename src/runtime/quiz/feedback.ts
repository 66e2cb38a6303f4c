// What the learner sees after checking: correct or not, the author's feedback and, for a wrong
// answer, the correct answer in words, when the lesson's `solutions` rule lets it show (see
// solutionsShown in score.ts): shown during attempt 1 of 3, it would be copied into attempt 2.

import { assertNever, type Question } from '../../shared/model.js';
import { format, type UiStrings } from '../../shared/i18n.js';
import type { AnswerState } from '../../shared/tracking.js';
import { all, el, html, one, textOf } from '../dom.js';

export function correctAnswerText(q: Question, strings: UiStrings): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.choices
        .filter((c) => c.correct)
        .map((c) => textOf(c.html))
        .join(', ');
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
    case 'numeric':
      return q.shown;
    case 'open':
      return '';
    default:
      return assertNever(q);
  }
}

/** "Het juiste antwoord: ..." for a wrong answer, else ''. */
export function solutionLine(q: Question, answer: AnswerState, strings: UiStrings): string {
  return answer.ok === false ? format(strings.correctAnswer, { answer: correctAnswerText(q, strings) }) : '';
}

/** `reveal`: the solutions rule allows the correct answer now. Called again whenever that may have
 *  changed; a box already showing the same is left alone, so its live region does not speak twice. */
export function showFeedback(
  form: HTMLFormElement,
  q: Question,
  answer: AnswerState,
  strings: UiStrings,
  reveal: boolean,
): void {
  markChoices(form, q, reveal);
  const box = one(form, '[data-feedback]');
  const solution = reveal ? solutionLine(q, answer, strings) : '';
  const shown = `${answer.ok}${solution}`;
  if (box.dataset.shown === shown) return;
  box.dataset.shown = shown;
  // The verdict's string, the author's feedback and the box's class share one name.
  const kind = answer.ok === null ? 'recorded' : answer.ok ? 'correct' : 'incorrect';
  // A wrong answer that still earned points (`scoring: partial`) says so, and is marked as partly right:
  // "not correct" alone would hide them.
  const partly = SCORMDOWN_USES.partial && kind === 'incorrect' && answer.pts > 0;
  const verdict = partly ? strings.partly : strings[kind];
  const authored = kind === 'recorded' ? '' : q.feedback[kind];
  box.className = `sd-feedback is-${partly ? 'partly' : kind}`;
  // Feedback that starts with the verdict's words ("Goed! Dat klopt.") says it once: without the verdict.
  const said = (text: string): string =>
    ` ${text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  box.replaceChildren();
  if (!said(textOf(authored)).startsWith(said(verdict))) box.append(el('p', { class: 'sd-verdict' }, verdict));
  if (authored !== '') box.append(el('p', {}, html(authored)));
  if (solution !== '') box.append(el('p', { class: 'sd-solution' }, solution));
}

export function clearFeedback(form: HTMLFormElement): void {
  const box = one(form, '[data-feedback]');
  box.className = 'sd-feedback';
  box.replaceChildren();
  delete box.dataset.shown;
  markChoices(form, null, false);
}

/** Choice questions (icons in CSS, not colour alone): with solutions shown, the right options and the
 *  wrongly chosen ones; without, only the chosen option of a one-answer question, which says no more
 *  than the verdict. A "multiple" question then gets no marks: they would tell which options are right. */
function markChoices(form: HTMLFormElement, q: Question | null, reveal: boolean): void {
  const right =
    q?.type === 'single' || q?.type === 'multiple'
      ? q.choices.filter((c) => c.correct).map((c) => c.id)
      : q?.type === 'true-false'
        ? [String(q.answer)]
        : [];
  const chosenOnly = !reveal && q?.type !== 'multiple';
  for (const label of all(form, '[data-choice]')) {
    const id = label.dataset.choice ?? '';
    const chosen = label.querySelector<HTMLInputElement>('input')?.checked === true;
    label.classList.toggle('is-right', right.includes(id) && (reveal || (chosenOnly && chosen)));
    label.classList.toggle('is-wrong', (reveal || chosenOnly) && chosen && !right.includes(id));
  }
}
