// Grading, pure: what a response is worth. Shared by the quiz (on "check") and the tests.

import { assertNever, type Question } from '../../shared/model.js';
import type { Response } from '../../shared/tracking.js';

export interface Grade {
  /** null for open questions: recorded, never scored. */
  ok: boolean | null;
  pts: number;
}

export function grade(q: Question, r: Response): Grade {
  const ok = isCorrect(q, r);
  return { ok, pts: ok === true ? q.points : 0 };
}

function isCorrect(q: Question, r: Response): boolean | null {
  switch (q.type) {
    case 'single':
      return q.choices.some((c) => c.correct && c.id === r);
    case 'multiple':
      return sameSet(asStrings(r), q.choices.filter((c) => c.correct).map((c) => c.id));
    case 'true-false':
      return r === q.answer;
    case 'order':
      return sameList(asStrings(r), q.items.map((item) => item.id));
    case 'match':
      return matchesAll(q.pairs, asPairs(r));
    case 'fill-in':
      return typeof r === 'string' && acceptedAnswer(q.answers, q.caseSensitive, r);
    case 'open':
      return null;
    default:
      return assertNever(q);
  }
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

function asStrings(r: Response): string[] {
  return Array.isArray(r) ? r.filter((x): x is string => typeof x === 'string') : [];
}

function asPairs(r: Response): Array<[string, string]> {
  return Array.isArray(r) ? r.filter((x): x is [string, string] => Array.isArray(x)) : [];
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && sameList([...a].sort(), [...b].sort());
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function matchesAll(pairs: Record<string, string>, given: Array<[string, string]>): boolean {
  const chosen = new Map(given);
  const sources = Object.keys(pairs);
  return given.length === sources.length && sources.every((s) => chosen.get(s) === pairs[s]);
}

/** Nothing to check yet: no choice made, a pair left open, blank text. Order always has an answer. */
export function isEmpty(q: Question, r: Response): boolean {
  switch (q.type) {
    case 'single':
    case 'fill-in':
    case 'open':
      return typeof r !== 'string' || r.trim() === '';
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
