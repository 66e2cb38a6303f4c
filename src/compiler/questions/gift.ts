// A lesson's questions in GIFT, the plain-text format Moodle's question bank imports (Question bank ->
// Import -> GIFT format; question/format/gift/format.php reads it). Each question is
// `::id::[markdown]prompt{answers}`: the author's own Markdown, which Moodle renders; every GIFT mark
// in a text (~ = # { } : and the backslash) is escaped. GIFT has no ordering question, no points, no
// case-sensitive short answer, no unit and no pictures: a question that loses something says so (a
// warning naming it), and an ordering question is left out with one; none is dropped silently.

import { assertNever } from '../../shared/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import type { Lesson, QuizQuestion } from '../model.js';

/** GIFT's marks escaped with a backslash, the backslash first. */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

/** A text as GIFT holds it: one line (a line break would end nothing in GIFT, but keeps it readable
 *  only when escaped as Moodle writes it: `\n`). */
const t = (text: string): string => giftEscape(text.trim()).replace(/\r?\n/g, '\\n');

const fb = (text: string): string => (text.trim() === '' ? '' : `#${t(text)}`);

function answers(q: QuizQuestion): string | null {
  const right = q.feedback.correct.source;
  const wrong = q.feedback.incorrect.source;
  switch (q.type) {
    case 'single':
      return q.choices
        .map((c) => (c.correct ? `=${t(c.html.source)}${fb(right)}` : `~${t(c.html.source)}${fb(wrong)}`))
        .join(' ');
    case 'multiple': {
      const count = q.choices.filter((c) => c.correct).length;
      const share = (n: number): string => String(Number(n.toFixed(5)));
      return q.choices
        .map((c) =>
          c.correct
            ? `~%${share(100 / count)}%${t(c.html.source)}`
            : `~%${share(q.partial ? -100 / count : -100)}%${t(c.html.source)}`,
        )
        .join(' ');
    }
    case 'true-false':
      // {TRUE#feedback for a wrong answer#feedback for a right one}
      return `${q.answer ? 'TRUE' : 'FALSE'}${wrong.trim() === '' && right.trim() === '' ? '' : `#${t(wrong)}#${t(right)}`}`;
    case 'fill-in':
      return q.answers.map((a) => `=${t(a)}${fb(right)}`).join(' ');
    case 'numeric':
      return q.answer !== undefined
        ? `#${q.answer}:${Number(Math.max(q.answer - q.min, q.max - q.answer).toFixed(6))}${fb(right)}`
        : `#${q.min}..${q.max}${fb(right)}`;
    case 'match':
      return q.sources
        .map((s) => `=${t(s.html.source)} -> ${t(q.targets.find((x) => x.id === q.pairs[s.id])?.html.source ?? '')}`)
        .join(' ');
    case 'order':
      return null;
    case 'open':
      return '';
    default:
      return assertNever(q);
  }
}

export interface Gift {
  text: string;
  /** What GIFT could not hold, per question. */
  diagnostics: Diagnostic[];
}

export function gift(lesson: Lesson, positions: ReadonlyMap<string, Diagnostic['pos']>): Gift {
  const diagnostics: Diagnostic[] = [];
  const blocks: string[] = [`$CATEGORY: $course$/top/${lesson.meta.title.replace(/\//g, '-')}`];
  for (const q of lesson.questions) {
    const at = positions.get(q.id) ?? { file: 'quiz.yaml', line: 1, column: 1 };
    const list = answers(q);
    if (list === null) {
      diagnostics.push(diag('QUESTIONS_NOT_EXPORTED', at, (w) => w.giftNoOrder(q.id)));
      continue;
    }
    const lost = [
      ...(q.type !== 'open' && q.points !== 1 ? ['points'] : []),
      ...(q.type === 'fill-in' && q.caseSensitive ? ['caseSensitive'] : []),
      ...(q.type === 'numeric' && q.unit !== '' ? ['unit'] : []),
      ...(/!\[[^\]]*\]\(/.test(q.promptHtml.source) ? ['picture'] : []),
    ];
    if (lost.length > 0) diagnostics.push(diag('QUESTIONS_NOT_EXPORTED', at, (w) => w.giftLost(q.id, lost)));
    blocks.push(`::${t(q.id)}::[markdown]${t(q.promptHtml.source)}{${list}}`);
  }
  return { text: `${blocks.join('\n\n')}\n`, diagnostics };
}
