// What each writer (moodle-xml.ts, gift.ts) makes of a lesson's questions: the file's text, how many
// questions it holds, and what it says to the author about the ones it changed or left out.

import type { Diagnostic } from '../diagnostics/diagnostics.js';
import type { QuizQuestion, SourcePos } from '../model.js';

export interface BankFile {
  text: string;
  /** The questions in the file (those left out, each named in a diagnostic, not counted). */
  questions: number;
  diagnostics: Diagnostic[];
}

/** Where a message about a question points: its prompt in the quiz file. */
export const placeOf = (q: QuizQuestion): SourcePos => q.promptHtml.pos;

/** The category the questions go into: the lesson's title under the course's top category. A `/`
 *  would start a subcategory in Moodle, so it becomes `-`. */
export const categoryOf = (title: string): string => `$course$/top/${title.replace(/\//g, '-')}`;
