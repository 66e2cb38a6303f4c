// A lesson's questions in GIFT, the plain-text format Moodle's question bank imports (Question bank ->
// Import -> GIFT format; question/format/gift/format.php reads it). Each question is one line,
// `::id::[markdown]prompt{answers}`, the questions apart by a blank line: the author's own Markdown,
// which Moodle renders, for the prompt, the options and the feedback; a matching description is plain
// text (Moodle reads it so). GIFT's marks in a text (~ = # { } : and the backslash) are escaped with a
// backslash and a line break is written `\n`, as Moodle's export does (repchar). GIFT has no ordering
// question, no points, no case-sensitive short answer, no unit, no verdict feedback for a question
// with several right options or pairs, no wrong-answer feedback for a short answer and no files: a
// question that loses any of that says so in a warning, and the ordering question is left out with
// one. None is dropped silently. The grades of the options: moodle-grades.ts.

import { assertNever } from '../../shared/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import { markdownText } from '../markdown/render-markdown.js';
import type { Lesson, Markdown, QuizQuestion } from '../model.js';
import type { QuestionsLoss } from '../words/words-types.js';
import { categoryOf, literalStar, placeOf, type BankFile } from './bank-file.js';
import { choiceGrades, decimal, gradedOtherwise, ungradable } from './moodle-grades.js';
import { questionTexts, showsFile } from './question-files.js';

/** GIFT's marks escaped with a backslash, the backslash first; a line break as `\n`. */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** A text of the quiz as GIFT holds it: the author's Markdown, escaped. */
const t = (md: Markdown): string => giftEscape(md.source.trim());

/** `#feedback` after an answer, or nothing. */
const fb = (md: Markdown): string => (md.source.trim() === '' ? '' : `#${t(md)}`);

/** The answers between `{` and `}`, and what GIFT cannot hold of the question. */
interface Answers {
  list: string;
  lost: QuestionsLoss[];
}

const some = (md: Markdown): boolean => md.source.trim() !== '';

function choices(q: Extract<QuizQuestion, { type: 'single' | 'multiple' }>): Answers {
  const grades = choiceGrades(q)!;
  const { correct, incorrect } = q.feedback;
  if (q.type === 'single') {
    const list = q.choices.map((c) => (c.correct ? `=${t(c.html)}${fb(correct)}` : `~${t(c.html)}${fb(incorrect)}`));
    return { list: list.join(' '), lost: [] };
  }
  // `~%n%` on every option: no `=`, so Moodle makes it a question with several answers to choose.
  const list = q.choices.map((c) => `~%${c.correct ? grades.right : grades.wrong}%${t(c.html)}`);
  return { list: list.join(' '), lost: some(correct) || some(incorrect) ? ['feedback'] : [] };
}

function numeric(q: Extract<QuizQuestion, { type: 'numeric' }>): Answers {
  const value =
    q.answer === undefined
      ? `${decimal(q.min)}..${decimal(q.max)}`
      : `${decimal(q.answer)}:${decimal(Math.max(q.answer - q.min, q.max - q.answer))}`;
  // `~#feedback`: Moodle's answer for any other number, 0 %.
  const wrong = some(q.feedback.incorrect) ? ` ~${fb(q.feedback.incorrect)}` : '';
  return { list: `#${value}${fb(q.feedback.correct)}${wrong}`, lost: q.unit === '' ? [] : ['unit'] };
}

function match(q: Extract<QuizQuestion, { type: 'match' }>): Answers {
  const list = q.sources.map((s) => {
    const target = q.targets.find((x) => x.id === q.pairs[s.id]);
    // Moodle cuts a pair at its first `->`: one in the term is written as an HTML entity.
    const term = t(s.html).replace(/->/g, '-&gt;');
    return `=${term} -> ${giftEscape(target === undefined ? '' : markdownText(target.html).trim())}`;
  });
  const { correct, incorrect } = q.feedback;
  return { list: list.join(' '), lost: some(correct) || some(incorrect) ? ['feedback'] : [] };
}

/** The question's answers; null for an ordering question, which GIFT has not. */
function answers(q: QuizQuestion): Answers | null {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return choices(q);
    case 'true-false': {
      // {TRUE#feedback for a wrong answer#feedback for a right one}
      const { correct, incorrect } = q.feedback;
      const feedback = some(correct) || some(incorrect) ? `#${t(incorrect)}#${t(correct)}` : '';
      return { list: `${q.answer ? 'TRUE' : 'FALSE'}${feedback}`, lost: [] };
    }
    case 'fill-in': {
      // The feedback for a wrong answer goes with `*` at no marks: any other answer, as Moodle writes it.
      const other = some(q.feedback.incorrect) ? [`=%0%*${fb(q.feedback.incorrect)}`] : [];
      const list = [...q.answers.map((a) => `=${giftEscape(literalStar(a))}${fb(q.feedback.correct)}`), ...other].join(
        ' ',
      );
      return { list, lost: q.caseSensitive ? ['case'] : [] };
    }
    case 'numeric':
      return numeric(q);
    case 'match':
      return match(q);
    case 'order':
      return null;
    case 'open':
      return { list: '', lost: [] };
    default:
      return assertNever(q);
  }
}

/** `category`: where Moodle files the questions (the lesson's title by default). */
export function gift(lesson: Lesson, category: string = categoryOf(lesson.meta.title)): BankFile {
  const diagnostics: Diagnostic[] = [];
  const blocks: string[] = [`$CATEGORY: ${category}`];
  for (const q of lesson.questions) {
    const at = placeOf(q);
    if ((q.type === 'single' || q.type === 'multiple') && choiceGrades(q) === null) {
      diagnostics.push(ungradable(q, at));
      continue;
    }
    const made = answers(q);
    if (made === null) {
      diagnostics.push(
        diag(
          'QUESTIONS_NOT_EXPORTED',
          at,
          (w) => w.giftNoOrder(q.id),
          (w) => w.giftNoOrderHint(),
        ),
      );
      continue;
    }
    // Moodle gives a GIFT question 1 mark, an essay too (the player records an open question unscored).
    const lost: QuestionsLoss[] = [
      ...(q.points !== 1 ? (['points'] as const) : []),
      ...made.lost,
      ...(questionTexts(q).some((md) => showsFile(md, lesson.assets)) ? (['files'] as const) : []),
    ];
    if (lost.length > 0) {
      diagnostics.push(
        diag(
          'QUESTIONS_PART_LOST',
          at,
          (w) => w.questionsPartLost(q.id, lost, 'GIFT'),
          (w) => w.questionsPartLostHint(),
        ),
      );
    }
    diagnostics.push(...gradedOtherwise(q, at));
    blocks.push(`::${giftEscape(q.id)}::[markdown]${t(q.promptHtml)}{${made.list}}`);
  }
  return { text: giftFile(blocks), parts: blocks, questions: blocks.length - 1, diagnostics };
}

/** The file of the parts of one lesson or several: blank lines between questions. */
export function giftFile(parts: readonly string[]): string {
  return `${parts.join('\n\n')}\n`;
}
