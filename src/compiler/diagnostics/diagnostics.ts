// Every problem the front end can find in a lesson folder, with a stable code and a default fix.
// Stages return diagnostics instead of throwing, so one run reports everything at once; only the
// CLI prints them and sets the exit code. Failures outside the lesson (a file that cannot be read
// or written, a port in use) have no line in it: they are the typed errors of errors.ts.

import type { SourcePos } from '../model.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable code from diagnostics.ts, e.g. QUIZ_NO_CORRECT. */
  code: Code;
  /** What is wrong, in the author's terms. */
  message: string;
  /** How to fix it. */
  hint: string;
  pos: SourcePos;
}

interface CodeInfo {
  severity: Severity;
  /** The fix for every diagnostic of the code, unless its call site knows a sharper one. null: every call
   *  site says it, from what it found (the allowed values, the known keys): a default would only go stale. */
  hint: string | null;
}

export const CODES = {
  FRONT_MATTER_MISSING: {
    severity: 'error',
    hint: 'start lesson.md with a line `---`, then `title:` and `id:`, then a closing line `---`',
  },
  FRONT_MATTER_INVALID: {
    severity: 'error',
    hint: 'the front matter is `key: value` lines between two lines holding only `---`',
  },
  FRONT_MATTER_UNCLOSED: { severity: 'error', hint: 'add a line `---` after the last key of the front matter' },
  YAML_TAB: {
    severity: 'error',
    hint: 'indent with spaces, not tabs (set your editor to insert spaces for the Tab key)',
  },
  YAML_SYNTAX: {
    severity: 'error',
    hint: 'check indentation, colons and quotes; put text containing `: ` or `#` between quotes',
  },
  META_TITLE_MISSING: { severity: 'error', hint: 'add `title: "The title of the lesson"` to the front matter' },
  META_ID_MISSING: {
    severity: 'error',
    hint: 'add `id: my-lesson` to the front matter (letters, digits, `-`, `_`, `.`, starting with a letter)',
  },
  META_ID_INVALID: {
    severity: 'error',
    hint: 'use only letters, digits, `-`, `_` and `.`, starting with a letter, e.g. `id: les6-klachten`',
  },
  META_PASSING_SCORE_RANGE: { severity: 'error', hint: 'give a percentage from 0 to 100, e.g. `passingScore: 70`' },
  META_INVALID_VALUE: { severity: 'error', hint: null },
  META_COMPLETION_NO_QUIZ: {
    severity: 'warning',
    hint: 'add graded questions with `::quiz` or `::question`, or write `completion: slides`',
  },
  META_UNKNOWN_KEY: { severity: 'warning', hint: null },
  LESSON_FILE_MISSING: { severity: 'error', hint: 'a lesson folder needs a lesson.md file' },
  LESSON_NO_SLIDES: { severity: 'error', hint: 'write at least one slide below the front matter' },
  SLIDE_EMPTY: { severity: 'warning', hint: 'remove one of the two `---` lines, or write something on the slide' },
  DIRECTIVE_UNKNOWN: { severity: 'error', hint: null },
  DIRECTIVE_ARGUMENTS: { severity: 'error', hint: 'write `::question ID` with exactly one question id' },
  SLIDE_ID_INVALID: {
    severity: 'error',
    hint: 'write `::slide my-name` on its own line: one name of letters, digits, `-` and `_`, starting with a letter',
  },
  SLIDE_ID_DUPLICATE: { severity: 'error', hint: 'give every slide its own `::slide` name' },
  VIDEO_URL_INVALID: { severity: 'error', hint: null },
  VIDEO_NEEDS_INTERNET: {
    severity: 'warning',
    hint: 'fine where learners have the internet; for a lesson that works offline, put the video file in assets/ and write ![Title](assets/video.mp4)',
  },
  GATE_INVALID: {
    severity: 'error',
    hint: 'write `::gate` alone on a line of the first slide that stays closed until the quiz is finished',
  },
  GATE_TWICE: { severity: 'warning', hint: 'the first `::gate` closes every slide after it: remove this one' },
  GATE_BEFORE_QUIZ: {
    severity: 'error',
    hint: 'move `::gate` to a slide after the quiz and its result slide: a learner could never reach the questions it closes',
  },
  GATE_NO_QUIZ: {
    severity: 'warning',
    hint: 'a gate waits for the quiz to be finished: add graded questions, or remove `::gate`',
  },
  TIMER_INVALID: {
    severity: 'error',
    hint: 'write the time as minutes:seconds or hours:minutes:seconds, e.g. `::timer 20:00`',
  },
  QUIZ_FILE_MISSING: {
    severity: 'error',
    hint: 'create the file next to lesson.md, or fix the `quiz:` entry in the front matter',
  },
  QUIZ_NOT_A_LIST: {
    severity: 'error',
    hint: 'a quiz file is a list of questions: every question starts with `- id: ...`',
  },
  QUIZ_UNKNOWN_TYPE: { severity: 'error', hint: null },
  QUIZ_MISSING_FIELD: {
    severity: 'error',
    hint: 'add the field to the question (see the README for each question type)',
  },
  QUIZ_INVALID_VALUE: { severity: 'error', hint: 'see the README for what this field holds' },
  QUIZ_UNKNOWN_KEY: { severity: 'warning', hint: null },
  QUIZ_ID_INVALID: { severity: 'error', hint: 'use only letters, digits, `-` and `_`, e.g. `id: soorten-klachten`' },
  QUIZ_DUPLICATE_ID: { severity: 'error', hint: 'give every question its own id' },
  QUIZ_NO_CORRECT: { severity: 'error', hint: 'mark at least one option with `correct: true`' },
  QUIZ_OPTION_COUNT: { severity: 'error', hint: 'give between 2 and 26 options (items, pairs)' },
  QUESTION_NOT_DEFINED: {
    severity: 'error',
    hint: 'check the spelling, or add a question with this id to the quiz file',
  },
  QUESTION_PLACED_TWICE: { severity: 'error', hint: 'a question can appear on one slide only; remove one of the two' },
  QUESTION_UNUSED: {
    severity: 'warning',
    hint: 'place it with `::question ID` on a slide, or add `::quiz` to the lesson',
  },
  QUIZ_DRAW_INVALID: {
    severity: 'error',
    hint: 'write `::quiz draw 3` (3 questions drawn from this section) or `::quiz draw 3 id1 id2 id3 id4`',
  },
  QUIZ_DRAW_TOO_MANY: {
    severity: 'error',
    hint: 'draw fewer questions, or add graded questions to this `::quiz` section',
  },
  QUIZ_SECTION_EMPTY: {
    severity: 'error',
    hint: 'every question is already placed elsewhere: remove this `::quiz`, or list ids after it',
  },
  ASSET_MISSING: {
    severity: 'error',
    hint: 'check the spelling (capitals count on the LMS server) or add the file to the lesson folder',
  },
  LINK_OUTSIDE_LESSON: {
    severity: 'error',
    hint: 'copy the file itself into the lesson folder instead of linking to it: a package holds only the lesson folder',
  },
  MARKDOWN_INDENTED_CODE: {
    severity: 'warning',
    hint: 'remove the spaces or tab before the line; for code on purpose, put it between two lines ```',
  },
  ASSET_OUTSIDE_LESSON: {
    severity: 'error',
    hint: 'move the file into the lesson folder (e.g. assets/) and refer to it relative to lesson.md',
  },
  ASSET_REMOTE: {
    severity: 'error',
    hint: 'download the file into assets/ and refer to it as assets/<name>: the package may not load anything from outside itself',
  },
  MARKDOWN_TOO_DEEP: {
    severity: 'error',
    hint: 'block quotes, lists or emphasis are nested thousands of levels deep here: write the text plainly',
  },
  FILE_NOT_REGULAR: {
    severity: 'error',
    hint: 'put an ordinary file in its place: a folder, FIFO, device or socket cannot go into a package',
  },
  FILE_UNREADABLE: {
    severity: 'error',
    hint: 'check that you may read the file and its folder (e.g. `chmod a+r` on the file, `chmod a+rx` on its folder)',
  },
  FILE_HARD_LINKED: {
    severity: 'warning',
    hint: "if it is not your lesson's own file, copy it into the lesson folder (cp, not ln) or remove the other links",
  },
  TEXT_INVISIBLE_CHAR: {
    severity: 'error',
    hint: 'delete the character (retype the text around it): it often comes with text copied from another program',
  },
  TEXT_CHAR_REPLACED: {
    severity: 'warning',
    hint: 'type a space there instead (or use a Markdown line break on a slide) to silence this warning',
  },
  META_ID_TOO_LONG: {
    severity: 'error',
    hint: 'use a short id, e.g. `id: les6-klachten`: the zip files are named after it',
  },
  ASSET_NAME_TOO_LONG: {
    severity: 'warning',
    hint: 'rename the file or folder to a shorter name: some systems cannot unpack the zip otherwise',
  },
  SUSPEND_DATA_BUDGET: {
    severity: 'warning',
    hint: "split the lesson in two, or publish the SCORM 2004 package (64,000 characters): an LMS that holds SCORM 1.2 to 4,096 characters loses the learner's progress beyond it",
  },
  QUIZ_EMPTY_TEXT: { severity: 'error', hint: 'write the text, or remove the entry' },
  HTML_REFUSED: {
    severity: 'error',
    hint: 'remove it: a lesson runs no script of its own and loads nothing from outside its package (see the README, Security)',
  },
  HTML_REMOVED: {
    severity: 'warning',
    hint: 'remove it, or write it with the elements and attributes the README lists (Security): the build leaves it out',
  },
  CSS_REFUSED: {
    severity: 'error',
    hint: 'write the CSS without it; a picture goes in with url(assets/picture.png), a file of the package',
  },
  META_PASSING_SCORE_FRACTION: { severity: 'error', hint: null },
  YAML_UNQUOTED_COLON: { severity: 'error', hint: 'put a text that holds ": " between double quotes' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

/** The codes with a default hint; the others need one at every call site (the compiler says so). */
export type HintedCode = { [K in Code]: (typeof CODES)[K]['hint'] extends string ? K : never }[Code];

/** A diagnostic with the code's severity and default hint (unless a sharper hint is given). Each hint is
 *  written once: in the table when it fits every case, else at the call site. */
export function diag(code: HintedCode, pos: SourcePos, message: string, hint?: string): Diagnostic;
export function diag(code: Exclude<Code, HintedCode>, pos: SourcePos, message: string, hint: string): Diagnostic;
export function diag(code: Code, pos: SourcePos, message: string, hint?: string): Diagnostic {
  const info: CodeInfo = CODES[code];
  return { severity: info.severity, code, message, hint: hint ?? info.hint ?? '', pos };
}

/** How a report is coloured: the CLI paints on a terminal (ANSI), everything else gets plain text. */
export interface Paint {
  /** The code, severity and caret of a diagnostic of this severity. */
  severity(severity: Severity, text: string): string;
  /** The position, so the eye finds where each diagnostic starts. */
  strong(text: string): string;
  /** The word `hint:`. */
  quiet(text: string): string;
}

export const PLAIN: Paint = { severity: (_, text) => text, strong: (text) => text, quiet: (text) => text };

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const [red, yellow, bold, cyan] = [sgr(31, 39), sgr(33, 39), sgr(1, 22), sgr(36, 39)];

/** Errors red, warnings yellow (as compilers print them), the position bold, `hint:` cyan. */
export const ANSI: Paint = {
  severity: (severity, text) => (severity === 'error' ? red(text) : yellow(text)),
  strong: bold,
  quiet: cyan,
};

/** `lesson/quiz.yaml:14:5 QUIZ_NO_CORRECT error: message`, then, when the source line is given, that
 *  line with a caret under the column (as tsup and compilers print it), then an indented hint line. */
export function formatDiagnostic(d: Diagnostic, sourceLine?: string, paint: Paint = PLAIN): string {
  const where = `${d.pos.file}:${d.pos.line}:${d.pos.column}`;
  const lines = [`${paint.strong(where)} ${paint.severity(d.severity, `${d.code} ${d.severity}:`)} ${d.message}`];
  if (sourceLine !== undefined && sourceLine.trim() !== '') {
    const [source, caret] = codeFrame(sourceLine, d.pos.line, d.pos.column);
    lines.push(source, caret.replace(/\^$/, paint.severity(d.severity, '^')));
  }
  if (d.hint) lines.push(`  ${paint.quiet('hint:')} ${d.hint}`);
  return lines.join('\n');
}

/** Wide enough for a line of prose; a longer line (a paragraph of a slide) is cut around the column. */
const FRAME_WIDTH = 80;

function codeFrame(source: string, line: number, column: number): [string, string] {
  const text = source.replace(/\t/g, ' ');
  const at = Math.min(Math.max(column - 1, 0), text.length);
  const start = Math.max(0, Math.min(at - FRAME_WIDTH / 2, text.length - FRAME_WIDTH));
  const end = Math.min(text.length, start + FRAME_WIDTH);
  const [before, after] = [start > 0 ? '…' : '', end < text.length ? '…' : ''];
  const gutter = ` ${line} | `;
  return [
    `${gutter}${before}${text.slice(start, end)}${after}`,
    `${' '.repeat(gutter.length - 2)}| ${' '.repeat(before.length + at - start)}^`,
  ];
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

/** Errors first (what stops the build), then warnings; each by file, line, column, then code: the
 *  order an author fixes them in. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic): number => (d.severity === 'error' ? 0 : 1);
  return [...ds].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compare(a.pos.file, b.pos.file) ||
      a.pos.line - b.pos.line ||
      a.pos.column - b.pos.column ||
      compare(a.code, b.code),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
