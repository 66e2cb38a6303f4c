// The YAML mistakes teachers make, each told in plain words at the place to fix, with the fix: one
// row per mistake, as a teacher wrote it, with the one diagnostic it gives (code, line:column, and
// the message's telling part). The `yaml` package's error behind each row is named in the comment.

import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/compiler/front/parse-front-matter.js';
import { parseQuiz } from '../../../src/compiler/front/parse-quiz.js';

const problems = (yaml: string) =>
  parseQuiz(yaml, 'quiz.yaml').diagnostics.map((d) => ({
    at: `${d.pos.line}:${d.pos.column} ${d.code}`,
    text: `${d.message} | ${d.hint}`,
  }));

const Q = '- id: a\n  type: open\n';

describe('the common YAML mistakes, in plain words with the fix', () => {
  it.each([
    // UNEXPECTED_TOKEN (YAML 1.2 §6.1: no tabs in indentation)
    ['a tab before a key', `${Q}\tprompt: Wat?\n`, '3:1 YAML_TAB', 'indented with a tab'],
    // BLOCK_AS_IMPLICIT_KEY "Nested mappings are not allowed in compact mappings"
    [
      'an unquoted ": " in a prompt',
      `${Q}  prompt: Wat zegt u: sorry?\n`,
      '3:11 YAML_UNQUOTED_COLON',
      'write the line as `prompt: "Wat zegt u: sorry?"`',
    ],
    // DUPLICATE_KEY
    [
      'a key written twice',
      `${Q}  prompt: Wat?\n  prompt: Hoe?\n`,
      '4:3 YAML_SYNTAX',
      '`prompt:` is written twice here',
    ],
    // BLOCK_AS_IMPLICIT_KEY + MULTILINE_IMPLICIT_KEY, on the line above
    [
      'a key indented further than the one above',
      `${Q}   prompt: Wat?\n`,
      '3:4 YAML_SYNTAX',
      'indented further than line 2',
    ],
    // MISSING_CHAR "Sequence item without - indicator"
    [
      'a key indented less than the others',
      `${Q} prompt: Wat?\n`,
      '3:2 YAML_SYNTAX',
      'indented less (or more) than the lines it belongs with',
    ],
    // MULTILINE_IMPLICIT_KEY
    [
      'no space after a colon',
      '- id: a\n  type:open\n  prompt: Wat?\n',
      '2:7 YAML_SYNTAX',
      'write the line as `type: open`',
    ],
    ['a key without a colon', `${Q}  prompt\n`, '3:3 YAML_SYNTAX', '`prompt` has no colon after it'],
    // MISSING_CHAR "Missing closing "quote", at the end of the file: found at the opening quote
    [
      'a quote that is never closed',
      `${Q}  prompt: "Wat is dit?\n  points: 2\n`,
      '3:11 YAML_SYNTAX',
      'starts with " but is never closed with "',
    ],
    // BAD_SCALAR_START, BAD_ALIAS, UNEXPECTED_TOKEN after *..*, [..], TAG_RESOLVE_FAILED (a warning: `!` dropped)
    [
      'Markdown emphasis at the start',
      `${Q}  prompt: *Let op* dit\n`,
      '3:11 YAML_SYNTAX',
      'write the line as `prompt: "*Let op* dit"`',
    ],
    [
      'a Markdown link at the start',
      `${Q}  prompt: [Lees](a.html) dit\n`,
      '3:11 YAML_SYNTAX',
      'write the line as `prompt: "[Lees](a.html) dit"`',
    ],
    ['an @ at the start', `${Q}  prompt: @jan zegt\n`, '3:11 YAML_SYNTAX', 'write the line as `prompt: "@jan zegt"`'],
    [
      'an ! at the start',
      `${Q}  prompt: !belangrijk\n`,
      '3:11 YAML_SYNTAX',
      'write the line as `prompt: "!belangrijk"`',
    ],
    // UNEXPECTED_TOKEN "Unexpected scalar at node end" after a quoted text
    [
      'text after a closing quote',
      `${Q}  prompt: "Wat" is het?\n`,
      '3:11 YAML_SYNTAX',
      'write the line as `prompt: \'"Wat" is het?\'`',
    ],
    [
      'a quote inside single quotes',
      `${Q}  prompt: 'It's'\n`,
      '3:11 YAML_SYNTAX',
      'write the line as `prompt: "It\'s"`',
    ],
    // BAD_DQ_ESCAPE
    [
      'a backslash in double quotes',
      `${Q}  prompt: "Open C:\\map"\n`,
      '3:11 YAML_SYNTAX',
      "write the line as `prompt: 'Open C:\\map'`",
    ],
    // UNEXPECTED_TOKEN at column 1
    [
      'a text going on on a line that is not indented',
      `${Q}  prompt: Wat is\nhet antwoord?\n`,
      '4:1 YAML_SYNTAX',
      'goes on with the text of line 3, but is not indented',
    ],
    ['a dash without a space', `${Q}-prompt: Wat?\n`, '3:1 YAML_SYNTAX', 'write the line as `- prompt: Wat?`'],
    // BAD_INDENT "Flow sequence in block collection must be sufficiently indented and end with a ]"
    [
      'a [ list that is never closed',
      '- id: a\n  type: order\n  items: [a, b\n  prompt: Wat?\n',
      '3:10 YAML_SYNTAX',
      'starts with [ but is never closed with ]',
    ],
    // MULTIPLE_DOCS
    [
      'a --- line between questions',
      `${Q}  prompt: Wat?\n---\n${Q}`,
      '4:1 YAML_SYNTAX',
      'this line `---` starts a second one',
    ],
  ])('%s', (_, yaml, at, text) => {
    const found = problems(yaml);
    expect(found.map((f) => f.at)).toEqual([at]);
    expect(found[0]?.text).toContain(text);
  });

  it("an error that is none of these keeps the parser's words", () => {
    expect(problems(`${Q}  prompt: Wat?\n  feedback: { correct: a, , }\n`).map((f) => f.at)).toEqual([
      '4:13 YAML_SYNTAX',
    ]);
  });
});

describe('an unquoted ": " in a text: recognised, and the line shown with quotes', () => {
  const single = (option: string) =>
    `- id: a\n  type: single\n  prompt: Wat?\n  options:\n${option}    - text: Ja\n      correct: true\n`;
  it.each([
    // Read by YAML as a map: no `text:`, not text.
    ['an option', single('    - Tip: glimlach\n'), '5:7', '- "Tip: glimlach"'],
    [
      'an item',
      '- id: a\n  type: order\n  prompt: Wat?\n  items:\n    - Stap 1: opkijken\n    - Stap 2\n',
      '5:7',
      '- "Stap 1: opkijken"',
    ],
    // YAML errors.
    ['an option with text:', single('    - text: Tip: glimlach\n'), '5:13', '- text: "Tip: glimlach"'],
    [
      'an item with two',
      '- id: a\n  type: order\n  prompt: Wat?\n  items:\n    - Stap 1: kijk: nu\n    - Stap 2\n',
      '5:7',
      '- "Stap 1: kijk: nu"',
    ],
    [
      'a pair',
      '- id: a\n  type: match\n  prompt: Wat?\n  pairs:\n    Stap 1: kijk: nu\n    Stap 2: b\n',
      '5:13',
      'Stap 1: "kijk: nu"',
    ],
    ['a prompt ending in a colon', `${Q}  prompt: Kies:\n  points: 1\n`, '3:11', 'prompt: "Kies:"'],
    ['feedback', `${Q}  prompt: Wat?\n  feedback:\n    correct: Goed: zo\n`, '5:14', 'correct: "Goed: zo"'],
    [
      'a text with a comment after it',
      single('    - Tip: glimlach  # de tweede\n'),
      '5:7',
      '- "Tip: glimlach"  # de tweede',
    ],
    ['a text holding a double quote', single('    - Zeg: "ja"\n'), '5:7', `- 'Zeg: "ja"'`],
  ])('%s', (_, yaml, at, line) => {
    const found = problems(yaml);
    expect(found.map((f) => f.at)).toEqual([`${at} YAML_UNQUOTED_COLON`]);
    expect(found[0]?.text).toBe(
      `this text holds ": " without quotes, so YAML reads the part before it as a key: write the line as \`${line}\` | put a text that holds ": " between double quotes`,
    );
  });

  it('a title in the front matter', () => {
    const front = parseFrontMatter('---\ntitle: Les 6: klachten\nid: les6\n---\n# Dia\n', 'lesson.md');
    expect(front.diagnostics.map((d) => [d.code, d.pos.line, d.pos.column, d.message])).toEqual([
      [
        'YAML_UNQUOTED_COLON',
        2,
        8,
        'this text holds ": " without quotes, so YAML reads the part before it as a key: write the line as `title: "Les 6: klachten"`',
      ],
    ]);
  });

  it('a misspelt `text:` is a missing field, not a text', () => {
    expect(problems(single('    - txt: Zeep\n')).map((f) => f.at)).toEqual(['5:7 QUIZ_MISSING_FIELD']);
  });
});
