// The texts of the newer diagnostics, one function per code, so that each text is written in one
// place (a translated table can replace this module later) and the call sites only say what they
// found. The older codes keep their texts at their call sites, with their hints in CODES.

import { CODES } from './diagnostics.js';

export interface Text {
  message: string;
  hint: string;
}

/** FRONT_MATTER_UNCLOSED, reported on the line after the front matter's last line (`lastLine`). */
export function frontMatterUnclosed(lastLine: number): string {
  return `the front matter is never closed: a line \`---\` belongs here, after line ${lastLine}`;
}

/** META_PASSING_SCORE_FRACTION: `passingScore: 0.6` meant as 60 %. */
export function passingScoreFraction(written: string, value: number): Text {
  const percent = Number((value * 100).toFixed(4));
  return {
    message: `passingScore ${written} is a percentage: every learner who scores ${written} % or more would pass`,
    hint: `for ${percent} %, write \`passingScore: ${percent}\``,
  };
}

/** Words that mean yes or no to a teacher (YAML 1.1 read some of them as booleans; YAML 1.2 does not). */
const YES = new Set(['yes', 'y', 'on', 'ja', 'j', 'waar', 'juist', 'goed', 'correct', 'x']);
const NO = new Set(['no', 'n', 'off', 'nee', 'onwaar', 'fout', 'niet']);

/** The hint of QUIZ_INVALID_VALUE for a field that takes true or false (`correct: yes`). */
export function booleanHint(written: string): string {
  const word = written.trim().toLowerCase();
  const meant = YES.has(word) ? 'true' : NO.has(word) ? 'false' : null;
  if (meant === null) return 'write `true` or `false` (without quotes)';
  return `write \`${meant}\` for ${written.trim()}: only \`true\` and \`false\` are read as yes and no`;
}

/** The YAML mistakes front/yaml-mistakes.ts recognises. */
export type YamlMistake =
  | 'colon'
  | 'duplicate-key'
  | 'indented-more'
  | 'indented-less'
  | 'no-space-after-colon'
  | 'no-colon'
  | 'unclosed-quote'
  | 'unclosed-bracket'
  | 'reserved-start'
  | 'text-after-quote'
  | 'bad-escape'
  | 'unindented-text'
  | 'dash-without-space'
  | 'extra-document';

/** Each mistake's code and text; `detail` is what yaml-mistakes.ts found (see each). */
export const YAML_MISTAKES: Record<
  YamlMistake,
  { code: 'YAML_SYNTAX' | 'YAML_UNQUOTED_COLON'; text: (detail: string) => Text }
> = {
  // detail: the line rewritten with the text between quotes.
  colon: { code: 'YAML_UNQUOTED_COLON', text: (line) => unquotedColon(line) },
  // detail: the key.
  'duplicate-key': {
    code: 'YAML_SYNTAX',
    text: (key) => ({
      message: `\`${key}:\` is written twice here; a question (or a list of pairs) can hold each key once`,
      hint: 'remove one of the two lines, or give the second one its own name',
    }),
  },
  // detail: the line above, whose text YAML takes this line for.
  'indented-more': {
    code: 'YAML_SYNTAX',
    text: (above) => ({
      message: `this line is indented further than line ${above}, so YAML reads it as more of that line's text`,
      hint: 'start the line exactly below the key above it (the same number of spaces)',
    }),
  },
  'indented-less': {
    code: 'YAML_SYNTAX',
    text: () => ({
      message: 'this line is indented less (or more) than the lines it belongs with',
      hint: 'start every key of a question below `id:`, and every `- ` of a list below the first one',
    }),
  },
  // detail: the line rewritten.
  'no-space-after-colon': {
    code: 'YAML_SYNTAX',
    text: (line) => ({
      message: `a key needs a space after its colon: write the line as \`${line}\``,
      hint: 'put a space after the `:` of every key',
    }),
  },
  // detail: the key.
  'no-colon': {
    code: 'YAML_SYNTAX',
    text: (key) => ({
      message: `\`${key}\` has no colon after it, so YAML does not read it as a key`,
      hint: `write \`${key}: \` followed by its value`,
    }),
  },
  // detail: the quote.
  'unclosed-quote': {
    code: 'YAML_SYNTAX',
    text: (q) => ({
      message: `this text starts with ${q} but is never closed with ${q}, so YAML reads on to the end of the file`,
      hint: `add ${q} at the end of the text`,
    }),
  },
  // detail: the bracket.
  'unclosed-bracket': {
    code: 'YAML_SYNTAX',
    text: (bracket) => ({
      message: `this list starts with ${bracket} but is never closed with ${bracket === '{' ? '}' : ']'} on the same line`,
      hint: `close it on this line, or, for a text that starts with ${bracket}, put the text between double quotes`,
    }),
  },
  // detail: the line rewritten with the text between quotes.
  'reserved-start': {
    code: 'YAML_SYNTAX',
    text: (line) => ({
      message: `YAML gives the first character of this text a meaning of its own: write the line as \`${line}\``,
      hint: 'a text that starts with * & ! [ { > | @ ` % or ? goes between double quotes',
    }),
  },
  // detail: the line rewritten.
  'text-after-quote': {
    code: 'YAML_SYNTAX',
    text: (line) => ({
      message: `the text goes on after its closing quote: write the line as \`${line}\``,
      hint: "quotes go around the whole text; a ' inside single quotes is written twice ('')",
    }),
  },
  // detail: the line rewritten with single quotes.
  'bad-escape': {
    code: 'YAML_SYNTAX',
    text: (line) => ({
      message: `in double quotes, a backslash starts a code such as \\n: write the line as \`${line}\``,
      hint: 'put a text with a backslash (a Windows path) between single quotes, or write the backslash twice',
    }),
  },
  // detail: the line above.
  'unindented-text': {
    code: 'YAML_SYNTAX',
    text: (above) => ({
      message: `this line goes on with the text of line ${above}, but is not indented`,
      hint: 'put the text on one line, or indent the lines that go on with it below the text',
    }),
  },
  // detail: the line rewritten.
  'dash-without-space': {
    code: 'YAML_SYNTAX',
    text: (line) => ({
      message: `a list entry starts with \`- \` (a dash and a space): write the line as \`${line}\``,
      hint: 'put a space after the `-`',
    }),
  },
  'extra-document': {
    code: 'YAML_SYNTAX',
    text: () => ({
      message: 'a quiz file holds one list of questions: this line `---` starts a second one',
      hint: 'remove the line `---`: the questions follow one another, each starting with `- id:`',
    }),
  },
};

/** YAML_UNQUOTED_COLON: `- Tip: glimlach`, `prompt: Wat zegt u: sorry?`; `line` is the line rewritten. */
export function unquotedColon(line: string): Text {
  return {
    message: `this text holds ": " without quotes, so YAML reads the part before it as a key: write the line as \`${line}\``,
    hint: CODES.YAML_UNQUOTED_COLON.hint,
  };
}
