// Grading, pure: what a response is worth. Shared by the quiz (on "check") and the tests.

import { assertNever, type NumericQuestion, type Question } from '../../shared/model.js';
import type { Response } from '../../shared/tracking.js';

export interface Grade {
  /** null for open questions: recorded, never scored. true only for full marks. */
  ok: boolean | null;
  /** Rounded to 2 decimals: what the result slide shows and the score adds up. */
  pts: number;
}

export function grade(q: Question, r: Response): Grade {
  const share = fraction(q, r);
  if (share === null) return { ok: null, pts: 0 };
  // All-or-nothing unless `scoring: partial`: a share below 1 then earns nothing.
  const earned = SCORMDOWN_USES.partial && 'partial' in q && q.partial ? share : Math.floor(share);
  return { ok: share === 1, pts: Math.round(q.points * earned * 100) / 100 };
}

/** The share of the question answered right, 0..1; null for open questions. */
function fraction(q: Question, r: Response): number | null {
  switch (q.type) {
    case 'single':
      return +q.choices.some((c) => c.correct && c.id === r);
    case 'multiple': {
      // (right chosen - wrong chosen) / correct options, never below 0.
      const right = q.choices.filter((c) => c.correct).map((c) => c.id);
      const chosen = asStrings(r);
      const hits = chosen.filter((id) => right.includes(id)).length;
      return Math.max(0, hits - (chosen.length - hits)) / right.length;
    }
    case 'true-false':
      return +(r === q.answer);
    case 'order': {
      const given = asStrings(r);
      return q.items.filter((item, i) => given[i] === item.id).length / q.items.length;
    }
    case 'match': {
      const chosen = new Map(asPairs(r));
      const sources = Object.keys(q.pairs);
      return sources.filter((s) => chosen.get(s) === q.pairs[s]).length / sources.length;
    }
    case 'fill-in':
      return +(typeof r === 'string' && acceptedAnswer(q.answers, q.caseSensitive, r));
    case 'numeric': {
      const d = decimalOf(q, r);
      return +(d !== null && +d >= q.min && +d <= q.max);
    }
    case 'open':
      return null;
    default:
      return assertNever(q);
  }
}

/** The number typed, as a decimal with a point ("75,0 graden" -> "75.0"), or null when it is none.
 *  The unit may follow (any case), spaces around do not count. At most 5 digits before the point and
 *  18 after: Moodle refuses any other decimal (docs/SCORM-FACTS.md, Interactions). */
export function decimalOf(q: NumericQuestion, r: Response): string | null {
  if (!SCORMDOWN_USES.numeric) return null;
  let t = typeof r === 'string' ? r.trim().toLowerCase() : '';
  const unit = q.unit.toLowerCase();
  if (unit !== '' && t.endsWith(unit)) t = t.slice(0, -unit.length).trim();
  const m = /^(-?\d{1,5})(?:[.,](\d{1,18}))?$/.exec(t);
  return m === null ? null : m[2] === undefined ? m[1]! : `${m[1]}.${m[2]}`;
}

/** Whitespace inside and around the answer does not count; case only when the author says so. */
export function normalizeText(text: string, caseSensitive: boolean): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return caseSensitive ? trimmed : trimmed.toLocaleLowerCase();
}

function acceptedAnswer(answers: string[], caseSensitive: boolean, typed: string): boolean {
  const t = normalizeText(typed, caseSensitive);
  return answers.some((a) => normalizeText(a, caseSensitive) === t);
}

export function asStrings(r: Response): string[] {
  return Array.isArray(r) ? r.filter((x): x is string => typeof x === 'string') : [];
}

export function asPairs(r: Response): Array<[string, string]> {
  return Array.isArray(r) ? r.filter((x): x is [string, string] => Array.isArray(x)) : [];
}

/** Nothing to check yet: no choice made, a pair left open, blank text, no number. Order always has an answer. */
export function isEmpty(q: Question, r: Response): boolean {
  switch (q.type) {
    case 'single':
    case 'fill-in':
    case 'open':
      return typeof r !== 'string' || r.trim() === '';
    case 'numeric':
      return decimalOf(q, r) === null;
    case 'multiple':
      return asStrings(r).length === 0;
    case 'true-false':
      return typeof r !== 'boolean';
    case 'order':
      return false;
    case 'match':
      return asPairs(r).length < q.sources.length;
    default:
      return assertNever(q);
  }
}
