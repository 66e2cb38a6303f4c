// lesson.md starts with YAML front matter between two `---` lines. This stage splits it off,
// checks every key at its own line:col and fills in the README's defaults.

import type { Node } from 'yaml';
import type { CompletionRule, NavigationRule, ScoreRule, SolutionsRule } from '../../shared/model.js';
import { diag } from '../diagnostics/diagnostics.js';
import type { HtmlRule, LessonMeta, SourcePos } from '../model.js';
import type { Diagnostic } from '../diagnostics/diagnostics.js';
import { isSeq, keyText, mapPairs, parseYaml, scalarText, isScalar, isMap, isStringScalar } from './yaml-source.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { SCORING } from './parse-question-types.js';

export interface FrontMatter {
  meta: LessonMeta;
  /** True when the author wrote `quiz:`; otherwise quiz.yaml is used only if it exists. */
  quizExplicit: boolean;
  /** Where each quiz file is named (the `quiz:` value), for QUIZ_FILE_MISSING. */
  quizPos: SourcePos[];
  /** Where each key's value stands, for checks that need the whole lesson (e.g. completion). */
  keyPos: Record<string, SourcePos>;
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based line of lesson.md where `body` starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
  /** False when the keys could not be read (broken YAML): nothing may be concluded from them, such
   *  as which quiz files there are. */
  readable: boolean;
}

export const LESSON_ID = /^[A-Za-z][A-Za-z0-9._-]*$/;
/** A BCP 47 language tag as lessons use them: `nl`, `en`, `nl-BE`. */
export const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const COMPLETION: readonly CompletionRule[] = ['slides', 'quiz', 'slides-and-quiz'];
const NAVIGATION: readonly NavigationRule[] = ['free', 'visited'];
const SOLUTIONS: readonly SolutionsRule[] = ['after-last-attempt', 'always', 'never'];
const SCORE: readonly ScoreRule[] = ['best', 'last'];
const HTML: readonly HtmlRule[] = ['allowlist', 'trusted'];

export function defaultMeta(): LessonMeta {
  return {
    id: '',
    title: '',
    language: 'en',
    version: '1.0.0',
    description: '',
    passingScore: 70,
    completion: 'slides-and-quiz',
    attempts: 0,
    navigation: 'free',
    solutions: 'after-last-attempt',
    score: 'best',
    quizFiles: ['quiz.yaml'],
    shuffle: false,
    tries: 1,
    scoring: 'all-or-nothing',
    html: 'allowlist',
  };
}

export function parseFrontMatter(text: string, file: string): FrontMatter {
  const lines = text.split('\n');
  const result: FrontMatter = {
    meta: defaultMeta(),
    quizExplicit: false,
    quizPos: [],
    keyPos: {},
    body: text,
    bodyLine: 1,
    diagnostics: [],
    readable: true,
  };
  const start: SourcePos = { file, line: 1, column: 1 };
  if (lines[0]?.trimEnd() !== '---') {
    result.diagnostics.push(
      diag('FRONT_MATTER_MISSING', start, 'lesson.md does not start with front matter (a line `---`)'),
    );
    return result;
  }
  const found = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  const close = found < 0 ? lines.length : found;
  const stray = strayMarkdown(lines, close);
  if (found >= 0 && stray < 0) {
    result.body = lines.slice(close + 1).join('\n');
    result.bodyLine = close + 2;
    readMeta(lines.slice(1, close).join('\n'), file, result);
    return result;
  }
  // The `---` found (if any) is the first slide break: the slides start where the Markdown does,
  // and are still read so that their problems are reported in this run too.
  result.diagnostics.push(
    diag('FRONT_MATTER_UNCLOSED', start, 'the front matter is never closed: there is no line `---` after its last key'),
  );
  const bodyStart = stray < 0 ? 1 : stray;
  result.body = lines.slice(bodyStart).join('\n');
  result.bodyLine = bodyStart + 1;
  if (stray < 0) result.readable = false;
  else readMeta(lines.slice(1, stray).join('\n'), file, result);
  return result;
}

const TOP_KEY = /^[A-Za-z_][\w.-]*\s*:(\s|$)/;
const HEADING = /^#{1,6}\s+\S/;
const COMMENTED_KEY = /^#\s*[A-Za-z_][\w.-]*:(\s|$)/;
const YAML_LINE = /^(\s|#|-(\s|$)|\.\.\.)/;

/** The index of the blank line after which lesson.md is Markdown, not front matter, or -1: from
 *  there to `close` no `key:` line follows, but a heading (YAML takes `# Title` for a comment, and the
 *  title slide would silently vanish) or a line that is no YAML at all. */
function strayMarkdown(lines: readonly string[], close: number): number {
  for (let i = 1; i < close; i++) {
    if ((lines[i] ?? '').trim() !== '') continue;
    const rest = lines.slice(i + 1, close).filter((l) => l.trim() !== '');
    if (rest.some((l) => TOP_KEY.test(l))) continue;
    const markdown = rest.some((l) => (HEADING.test(l) && !COMMENTED_KEY.test(l)) || !YAML_LINE.test(l));
    return markdown ? i : -1;
  }
  return -1;
}

function readMeta(yamlText: string, file: string, out: FrontMatter): void {
  const { doc, pos, diagnostics } = parseYaml(yamlText, file, 1);
  out.diagnostics.push(...diagnostics);
  out.readable = diagnostics.length === 0;
  if (diagnostics.length > 0) return;
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    out.diagnostics.push(
      diag('FRONT_MATTER_INVALID', pos(contents), 'the front matter is not a list of `key: value` lines'),
    );
    return;
  }
  const seen = new Set<string>();
  for (const pair of mapPairs(contents)) {
    const key = keyText(pair);
    seen.add(key);
    const reader = READERS[key];
    const at = pos(pair.value ?? (pair.key as Node));
    out.keyPos[key] = at;
    if (!reader) {
      out.diagnostics.push(
        diag(
          'META_UNKNOWN_KEY',
          pos(pair.key as Node),
          `unknown front matter key "${key}"${didYouMean(key, Object.keys(READERS))}`,
          `known keys: ${Object.keys(READERS).join(', ')}`,
        ),
      );
    } else {
      const problem = reader(pair.value, out, at, pos);
      if (problem) out.diagnostics.push(problem);
    }
  }
  const end: SourcePos = { file, line: 1, column: 1 };
  if (!seen.has('title')) out.diagnostics.push(diag('META_TITLE_MISSING', end, 'the front matter has no `title:`'));
  if (!seen.has('id')) out.diagnostics.push(diag('META_ID_MISSING', end, 'the front matter has no `id:`'));
}

type Reader = (node: Node | null, out: FrontMatter, at: SourcePos, pos: (n: Node) => SourcePos) => Diagnostic | null;

const READERS: Record<string, Reader> = {
  title: (node, out, at) => {
    const title = scalarText(node).trim();
    if (!title || !isScalar(node)) return diag('META_TITLE_MISSING', at, '`title:` is empty');
    out.meta.title = title;
    return null;
  },
  id: (node, out, at) => {
    const id = scalarText(node);
    if (!LESSON_ID.test(id)) return diag('META_ID_INVALID', at, `id "${id}" is not a valid lesson id`);
    out.meta.id = id;
    return null;
  },
  language: (node, out, at) => {
    const language = scalarText(node);
    if (!LANGUAGE.test(language)) {
      return diag(
        'META_INVALID_VALUE',
        at,
        `language "${language}" is not a language code`,
        'use a code such as `nl`, `en` or `nl-BE`',
      );
    }
    out.meta.language = language;
    return null;
  },
  version: (node, out, at) => text(node, at, 'version', (v) => (out.meta.version = v)),
  description: (node, out, at) => text(node, at, 'description', (v) => (out.meta.description = v)),
  passingScore: (node, out, at) => {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
      return diag(
        'META_PASSING_SCORE_RANGE',
        at,
        `passingScore ${scalarText(node) || '(empty)'} is not a percentage from 0 to 100`,
      );
    }
    out.meta.passingScore = value;
    return null;
  },
  completion: (node, out, at) => oneOf(node, at, 'completion', COMPLETION, (v) => (out.meta.completion = v)),
  attempts: (node, out, at) => {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      return diag(
        'META_INVALID_VALUE',
        at,
        `attempts ${scalarText(node) || '(empty)'} is not a whole number`,
        'give the number of quiz attempts, e.g. `attempts: 2`, or 0 for unlimited',
      );
    }
    out.meta.attempts = value;
    return null;
  },
  navigation: (node, out, at) => oneOf(node, at, 'navigation', NAVIGATION, (v) => (out.meta.navigation = v)),
  solutions: (node, out, at) => oneOf(node, at, 'solutions', SOLUTIONS, (v) => (out.meta.solutions = v)),
  score: (node, out, at) => oneOf(node, at, 'score', SCORE, (v) => (out.meta.score = v)),
  scoring: (node, out, at) => oneOf(node, at, 'scoring', SCORING, (v) => (out.meta.scoring = v)),
  quiz: readQuiz,
  html: (node, out, at) => oneOf(node, at, 'html', HTML, (v) => (out.meta.html = v)),
  shuffle: (node, out, at) => {
    if (!isScalar(node) || typeof node.value !== 'boolean')
      return diag(
        'META_INVALID_VALUE',
        at,
        `shuffle "${scalarText(node)}" is not true or false`,
        'write `shuffle: true` to shuffle the options of every single and multiple question',
      );
    out.meta.shuffle = node.value;
    return null;
  },
  tries: (node, out, at) => {
    const value = triesOf(node);
    if (value === null)
      return diag(
        'META_INVALID_VALUE',
        at,
        `tries ${scalarText(node) || '(empty)'} is not a whole number from 1 to ${MAX_TRIES}`,
        'e.g. `tries: 2`: a wrong answer may be changed and checked once more',
      );
    out.meta.tries = value;
    return null;
  },
};

/** Checks of one question before its answer is final: one digit in suspend_data (the wrong tries before the last), and more
 *  than a handful turns a question into guessing. */
export const MAX_TRIES = 9;

export function triesOf(node: Node | null | undefined): number | null {
  const value = isScalar(node) ? node.value : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_TRIES ? value : null;
}

function text(node: Node | null, at: SourcePos, key: string, set: (v: string) => void): Diagnostic | null {
  if (!isScalar(node) || node.value === null) {
    return diag('META_INVALID_VALUE', at, `${key} must be text`, `write \`${key}: ...\` on one line`);
  }
  set(scalarText(node).trim());
  return null;
}

function oneOf<T extends string>(
  node: Node | null,
  at: SourcePos,
  key: string,
  allowed: readonly T[],
  set: (v: T) => void,
): Diagnostic | null {
  const value = scalarText(node);
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    return diag('META_INVALID_VALUE', at, `${key} "${value}" is not allowed`, `use one of: ${allowed.join(', ')}`);
  }
  set(found);
  return null;
}

function readQuiz(node: Node | null, out: FrontMatter, at: SourcePos, pos: (n: Node) => SourcePos): Diagnostic | null {
  const nodes = isSeq(node) ? (node.items as Node[]) : [node];
  const files = nodes.map((n) => (isStringScalar(n) ? scalarText(n).trim() : ''));
  if (nodes.length === 0 || files.some((f) => f === '')) {
    return diag(
      'META_INVALID_VALUE',
      at,
      'quiz must be a file name or a list of file names',
      'e.g. `quiz: quiz.yaml` or `quiz: [deel1.yaml, deel2.yaml]`',
    );
  }
  out.meta.quizFiles = files;
  out.quizExplicit = true;
  out.quizPos = nodes.map((n) => (n === node || !n ? at : pos(n)));
  return null;
}
