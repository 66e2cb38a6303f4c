// A GIFT file (Moodle's plain-text question format; question/format/gift/format.php reads it) as
// quiz.yaml questions, each type told as Moodle tells it. A question is `::title::[format]text{answers}`
// between blank lines; a text without braces is a description (a slide of its own); `//` lines are
// comments and `$CATEGORY:` lines name categories. The answers say the type: `{}` essay (open),
// `{T}`/`{FALSE#wrong#right}` true-false, `{#75:2}` or `{#70..80}` numerical (`~#...` its feedback for a
// wrong number), any `~` multiple choice (with an `=` answer one is chosen; without, several: those with
// a positive `%n%` weight are right, partial credit), `=` with `->` matching, anything else short
// answer (`{=a =b}`, `{Paris}`). `\~ \= \# \{ \} \:` and `\\` are the marks written as text; `\n` a new
// line. Part marks and per-answer feedback go where quiz.yaml has a place for them (the right answer's
// to feedback.correct, the wrong ones' to feedback.incorrect, the same for all), `####` general feedback
// after both; what has no place is named in a warning.

import { NodeHtmlMarkdown } from 'node-html-markdown';
import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import type { SourcePos } from '../model.js';
import type { Draft, DraftQuestion } from './draft.js';
import { bankDraft, lost, skipped, starAnswers, type BankText } from './bank.js';
import type { ReaderOptions } from './import-file.js';
import { uniqueId } from './markdown-text.js';

/** Escaped marks become characters of Unicode's private use area while the answers are cut up. */
const MARKS = '\\~=#{}:';
const hide = (text: string): string =>
  text
    .replace(/\\([\\~=#{}:])/g, (_, c: string) => String.fromCharCode(0xe000 + MARKS.indexOf(c)))
    .replace(/\\n/g, '\n');
const show = (text: string): string => text.replace(/[\ue000-\ue006]/g, (c) => MARKS[c.charCodeAt(0) - 0xe000] ?? c);

interface Block {
  text: string;
  line: number;
}

/** The questions and category lines, each with its first line; comments dropped. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: string[] = [];
  let start = 0;
  const lines = hide(text).split('\n');
  const flush = (): void => {
    if (current.some((l) => l.trim() !== '')) out.push({ text: current.join('\n').trim(), line: start });
    current = [];
  };
  lines.forEach((line, i) => {
    if (/^\s*\/\//.test(line)) return;
    if (line.trim() === '') return flush();
    if (current.length === 0) start = i + 1;
    current.push(line);
  });
  flush();
  return out;
}

/** A text in its format (`[html]`, `[markdown]`, `[plain]`, `[moodle]`) as Markdown. */
function markdown(text: string, format: string): string {
  const plain = show(text).trim();
  if (format === 'html') return NodeHtmlMarkdown.translate(plain).trim();
  return plain;
}

interface Answer {
  mark: '=' | '~';
  weight: number | null;
  text: string;
  feedback: string;
}

/** `=right#feedback ~wrong ~%50%half` as answers (the marks are unescaped ones only); text before the
 *  first mark is an answer too, with the mark `bare` (as Moodle reads it: right in a short answer). */
function answersOf(block: string, bare: '=' | '~' = '~'): Answer[] {
  const parts = block.split(/(?=[=~])/).filter((p) => p.trim() !== '');
  return parts.map((part) => {
    const marked = part[0] === '=' || part[0] === '~';
    const mark = marked ? (part[0] as '=' | '~') : bare;
    let rest = marked ? part.slice(1) : part;
    let weight: number | null = null;
    const w = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(rest);
    if (w) {
      weight = Number(w[1]);
      rest = rest.slice(w[0].length);
    }
    const [answer = '', ...feedback] = rest.split('#');
    return { mark, weight, text: answer.trim(), feedback: feedback.join('#').trim() };
  });
}

export function readGift(text: string, file: string, options: ReaderOptions): Draft {
  const diagnostics: Diagnostic[] = [];
  const questions: DraftQuestion[] = [];
  const texts: BankText[] = [];
  const categories: string[] = [];
  const ids = new Set<string>();
  let untitled = 0;
  for (const block of blocks(text)) {
    const at: SourcePos = { file, line: block.line, column: 1 };
    const category = /^\$CATEGORY:\s*(.*)$/.exec(block.text);
    if (category) {
      categories.push(show(category[1] ?? '').replace(/^\$course\$\/(top\/)?/, ''));
      continue;
    }
    // No braces at all: a description, text without a question (as Moodle reads it).
    const description = /^(?:::([\s\S]*?)::)?\s*(?:\[(\w+)\])?([^{}]*)$/.exec(block.text);
    if (description !== null) {
      const [, title = '', format = 'moodle', body = ''] = description;
      texts.push({ name: show(title).trim(), markdown: markdown(body, format), at });
      continue;
    }
    const m = /^(?:::([\s\S]*?)::)?\s*(?:\[(\w+)\])?([\s\S]*?)\{([\s\S]*)\}([\s\S]*)$/.exec(block.text);
    if (m === null || m[4]!.includes('{') || m[4]!.includes('}')) {
      const why = block.text.includes('{') ? 'brace' : 'none';
      diagnostics.push(
        diag(
          'IMPORT_DAMAGED',
          at,
          (w) => w.giftDamaged(w.giftWhy(why)),
          (w) => w.giftDamagedHint(),
        ),
      );
      continue;
    }
    const [, title = '', format = 'moodle', before = '', inside = '', after = ''] = m;
    const prompt = markdown(`${before.trim()}${after.trim() === '' ? '' : ` _____ ${after.trim()}`}`, format);
    const name = show(title).trim() || `vraag-${++untitled}`;
    const id = uniqueId(name, ids);
    const made = question(inside, id, prompt, format);
    if (made === null) {
      diagnostics.push(skipped(at, name, 'unknown'));
      continue;
    }
    if (made.lost) diagnostics.push(lost(at, id));
    diagnostics.push(...starAnswers(made.question, at));
    questions.push(made.question);
  }
  return bankDraft({ questions, texts, categories, assets: [], diagnostics }, file, options);
}

/** What every type's reader needs: the question's id and prompt, the text format, its feedback. */
interface Context {
  common: { id: string; prompt: string };
  format: string;
  /** The feedback for a right and for a wrong answer, the general feedback after each. */
  fb(correct: string, incorrect: string): { feedback?: DraftQuestion['feedback'] };
}

type Made = { question: DraftQuestion; lost: boolean } | null;

/** The question the answers make, its type told as Moodle tells it (question/format/gift/format.php):
 *  nothing essay; T/F true-false; `#` numerical; a `~` anywhere multiple choice; `=` with `->`
 *  matching; anything else short answer. */
function question(inside: string, id: string, prompt: string, format: string): Made {
  const [body = '', general = ''] = inside.split('####');
  const after = markdown(general, format);
  const fb: Context['fb'] = (correct, incorrect) => {
    const [c, i] = [[correct, after].filter(Boolean).join('\n\n'), [incorrect, after].filter(Boolean).join('\n\n')];
    return c === '' && i === ''
      ? {}
      : { feedback: { ...(c !== '' && { correct: c }), ...(i !== '' && { incorrect: i }) } };
  };
  const context: Context = { common: { id, prompt }, format, fb };
  const trimmed = body.trim();
  if (trimmed === '') return { question: { id, prompt, type: 'open' }, lost: false };
  const tf = /^(T|TRUE|F|FALSE)(?:#([^#]*))?(?:#([^#]*))?$/.exec(trimmed);
  if (tf) return trueFalse(tf, context);
  if (trimmed.startsWith('#')) return numerical(trimmed.slice(1), context);
  if (trimmed.includes('~')) return choice(answersOf(trimmed), context);
  if (trimmed.includes('=') && trimmed.includes('->')) return matching(answersOf(trimmed, '='), context);
  return shortAnswer(answersOf(trimmed, '='), context);
}

/** `{T}`, `{FALSE#feedback for a wrong answer#feedback for a right one}`. */
function trueFalse(tf: RegExpExecArray, { common, format, fb }: Context): Made {
  const feedback = fb(markdown(tf[3] ?? '', format), markdown(tf[2] ?? '', format));
  return { question: { ...common, type: 'true-false', answer: tf[1]!.startsWith('T'), ...feedback }, lost: false };
}

/** `{=term -> description ...}`; a pair without a term (a distractor) has no place in quiz.yaml. */
function matching(answers: Answer[], { common, format, fb }: Context): Made {
  const pairs: Record<string, string> = {};
  for (const a of answers) {
    const [term = '', description = ''] = a.text.split('->');
    if (term.trim() !== '') pairs[markdown(term, format)] = markdown(description, format);
  }
  return {
    question: { ...common, type: 'match', pairs, ...fb('', '') },
    lost: answers.some((a) => a.text.split('->')[0]!.trim() === ''),
  };
}

/** Short answer: the full-credit answers are right; an answer for part of the marks is lost; `*` at
 *  no marks (any other answer) carries the feedback for a wrong one. */
function shortAnswer(answers: Answer[], { common, format, fb }: Context): Made {
  const other = answers.find((a) => a.text === '*' && (a.weight ?? 100) <= 0);
  const rest = answers.filter((a) => a !== other);
  const full = rest.filter((a) => (a.weight ?? 100) >= 100);
  const kept = full.length > 0 ? full : rest.filter((a) => a.weight === Math.max(...rest.map((x) => x.weight!)));
  return {
    question: {
      ...common,
      type: 'fill-in',
      answers: kept.map((a) => show(a.text)),
      ...fb(markdown(kept[0]?.feedback ?? '', format), markdown(other?.feedback ?? '', format)),
    },
    lost: kept.length < rest.length || new Set(kept.map((a) => a.feedback)).size > 1,
  };
}

/** Multiple choice: with an `=` one answer is chosen (Moodle's "single"), the `=` ones right, a `~%n%`
 *  answer's part marks lost; without `=` several are chosen, those with a positive weight right. */
function choice(answers: Answer[], { common, format, fb }: Context): Made {
  const single = answers.some((a) => a.mark === '=');
  const right = answers.filter((a) => (single ? a.mark === '=' : (a.weight ?? 0) > 0));
  const wrongs = answers.filter((a) => !right.includes(a));
  const options = answers.map((a) => ({
    text: markdown(a.text, format),
    ...(right.includes(a) && { correct: true as const }),
  }));
  const feedbackOf = (list: Answer[]): string[] => [...new Set(list.map((a) => a.feedback).filter(Boolean))];
  const [rightFeedback, wrongFeedback] = [feedbackOf(right), feedbackOf(wrongs)];
  const feedback = fb(markdown(rightFeedback[0] ?? '', format), markdown(wrongFeedback[0] ?? '', format));
  const partMarks = single
    ? answers.some((a) => a.mark === '~' && (a.weight ?? 0) > 0)
    : right.some((a) => (a.weight ?? 0) < 100) && right.length === 1;
  const lost = rightFeedback.length > 1 || wrongFeedback.length > 1 || partMarks;
  // Every wrong option at -100 % is how `scormdown questions` writes an all-or-nothing question.
  const partial = right.length > 1 && !(wrongs.length > 0 && wrongs.every((a) => (a.weight ?? 0) <= -100));
  const question: DraftQuestion =
    single && right.length === 1
      ? { ...common, type: 'single', options, ...feedback }
      : { ...common, type: 'multiple', ...(partial && { scoring: 'partial' as const }), options, ...feedback };
  return { question, lost };
}

/** `{#...}`: the full-mark answer (`2:0.5` with its tolerance, or `1..5`); the feedback of a `~` after
 *  the answers is for a wrong answer. quiz.yaml's numeric question has one right answer: others are lost. */
function numerical(body: string, { common, format, fb }: Context): Made {
  const wrongAt = body.indexOf('~');
  const wrong = wrongAt < 0 ? '' : (answersOf(body.slice(wrongAt))[0]?.feedback ?? '');
  // Text before the first `=` is an answer too (`{#2:0}`), as Moodle reads it.
  const answers = answersOf(body.slice(0, wrongAt < 0 ? undefined : wrongAt), '=');
  const best = answers.reduce<Answer | undefined>(
    (kept, a) => (kept === undefined || (a.weight ?? 100) > (kept.weight ?? 100) ? a : kept),
    undefined,
  );
  const value = best?.text ?? '';
  const feedback = fb(markdown(best?.feedback ?? '', format), markdown(wrong, format));
  const lost = answers.length > 1;
  const range = /^(-?[\d.]+)\s*\.\.\s*(-?[\d.]+)$/.exec(value);
  if (range) {
    return {
      question: { ...common, type: 'numeric', min: Number(range[1]), max: Number(range[2]), ...feedback },
      lost,
    };
  }
  const tolerance = /^(-?[\d.]+)(?::([\d.]+))?$/.exec(value);
  if (tolerance === null) return null;
  const tol = Number(tolerance[2] ?? '0');
  return {
    question: {
      ...common,
      type: 'numeric',
      answer: Number(tolerance[1]),
      ...(tol > 0 && { tolerance: tol }),
      ...feedback,
    },
    lost,
  };
}
