// The `numeric` question's own fields: `answer:` with an optional `tolerance:`, or `min:` and `max:`,
// and an optional `unit:`. The player accepts a number in min..max (decimal comma or point, the unit
// optional); the LMS gets the range as SCORM 2004's `min[:]max` and SCORM 1.2's answer.

import type { Node } from 'yaml';
import type { QuizQuestion } from '../model.js';
import type { Base, QuestionContext } from './quiz-context.js';
import { isScalar, isStringScalar, scalarText } from './yaml-source.js';

type Numeric = Extract<QuizQuestion, { type: 'numeric' }>;

/** Moodle's decimal rule `^-?[0-9]{1,5}(\.[0-9]{1,18})?$` (docs/SCORM-FACTS.md, Interactions): at most
 *  5 digits before the point. Six decimals at most, so String() never writes an exponent (1e-7). */
const LIMIT = 99999;
const DECIMALS = 6;

const round = (n: number): number => Number(n.toFixed(DECIMALS));

/** A number field: absent gives undefined, a wrong one null (reported). */
function numberField(ctx: QuestionContext, key: string, hint: string): number | null | undefined {
  const node = ctx.field(key);
  if (node === undefined) return undefined;
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LIMIT && round(value) === value)
    return value;
  ctx.report(
    'QUIZ_INVALID_VALUE',
    node,
    `${key} of question "${ctx.id}" must be a number from -${LIMIT} to ${LIMIT} with at most ${DECIMALS} decimals, not "${scalarText(node)}"`,
    `${hint}; write it with a point, without quotes`,
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
    `unit of question "${ctx.id}" must be a word without digits, not "${scalarText(node)}"`,
    'e.g. `unit: graden`, or leave `unit:` out',
  );
  return null;
}

/** The accepted range: answer +- tolerance, or min..max; null after reporting why not. */
function readRange(ctx: QuestionContext, answer: number | undefined): { min: number; max: number } | null {
  const tolerance = numberField(ctx, 'tolerance', 'e.g. `tolerance: 2` accepts 73 to 77 for `answer: 75`');
  const min = numberField(ctx, 'min', 'e.g. `min: 70`');
  const max = numberField(ctx, 'max', 'e.g. `max: 80`');
  if (tolerance === null || min === null || max === null) return null;
  const at = (key: string): Node => ctx.field(key) ?? ctx.map;
  if (tolerance !== undefined && (min !== undefined || max !== undefined)) {
    ctx.report(
      'QUIZ_INVALID_VALUE',
      at('tolerance'),
      `question "${ctx.id}" has both \`tolerance:\` and \`min:\`/\`max:\``,
      'keep `answer:` with `tolerance:`, or give the range as `min:` and `max:`',
    );
    return null;
  }
  if (tolerance !== undefined && tolerance < 0) {
    ctx.report(
      'QUIZ_INVALID_VALUE',
      at('tolerance'),
      `tolerance of question "${ctx.id}" is below 0`,
      'e.g. `tolerance: 2`, or 0 for exactly the answer',
    );
    return null;
  }
  if (min === undefined && max === undefined) {
    if (answer === undefined) return null; // reported by the caller
    const range = { min: round(answer - (tolerance ?? 0)), max: round(answer + (tolerance ?? 0)) };
    if (Math.abs(range.min) <= LIMIT && Math.abs(range.max) <= LIMIT) return range;
    ctx.report(
      'QUIZ_INVALID_VALUE',
      at('tolerance'),
      `answer +- tolerance of question "${ctx.id}" goes beyond -${LIMIT}..${LIMIT}`,
    );
    return null;
  }
  if (min === undefined || max === undefined) {
    ctx.report(
      'QUIZ_MISSING_FIELD',
      at(min === undefined ? 'max' : 'min'),
      `question "${ctx.id}" has \`${min === undefined ? 'max' : 'min'}:\` without \`${min === undefined ? 'min' : 'max'}:\``,
      'give both `min:` and `max:` (the range is inclusive)',
    );
    return null;
  }
  if (min > max || (answer !== undefined && (answer < min || answer > max))) {
    ctx.report(
      'QUIZ_INVALID_VALUE',
      at(min > max ? 'max' : 'answer'),
      min > max
        ? `max of question "${ctx.id}" is below its min`
        : `answer of question "${ctx.id}" lies outside min..max`,
      'the range min..max is inclusive and holds the answer',
    );
    return null;
  }
  return { min, max };
}

export function readNumeric(ctx: QuestionContext, base: Base, language: string): QuizQuestion | null {
  const answer = numberField(ctx, 'answer', 'e.g. `answer: 75`');
  const unit = readUnit(ctx);
  if (answer === undefined && ctx.field('min') === undefined && ctx.field('max') === undefined) {
    ctx.report(
      'QUIZ_MISSING_FIELD',
      ctx.map,
      `question "${ctx.id}" has no \`answer:\``,
      'add `answer: 75` (optionally `tolerance: 2`), or the accepted range as `min:` and `max:`',
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
