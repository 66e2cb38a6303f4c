// View models for the question partials (templates/partials/q-*.hbs): every question becomes real
// form controls in the HTML, so it reads (and is announced) the same before and after the player runs.

import { assertNever, type Question } from '../shared/model.js';
import type { UiStrings } from '../shared/i18n.js';

export interface QuestionView {
  partial: 'q-choice' | 'q-order' | 'q-match' | 'q-fill-in' | 'q-open';
  id: string;
  promptHtml: string;
  /** On a question slide the prompt is the slide's heading; inside a content slide it is not. */
  heading: boolean;
  [extra: string]: unknown;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of inline HTML, for places HTML cannot go (an <option>, an aria-label). */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export function questionView(q: Question, heading: boolean, strings: UiStrings): QuestionView {
  const base = { id: q.id, promptHtml: q.promptHtml, heading };
  const inputId = `q-${q.id}-answer`;
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { ...base, partial: 'q-choice', inputType: q.type === 'single' ? 'radio' : 'checkbox', choices: q.choices };
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
        return item === undefined ? [] : [{ id, html: item.html, label: plainText(item.html) }];
      });
      return { ...base, partial: 'q-order', items };
    }
    case 'match':
      return {
        ...base,
        partial: 'q-match',
        sources: q.sources.map((s) => ({ id: s.id, html: s.html, selectId: `q-${q.id}-${s.id}` })),
        targets: q.targets.map((t) => ({ id: t.id, text: plainText(t.html) })),
      };
    case 'fill-in':
      return { ...base, partial: 'q-fill-in', inputId };
    case 'open':
      return { ...base, partial: 'q-open', inputId };
    default:
      return assertNever(q);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
