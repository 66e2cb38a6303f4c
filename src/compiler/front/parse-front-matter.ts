// lesson.md starts with YAML front matter between two `---` lines. This stage splits it off,
// checks every key at its own line:col and fills in the README's defaults.

import type { Node } from 'yaml';
import type { CompletionRule, NavigationRule, ScoreRule, SolutionsRule } from '../../shared/model.js';
import { diag } from '../diagnostics/diagnostics.js';
import type { HtmlRule, LessonMeta, SourcePos } from '../model.js';
import type { Diagnostic, Say } from '../diagnostics/diagnostics.js';
import { isSeq, keyText, mapPairs, parseYaml, scalarText, isScalar, isMap, isStringScalar } from './yaml-source.js';
import { closest } from '../diagnostics/suggest.js';
import { SCORING } from './parse-question-types.js';
import { invisibleChars } from '../../shared/xml-text.js';
import { append } from '../../shared/append.js';
import { primaryOf, stringsFor, UI_LANGUAGES } from '../../shared/i18n.js';
import { contrast, hexColor, passingShade, THEME_FONTS, type Theme, type ThemeFont } from './theme.js';

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
/** Bytes a file or folder name may take on every common file system: 255 on ext4, APFS and NTFS,
 *  143 on eCryptfs (an encrypted Ubuntu home folder). */
export const MAX_NAME_BYTES = 143;
/** The id names the zips: `<id>-scorm2004.zip` (14 more bytes) must fit MAX_NAME_BYTES. A longer id
 *  ended in ENAMETOOLONG, exit 70, after every stage had run. */
export const MAX_ID_LENGTH = 120;
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
    ui: {},
    theme: {},
  };
}

/** `defaults`: what a key the front matter leaves out holds (a course's, course.yaml). */
export function parseFrontMatter(text: string, file: string, defaults: LessonMeta = defaultMeta()): FrontMatter {
  const lines = text.split('\n');
  const result: FrontMatter = {
    meta: { ...defaults, quizFiles: [...defaults.quizFiles] },
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
    result.diagnostics.push(diag('FRONT_MATTER_MISSING', start, (w) => w.frontMatterMissing()));
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
  // and are still read so that their problems are reported in this run too. The closing line
  // belongs right after the front matter's last line, which is where the author has to type it.
  const last = lastFilled(lines, stray < 0 ? close : stray);
  result.diagnostics.push(
    diag('FRONT_MATTER_UNCLOSED', { file, line: last + 2, column: 1 }, (w) => w.frontMatterUnclosed(last + 1)),
  );
  const bodyStart = stray < 0 ? 1 : stray;
  result.body = lines.slice(bodyStart).join('\n');
  result.bodyLine = bodyStart + 1;
  if (stray < 0) result.readable = false;
  else readMeta(lines.slice(1, stray).join('\n'), file, result);
  return result;
}

/** The index of the last line before `end` that holds anything (0: only the opening `---`). */
function lastFilled(lines: readonly string[], end: number): number {
  let i = end - 1;
  while (i > 0 && (lines[i] ?? '').trim() === '') i--;
  return i;
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
  const { doc, pos, at: offsetPos, diagnostics } = parseYaml(yamlText, file, 1, new Set(Object.keys(READERS)));
  append(out.diagnostics, diagnostics);
  out.readable = diagnostics.length === 0;
  if (diagnostics.length > 0) return;
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) {
    out.diagnostics.push(diag('FRONT_MATTER_INVALID', pos(contents), (w) => w.frontMatterNotKeys()));
    return;
  }
  const seen = new Set<string>();
  for (const pair of mapPairs(contents)) {
    const key = keyText(pair);
    seen.add(key);
    // An author's key is looked up as the table's own property only: `constructor` or `__proto__` is
    // an unknown key like any other, not Object.prototype's member.
    const reader = Object.hasOwn(READERS, key) ? READERS[key] : undefined;
    const at = pos(pair.value ?? (pair.key as Node));
    if (!reader) {
      out.diagnostics.push(
        diag(
          'META_UNKNOWN_KEY',
          pos(pair.key as Node),
          (w) => w.metaUnknownKey(key) + w.didYouMean(closest(key, Object.keys(READERS))),
          (w) => w.metaKnownKeys(Object.keys(READERS)),
        ),
      );
    } else {
      out.keyPos[key] = at;
      const visible = TEXT_KEYS.has(key) ? visibleText(pair.value, key, yamlText, offsetPos, out.diagnostics) : true;
      const problem = visible ? reader(pair.value, out, at, pos) : null;
      if (problem) out.diagnostics.push(problem);
    }
  }
  const end: SourcePos = { file, line: 1, column: 1 };
  if (!seen.has('title')) out.diagnostics.push(diag('META_TITLE_MISSING', end, (w) => w.metaTitleMissing()));
  if (!seen.has('id')) out.diagnostics.push(diag('META_ID_MISSING', end, (w) => w.metaIdMissing()));
}

/** The keys whose text goes into imsmanifest.xml (and the page) as written. */
const TEXT_KEYS: ReadonlySet<string> = new Set(['title', 'description', 'version']);

/** Reports every character of a text value a teacher cannot see, at that character (at the value
 *  when it was written as an escape such as "\v"): a line break that is no new line (a vertical tab
 *  from PowerPoint's Shift+Enter, U+2028) becomes a space with a warning; any other is an error, and
 *  false is returned: the value is not used. XML 1.0 cannot hold most of them (xml-text.ts). */
function visibleText(
  node: Node | null,
  key: string,
  source: string,
  at: (offset: number) => SourcePos,
  out: Diagnostic[],
): boolean {
  if (!isScalar(node) || typeof node.value !== 'string') return true;
  const found = invisibleChars(node.value);
  if (found.length === 0) return true;
  const [start, end] = node.range ?? [0, 0];
  const raw = source.slice(start, end);
  const seen = new Map<string, number>();
  for (const c of found) {
    // The n-th such character of the value is the n-th in the source, unless written as an escape.
    const n = seen.get(c.char) ?? 0;
    seen.set(c.char, n + 1);
    const offset = nthIndex(raw, c.char, n);
    const where = at(offset < 0 ? start : start + offset);
    out.push(
      c.breaksLine
        ? diag('TEXT_CHAR_REPLACED', where, (w) => w.metaCharReplaced(key, c.name))
        : diag('TEXT_INVISIBLE_CHAR', where, (w) => w.metaCharInvisible(key, c.name)),
    );
  }
  if (found.some((c) => !c.breaksLine)) return false;
  node.value = [...node.value].map((ch) => (found.some((c) => c.char === ch) ? ' ' : ch)).join('');
  return true;
}

function nthIndex(text: string, char: string, n: number): number {
  let index = -1;
  for (let i = 0; i <= n; i++) {
    index = text.indexOf(char, index + 1);
    if (index < 0) return -1;
  }
  return index;
}

type Reader = (node: Node | null, out: FrontMatter, at: SourcePos, pos: (n: Node) => SourcePos) => Diagnostic | null;

/** Each front matter key's reader: it checks the value and sets it in `out.meta` (course.yaml reads
 *  its lesson defaults with the same readers, parse-course.ts). */
export const READERS: Record<string, Reader> = {
  title: (node, out, at) => {
    const title = scalarText(node).trim();
    if (!title || !isScalar(node)) return diag('META_TITLE_MISSING', at, (w) => w.metaTitleEmpty());
    out.meta.title = title;
    return null;
  },
  id: (node, out, at) => {
    const id = scalarText(node);
    if (!LESSON_ID.test(id)) return diag('META_ID_INVALID', at, (w) => w.metaIdInvalid(id));
    if (id.length > MAX_ID_LENGTH) {
      return diag('META_ID_TOO_LONG', at, (w) => w.metaIdTooLong(id.length, MAX_ID_LENGTH));
    }
    out.meta.id = id;
    return null;
  },
  language: (node, out, at) => {
    const language = scalarText(node);
    if (!LANGUAGE.test(language)) {
      return diag(
        'META_INVALID_VALUE',
        at,
        (w) => w.metaLanguageInvalid(language),
        (w) => w.metaLanguageHint(),
      );
    }
    out.meta.language = language;
    // The player's own texts exist in a few languages; another gets them in English, which is said.
    if (!UI_LANGUAGES.includes(primaryOf(language)))
      return diag('META_LANGUAGE_NO_UI', at, (w) => w.languageNoUi(language, UI_LANGUAGES));
    return null;
  },
  theme: (node, out, at, pos) => {
    if (!isMap(node))
      return diag(
        'META_INVALID_VALUE',
        at,
        (w) => w.themeNotMap(),
        (w) => w.themeHint(),
      );
    const theme: Theme = { ...out.meta.theme };
    for (const pair of mapPairs(node)) {
      const key = keyText(pair);
      const value = scalarText(pair.value).trim();
      const where = pos(pair.value ?? (pair.key as Node));
      const wrong = (say: Say): void =>
        void out.diagnostics.push(diag('META_INVALID_VALUE', where, say, (w) => w.themeHint()));
      if (key === 'color') {
        const color = hexColor(value);
        // `color: #0a58a8` without quotes: YAML reads the colour as a comment, and the value is empty.
        if (value === '') wrong((w) => w.themeColorEmpty());
        else if (color === null) wrong((w) => w.themeColorInvalid(value));
        else {
          theme.color = color;
          const ratio = contrast(color, '#ffffff');
          if (ratio < 4.5) {
            const shade = passingShade(color);
            out.diagnostics.push(
              diag(
                'THEME_CONTRAST',
                where,
                (w) => w.themeContrast(color, ratio),
                (w) => w.themeContrastHint(shade),
              ),
            );
          }
        }
      } else if (key === 'logo') {
        // A picture the browser shows in an <img>: by its extension, as an author names it.
        if (!/\.(png|jpe?g|gif|svg|webp|avif)$/i.test(value)) wrong((w) => w.themeLogoInvalid());
        else {
          theme.logo = value;
          out.keyPos['theme.logo'] = where;
        }
      } else if (key === 'font') {
        const font = (Object.keys(THEME_FONTS) as ThemeFont[]).find((f) => f === value);
        if (font === undefined) wrong((w) => w.knownValues(Object.keys(THEME_FONTS)));
        else theme.font = font;
      } else {
        out.diagnostics.push(
          diag(
            'META_UNKNOWN_KEY',
            pos(pair.key as Node),
            (w) => w.themeUnknownKey(key) + w.didYouMean(closest(key, ['color', 'logo', 'font'])),
            (w) => w.themeHint(),
          ),
        );
      }
    }
    out.meta.theme = theme;
    return null;
  },
  ui: (node, out, at, pos) => {
    if (!isMap(node))
      return diag(
        'META_INVALID_VALUE',
        at,
        (w) => w.uiNotMap(),
        (w) => w.uiHint(),
      );
    const keys = Object.keys(stringsFor('en'));
    for (const pair of mapPairs(node)) {
      const key = keyText(pair);
      if (!keys.includes(key)) {
        out.diagnostics.push(
          diag(
            'META_UNKNOWN_KEY',
            pos(pair.key as Node),
            (w) => w.uiUnknownKey(key) + w.didYouMean(closest(key, keys)),
            (w) => w.metaKnownKeys(keys),
          ),
        );
      } else if (isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.value.trim() !== '') {
        out.meta.ui = { ...out.meta.ui, [key]: pair.value.value };
      } else {
        out.diagnostics.push(
          diag(
            'META_INVALID_VALUE',
            pos(pair.value ?? (pair.key as Node)),
            (w) => w.metaNotText(`ui.${key}`),
            (w) => w.uiHint(),
          ),
        );
      }
    }
    return null;
  },
  version: (node, out, at) => text(node, at, 'version', (v) => (out.meta.version = v)),
  description: (node, out, at) => text(node, at, 'description', (v) => (out.meta.description = v)),
  passingScore: (node, out, at) => {
    const value = isScalar(node) ? node.value : undefined;
    // `0.6` for 60 %: a pass mark of 0.6 % passes every learner, and nothing would say so.
    if (typeof value === 'number' && value > 0 && value < 1) {
      const [written, percent] = [scalarText(node), Number((value * 100).toFixed(4))];
      return diag(
        'META_PASSING_SCORE_FRACTION',
        at,
        (w) => w.passingScoreFraction(written, percent).message,
        (w) => w.passingScoreFraction(written, percent).hint,
      );
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
      return diag('META_PASSING_SCORE_RANGE', at, (w) => w.passingScoreRange(scalarText(node)));
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
        (w) => w.attemptsInvalid(scalarText(node)),
        (w) => w.attemptsHint(),
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
        (w) => w.metaShuffleInvalid(scalarText(node)),
        (w) => w.metaShuffleHint(),
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
        (w) => w.metaTriesInvalid(scalarText(node), MAX_TRIES),
        (w) => w.triesHint(),
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
    return diag(
      'META_INVALID_VALUE',
      at,
      (w) => w.metaNotText(key),
      (w) => w.metaOneLine(key),
    );
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
    return diag(
      'META_INVALID_VALUE',
      at,
      (w) => w.metaNotAllowed(key, value),
      (w) => w.knownValues(allowed),
    );
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
      (w) => w.metaQuizInvalid(),
      (w) => w.metaQuizHint(),
    );
  }
  out.meta.quizFiles = files;
  out.quizExplicit = true;
  out.quizPos = nodes.map((n) => (n === node || !n ? at : pos(n)));
  return null;
}
