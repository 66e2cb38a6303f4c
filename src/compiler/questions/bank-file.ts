// What each writer (moodle-xml.ts, gift.ts) makes of a lesson's questions: the file's text, how many
// questions it holds, and what it says to the author about the ones it changed or left out.

import type { Diagnostic } from '../diagnostics/diagnostics.js';
import type { QuizQuestion, SourcePos } from '../model.js';

export interface BankFile {
  text: string;
  /** The file's parts: a category, then its questions (a course's file is its lessons' parts in order). */
  parts: string[];
  /** The questions in the file (those left out, each named in a diagnostic, not counted). */
  questions: number;
  diagnostics: Diagnostic[];
}

/** Where a message about a question points: its prompt in the quiz file. */
export const placeOf = (q: QuizQuestion): SourcePos => q.promptHtml.pos;

/** The category the questions go into: the lesson's title under the course's top category; for a
 *  course, the course's title and under it each lesson's. A `/` in a title would start a subcategory
 *  in Moodle, so it becomes `-`. */
export const categoryOf = (...titles: string[]): string =>
  `$course$/top/${titles.map((t) => t.replace(/\//g, '-')).join('/')}`;

/** A short answer's accepted text for Moodle: a `*` the author typed is a character to match, where a
 *  bare `*` is Moodle's wildcard ("anything"), so it is written `\*`. */
export const literalStar = (answer: string): string => answer.replace(/\*/g, '\\*');
