// What the quiz readers share while reading one question: its file's positions, the diagnostics
// of the run, every piece of Markdown met (the asset stage looks for files in it), and the fields
// every question has (Base), which parse-quiz.ts reads and each type's reader completes.

import type { Node } from 'yaml';
import { diag } from '../diagnostics/diagnostics.js';
import { quoteFrom } from './yaml-mistakes.js';
import { closest } from '../diagnostics/suggest.js';
import type { Code, HintedCode, Say } from '../diagnostics/diagnostics.js';
import { lexChecked } from '../markdown/markdown-depth.js';
import type { Markdown, SourcePos } from '../model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import { markdownText } from '../markdown/render-markdown.js';
import { getNode, isMap, isScalar, scalarText } from './yaml-source.js';

/** The fields every question has, already read. */
export interface Base {
  id: string;
  promptHtml: Markdown;
  promptText: string;
  points: number;
  feedback: { correct: Markdown; incorrect: Markdown };
}

export class QuestionContext {
  /** Every piece of Markdown met, located at the YAML value that holds it. */
  readonly texts: Markdown[] = [];
  ok = true;

  constructor(
    readonly id: string,
    readonly map: Node,
    readonly pos: (node: Node | null | undefined) => SourcePos,
    private readonly diagnostics: Diagnostic[],
    /** The quiz file's lines, for a message that shows one rewritten. */
    private readonly lines: readonly string[] = [],
  ) {}

  /** As diag(): a code without a default hint needs one here. */
  report(code: HintedCode, node: Node | null | undefined, message: Say, hint?: Say): void;
  report(code: Exclude<Code, HintedCode>, node: Node | null | undefined, message: Say, hint: Say): void;
  report(code: Code, node: Node | null | undefined, message: Say, hint?: Say): void {
    const d = diag(code as HintedCode, this.pos(node ?? this.map), message, hint);
    if (d.severity === 'error') this.ok = false;
    this.diagnostics.push(d);
  }

  field(key: string): Node | null | undefined {
    return getNode(this.map, key);
  }

  /** A required field; reports QUIZ_MISSING_FIELD when absent or empty. */
  required(key: string, hint: Say): Node | null {
    const node = this.field(key);
    if (node === undefined || node === null || (isScalar(node) && scalarText(node).trim() === '')) {
      this.report('QUIZ_MISSING_FIELD', node ?? this.map, (w) => w.quizMissingField(this.id, key), hint);
      return null;
    }
    return node;
  }

  /** The tokens of a Markdown scalar (remembered for the asset stage). */
  inline(node: Node | null | undefined, what: Say): Markdown | null {
    if (this.colonInText(node)) return null;
    if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
      this.report('QUIZ_INVALID_VALUE', node, (w) => w.quizNotText(what(w), this.id));
      return null;
    }
    const markdown = lexChecked(scalarText(node), true, this.pos(node));
    if (markdown === null) this.report('MARKDOWN_TOO_DEEP', node, (w) => w.quizTooDeep(what(w), this.id));
    else this.texts.push(markdown);
    return markdown;
  }

  /** A text a learner must see to answer (an option, item, term or description): inline Markdown
   *  that is not empty. `text: ""` showed a radio button with nothing beside it. */
  answerText(node: Node | null | undefined, what: Say): Markdown | null {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() === '') {
      this.report('QUIZ_EMPTY_TEXT', node, (w) => w.quizTextEmpty(what(w), this.id));
      return null;
    }
    return this.inline(node, what);
  }

  /** A text with an unquoted `: ` that YAML read as `key: value` (`- Stap 1: opkijken`): reported
   *  with its line rewritten, true. A map of one text key and one text value is never meant as one. */
  colonInText(node: Node | null | undefined): boolean {
    const pair = isMap(node) && node.items.length === 1 ? node.items[0] : undefined;
    if (!pair || !isScalar(pair.key) || !isScalar(pair.value) || pair.value.value === null) return false;
    const key = pair.key.value;
    if (typeof key !== 'string' || typeof pair.value.value === 'boolean') return false;
    // `- txt: Zeep` is a misspelt field, not a text.
    if (key === 'text' || key === 'correct' || closest(key, ['text', 'correct']) !== null) return false;
    const at = this.pos(pair.key as Node);
    const line = this.lines[at.line - 1];
    if (line === undefined) return false;
    const rewritten = quoteFrom(line, at.column - 1).trim();
    this.report('YAML_UNQUOTED_COLON', pair.key as Node, (w) => w.yaml.colon(rewritten).message);
    return true;
  }

  boolean(node: Node | null | undefined, what: Say): boolean | null {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    const written = scalarText(node);
    this.report(
      'QUIZ_INVALID_VALUE',
      node,
      (w) => w.quizNotBoolean(what(w), this.id, written),
      (w) => w.booleanHint(written.trim(), meantBoolean(written)),
    );
    return null;
  }
}

/** Words that mean yes or no to a teacher (YAML 1.1 read some of them as booleans; YAML 1.2 does not). */
const YES = new Set(['yes', 'y', 'on', 'ja', 'j', 'waar', 'juist', 'goed', 'correct', 'x']);
const NO = new Set(['no', 'n', 'off', 'nee', 'onwaar', 'fout', 'niet']);

/** What `correct: yes` meant, when the word says. */
function meantBoolean(written: string): 'true' | 'false' | null {
  const word = written.trim().toLowerCase();
  return YES.has(word) ? 'true' : NO.has(word) ? 'false' : null;
}

/** The interaction description: plain text, at most 250 characters (SCORM 2004 RTE 4.2.9.1, Moodle). */
export function promptTextOf(prompt: Markdown): string {
  const text = markdownText(prompt);
  return text.length <= 250 ? text : `${text.slice(0, 249).trimEnd()}…`;
}

/** 'a'..'z' for the n-th option: SCORM 1.2 choice patterns allow one character per id (RTE 3.4.4.5). */
export function letter(index: number): string {
  return String.fromCharCode(97 + index);
}
