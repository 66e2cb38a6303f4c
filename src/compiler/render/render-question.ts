// View models for the question partials (templates/partials/q-*.hbs): every question becomes real
// form controls in the HTML, so it reads (and is announced) the same before and after the player runs.

import { assertNever, type Item, type Question } from '../../shared/model.js';
import type { UiStrings } from '../../shared/i18n.js';
import { escapeHtml, htmlToText } from '../markdown/html-text.js';
import type { Markdown, QuizQuestion } from '../model.js';
import type { MarkdownRenderer } from '../markdown/render-markdown.js';

export interface QuestionView {
  partial: 'q-choice' | 'q-order' | 'q-match' | 'q-fill-in' | 'q-numeric' | 'q-open';
  id: string;
  promptHtml: string;
  /** On a question slide the prompt is the slide's heading; inside a content slide it is not. */
  heading: boolean;
  [extra: string]: unknown;
}

/** The player's question: every text of the compiler's question rendered, by the lesson's renderer. */
export function renderQuestion(q: QuizQuestion, md: MarkdownRenderer): Question {
  const base = {
    id: q.id,
    promptHtml: md.html(q.promptHtml),
    promptText: q.promptText,
    points: q.points,
    feedback: { correct: md.html(q.feedback.correct), incorrect: md.html(q.feedback.incorrect) },
    ...(q.shuffle && { shuffle: q.shuffle }),
    ...(q.tries !== undefined && { tries: q.tries }),
  };
  const items = (list: Array<{ id: string; html: Markdown }>): Item[] =>
    list.map((item) => ({ id: item.id, html: md.html(item.html) }));
  const partial = 'partial' in q && q.partial === true ? { partial: true } : {};
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        ...partial,
        type: q.type,
        choices: q.choices.map((c) => ({ id: c.id, html: md.html(c.html), correct: c.correct })),
      };
    case 'true-false':
      return { ...base, type: q.type, answer: q.answer };
    case 'order':
      return { ...base, ...partial, type: q.type, items: items(q.items), shown: q.shown };
    case 'match':
      return {
        ...base,
        ...partial,
        type: q.type,
        sources: items(q.sources),
        targets: items(q.targets),
        pairs: q.pairs,
      };
    case 'fill-in':
      return { ...base, type: q.type, answers: q.answers, caseSensitive: q.caseSensitive };
    case 'numeric':
      return {
        ...base,
        type: q.type,
        min: q.min,
        max: q.max,
        ...(q.answer !== undefined && { answer: q.answer }),
        unit: q.unit,
        shown: q.shown,
      };
    case 'open':
      return { ...base, type: q.type };
    default:
      return assertNever(q);
  }
}

export function questionView(q: Question, heading: boolean, strings: UiStrings): QuestionView {
  const base = { id: q.id, promptHtml: q.promptHtml, heading };
  const inputId = `q-${q.id}-answer`;
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        partial: 'q-choice',
        inputType: q.type === 'single' ? 'radio' : 'checkbox',
        choices: q.choices,
      };
    case 'true-false':
      return {
        ...base,
        partial: 'q-choice',
        inputType: 'radio',
        choices: [
          { id: 'true', html: escapeHtml(strings.trueLabel) },
          { id: 'false', html: escapeHtml(strings.falseLabel) },
        ],
      };
    case 'order': {
      const byId = new Map(q.items.map((item) => [item.id, item]));
      const items = q.shown.flatMap((id) => {
        const item = byId.get(id);
        return item === undefined ? [] : [{ id, html: item.html, label: htmlToText(item.html) }];
      });
      return { ...base, partial: 'q-order', items };
    }
    case 'match':
      return {
        ...base,
        partial: 'q-match',
        sources: q.sources.map((s) => ({ id: s.id, html: s.html, selectId: `q-${q.id}-${s.id}` })),
        targets: q.targets.map((t) => ({ id: t.id, text: htmlToText(t.html) })),
      };
    case 'fill-in':
      return { ...base, partial: 'q-fill-in', inputId };
    case 'numeric':
      return { ...base, partial: 'q-numeric', inputId, unit: q.unit };
    case 'open':
      return { ...base, partial: 'q-open', inputId };
    default:
      return assertNever(q);
  }
}
