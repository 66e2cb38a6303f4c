// A quiz file (YAML: a list of questions) becomes Questions of the shared model, each remembered
// with where it was defined. Every problem is reported at the value's own line:col.

import type { Node } from 'yaml';
import type { QuestionType } from '../../shared/model.js';
import { diag } from '../diagnostics/diagnostics.js';
import type { LessonMeta, Markdown, QuizQuestion, SourcePos } from '../model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import { READERS, TYPE_FIELDS } from './parse-question-types.js';
import type { QuizSettings } from './parse-question-types.js';
import { QuestionContext, promptTextOf, type Base } from './quiz-context.js';
import { getNode, isMap, isScalar, isSeq, keyText, mapPairs, parseYaml, scalarText } from './yaml-source.js';
import { closest } from '../diagnostics/suggest.js';
import { MAX_TRIES, triesOf } from './parse-front-matter.js';
import { append } from '../../shared/append.js';

export interface QuizEntry {
  question: QuizQuestion;
  /** Where the question is defined (its first key). */
  pos: SourcePos;
}

export interface QuizFile {
  entries: QuizEntry[];
  /** Ids of the entries that had errors: known to exist, so a `::question` of them is not "not defined". */
  brokenIds: Map<string, SourcePos>;
  /** The Markdown of every question, broken ones too, so missing files are reported in the same run. */
  texts: Markdown[];
  /** False when the file could not be read as a list of questions: its ids are unknown. */
  readable: boolean;
  /** Every question id with its definition, in file order (working and broken ones). */
  defined: Array<{ id: string; pos: SourcePos }>;
  diagnostics: Diagnostic[];
}

/** Interaction ids: no spaces (SCORM 1.2 CMIIdentifier, 2004 long_identifier_type), letters first or digits. */
export const QUESTION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const COMMON_FIELDS = ['id', 'type', 'prompt', 'feedback', 'points', 'shuffle', 'tries'];
/** The types whose options the player shuffles (order items and match descriptions always are). */
const SHUFFLED: readonly QuestionType[] = ['single', 'multiple'];
type Defaults = Pick<LessonMeta, 'shuffle' | 'tries'> & QuizSettings;
const TYPES = Object.keys(READERS) as QuestionType[];
/** Every key a quiz file holds: a question's, an option's, its feedback's. */
const FIELDS: ReadonlySet<string> = new Set([
  ...COMMON_FIELDS,
  ...Object.values(TYPE_FIELDS).flat(),
  'text',
  'correct',
  'incorrect',
]);

export function parseQuiz(
  text: string,
  file: string,
  settings: Defaults = { shuffle: false, tries: 1, language: 'en', scoring: 'all-or-nothing' },
): QuizFile {
  const { doc, pos, diagnostics, lines } = parseYaml(text, file, 0, FIELDS);
  const out: QuizFile = { entries: [], brokenIds: new Map(), defined: [], texts: [], readable: false, diagnostics };
  if (diagnostics.length > 0) return out;
  if (doc.contents !== null && !isSeq(doc.contents)) {
    diagnostics.push(diag('QUIZ_NOT_A_LIST', pos(doc.contents), (w) => w.quizNotAList(file)));
    return out;
  }
  out.readable = true;
  if (!isSeq(doc.contents)) return out;
  for (const item of doc.contents.items as Node[]) {
    const id = readId(item, pos, diagnostics);
    if (id === null) continue;
    out.defined.push({ id, pos: pos(item) });
    const ctx = new QuestionContext(id, item, pos, diagnostics, lines);
    const question = readQuestion(ctx, settings);
    append(out.texts, ctx.texts);
    if (question && ctx.ok) out.entries.push({ question, pos: pos(item) });
    else out.brokenIds.set(id, pos(item));
  }
  return out;
}

function readId(item: Node, pos: (n: Node | null | undefined) => SourcePos, diagnostics: Diagnostic[]): string | null {
  if (!isMap(item)) {
    diagnostics.push(
      diag(
        'QUIZ_NOT_A_LIST',
        pos(item),
        (w) => w.quizEntryNotQuestion(),
        (w) => w.quizEntryNotQuestionHint(),
      ),
    );
    return null;
  }
  const node = getNode(item, 'id');
  const id = scalarText(node).trim();
  if (!node || id === '') {
    diagnostics.push(
      diag(
        'QUIZ_MISSING_FIELD',
        pos(item),
        (w) => w.quizNoId(),
        (w) => w.quizNoIdHint(),
      ),
    );
    return null;
  }
  if (!QUESTION_ID.test(id) || id.length > 250) {
    diagnostics.push(diag('QUIZ_ID_INVALID', pos(node), (w) => w.quizIdInvalid(id)));
    return null;
  }
  return id;
}

function readQuestion(ctx: QuestionContext, settings: Defaults): QuizQuestion | null {
  const typeNode = ctx.required('type', (w) => w.quizTypeHint(TYPES));
  if (!typeNode) return null;
  const written = scalarText(typeNode);
  const type = TYPES.find((t) => t === written);
  if (!type) {
    ctx.report(
      'QUIZ_UNKNOWN_TYPE',
      typeNode,
      (w) => w.quizUnknownType(ctx.id, written) + w.didYouMean(closest(written, TYPES)),
      (w) => w.knownValues(TYPES),
    );
    return null;
  }
  warnUnknownKeys(ctx, type);
  const base = readBase(ctx, type);
  const question = READERS[type](ctx, base ?? placeholder(ctx), settings);
  const extra = readTries(ctx, type, settings);
  return base && question && extra && { ...question, ...extra };
}

/** `shuffle` and `tries` of the question, else the front matter's; only where they mean something. */
function readTries(
  ctx: QuestionContext,
  type: QuestionType,
  defaults: Defaults,
): { shuffle?: true; tries?: number } | null {
  const [shuffleNode, triesNode] = [ctx.field('shuffle'), ctx.field('tries')];
  const shuffle = shuffleNode === undefined ? defaults.shuffle : ctx.boolean(shuffleNode, (w) => w.theField('shuffle'));
  const tries = triesNode === undefined ? defaults.tries : triesOf(triesNode);
  if (triesNode !== undefined && tries === null) {
    ctx.report(
      'QUIZ_INVALID_VALUE',
      triesNode,
      (w) => w.quizTriesInvalid(ctx.id, MAX_TRIES, scalarText(triesNode)),
      (w) => w.triesHint(),
    );
  }
  if (shuffleNode !== undefined && !SHUFFLED.includes(type)) {
    ctx.report(
      'QUIZ_UNKNOWN_KEY',
      shuffleNode,
      (w) => w.quizShuffleIgnored(ctx.id, type),
      (w) => w.quizShuffleIgnoredHint(type === 'order' || type === 'match'),
    );
  }
  if (triesNode !== undefined && type === 'open') {
    ctx.report(
      'QUIZ_UNKNOWN_KEY',
      triesNode,
      (w) => w.quizTriesIgnored(ctx.id),
      (w) => w.removeField('tries'),
    );
  }
  if (shuffle === null || tries === null) return null;
  return {
    ...(shuffle && SHUFFLED.includes(type) && { shuffle: true }),
    ...(tries > 1 && type !== 'open' && { tries }),
  };
}

function warnUnknownKeys(ctx: QuestionContext, type: QuestionType): void {
  const known = [...COMMON_FIELDS, ...TYPE_FIELDS[type]];
  for (const pair of mapPairs(ctx.map)) {
    const key = keyText(pair);
    if (type === 'open' && key === 'points') {
      ctx.report(
        'QUIZ_UNKNOWN_KEY',
        pair.key as Node,
        (w) => w.quizPointsIgnored(ctx.id),
        (w) => w.quizPointsIgnoredHint(),
      );
    } else if (!known.includes(key)) {
      ctx.report(
        'QUIZ_UNKNOWN_KEY',
        pair.key as Node,
        (w) => w.quizUnknownField(ctx.id, type, key) + w.didYouMean(closest(key, known)),
        (w) => w.quizFieldsOf(type, known),
      );
    }
  }
}

function readBase(ctx: QuestionContext, type: QuestionType): Base | null {
  const promptNode = ctx.required('prompt', (w) => w.quizPromptHint());
  const promptHtml = promptNode ? ctx.inline(promptNode, (w) => w.thePrompt()) : null;
  const feedback = readFeedback(ctx);
  const points = type === 'open' ? 0 : readPoints(ctx);
  if (promptHtml === null || feedback === null || points === null) return null;
  return { id: ctx.id, promptHtml, promptText: promptTextOf(promptHtml), points, feedback };
}

function readFeedback(ctx: QuestionContext): Base['feedback'] | null {
  const node = ctx.field('feedback');
  if (node === undefined || node === null) return { correct: noText(ctx), incorrect: noText(ctx) };
  if (!isMap(node)) {
    ctx.report('QUIZ_INVALID_VALUE', node, (w) => w.quizFeedbackNotMap(ctx.id));
    return null;
  }
  for (const pair of mapPairs(node)) {
    const key = keyText(pair);
    if (key !== 'correct' && key !== 'incorrect') {
      ctx.report(
        'QUIZ_UNKNOWN_KEY',
        pair.key as Node,
        (w) => w.quizFeedbackUnknown(ctx.id, key),
        (w) => w.quizFeedbackHint(),
      );
    }
  }
  const read = (key: string): Markdown | null => {
    const value = getNode(node, key);
    return value === undefined || value === null ? noText(ctx) : ctx.inline(value, (w) => w.theFeedback(key));
  };
  const correct = read('correct');
  const incorrect = read('incorrect');
  return correct === null || incorrect === null ? null : { correct, incorrect };
}

function readPoints(ctx: QuestionContext): number | null {
  const node = ctx.field('points');
  if (node === undefined) return 1;
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  ctx.report(
    'QUIZ_INVALID_VALUE',
    node,
    (w) => w.quizPointsInvalid(ctx.id, scalarText(node)),
    (w) => w.quizPointsHint(),
  );
  return null;
}

/** Lets the type's own fields be checked even when a common field is broken. */
function placeholder(ctx: QuestionContext): Base {
  return {
    id: ctx.id,
    promptHtml: noText(ctx),
    promptText: '',
    points: 0,
    feedback: { correct: noText(ctx), incorrect: noText(ctx) },
  };
}

/** Feedback the author left out: no text, shown as none. */
function noText(ctx: QuestionContext): Markdown {
  return { source: '', tokens: [], inline: true, pos: ctx.pos(ctx.map) };
}
