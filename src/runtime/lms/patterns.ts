// Responses and correct answers of every question type as lists of ids / pairs / text, before a
// version's table joins them with its own delimiters (1.2 "," and "." ; 2004 "[,]" and "[.]").

import { assertNever, type Question } from '../../shared/model.js';
import type { Response } from '../../shared/tracking.js';
import { asPairs, asStrings, decimalOf } from '../quiz/grade.js';

/** The shape both versions share: a list of ids, a list of pairs, a boolean or text. */
export type Parts =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'pairs'; pairs: Array<[string, string]> }
  | { kind: 'bool'; value: boolean }
  | { kind: 'text'; text: string }
  /** A decimal with a point, or a range (2004 `min[:]max`; 1.2 has single numbers only). */
  | { kind: 'num'; range: string[] };

export function responseParts(question: Question, r: Response): Parts {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'order':
      return { kind: 'ids', ids: typeof r === 'string' ? [r] : asStrings(r) };
    case 'true-false':
      return { kind: 'bool', value: r === true };
    case 'match':
      return { kind: 'pairs', pairs: asPairs(r) };
    case 'fill-in':
    case 'open':
      return { kind: 'text', text: typeof r === 'string' ? r : '' };
    case 'numeric':
      return { kind: 'num', range: [decimalOf(question, r) ?? ''] };
    default:
      return assertNever(question);
  }
}

/** The correct answers; several only for fill-in (each accepted answer is its own pattern). */
export function correctParts(question: Question): Parts[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [{ kind: 'ids', ids: question.choices.filter((c) => c.correct).map((c) => c.id) }];
    case 'order':
      return [{ kind: 'ids', ids: question.items.map((item) => item.id) }];
    case 'true-false':
      return [{ kind: 'bool', value: question.answer }];
    case 'match':
      return [
        { kind: 'pairs', pairs: question.sources.map((s): [string, string] => [s.id, question.pairs[s.id] || '']) },
      ];
    case 'fill-in':
      return question.answers.map((text) => ({ kind: 'text', text }));
    case 'numeric':
      if (!SCORMDOWN_USES.numeric) return [];
      // The compiler keeps min, max and answer to decimals String() writes without an exponent.
      return [
        {
          kind: 'num',
          range: [question.min, question.max, ...(question.answer === undefined ? [] : [question.answer])].map(String),
        },
      ];
    case 'open':
      return [];
    default:
      return assertNever(question);
  }
}

/** A version's pattern syntax (1.2 RTE 3.4.4.5; 2004 RTE 4.2.9.1): list and pair separators and
 *  the words for true and false. */
export interface PatternSyntax {
  list: string;
  pair: string;
  true: string;
  false: string;
  /** A numeric pattern from [min, max, answer]: 2004 "min[:]max"; 1.2 the answer (no ranges in 1.2). */
  range: (range: string[]) => string;
}

/** Parts joined in a version's syntax; `text` makes learner or author text safe for that version. */
export function joinParts(parts: Parts, syntax: PatternSyntax, text: (text: string) => string): string {
  switch (parts.kind) {
    case 'ids':
      return parts.ids.join(syntax.list);
    case 'pairs':
      return parts.pairs.map(([source, target]) => `${source}${syntax.pair}${target}`).join(syntax.list);
    case 'bool':
      return parts.value ? syntax.true : syntax.false;
    case 'text':
      return text(parts.text);
    case 'num':
      return parts.range.length > 1 ? syntax.range(parts.range) : parts.range[0]!;
    default:
      return assertNever(parts);
  }
}

/** Learner text as a single line without surrounding space, at most `max` characters. */
export function cleanText(text: string, max: number): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}
