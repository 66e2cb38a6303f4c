// Every problem the front end can find in a lesson folder, with a stable code and a default fix.
// Stages return diagnostics instead of throwing, so one run reports everything at once; only the
// CLI prints them and sets the exit code. Failures outside the lesson (a file that cannot be read
// or written, a port in use) have no line in it: they are the typed errors of errors.ts.

import type { SourcePos } from '../model.js';
import type { AuthorLanguage } from '../../shared/author-language.js';
import { WORDS, type Words } from '../words/words.js';

export type Severity = 'error' | 'warning';

/** A text said to the author, in whichever language's words it is given (src/compiler/words/). */
export type Say = (words: Words) => string;

export interface Diagnostic {
  severity: Severity;
  /** Stable code from diagnostics.ts, e.g. QUIZ_NO_CORRECT: the same in every language. */
  code: Code;
  /** What is wrong, in the author's terms, in English (the tool's first language; see `inLanguage`). */
  message: string;
  /** How to fix it, in English. */
  hint: string;
  pos: SourcePos;
  /** The message and the hint in any language the tool speaks. */
  say: { message: Say; hint: Say };
}

interface CodeInfo {
  severity: Severity;
  /** True when the words hold a fix for every diagnostic of the code (`words.hint[code]`), unless its call
   *  site knows a sharper one. False: every call site says it, from what it found (the allowed values,
   *  the known keys): a default would only go stale. */
  hint: boolean;
}

export const CODES = {
  FRONT_MATTER_MISSING: { severity: 'error', hint: true },
  FRONT_MATTER_INVALID: { severity: 'error', hint: true },
  FRONT_MATTER_UNCLOSED: { severity: 'error', hint: true },
  YAML_TAB: { severity: 'error', hint: true },
  YAML_SYNTAX: { severity: 'error', hint: true },
  META_TITLE_MISSING: { severity: 'error', hint: true },
  META_ID_MISSING: { severity: 'error', hint: true },
  META_ID_INVALID: { severity: 'error', hint: true },
  META_PASSING_SCORE_RANGE: { severity: 'error', hint: true },
  META_INVALID_VALUE: { severity: 'error', hint: false },
  META_COMPLETION_NO_QUIZ: { severity: 'warning', hint: true },
  META_UNKNOWN_KEY: { severity: 'warning', hint: false },
  LESSON_FILE_MISSING: { severity: 'error', hint: true },
  LESSON_NO_SLIDES: { severity: 'error', hint: true },
  SLIDE_EMPTY: { severity: 'warning', hint: true },
  DIRECTIVE_UNKNOWN: { severity: 'error', hint: false },
  DIRECTIVE_ARGUMENTS: { severity: 'error', hint: true },
  SLIDE_ID_INVALID: { severity: 'error', hint: true },
  SLIDE_ID_DUPLICATE: { severity: 'error', hint: true },
  VIDEO_URL_INVALID: { severity: 'error', hint: false },
  VIDEO_NEEDS_INTERNET: { severity: 'warning', hint: true },
  GATE_INVALID: { severity: 'error', hint: true },
  GATE_TWICE: { severity: 'warning', hint: true },
  GATE_BEFORE_QUIZ: { severity: 'error', hint: true },
  GATE_NO_QUIZ: { severity: 'warning', hint: true },
  TIMER_INVALID: { severity: 'error', hint: true },
  QUIZ_FILE_MISSING: { severity: 'error', hint: true },
  QUIZ_NOT_A_LIST: { severity: 'error', hint: true },
  QUIZ_UNKNOWN_TYPE: { severity: 'error', hint: false },
  QUIZ_MISSING_FIELD: { severity: 'error', hint: true },
  QUIZ_INVALID_VALUE: { severity: 'error', hint: true },
  QUIZ_UNKNOWN_KEY: { severity: 'warning', hint: false },
  QUIZ_ID_INVALID: { severity: 'error', hint: true },
  QUIZ_DUPLICATE_ID: { severity: 'error', hint: true },
  QUIZ_NO_CORRECT: { severity: 'error', hint: true },
  QUIZ_OPTION_COUNT: { severity: 'error', hint: true },
  QUESTION_NOT_DEFINED: { severity: 'error', hint: true },
  QUESTION_PLACED_TWICE: { severity: 'error', hint: true },
  QUESTION_UNUSED: { severity: 'warning', hint: true },
  QUIZ_DRAW_INVALID: { severity: 'error', hint: true },
  QUIZ_DRAW_TOO_MANY: { severity: 'error', hint: true },
  QUIZ_SECTION_EMPTY: { severity: 'error', hint: true },
  ASSET_MISSING: { severity: 'error', hint: true },
  LINK_OUTSIDE_LESSON: { severity: 'error', hint: true },
  MARKDOWN_INDENTED_CODE: { severity: 'warning', hint: true },
  ASSET_OUTSIDE_LESSON: { severity: 'error', hint: true },
  ASSET_REMOTE: { severity: 'error', hint: true },
  MARKDOWN_TOO_DEEP: { severity: 'error', hint: true },
  FILE_NOT_REGULAR: { severity: 'error', hint: true },
  FILE_UNREADABLE: { severity: 'error', hint: true },
  FILE_HARD_LINKED: { severity: 'warning', hint: true },
  TEXT_INVISIBLE_CHAR: { severity: 'error', hint: true },
  TEXT_CHAR_REPLACED: { severity: 'warning', hint: true },
  META_ID_TOO_LONG: { severity: 'error', hint: true },
  ASSET_NAME_TOO_LONG: { severity: 'warning', hint: true },
  SUSPEND_DATA_BUDGET: { severity: 'warning', hint: true },
  QUIZ_EMPTY_TEXT: { severity: 'error', hint: true },
  HTML_REFUSED: { severity: 'error', hint: true },
  HTML_REMOVED: { severity: 'warning', hint: true },
  CSS_REFUSED: { severity: 'error', hint: true },
  META_PASSING_SCORE_FRACTION: { severity: 'error', hint: false },
  META_LANGUAGE_NO_UI: { severity: 'warning', hint: true },
  THEME_CONTRAST: { severity: 'warning', hint: false },
  YAML_UNQUOTED_COLON: { severity: 'error', hint: true },
  // A course (course.yaml, load-course.ts).
  COURSE_INVALID: { severity: 'error', hint: true },
  COURSE_UNKNOWN_KEY: { severity: 'warning', hint: false },
  COURSE_LESSON_MISSING: { severity: 'error', hint: true },
  COURSE_DUPLICATE_ID: { severity: 'error', hint: true },
  // scormdown questions (src/compiler/questions/): what a format cannot hold, what Moodle grades
  // otherwise, a lesson with no question to write.
  QUESTIONS_NOT_EXPORTED: { severity: 'warning', hint: false },
  QUESTIONS_PART_LOST: { severity: 'warning', hint: false },
  QUESTIONS_GRADED_OTHERWISE: { severity: 'warning', hint: true },
  QUESTIONS_NONE: { severity: 'error', hint: true },
  // scormdown translate (src/compiler/translate/): the translation file, or the text's place in the lesson.
  TRANSLATION_SAME_LANGUAGE: { severity: 'error', hint: true },
  TRANSLATION_UNREADABLE: { severity: 'error', hint: false },
  TRANSLATION_LESSON_MISSING: { severity: 'error', hint: false },
  TRANSLATION_KEPT: { severity: 'warning', hint: true },
  TRANSLATION_COURSE: { severity: 'error', hint: false },
  // scormdown import (src/compiler/import/): the imported file is the place.
  IMPORT_NOT_RECOGNISED: { severity: 'error', hint: true },
  IMPORT_DAMAGED: { severity: 'error', hint: false },
  IMPORT_ATTENTION: { severity: 'warning', hint: false },
  IMPORT_SKIPPED: { severity: 'warning', hint: false },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

/** The YAML mistakes front/yaml-mistakes.ts recognises, each with its code (texts: words' `yaml`). */
export const YAML_MISTAKES = {
  colon: 'YAML_UNQUOTED_COLON',
  'duplicate-key': 'YAML_SYNTAX',
  'indented-more': 'YAML_SYNTAX',
  'indented-less': 'YAML_SYNTAX',
  'no-space-after-colon': 'YAML_SYNTAX',
  'no-colon': 'YAML_SYNTAX',
  'unclosed-quote': 'YAML_SYNTAX',
  'unclosed-bracket': 'YAML_SYNTAX',
  'reserved-start': 'YAML_SYNTAX',
  'text-after-quote': 'YAML_SYNTAX',
  'bad-escape': 'YAML_SYNTAX',
  'unindented-text': 'YAML_SYNTAX',
  'dash-without-space': 'YAML_SYNTAX',
  'extra-document': 'YAML_SYNTAX',
} as const satisfies Record<string, Code>;

export type YamlMistake = keyof typeof YAML_MISTAKES;

/** The codes with a default hint; the others need one at every call site (the compiler says so). */
export type HintedCode = { [K in Code]: (typeof CODES)[K]['hint'] extends true ? K : never }[Code];

/** A diagnostic with the code's severity and default hint (unless a sharper hint is given). Each hint is
 *  written once: in the words' `hint` table when it fits every case, else at the call site. */
export function diag(code: HintedCode, pos: SourcePos, message: Say, hint?: Say): Diagnostic;
export function diag(code: Exclude<Code, HintedCode>, pos: SourcePos, message: Say, hint: Say): Diagnostic;
export function diag(code: Code, pos: SourcePos, message: Say, hint?: Say): Diagnostic {
  const fix: Say = hint ?? ((words) => (CODES[code].hint ? words.hint[code as HintedCode] : ''));
  const english = WORDS.en;
  return {
    severity: CODES[code].severity,
    code,
    message: message(english),
    hint: fix(english),
    pos,
    say: { message, hint: fix },
  };
}

/** The diagnostic as said in `language` (its message and hint; the code and position stay). */
export function inLanguage(d: Diagnostic, language: AuthorLanguage): Diagnostic {
  if (language === 'en') return d;
  const words = WORDS[language];
  return { ...d, message: d.say.message(words), hint: d.say.hint(words) };
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
export function formatDiagnostic(
  d: Diagnostic,
  sourceLine?: string,
  paint: Paint = PLAIN,
  words: Words = WORDS.en,
): string {
  // Line 0: the file as a whole (an imported .pptx has no line to point at).
  const where = d.pos.line > 0 ? `${d.pos.file}:${d.pos.line}:${d.pos.column}` : d.pos.file;
  const kind = `${d.code} ${words.severity[d.severity]}${words.colon}`;
  const lines = [`${paint.strong(where)} ${paint.severity(d.severity, kind)} ${d.message}`];
  if (sourceLine !== undefined && sourceLine.trim() !== '') {
    const [source, caret] = codeFrame(sourceLine, d.pos.line, d.pos.column);
    lines.push(source, caret.replace(/\^$/, paint.severity(d.severity, '^')));
  }
  if (d.hint) lines.push(`  ${paint.quiet(words.hintLabel())} ${d.hint}`);
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
