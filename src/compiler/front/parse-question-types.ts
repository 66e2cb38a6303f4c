// One reader per question type: the type's own fields of a quiz.yaml entry become the shared
// Question union (src/shared/model.ts). The table is typed by QuestionType, so a new type in the
// union makes the compiler ask for its reader here.

import type { Node } from 'yaml';
import type { QuestionType, ScoringRule } from '../../shared/model.js';
import type { LessonMeta, Markdown, QuizQuestion } from '../model.js';
import { readNumeric } from './parse-numeric.js';
import { letter } from './quiz-context.js';
import type { Base, QuestionContext } from './quiz-context.js';
import { shuffle } from './shuffle.js';
import { closest } from '../diagnostics/suggest.js';
import type { Say } from '../diagnostics/diagnostics.js';
import { getNode, isMap, isScalar, isSeq, keyText, mapPairs, scalarText } from './yaml-source.js';

type Choice = { id: string; html: Markdown; correct: boolean };
type Item = { id: string; html: Markdown };
/** What a question takes from the front matter: the number format of `language`, the default `scoring`. */
export type QuizSettings = Pick<LessonMeta, 'language' | 'scoring'>;
type Reader = (ctx: QuestionContext, base: Base, settings: QuizSettings) => QuizQuestion | null;

export const SCORING: readonly ScoringRule[] = ['all-or-nothing', 'partial'];

export const TYPE_FIELDS: Record<QuestionType, readonly string[]> = {
  single: ['options'],
  multiple: ['options', 'scoring'],
  'true-false': ['answer'],
  order: ['items', 'scoring'],
  match: ['pairs', 'scoring'],
  'fill-in': ['answers', 'caseSensitive'],
  numeric: ['answer', 'tolerance', 'min', 'max', 'unit'],
  open: [],
};

export const READERS: Record<QuestionType, Reader> = {
  single: (ctx, base) => {
    const choices = readChoices(ctx, 'single');
    return choices && { ...base, type: 'single', choices };
  },
  multiple: (ctx, base, settings) => {
    const choices = readChoices(ctx, 'multiple');
    return withScoring(ctx, settings, choices && { ...base, type: 'multiple', choices });
  },
  'true-false': (ctx, base) => {
    const node = ctx.required('answer', (w) => w.quizAnswerHint());
    const answer = node && ctx.boolean(node, (w) => w.theField('answer'));
    return answer === null ? null : { ...base, type: 'true-false', answer };
  },
  order: (ctx, base, settings) => {
    const items = readItems(ctx);
    // Seeded by the id: the same lesson always shows the same starting order.
    return withScoring(
      ctx,
      settings,
      items && {
        ...base,
        type: 'order',
        items,
        shown: shuffle(
          items.map((i) => i.id),
          ctx.id,
        ),
      },
    );
  },
  match: (ctx, base, settings) => withScoring(ctx, settings, readMatch(ctx, base)),
  'fill-in': (ctx, base) => {
    const answers = readAnswers(ctx);
    const flag = ctx.field('caseSensitive');
    const caseSensitive = flag === undefined ? false : ctx.boolean(flag, (w) => w.theField('caseSensitive'));
    return answers && caseSensitive !== null ? { ...base, type: 'fill-in', answers, caseSensitive } : null;
  },
  numeric: (ctx, base, settings) => readNumeric(ctx, base, settings.language),
  open: (_ctx, base) => ({ ...base, type: 'open', points: 0 }),
};

/** The question's `scoring:`, else the front matter's: `partial: true` only when partial credit applies. */
function withScoring<T extends Extract<QuizQuestion, { type: 'multiple' | 'order' | 'match' }>>(
  ctx: QuestionContext,
  settings: QuizSettings,
  question: T | null,
): T | null {
  const node = ctx.field('scoring');
  const rule = node === undefined ? settings.scoring : SCORING.find((r) => r === scalarText(node));
  if (rule === undefined) {
    ctx.report(
      'QUIZ_INVALID_VALUE',
      node,
      (w) => w.quizScoringUnknown(ctx.id, scalarText(node)) + w.didYouMean(closest(scalarText(node), SCORING)),
      (w) => w.knownValues(SCORING),
    );
    return null;
  }
  return question && (rule === 'partial' ? { ...question, partial: true } : question);
}

/** Between 2 and 26 entries: ids are the letters a..z. */
function countOk(ctx: QuestionContext, node: Node, count: number, what: 'options' | 'items' | 'pairs'): boolean {
  if (count >= 2 && count <= 26) return true;
  ctx.report('QUIZ_OPTION_COUNT', node, (w) => w.quizOptionCount(ctx.id, count, what));
  return false;
}

/** A required field holding a list of 2 to 26 entries (options, items); null after reporting why not. */
function readList(
  ctx: QuestionContext,
  key: 'options' | 'items',
  missingHint: Say,
  notListHint: Say,
): { node: Node; entries: Node[] } | null {
  const node = ctx.required(key, missingHint);
  if (!node) return null;
  if (!isSeq(node)) {
    ctx.report('QUIZ_INVALID_VALUE', node, (w) => w.quizNotList(key, ctx.id), notListHint);
    return null;
  }
  const entries = node.items as Node[];
  return countOk(ctx, node, entries.length, key) ? { node, entries } : null;
}

function readChoices(ctx: QuestionContext, type: 'single' | 'multiple'): Choice[] | null {
  const list = readList(
    ctx,
    'options',
    (w) => w.quizOptionsHint(),
    (w) => w.quizOptionsListHint(),
  );
  if (!list) return null;
  const { node, entries } = list;
  const choices: Choice[] = [];
  const correctNodes: Node[] = [];
  let unreadFlag = false;
  entries.forEach((entry, i) => {
    const textNode = isMap(entry) ? getNode(entry, 'text') : entry;
    const flag = isMap(entry) ? getNode(entry, 'correct') : undefined;
    const correct = flag === undefined ? false : ctx.boolean(flag, (w) => w.theField('correct'));
    if (correct === null) unreadFlag = true;
    // `- Tip: glimlach`: a text with an unquoted `: `, not an option without `text:`.
    const colon = textNode === undefined && flag === undefined && ctx.colonInText(entry);
    if (textNode === undefined && !colon)
      ctx.report(
        'QUIZ_MISSING_FIELD',
        entry,
        (w) => w.quizOptionNoText(ctx.id),
        (w) => w.quizOptionNoTextHint(),
      );
    const html = textNode === undefined ? null : ctx.answerText(textNode, (w) => w.anOption());
    if (correct && flag) correctNodes.push(flag);
    if (html !== null) choices.push({ id: letter(i), html, correct: correct === true });
  });
  // `correct: yes` is reported once, by itself: the option it marks may be the correct one.
  if (correctNodes.length === 0 && !unreadFlag) {
    ctx.report('QUIZ_NO_CORRECT', node, (w) => w.quizNoCorrect(ctx.id));
  } else if (type === 'single' && correctNodes.length > 1) {
    ctx.report(
      'QUIZ_NO_CORRECT',
      correctNodes[1],
      (w) => w.quizSingleCorrect(ctx.id, correctNodes.length),
      (w) => w.quizSingleCorrectHint(),
    );
  }
  return choices.length === entries.length ? choices : null;
}

function readItems(ctx: QuestionContext): Item[] | null {
  const list = readList(
    ctx,
    'items',
    (w) => w.quizItemsHint(),
    (w) => w.quizItemsListHint(),
  );
  if (!list) return null;
  const { entries } = list;
  const items = entries.map((entry, i) => {
    const html = ctx.answerText(entry, (w) => w.anItem());
    return html === null ? null : { id: letter(i), html };
  });
  return items.every((i) => i !== null) ? (items as Item[]) : null;
}

function readMatch(ctx: QuestionContext, base: Base): Extract<QuizQuestion, { type: 'match' }> | null {
  const node = ctx.required('pairs', (w) => w.quizPairsHint());
  if (!node) return null;
  if (!isMap(node)) {
    ctx.report('QUIZ_INVALID_VALUE', node, (w) => w.quizPairsInvalid(ctx.id));
    return null;
  }
  const entries = mapPairs(node);
  if (!countOk(ctx, node, entries.length, 'pairs')) return null;
  const read = entries.map((pair) => ({
    term: ctx.answerText(pair.key, (w) => w.aTerm()),
    description: ctx.answerText(pair.value, (w) => w.theDescriptionOf(keyText(pair))),
  }));
  const rows = read.flatMap((r) =>
    r.term === null || r.description === null ? [] : [{ term: r.term, description: r.description }],
  );
  if (rows.length !== read.length) return null;
  const sources: Item[] = rows.map((r, i) => ({ id: letter(i), html: r.term }));
  // Targets get their letters in the order they are offered, so a report reads like the screen.
  const offered = shuffle(
    rows.map((_, i) => i),
    ctx.id,
  );
  const targets: Item[] = offered.flatMap((row, i) =>
    rows[row] === undefined ? [] : [{ id: letter(i), html: rows[row].description }],
  );
  const pairs: Record<string, string> = {};
  rows.forEach((_, row) => (pairs[letter(row)] = letter(offered.indexOf(row))));
  return { ...base, type: 'match', sources, targets, pairs };
}

function readAnswers(ctx: QuestionContext): string[] | null {
  const node = ctx.required('answers', (w) => w.quizAnswersHint());
  if (!node) return null;
  const entries = isSeq(node) ? (node.items as Node[]) : [node];
  const answers = entries.map((e) => (isScalar(e) ? scalarText(e).trim() : ''));
  const empty = entries.find((_, i) => answers[i] === '');
  if (entries.length === 0 || empty !== undefined) {
    ctx.report(
      'QUIZ_INVALID_VALUE',
      empty ?? node,
      (w) => w.quizAnswerEmpty(ctx.id),
      (w) => w.quizAnswerEmptyHint(),
    );
    return null;
  }
  return answers;
}
