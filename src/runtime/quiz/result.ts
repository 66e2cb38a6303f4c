// The result slide: score and points, pass mark, passed or not, per graded question a row with ✓/✗ and
// its points (with the correct answer when the solutions rule allows), attempts; while the attempt is
// not finished, the questions still open, as buttons that go to them.

import type { LessonData, Question } from '../../shared/model.js';
import { format, numberFormat, plural } from '../../shared/i18n.js';
import { own, type PlayerState } from '../../shared/tracking.js';
import { all, el } from '../dom.js';
import { solutionLine } from './feedback.js';
import { attemptPoints, attemptsLeft, canRetry, gradedQuestions, inPlay, unanswered } from './score.js';

export interface ResultActions {
  goToQuestion(q: Question): void;
  retry(): void;
}

type Num = (n: number) => string;

export function renderResults(
  doc: Document,
  data: LessonData,
  state: PlayerState,
  reveal: boolean,
  actions: ResultActions,
): void {
  for (const box of all(doc, '[data-result]')) box.replaceChildren(...resultNodes(data, state, reveal, actions));
}

function resultNodes(data: LessonData, state: PlayerState, reveal: boolean, actions: ResultActions): Node[] {
  const s = data.strings;
  const num: Num = numberFormat(data.language);
  const passMark = el('p', {}, format(s.passMark, { pass: num(data.passingScore) }));
  const result = state.result;
  if (result === null) {
    const open = unanswered(inPlay(data, state), state.answers);
    const list = el('ul', { class: 'sd-todo' });
    for (const q of open) {
      const go = el('button', { type: 'button', class: 'sd-link' }, q.promptText);
      go.addEventListener('click', () => actions.goToQuestion(q));
      list.append(el('li', {}, go));
    }
    return [passMark, el('p', { class: 'sd-open' }, plural(s.unanswered, open.length, { left: open.length })), list];
  }
  const { earned, total } = attemptPoints(inPlay(data, state), state.answers);
  const points = plural(s.pointsOf, total, { earned: num(earned), total: num(total) });
  const nodes: Node[] = [
    el(
      'p',
      { class: 'sd-score' },
      format(s.score, { score: num(result.score) }),
      ' ',
      el('span', { class: 'sd-points' }, `(${points})`),
    ),
    passMark,
    el('p', { class: `sd-outcome ${result.passed ? 'is-passed' : 'is-failed'}` }, result.passed ? s.passed : s.failed),
  ];
  // Once there is more than one attempt, say which one the LMS has (front matter `score:`).
  const best = state.best;
  if (state.attempt > 1 && best !== null) {
    nodes.push(
      el(
        'p',
        { class: 'sd-counts' },
        data.score === 'best' ? format(s.bestCounts, { n: best.n, score: num(best.score) }) : s.lastCounts,
      ),
    );
  }
  if (canRetry(data, state)) {
    const left = attemptsLeft(data, state);
    if (Number.isFinite(left)) nodes.push(el('p', {}, plural(s.attemptsLeft, left, { left })));
    const retry = el('button', { type: 'button', class: 'sd-btn sd-btn-main' }, s.retry);
    retry.addEventListener('click', actions.retry);
    nodes.push(retry);
  } else if (!result.passed) {
    nodes.push(el('p', {}, s.noAttemptsLeft));
  }
  // The table last: on a phone the retry button above it stays in reach without scrolling past it.
  nodes.push(answerTable(data, state, reveal, num));
  return nodes;
}

/** One row per graded question: its prompt, ✓ or ✗ (named for screen readers, not colour alone) and
 *  "earned/points"; under a wrong one the correct answer, when the solutions rule allows. */
function answerTable(data: LessonData, state: PlayerState, reveal: boolean, num: Num): HTMLElement {
  const s = data.strings;
  const rows = gradedQuestions(inPlay(data, state)).map((q) => {
    const answer = own(state.answers, q.id);
    const ok = answer?.ok === true;
    // Partly right (`scoring: partial`): its own mark and words, not a wrong one's.
    const part = SCORMDOWN_USES.partial && !ok && (answer?.pts ?? 0) > 0;
    const solution = answer !== undefined && reveal ? solutionLine(q, answer, s) : '';
    const mark = el(
      'span',
      { class: 'sd-mark', role: 'img', 'aria-label': ok ? s.correct : part ? s.partly : s.incorrect },
      ok ? '✓' : part ? '◐' : '✗',
    );
    return el(
      'tr',
      { class: ok ? 'is-right' : part ? 'is-part' : 'is-wrong' },
      el('td', {}, q.promptText, solution !== '' && el('span', { class: 'sd-solution' }, solution)),
      el('td', {}, mark, ` ${num(answer?.pts ?? 0)}/${num(q.points)}`),
    );
  });
  const head = el('tr', {}, el('th', { scope: 'col' }, s.question), el('th', { scope: 'col' }, s.points));
  return el('table', { class: 'sd-answers' }, el('thead', {}, head), el('tbody', {}, ...rows));
}
