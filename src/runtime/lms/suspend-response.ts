// One learner response in suspend_data. Choice and item ids are single characters of [a-z0-9]
// (model.ts, for SCORM 1.2 choice patterns), so lists need no separator; text escapes % ; | only,
// which keeps Dutch accents as one character each (encodeURIComponent would make them 6).

import { assertNever, type Question } from '../../shared/model.js';
import type { Response } from '../../shared/tracking.js';
import { decimalOf } from '../quiz/grade.js';

export function escapeText(text: string): string {
  return text.replace(/[%;|]/g, encodeURIComponent); // %25 %3B %7C
}

function unescapeText(text: string): string {
  return text.replace(/%(25|3B|7C)/g, decodeURIComponent); // the whole match, nothing else
}

/** The saved text cannot be this question's response (why is not worth bytes in the player). */
function bad(): never {
  throw new Error('bad response');
}

/** Distinct ids, each one of `allowed`; `all`: every one of them (an order is a permutation). */
function ids(text: string, allowed: string[], all = false): string[] {
  const out = [...text];
  if (
    out.some((id) => !allowed.includes(id)) ||
    new Set(out).size < out.length ||
    (all && out.length < allowed.length)
  ) {
    bad();
  }
  return out;
}

function asIds(r: Response): string[] {
  return Array.isArray(r) ? r.map((x) => (Array.isArray(x) ? x.join('') : String(x))) : [String(r)];
}

export function encodeResponse(question: Question, r: Response): string {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'order':
    case 'match': // each pair as its two ids
      return asIds(r).join('');
    case 'true-false':
      return r === true ? 't' : 'f';
    case 'fill-in':
    case 'open':
      return escapeText(typeof r === 'string' ? r : '');
    case 'numeric':
      // The number alone ("75,0 graden" -> "75.0"): digits, sign and point need no escaping.
      return decimalOf(question, r) ?? '';
    default:
      return assertNever(question);
  }
}

function decodeMatch(text: string, sources: string[], targets: string[]): Array<[string, string]> {
  if (text.length % 2 !== 0) bad();
  ids(text.replace(/(.)./g, '$1'), sources); // each term matched once
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < text.length; i += 2) {
    pairs.push([ids(text[i]!, sources)[0]!, ids(text[i + 1]!, targets)[0]!]);
  }
  return pairs;
}

/** Throws when the text cannot be a response to this question (the caller then starts fresh). */
export function decodeResponse(question: Question, text: string): Response {
  switch (question.type) {
    case 'single': {
      const [id, ...more] = ids(
        text,
        question.choices.map((c) => c.id),
      );
      if (id === undefined || more.length > 0) bad();
      return id;
    }
    case 'multiple':
      return ids(
        text,
        question.choices.map((c) => c.id),
      );
    case 'order':
      return ids(
        text,
        question.items.map((c) => c.id),
        true,
      );
    case 'true-false':
      if (text !== 't' && text !== 'f') bad();
      return text === 't';
    case 'match':
      return decodeMatch(
        text,
        question.sources.map((s) => s.id),
        question.targets.map((t) => t.id),
      );
    case 'fill-in':
    case 'open':
      return unescapeText(text);
    case 'numeric':
      return decimalOf(question, text) ?? bad();
    default:
      return assertNever(question);
  }
}
