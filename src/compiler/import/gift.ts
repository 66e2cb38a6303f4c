// A GIFT file (Moodle's plain-text question format; question/format/gift/format.php reads it) as
// quiz.yaml questions. A question is `::title::[format]text{answers}` between blank lines; `//` lines
// are comments and `$CATEGORY:` lines name categories. The answers say the type: `{}` essay (open),
// `{T}`/`{FALSE#wrong#right}` true-false, `{#75:2}` or `{#70..80}` numerical, `{=a -> b ...}` matching,
// `{=a ~b ~c}` choice (several `~%n%` weights: multiple with partial credit), `{=a =b}` short answer.
// `\~ \= \# \{ \} \:` and `\\` are the marks written as text; `\n` a new line. Per-answer feedback
// goes where quiz.yaml has a place for it (the right answer's to feedback.correct, the wrong ones' to
// feedback.incorrect, the same for all), `####` general feedback after both.

import { NodeHtmlMarkdown } from 'node-html-markdown';
import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import type { SourcePos } from '../model.js';
import type { Draft, DraftQuestion } from './draft.js';
import { bankDraft, lost, skipped, type BankText } from './bank.js';
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

/** `=right#feedback ~wrong ~%50%half` as answers (the marks are unescaped ones only). */
function answersOf(block: string): Answer[] {
  const parts = block.split(/(?=[=~])/).filter((p) => p.trim() !== '');
  return parts.map((part) => {
    const mark = part[0] as '=' | '~';
    let rest = part.slice(1);
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
    questions.push(made.question);
  }
  return bankDraft({ questions, texts, categories, assets: [], diagnostics }, file, options);
}

function question(
  inside: string,
  id: string,
  prompt: string,
  format: string,
): { question: DraftQuestion; lost: boolean } | null {
  const [body = '', general = ''] = inside.split('####');
  const after = markdown(general, format);
  const fb = (correct: string, incorrect: string): { feedback?: DraftQuestion['feedback'] } => {
    const [c, i] = [[correct, after].filter(Boolean).join('\n\n'), [incorrect, after].filter(Boolean).join('\n\n')];
    return c === '' && i === ''
      ? {}
      : { feedback: { ...(c !== '' && { correct: c }), ...(i !== '' && { incorrect: i }) } };
  };
  const common = { id, prompt };
  const trimmed = body.trim();
  if (trimmed === '') return { question: { ...common, type: 'open' }, lost: false };
  const tf = /^(T|TRUE|F|FALSE)(?:#([^#]*))?(?:#([^#]*))?$/.exec(trimmed);
  if (tf) {
    const answer = tf[1]!.startsWith('T');
    return {
      question: {
        ...common,
        type: 'true-false',
        answer,
        ...fb(markdown(tf[3] ?? '', format), markdown(tf[2] ?? '', format)),
      },
      lost: false,
    };
  }
  if (trimmed.startsWith('#')) {
    const all = answersOf(trimmed.slice(1).startsWith('=') ? trimmed.slice(1) : `=${trimmed.slice(1)}`);
    // quiz.yaml's numeric question has one right answer (or range): the full-mark one; others are lost.
    const first = all.reduce<Answer | undefined>(
      (best, a) => (best === undefined || (a.weight ?? 100) > (best.weight ?? 100) ? a : best),
      undefined,
    );
    const others = all.length > 1;
    const value = first?.text ?? '';
    const range = /^(-?[\d.]+)\s*\.\.\s*(-?[\d.]+)$/.exec(value);
    const tolerance = /^(-?[\d.]+)(?::([\d.]+))?$/.exec(value);
    const feedback = fb(markdown(first?.feedback ?? '', format), '');
    if (range)
      return {
        question: { ...common, type: 'numeric', min: Number(range[1]), max: Number(range[2]), ...feedback },
        lost: others,
      };
    if (tolerance) {
      const tol = Number(tolerance[2] ?? '0');
      return {
        question: {
          ...common,
          type: 'numeric',
          answer: Number(tolerance[1]),
          ...(tol > 0 && { tolerance: tol }),
          ...feedback,
        },
        lost: others,
      };
    }
    return null;
  }
  const answers = answersOf(trimmed);
  if (answers.length > 0 && answers.every((a) => a.mark === '=' && a.text.includes('->'))) {
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
  const text = (a: Answer): string => markdown(a.text, format);
  if (answers.every((a) => a.mark === '=' && a.weight === null)) {
    const right = answers[0];
    return {
      question: {
        ...common,
        type: 'fill-in',
        answers: answers.map((a) => show(a.text)),
        ...fb(markdown(right?.feedback ?? '', format), ''),
      },
      lost: new Set(answers.map((a) => a.feedback)).size > 1,
    };
  }
  const weighted = answers.some((a) => a.weight !== null);
  const right = answers.filter((a) => (a.weight === null ? a.mark === '=' : a.weight > 0));
  const options = answers.map((a) => ({ text: text(a), ...(right.includes(a) && { correct: true as const }) }));
  const rightFeedback = [...new Set(right.map((a) => a.feedback).filter(Boolean))];
  const wrongFeedback = [
    ...new Set(
      answers
        .filter((a) => !right.includes(a))
        .map((a) => a.feedback)
        .filter(Boolean),
    ),
  ];
  const feedback = fb(markdown(rightFeedback[0] ?? '', format), markdown(wrongFeedback[0] ?? '', format));
  const lost =
    rightFeedback.length > 1 ||
    wrongFeedback.length > 1 ||
    answers.some((a) => a.weight !== null && a.weight > 0 && a.weight < 100 && right.length === 1);
  // Every wrong option at -100 % is how `scormdown questions` writes an all-or-nothing question.
  const wrongs = answers.filter((a) => !right.includes(a));
  const partial = right.length > 1 && !(wrongs.length > 0 && wrongs.every((a) => (a.weight ?? 0) <= -100));
  const question: DraftQuestion =
    !weighted && right.length === 1
      ? { ...common, type: 'single', options, ...feedback }
      : { ...common, type: 'multiple', ...(partial && { scoring: 'partial' as const }), options, ...feedback };
  return { question, lost };
}
