// A lesson's questions as Moodle XML, the file Moodle's question bank imports (Question bank ->
// Import -> Moodle XML format). Texts are the lesson's Markdown rendered as HTML (format="html"), with
// the files they show embedded (question-files.ts). What question/format/xml/format.php reads, per
// type, and so all this writes (test/compiler/questions/moodle-xml.test.ts holds the same list):
//   every question (import_headers): <name><text>, <questiontext format> with <text> and <file>s,
//     <generalfeedback>, <defaultgrade>, <penalty>, <idnumber>;
//   category (import_category): <category><text>, <info format><text>;
//   multichoice: <single>, <shuffleanswers>, <answernumbering>, <answer fraction format> with <text>,
//     <file>s and <feedback>, <correctfeedback>, <partiallycorrectfeedback>, <incorrectfeedback>;
//   truefalse: two <answer fraction>s with <text>true</text> and false, each with its <feedback>;
//   shortanswer: <usecase>, <answer fraction> with plain <text> and <feedback>;
//   numerical: <answer fraction> with <text>, <tolerance>, <feedback>; <units><unit> with
//     <multiplier> and <unit_name>, <unitgradingtype>, <unitpenalty>, <showunits>, <unitsleft>;
//   matching: <shuffleanswers>, <subquestion format> with <text>, <file>s and <answer><text> (plain),
//     the three combined feedbacks;
//   essay: <responseformat>, <responserequired>, <responsefieldlines>, <attachments>,
//     <attachmentsrequired>, <graderinfo>, <responsetemplate>;
//   ordering (qtype_ordering, standard since Moodle 4.4; its import_from_xml): <layouttype>,
//     <selecttype>, <selectcount>, <gradingtype>, <showgrading>, <numberingstyle>, the combined
//     feedbacks, the <answer>s in the right order (their fraction is the position, as Moodle writes it).
// How the grades are chosen: moodle-grades.ts.

import { assertNever, type Question } from '../../shared/model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import { diag } from '../diagnostics/diagnostics.js';
import { markdownText } from '../markdown/render-markdown.js';
import type { Lesson, QuizQuestion } from '../model.js';
import { categoryOf, literalStar, placeOf, type BankFile } from './bank-file.js';
import { choiceGrades, decimal, gradedOtherwise, ungradable } from './moodle-grades.js';
import { type Files, htmlAnswer, htmlText, named, plain, plainAnswer } from './moodle-xml-text.js';
import { showsFile } from './question-files.js';

/** A question as written (Markdown) and as rendered (HTML), which the file is made of. */
interface Both {
  q: QuizQuestion;
  html: Question;
}

const TYPE: Record<Question['type'], string> = {
  single: 'multichoice',
  multiple: 'multichoice',
  'true-false': 'truefalse',
  'fill-in': 'shortanswer',
  numeric: 'numerical',
  match: 'matching',
  order: 'ordering',
  open: 'essay',
};

/** `rendered`: the lesson's questions as the render stage made them, in the same order; `category`:
 *  where Moodle files them (its title by default; a course's file puts each lesson under the course). */
export function moodleXml(
  lesson: Lesson,
  rendered: readonly Question[],
  category: string = categoryOf(lesson.meta.title),
): BankFile {
  const files: Files = new Map(lesson.assets.map((a) => [a.target, a.bytes]));
  const diagnostics: Diagnostic[] = [];
  const written: string[] = [];
  lesson.questions.forEach((q, i) => {
    if ((q.type === 'single' || q.type === 'multiple') && choiceGrades(q) === null) {
      diagnostics.push(ungradable(q, placeOf(q)));
      return;
    }
    diagnostics.push(...gradedOtherwise(q, placeOf(q)));
    if (q.type === 'match' && q.targets.some((t) => showsFile(t.html, lesson.assets))) {
      diagnostics.push(
        diag(
          'QUESTIONS_PART_LOST',
          placeOf(q),
          (w) => w.questionsPartLost(q.id, ['description-files'], 'Moodle XML'),
          (w) => w.questionsDescriptionFilesHint(),
        ),
      );
    }
    const both = { q, html: rendered[i]! };
    written.push(question(both, typeBody(both, files), files));
  });
  const categoryPart = [
    '  <question type="category">',
    named(2, 'category', category),
    htmlText(2, 'info', '', files),
    '  </question>',
  ].join('\n');
  const parts = [categoryPart, ...written];
  return { text: moodleXmlFile(parts), parts, questions: written.length, diagnostics };
}

/** The file of the parts of one lesson or several. */
export function moodleXmlFile(parts: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${parts.join('\n')}\n</quiz>\n`;
}

function question({ q, html }: Both, body: string[], files: Files): string {
  return [
    `  <question type="${TYPE[q.type]}">`,
    named(2, 'name', q.id),
    htmlText(2, 'questiontext', html.promptHtml, files),
    htmlText(2, 'generalfeedback', '', files),
    // An open question is recorded, never scored: 0 marks in Moodle too.
    plain(2, 'defaultgrade', q.type === 'open' ? 0 : q.points),
    // Tries in the player cost nothing (only the final answer counts).
    plain(2, 'penalty', 0),
    plain(2, 'idnumber', q.id),
    ...body,
    '  </question>',
  ].join('\n');
}

/** The verdict's feedback: right, partly right (the player then shows the feedback for a wrong
 *  answer, marked as partly right) and wrong. */
function combined(html: Question, files: Files): string[] {
  return [
    htmlText(2, 'correctfeedback', html.feedback.correct, files),
    htmlText(2, 'partiallycorrectfeedback', html.feedback.incorrect, files),
    htmlText(2, 'incorrectfeedback', html.feedback.incorrect, files),
  ];
}

/** Any other answer: 0 %, with the feedback for a wrong answer (Moodle's `*`). */
function otherwise(html: Question, files: Files): string[] {
  return html.feedback.incorrect === '' ? [] : [plainAnswer('0', '*', html.feedback.incorrect, files)];
}

/** The elements of the question's type. */
function typeBody({ q, html }: Both, files: Files): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return choiceBody(q, html, files);
    case 'true-false':
      return [
        plainAnswer(q.answer ? '100' : '0', 'true', q.answer ? html.feedback.correct : html.feedback.incorrect, files),
        plainAnswer(q.answer ? '0' : '100', 'false', q.answer ? html.feedback.incorrect : html.feedback.correct, files),
      ];
    case 'fill-in':
      return [
        plain(2, 'usecase', q.caseSensitive ? 1 : 0),
        ...q.answers.map((a) => plainAnswer('100', literalStar(a), html.feedback.correct, files)),
        ...otherwise(html, files),
      ];
    case 'numeric':
      return numericBody(q, html, files);
    case 'match':
      return matchBody(q, html, files);
    case 'order':
      return orderBody(q, html, files);
    case 'open':
      return [
        plain(2, 'responseformat', 'editor'),
        plain(2, 'responserequired', 1),
        plain(2, 'responsefieldlines', 10),
        plain(2, 'attachments', 0),
        plain(2, 'attachmentsrequired', 0),
        htmlText(2, 'graderinfo', '', files),
        htmlText(2, 'responsetemplate', '', files),
      ];
    default:
      return assertNever(q);
  }
}

function choiceBody(q: Extract<QuizQuestion, { type: 'single' | 'multiple' }>, html: Question, files: Files): string[] {
  const grades = choiceGrades(q);
  if (grades === null || (html.type !== 'single' && html.type !== 'multiple')) return [];
  return [
    plain(2, 'single', q.type === 'single' ? 'true' : 'false'),
    plain(2, 'shuffleanswers', q.shuffle === true ? 'true' : 'false'),
    // The player shows its options without letters or numbers.
    plain(2, 'answernumbering', 'none'),
    ...combined(html, files),
    ...html.choices.map((c) => htmlAnswer(c.correct ? grades.right : grades.wrong, c.html, '', files)),
  ];
}

function numericBody(q: Extract<QuizQuestion, { type: 'numeric' }>, html: Question, files: Files): string[] {
  // A range min..max is its middle, with half its width as the tolerance.
  const middle = q.answer ?? (q.min + q.max) / 2;
  const tolerance = Math.max(middle - q.min, q.max - middle);
  const answer = plainAnswer('100', decimal(middle), html.feedback.correct, files, [
    plain(3, 'tolerance', decimal(tolerance)),
  ]);
  // The unit is optional, as in the player: Moodle's "units are optional" (showunits 0 with
  // unitgradingtype 0, no penalty) takes 75 and 75 graden alike; with showunits 3 it refuses the unit.
  const units =
    q.unit === ''
      ? [plain(2, 'showunits', 3)]
      : [
          '    <units>',
          '      <unit>',
          plain(4, 'multiplier', 1),
          plain(4, 'unit_name', q.unit),
          '      </unit>',
          '    </units>',
          plain(2, 'unitgradingtype', 0),
          plain(2, 'unitpenalty', 0),
          plain(2, 'showunits', 0),
          plain(2, 'unitsleft', 0),
        ];
  return [answer, ...otherwise(html, files), ...units];
}

function matchBody(q: Extract<QuizQuestion, { type: 'match' }>, html: Question, files: Files): string[] {
  if (html.type !== 'match') return [];
  const target = new Map(q.targets.map((t) => [t.id, markdownText(t.html).trim()]));
  return [
    // The terms in the author's order; Moodle, as the player, always mixes the descriptions offered.
    plain(2, 'shuffleanswers', 'false'),
    ...combined(html, files),
    // A subquestion's answer is plain text in Moodle.
    ...html.sources.map((s) =>
      htmlText(2, 'subquestion', s.html, files, [named(3, 'answer', target.get(q.pairs[s.id] ?? '') ?? '')]),
    ),
  ];
}

function orderBody(q: Extract<QuizQuestion, { type: 'order' }>, html: Question, files: Files): string[] {
  if (html.type !== 'order') return [];
  return [
    plain(2, 'layouttype', 'VERTICAL'),
    plain(2, 'selecttype', 'ALL'),
    plain(2, 'selectcount', q.items.length),
    plain(2, 'gradingtype', q.partial === true ? 'ABSOLUTE_POSITION' : 'ALL_OR_NOTHING'),
    plain(2, 'showgrading', 'SHOW'),
    plain(2, 'numberingstyle', 'none'),
    ...combined(html, files),
    ...html.items.map((item, i) => htmlAnswer(String(i + 1), item.html, '', files)),
  ];
}
