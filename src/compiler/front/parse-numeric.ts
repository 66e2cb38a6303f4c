// The `numeric` question's own fields: `answer:` with an optional `tolerance:`, or `min:` and `max:`,
// and an optional `unit:`. The player accepts a number in min..max (decimal comma or point, the unit
// optional); the LMS gets the range as SCORM 2004's `min[:]max` and SCORM 1.2's answer.

import type { Node } from 'yaml';
import type { QuizQuestion } from '../model.js';
import type { Base, QuestionContext } from './quiz-context.js';
import { isScalar, isStringScalar, scalarText } from './yaml-source.js';
import type { Say } from '../diagnostics/diagnostics.js';

type Numeric = Extract<QuizQuestion, { type: 'numeric' }>;

/** Moodle's decimal rule `^-?[0-9]{1,5}(\.[0-9]{1,18})?$` (docs/SCORM-FACTS.md, Interactions): at most
 *  5 digits before the point. Six decimals at most, so String() never writes an exponent (1e-7). */
const LIMIT = 99999;
const DECIMALS = 6;

const round = (n: number): number => Number(n.toFixed(DECIMALS));

/** A number field: absent gives undefined, a wrong one null (reported). */
function numberField(ctx: QuestionContext, key: string, example: Say): number | null | undefined {
  const node = ctx.field(key);
  if (node === undefined) return undefined;
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LIMIT && round(value) === value)
    return value;
  ctx.report(
    'QUIZ_INVALID_VALUE',
    node,
    (w) => w.numberInvalid(key, ctx.id, String(LIMIT), DECIMALS, scalarText(node)),
    (w) => w.numberHint(example(w)),
  );
  return null;
}

function readUnit(ctx: QuestionContext): string | null {
  const node = ctx.field('unit');
  if (node === undefined) return '';
  const unit = isStringScalar(node) ? scalarText(node).trim() : '';
  if (unit !== '' && !/\d/.test(unit)) return unit;
  ctx.report(
    'QUIZ_INVALID_VALUE',
    node,
    (w) => w.unitInvalid(ctx.id, scalarText(node)),
    (w) => w.unitHint(),
  );
  return null;
}

/** The accepted range: answer +- tolerance, or min..max; null after reporting why not. */
function readRange(ctx: QuestionContext, answer: number | undefined): { min: number; max: number } | null {
  const tolerance = numberField(ctx, 'tolerance', (w) => w.exampleTolerance());
  const min = numberField(ctx, 'min', (w) => w.exampleMin());
  const max = numberField(ctx, 'max', (w) => w.exampleMax());
  if (tolerance === null || min === null || max === null) return null;
  const at = (key: string): Node => ctx.field(key) ?? ctx.map;
  if (tolerance !== undefined && (min !== undefined || max !== undefined)) {
    ctx.report(
      'QUIZ_INVALID_VALUE',
      at('tolerance'),
      (w) => w.toleranceAndRange(ctx.id),
      (w) => w.toleranceAndRangeHint(),
    );
    return null;
  }
  if (tolerance !== undefined && tolerance < 0) {
    ctx.report(
      'QUIZ_INVALID_VALUE',
      at('tolerance'),
      (w) => w.toleranceNegative(ctx.id),
      (w) => w.toleranceNegativeHint(),
    );
    return null;
  }
  if (min === undefined && max === undefined) {
    if (answer === undefined) return null; // reported by the caller
    const range = { min: round(answer - (tolerance ?? 0)), max: round(answer + (tolerance ?? 0)) };
    if (Math.abs(range.min) <= LIMIT && Math.abs(range.max) <= LIMIT) return range;
    ctx.report('QUIZ_INVALID_VALUE', at('tolerance'), (w) => w.toleranceBeyond(ctx.id, String(LIMIT)));
    return null;
  }
  if (min === undefined || max === undefined) {
    const [given, missing] = min === undefined ? ['max', 'min'] : ['min', 'max'];
    ctx.report(
      'QUIZ_MISSING_FIELD',
      at(given),
      (w) => w.rangeHalf(ctx.id, given, missing),
      (w) => w.rangeHalfHint(),
    );
    return null;
  }
  if (min > max || (answer !== undefined && (answer < min || answer > max))) {
    ctx.report(
      'QUIZ_INVALID_VALUE',
      at(min > max ? 'max' : 'answer'),
      (w) => (min > max ? w.rangeMaxBelowMin(ctx.id) : w.rangeAnswerOutside(ctx.id)),
      (w) => w.rangeHint(),
    );
    return null;
  }
  return { min, max };
}

export function readNumeric(ctx: QuestionContext, base: Base, language: string): QuizQuestion | null {
  const answer = numberField(ctx, 'answer', (w) => w.exampleAnswer());
  const unit = readUnit(ctx);
  if (answer === undefined && ctx.field('min') === undefined && ctx.field('max') === undefined) {
    ctx.report(
      'QUIZ_MISSING_FIELD',
      ctx.map,
      (w) => w.numericNoAnswer(ctx.id),
      (w) => w.numericNoAnswerHint(),
    );
    return null;
  }
  const range = answer === null ? null : readRange(ctx, answer);
  if (range === null || answer === null || unit === null) return null;
  const fmt = (n: number): string =>
    n.toLocaleString(language, { maximumFractionDigits: DECIMALS, useGrouping: false });
  const value = answer === undefined ? `${fmt(range.min)} – ${fmt(range.max)}` : fmt(answer);
  const question: Numeric = {
    ...base,
    type: 'numeric',
    ...range,
    unit,
    shown: unit === '' ? value : `${value} ${unit}`,
  };
  return answer === undefined ? question : { ...question, answer };
}
