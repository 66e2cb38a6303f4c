// The texts of a lesson a translator translates, each a unit with a stable id, found in the files
// as the author wrote them: the front matter's title, description and `ui:` texts; the slides'
// Markdown by block (a heading's text, a list's items one by one, a paragraph, a table, a quote);
// every question's prompt, options, items, pairs, fill-in answers, unit and feedback. Each unit
// can put its translation back in the same place, so a translated lesson keeps every slide name,
// question id, directive, picture and setting: only its words change.
//
// Ids: `lesson.title`, `ui.next`, `slide.<::slide name or number>.<n>`, `question.<id>.prompt`,
// `question.<id>.option.<n>` (and item, term, match, answer), `question.<id>.unit`,
// `question.<id>.feedback.correct`. A unit keeps its id while its slide keeps its name or place.

import path from 'node:path';
import type { Token, Tokens } from 'marked';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { Lesson } from '../model.js';
import { fileText } from '../front/read-file.js';

export interface Unit {
  id: string;
  source: string;
  /** line: one line (a title, a heading, a `ui:` text): a translation's line breaks become spaces.
   *  markdown: a block of a slide: a translation may not add a slide break or a directive. text: a quiz text. */
  shape: 'line' | 'markdown' | 'text';
  /** What the text is, for the translator: "slide 3 (Opdracht): list item". */
  note: string;
  /** Where it is written: `lesson.md:12`, `quiz.yaml:40`. */
  ref: string;
  /** Puts `text` where the source was (LessonTexts.written() then holds it). */
  put(text: string): void;
}

export interface LessonTexts {
  units: Unit[];
  /** Sets the front matter's `language:` and `id:` (the translated lesson's). */
  retag(language: string, id: string): void;
  /** Each file a unit is in, by name in the lesson folder, with the translations put so far. */
  written(): Map<string, string>;
}

/** Reads the lesson's own files again (lesson.md and its quiz files) for the units of `lesson`. */
export async function lessonTexts(lesson: Lesson, read: (name: string) => Promise<Buffer>): Promise<LessonTexts> {
  const lessonMd = fileText(await read('lesson.md'));
  const quizzes = await Promise.all(
    lesson.meta.quizFiles.map(async (name) => ({ name, text: fileText(await read(name)) })),
  );
  const md = markdownUnits(lesson, lessonMd);
  const yamlFiles = quizzes.map(({ name, text }) => quizUnits(name, text));
  return {
    units: [...md.units, ...yamlFiles.flatMap((f) => f.units)],
    retag: md.retag,
    written: () =>
      new Map<string, string>([['lesson.md', md.written()], ...yamlFiles.map((f) => [f.name, f.written()] as const)]),
  };
}

// lesson.md: the front matter as YAML, the slides by offsets in the text.

interface Edit {
  start: number;
  end: number;
  text: string;
}

function markdownUnits(
  lesson: Lesson,
  text: string,
): { units: Unit[]; written(): string; retag(language: string, id: string): void } {
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  const frontEnd = lines.slice(0, close).join('\n').length + 1;
  const frontText = lines.slice(1, close).join('\n');
  const front = parseDocument(frontText);
  const edits: Edit[] = [];
  const units: Unit[] = [...frontUnits(front, frontText)];
  const lineStart = lineOffsets(text);
  const fileLines = text.split('\n');

  lesson.slides.forEach((slide, index) => {
    const label = slide.id ?? String(index + 1);
    const title = slide.title === '' ? '' : ` (${slide.title})`;
    let n = 0;
    for (const block of slide.blocks) {
      if (block.type === 'video' && block.title !== null) {
        // `::video URL title`: the title names the video for screen readers.
        const line = fileLines[block.pos.line - 1] ?? '';
        const at = line.lastIndexOf(block.title);
        if (at < 0) continue;
        const start = (lineStart[block.pos.line - 1] ?? 0) + at;
        const end = start + block.title.length;
        n += 1;
        units.push({
          id: `slide.${label}.${n}`,
          source: block.title,
          shape: 'line',
          note: `slide ${index + 1}${title}: the title of a video`,
          ref: `lesson.md:${block.pos.line}`,
          put: (t) => void edits.push({ start, end, text: t.replace(/\s+/g, ' ').trim() }),
        });
        continue;
      }
      if (block.type !== 'markdown') continue;
      const { source, pos } = block.markdown;
      // The block keeps its lines as written, without the `::slide` and `::gate` lines among them
      // (front/parse-slides.ts): each of its lines is found in the file from where the block starts.
      const fileLine = linesInFile(source.split('\n'), fileLines, pos.line - 1);
      const inFile = (offset: number): number => {
        const before = source.slice(0, offset);
        const line = fileLine[before.split('\n').length - 1];
        return line === undefined ? -1 : (lineStart[line] ?? -1) + offset - (before.lastIndexOf('\n') + 1);
      };
      for (const piece of pieces(block.markdown.tokens, source)) {
        const start = inFile(piece.start);
        const end = inFile(piece.end);
        // A piece with a directive's line inside stays as it is: its translation would take the line away.
        if (start < 0 || text.slice(start, end) !== source.slice(piece.start, piece.end)) continue;
        n += 1;
        units.push({
          id: `slide.${label}.${n}`,
          source: piece.source,
          shape: piece.kind === 'heading' ? 'line' : 'markdown',
          note: `slide ${index + 1}${title}: ${piece.kind}`,
          ref: `lesson.md:${lineOf(lineStart, start)}`,
          put: (t) => void edits.push({ start, end, text: piece.back(t) }),
        });
      }
    }
  });
  return {
    units,
    retag: (language, id) => {
      front.set('language', language);
      front.set('id', id);
    },
    written: () => {
      const head = `---\n${front.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
      let body = text.slice(frontEnd);
      const shift = frontEnd;
      for (const e of [...edits].sort((a, b) => b.start - a.start))
        body = body.slice(0, e.start - shift) + e.text + body.slice(e.end - shift);
      return head + body;
    },
  };
}

function frontUnits(front: Document, frontText: string): Unit[] {
  const units: Unit[] = [];
  const starts = lineOffsets(frontText);
  const scalar = (id: string, node: unknown, note: string): void => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') return;
    const at = node.range?.[0];
    // The front matter's first line is the file's second.
    const ref = `lesson.md${at === undefined ? '' : `:${lineOf(starts, at) + 1}`}`;
    units.push({ id, source: node.value, note, ref, shape: 'line', put: (t) => void (node.value = t) });
  };
  scalar('lesson.title', front.get('title', true), "the lesson's title (the LMS shows it too)");
  scalar('lesson.description', front.get('description', true), "the lesson's description (in the LMS)");
  const ui = front.get('ui', true);
  if (isMap(ui))
    for (const pair of ui.items)
      scalar(`ui.${String(isScalar(pair.key) ? pair.key.value : pair.key)}`, pair.value, "a text of the player's own");
  return units;
}

/** A piece of a slide's Markdown: where it is in the block, its text, and how a translation goes back. */
interface Piece {
  start: number;
  end: number;
  source: string;
  kind: string;
  back(text: string): string;
}

const KEEP = new Set(['space', 'code', 'hr', 'def']);

/** The translatable pieces of a block, in order. A heading is its text (the `#`s stay); a list is
 *  its items (each marker stays, continuation lines keep their indent); anything else is whole. */
function pieces(tokens: readonly Token[], source: string): Piece[] {
  const out: Piece[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const at = source.indexOf(token.raw, cursor);
    if (at < 0) continue;
    cursor = at + token.raw.length;
    if (KEEP.has(token.type)) continue;
    const raw = token.raw.replace(/\s+$/, '');
    if (raw.trim() === '') continue;
    if (token.type === 'heading') {
      const marks = /^ {0,3}#{1,6}[ \t]+/.exec(raw);
      const text = marks ? raw.slice(marks[0].length).replace(/[ \t]+#+[ \t]*$/, '') : null;
      if (marks && text) {
        out.push(whole(at + marks[0].length, text, 'heading'));
        continue;
      }
    }
    if (token.type === 'list') {
      const items = listItems(token as Tokens.List, source, at);
      if (items !== null) {
        out.push(...items);
        continue;
      }
    }
    out.push(whole(at, raw, token.type === 'paragraph' ? 'paragraph' : token.type));
  }
  return out;
}

function whole(start: number, source: string, kind: string): Piece {
  return { start, end: start + source.length, source, kind, back: (t) => t.replace(/\s+$/, '') };
}

/** Each item's text after its marker; null when an item cannot be taken apart and put back the same. */
function listItems(list: Tokens.List, source: string, listAt: number): Piece[] | null {
  const items: Piece[] = [];
  let cursor = listAt;
  for (const item of list.items) {
    const at = source.indexOf(item.raw, cursor);
    if (at < 0) return null;
    cursor = at + item.raw.length;
    const marker = /^ *([-+*]|\d{1,9}[.)])( +|$)/.exec(item.raw);
    if (marker === null) return null;
    const indent = ' '.repeat(marker[0].length);
    const raw = item.raw.slice(marker[0].length).replace(/\s+$/, '');
    const [first = '', ...rest] = raw.split('\n');
    // Continuation lines carry the item's indent; without it the item is not taken apart.
    if (rest.some((l) => l.trim() !== '' && !l.startsWith(indent))) return null;
    const text = [first, ...rest.map((l) => l.slice(indent.length))].join('\n');
    if (text.trim() === '') continue;
    const start = at + marker[0].length;
    items.push({
      start,
      end: start + raw.length,
      source: text,
      kind: 'list item',
      back: (t) =>
        t
          .replace(/\s+$/, '')
          .split('\n')
          .map((l, i) => (i === 0 || l === '' ? l : indent + l))
          .join('\n'),
    });
  }
  return items;
}

/** The file line (0-based) of each of `lines`, found in order from `from`; a line not found ends the list. */
function linesInFile(lines: readonly string[], fileLines: readonly string[], from: number): number[] {
  const found: number[] = [];
  let at = from;
  for (const line of lines) {
    while (at < fileLines.length && fileLines[at] !== line) at++;
    if (at >= fileLines.length) break;
    found.push(at++);
  }
  return found;
}

function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of `offset` in `text`. */
export const lineOfOffset = (text: string, offset: number): number => lineOf(lineOffsets(text), offset);

/** The 1-based line of `offset`, by binary search: a lesson of thousands of slides stays linear. */
function lineOf(starts: readonly number[], offset: number): number {
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? Infinity) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

// Quiz files: every question's texts, by YAML node.

function quizUnits(name: string, text: string): { name: string; units: Unit[]; written(): string } {
  const doc = parseDocument(text);
  const starts = lineOffsets(text);
  const units: Unit[] = [];
  const add = (id: string, node: unknown, note: string): void => {
    if (!isScalar(node) || node.value === null || node.value === undefined) return;
    const value = String(node.value);
    if (value.trim() === '') return;
    const at = node.range?.[0];
    units.push({
      id,
      source: value,
      shape: 'text',
      note,
      ref: `${path.posix.normalize(name)}${at === undefined ? '' : `:${lineOf(starts, at)}`}`,
      put: (t) => {
        node.value = t;
      },
    });
  };
  const list = doc.contents;
  if (isSeq(list)) {
    for (const entry of list.items) {
      if (!isMap(entry)) continue;
      const idNode = entry.get('id', true);
      if (!isScalar(idNode)) continue;
      const id = String(idNode.value);
      const type = String(entry.get('type') ?? '');
      const q = `question.${id}`;
      const about = (what: string): string => `question ${id} (${type}): ${what}`;
      add(`${q}.prompt`, entry.get('prompt', true), about('the question'));
      const options = entry.get('options', true);
      if (isSeq(options))
        options.items.forEach((o, i) => {
          const node = isMap(o) ? o.get('text', true) : o;
          const right = isMap(o) && o.get('correct') === true ? ', a right one' : '';
          add(`${q}.option.${i + 1}`, node, about(`option ${i + 1}${right}`));
        });
      const items = entry.get('items', true);
      if (isSeq(items)) items.items.forEach((o, i) => add(`${q}.item.${i + 1}`, o, about(`item ${i + 1}`)));
      const pairs = entry.get('pairs', true);
      if (isMap(pairs))
        pairs.items.forEach((pair, i) => {
          add(`${q}.term.${i + 1}`, pair.key, about(`term ${i + 1}`));
          add(`${q}.match.${i + 1}`, pair.value, about(`what term ${i + 1} matches`));
        });
      const answers = entry.get('answers', true);
      if (isSeq(answers))
        answers.items.forEach((a, i) => add(`${q}.answer.${i + 1}`, a, about(`accepted answer ${i + 1}`)));
      else add(`${q}.answer.1`, answers, about('accepted answer 1'));
      add(`${q}.unit`, entry.get('unit', true), about('the unit of the number'));
      const feedback = entry.get('feedback', true);
      if (isMap(feedback)) {
        add(`${q}.feedback.correct`, feedback.get('correct', true), about('feedback on a right answer'));
        add(`${q}.feedback.incorrect`, feedback.get('incorrect', true), about('feedback on a wrong answer'));
      }
    }
  }
  return { name, units, written: () => doc.toString({ lineWidth: 0, flowCollectionPadding: false }) };
}
