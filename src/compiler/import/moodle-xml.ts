// A Moodle XML question bank (what Moodle's question bank exports; question/format/xml/format.php
// writes it) as quiz.yaml questions: multichoice (one right answer: single; several: multiple with
// `scoring: partial`, as Moodle grades them, a negative weight a wrong option), truefalse,
// shortanswer (its case setting kept), numerical (answer, tolerance, the first unit), matching, essay
// (open) and ordering. Points from <defaultgrade>; the combined feedback into feedback.correct and
// .incorrect, the general feedback after both; per-answer feedback, which quiz.yaml has no place for,
// is reported. Texts are HTML, turned into Markdown; pictures (@@PLUGINFILE@@ with a base64 <file>)
// go into assets/. Types the player does not have are left out, each named in a warning.

import { XMLParser } from 'fast-xml-parser';
import { NodeHtmlMarkdown } from 'node-html-markdown';
import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import type { Draft, DraftAsset, DraftQuestion } from './draft.js';
import { unreadable, wholeFile } from './draft.js';
import { bankDraft, lost, skipped, starAnswers, type BankText } from './bank.js';
import { uniqueId } from './markdown-text.js';
import type { ReaderOptions } from './import-file.js';

type Node = Record<string, unknown>;

const ARRAYS = new Set(['question', 'answer', 'subquestion', 'file', 'unit']);

const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];
const str = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number'
      ? String(value)
      : value === undefined
        ? ''
        : String((value as Node)['#text'] ?? '');
const textOf = (node: unknown): string => str((node as Node | undefined)?.text);
const attr = (node: Node | undefined, name: string): string => str(node?.[`@_${name}`]);

export function readMoodleXml(text: string, file: string, options: ReaderOptions): Draft {
  const at = wholeFile(file);
  const diagnostics: Diagnostic[] = [];
  const failed = (why: string): Draft =>
    unreadable(
      diag(
        'IMPORT_DAMAGED',
        at,
        (w) => w.xmlDamaged(why),
        (w) => w.xmlDamagedHint(),
      ),
    );
  let doc: Node;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      textNodeName: '#text',
      parseTagValue: false,
      trimValues: false,
      isArray: (name) => ARRAYS.has(name),
    }).parse(text, true) as Node;
  } catch (error) {
    return failed(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const quiz = doc.quiz as Node | undefined;
  if (quiz === undefined) return failed('no <quiz> element');
  const assets: DraftAsset[] = [];
  const questions: DraftQuestion[] = [];
  const texts: BankText[] = [];
  const categories: string[] = [];
  const ids = new Set<string>();
  const md = (node: unknown): string => markdown(node, assets);
  for (const q of list(quiz.question)) {
    const type = attr(q, 'type');
    const name = textOf(q.name).trim();
    if (type === 'category') {
      categories.push(textOf(q.category).replace(/^\$course\$\/(top\/)?/, ''));
      continue;
    }
    if (type === 'description') {
      texts.push({ name, markdown: md(q.questiontext), at });
      continue;
    }
    const id = uniqueId(str(q.idnumber).trim() || name || type, ids);
    const made = question(type, q, id, md);
    if (made === null) {
      diagnostics.push(skipped(at, name || id, type));
      continue;
    }
    if (made.lost) diagnostics.push(lost(at, id));
    diagnostics.push(...starAnswers(made.question, at));
    questions.push(made.question);
  }
  return bankDraft({ questions, texts, categories, assets, diagnostics }, file, options);
}

/** The HTML of a text element as Markdown; its pictures into assets/. */
function markdown(node: unknown, assets: DraftAsset[]): string {
  const n = node as Node | undefined;
  for (const f of list(n?.file)) {
    const name = attr(f, 'name');
    if (name === '' || assets.some((a) => a.target === `assets/${name}`)) continue;
    assets.push({ target: `assets/${name}`, bytes: new Uint8Array(Buffer.from(str(f).replace(/\s+/g, ''), 'base64')) });
  }
  const html = textOf(n).replace(/@@PLUGINFILE@@\//g, 'assets/');
  const format = attr(n, 'format');
  if (format === 'markdown' || format === 'moodle_auto_format' || format === 'plain_text') return html.trim();
  return NodeHtmlMarkdown.translate(html).trim();
}

const fraction = (a: Node): number => Number(attr(a, 'fraction') || '0');

function question(
  type: string,
  q: Node,
  id: string,
  md: (node: unknown) => string,
): { question: DraftQuestion; lost: boolean } | null {
  const general = md(q.generalfeedback);
  const join = (a: string): string | undefined => [a, general].filter((t) => t !== '').join('\n\n') || undefined;
  const feedbackOf = (correct: string, incorrect: string): { feedback?: DraftQuestion['feedback'] } => {
    const [c, i] = [join(correct), join(incorrect)];
    return c === undefined && i === undefined
      ? {}
      : { feedback: { ...(c && { correct: c }), ...(i && { incorrect: i }) } };
  };
  const grade = Number(str(q.defaultgrade) || '1');
  const points = Number.isFinite(grade) && grade !== 1 && type !== 'essay' ? { points: grade } : {};
  const common = { id, prompt: md(q.questiontext), ...points };
  const answers = list(q.answer);
  const answerFeedback = answers.some((a) => md(a.feedback) !== '');
  const combined = feedbackOf(md(q.correctfeedback), md(q.incorrectfeedback));
  switch (type) {
    case 'multichoice': {
      const single = str(q.single).trim() === 'true';
      // One answer chosen (Moodle's single): the full-mark answers are right (quiz.yaml's single choice
      // has no part marks: an answer for part of them is said to be lost); several chosen: every
      // answer with a positive fraction is right.
      const top = Math.max(...answers.map(fraction));
      const right = answers.filter((a) => (single ? fraction(a) === top && top > 0 : fraction(a) > 0));
      const options = answers.map((a) => ({ text: md(a), ...(right.includes(a) && { correct: true as const }) }));
      const shuffle = str(q.shuffleanswers).trim() === 'true' || str(q.shuffleanswers).trim() === '1';
      const partMarks = single && answers.some((a) => fraction(a) > 0 && !right.includes(a));
      // Every wrong option at -100 % is how `scormdown questions` writes an all-or-nothing question
      // (Moodle has none: a wrong choice then costs everything); other weights are partial credit.
      const wrongs = answers.filter((a) => fraction(a) <= 0);
      const partial = right.length > 1 && !(wrongs.length > 0 && wrongs.every((a) => fraction(a) <= -100));
      const question: DraftQuestion =
        single && right.length === 1
          ? { ...common, type: 'single', ...(shuffle && { shuffle: true }), options, ...combined }
          : {
              ...common,
              type: 'multiple',
              ...(shuffle && { shuffle: true }),
              ...(partial && { scoring: 'partial' as const }),
              options,
              ...combined,
            };
      return { question, lost: answerFeedback || partMarks };
    }
    case 'truefalse': {
      const yes = answers.find((a) => textOf(a).trim().toLowerCase() === 'true');
      const no = answers.find((a) => textOf(a).trim().toLowerCase() === 'false');
      const answer = yes !== undefined && fraction(yes) > 0;
      const [good, bad] = answer ? [yes, no] : [no, yes];
      return {
        question: { ...common, type: 'true-false', answer, ...feedbackOf(md(good?.feedback), md(bad?.feedback)) },
        lost: false,
      };
    }
    case 'shortanswer': {
      const accepted = answers.filter((a) => fraction(a) >= 100).map((a) => textOf(a).trim());
      // `*`: any other answer, Moodle's place for the feedback to a wrong one.
      const other = answers.find((a) => textOf(a).trim() === '*' && fraction(a) <= 0);
      const caseSensitive = str(q.usecase).trim() === '1';
      return {
        question: {
          ...common,
          type: 'fill-in',
          answers: accepted,
          ...(caseSensitive && { caseSensitive: true }),
          ...feedbackOf(md(answers.find((a) => fraction(a) >= 100)?.feedback), md(other?.feedback)),
        },
        lost: answers.some((a) => fraction(a) > 0 && fraction(a) < 100),
      };
    }
    case 'numerical': {
      const first = answers.find((a) => fraction(a) >= 100) ?? answers[0];
      // `*`: any other number, Moodle's place for the feedback to a wrong answer.
      const other = answers.find((a) => textOf(a).trim() === '*' && fraction(a) <= 0);
      const others = answers.filter((a) => a !== first && a !== other);
      const value = Number(textOf(first).trim());
      const tolerance = Number(str(first?.tolerance) || '0');
      const unit = list((q.units as Node | undefined)?.unit).find((u) => Number(str(u.multiplier) || '1') === 1);
      const name = str(unit?.unit_name).trim();
      return {
        question: {
          ...common,
          type: 'numeric',
          answer: value,
          ...(tolerance > 0 && { tolerance }),
          ...(name !== '' && { unit: name }),
          ...feedbackOf(md(first?.feedback), md(other?.feedback)),
        },
        lost: others.length > 0,
      };
    }
    case 'matching': {
      const pairs: Record<string, string> = {};
      let distractors = false;
      for (const sub of list(q.subquestion)) {
        const term = md(sub);
        if (term === '') distractors = true;
        else pairs[term] = textOf(list(sub.answer)[0]).trim();
      }
      return { question: { ...common, type: 'match', pairs, ...combined }, lost: distractors };
    }
    case 'ordering': {
      const items = [...answers].sort((a, b) => fraction(a) - fraction(b)).map((a) => md(a));
      const partial = !/^ALL_OR_NOTHING$/i.test(str(q.gradingtype).trim());
      return {
        question: { ...common, type: 'order', ...(partial && { scoring: 'partial' as const }), items, ...combined },
        lost: false,
      };
    }
    case 'essay':
      return { question: { id, prompt: common.prompt, type: 'open' }, lost: false };
    default:
      return null;
  }
}
