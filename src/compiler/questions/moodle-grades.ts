// How Moodle grades the questions it imports, for both formats (moodle-xml.ts, gift.ts): the grade of
// each option and what Moodle grades otherwise than the player, each said in a diagnostic.
//
// Moodle takes an answer's grade only from its list (question_bank::fraction_options_full(),
// question/engine/bank.php): p/q for q <= 6, p/10, 1/q for q <= 10 and 1/20, each also negative.
// Any other grade makes the whole import fail (question/format.php importprocess: "stop on error").
// Grades are written as percentages with 5 decimals, the 7 digits of a fraction Moodle stores.
//
// A multiple-choice question with several right answers (qtype_multichoice, <single>false</single>)
// adds up the grades of the options chosen and keeps the sum between 0 and 100 % (question.php,
// qtype_multichoice_multi_question::grade_response); the right options' grades must add up to
// exactly 100 % (questiontype.php save_question_options). So each right option gets 100/R % of R
// right options. `scoring: partial` (points x (right chosen - wrong chosen) / R, never below 0) is
// then exactly -100/R % for each wrong option. All-or-nothing has no exact equivalent in Moodle:
// -100 % for each wrong option gives nothing for any wrong choice and everything for all right ones,
// as the player does, but a share for some right options without a wrong one, where the player
// gives nothing; that difference is said (QUESTIONS_GRADED_OTHERWISE). A matching question in Moodle
// always gives a share per right pair; an ordering question has both rules (ALL_OR_NOTHING,
// ABSOLUTE_POSITION: items in their place / items, as the player's partial credit).

import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import type { QuizQuestion, SourcePos } from '../model.js';

/** The positive grades Moodle lists (bank.php), as fractions. */
const GRADES = [
  1,
  0.9,
  5 / 6,
  0.8,
  0.75,
  0.7,
  2 / 3,
  0.6,
  0.5,
  0.4,
  1 / 3,
  0.3,
  0.25,
  0.2,
  1 / 6,
  1 / 7,
  0.125,
  1 / 9,
  0.1,
  0.05,
];

/** A percentage as Moodle's files write it: at most 5 decimals, no trailing zeros ("33.33333"). */
export function percent(value: number): string {
  return String(Number(value.toFixed(5)));
}

/** A number of the quiz (an answer, a tolerance) as written in a file: its digits, never an exponent
 *  (the quiz's numbers have at most 6 decimals, a middle or half a range 7). */
export function decimal(value: number): string {
  return String(Number(value.toFixed(7)));
}

type Choices = Extract<QuizQuestion, { type: 'single' | 'multiple' }>;

/** The grades, in percent, of a right and of a wrong option; null when Moodle has no grade for a
 *  right option's share (11 to 19 or 21 and more right options). */
export function choiceGrades(q: Choices): { right: string; wrong: string } | null {
  if (q.type === 'single') return { right: '100', wrong: '0' };
  const rights = q.choices.filter((c) => c.correct).length;
  const share = 1 / rights;
  if (!GRADES.some((g) => Math.abs(g - share) < 1e-9)) return null;
  return { right: percent(100 * share), wrong: q.partial === true ? `-${percent(100 * share)}` : '-100' };
}

/** What Moodle grades otherwise than the player: a warning for each such question. */
export function gradedOtherwise(q: QuizQuestion, at: SourcePos): Diagnostic[] {
  const several = q.type === 'multiple' && q.partial !== true && q.choices.filter((c) => c.correct).length > 1;
  const pairs = q.type === 'match' && q.partial !== true;
  if (!several && !pairs) return [];
  return [
    diag('QUESTIONS_GRADED_OTHERWISE', at, (w) => w.questionsGradedOtherwise(q.id, several ? 'choices' : 'pairs')),
  ];
}

/** A choice question Moodle cannot grade as written: left out, said with its number of right options. */
export function ungradable(q: Choices, at: SourcePos): Diagnostic {
  const rights = q.choices.filter((c) => c.correct).length;
  return diag(
    'QUESTIONS_NOT_EXPORTED',
    at,
    (w) => w.questionsNoGrade(q.id, rights),
    (w) => w.questionsNoGradeHint(),
  );
}
