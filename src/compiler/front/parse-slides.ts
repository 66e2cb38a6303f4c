// The body of lesson.md becomes slides: split on lines holding only `---` (not inside fenced code),
// directives (`::name args`, alone on a line) cut each slide into blocks kept in source order.

import { diag } from '../diagnostics/diagnostics.js';
import { lexChecked } from '../markdown/markdown-depth.js';
import type { Markdown, SourcePos, WebVideo } from '../model.js';
import type { Diagnostic, Say } from '../diagnostics/diagnostics.js';
import { closest } from '../diagnostics/suggest.js';
import { VIDEO_FORMS, parseVideoUrl, siteName } from './video-url.js';
import { append } from '../../shared/append.js';

export interface IdRef {
  id: string;
  pos: SourcePos;
}

/** A content slide's blocks before questions are placed; markdown is lexed once, here. */
export type SlideBlock =
  | { type: 'markdown'; markdown: Markdown; pos: SourcePos }
  | { type: 'timer'; seconds: number; pos: SourcePos }
  | { type: 'question'; questionId: string; pos: SourcePos }
  | { type: 'video'; video: WebVideo; title: string | null; pos: SourcePos }
  /** `draw`: `::quiz draw N`, N of the section's graded questions drawn per learner and attempt. */
  | { type: 'quiz'; questionIds: IdRef[]; pos: SourcePos; draw?: { n: number; pos: SourcePos } };

export interface ParsedSlide {
  /** Line of the slide's first line. */
  pos: SourcePos;
  blocks: SlideBlock[];
  /** `::slide ID`: the author's name for the slide, which its saved progress is keyed by. */
  id?: IdRef;
  /** `::gate`: this slide and every one after it stay closed until the quiz is finished. */
  gate?: SourcePos;
  /** A directive of this slide that could not be read and may have placed questions (`::qiuz`,
   *  `::question a b`): what it would have placed is unknown, so nothing is concluded from it. */
  unread?: SourcePos;
}

export const DIRECTIVES = ['timer', 'question', 'quiz', 'slide', 'video', 'gate'] as const;

const SLIDE_ID = /^[A-Za-z][\w-]{0,63}$/;

const DIRECTIVE = /^ {0,3}::([A-Za-z][\w-]*)(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

interface Line {
  text: string;
  pos: SourcePos;
}

export function parseSlides(
  body: string,
  bodyLine: number,
  file: string,
): { slides: ParsedSlide[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const slides: ParsedSlide[] = [];
  const groups = splitSlides(body, bodyLine, file);
  for (const lines of groups) {
    if (lines.every((l) => l.text.trim() === '')) {
      const at = lines[0]?.pos ?? { file, line: bodyLine, column: 1 };
      // Only between separators: a blank body is "no slides", not "an empty slide".
      if (groups.length > 1) diagnostics.push(diag('SLIDE_EMPTY', at, (w) => w.slideEmpty()));
      continue;
    }
    slides.push(parseSlide(lines, diagnostics));
  }
  append(append(diagnostics, duplicateSlideIds(slides)), laterGates(slides));
  if (slides.length === 0) {
    diagnostics.push(diag('LESSON_NO_SLIDES', { file, line: bodyLine, column: 1 }, (w) => w.lessonNoSlides()));
  }
  return { slides, diagnostics };
}

function duplicateSlideIds(slides: ParsedSlide[]): Diagnostic[] {
  const first = new Map<string, SourcePos>();
  return slides.flatMap(({ id }) => {
    if (id === undefined) return [];
    const before = first.get(id.id);
    if (before === undefined) {
      first.set(id.id, id.pos);
      return [];
    }
    return [diag('SLIDE_ID_DUPLICATE', id.pos, (w) => w.slideIdDuplicate(id.id, before.line))];
  });
}

/** Only the first `::gate` closes anything: every slide after it is closed already. */
function laterGates(slides: ParsedSlide[]): Diagnostic[] {
  const [first, ...later] = slides.flatMap((s) => (s.gate === undefined ? [] : [s.gate]));
  return later.map((pos) => diag('GATE_TWICE', pos, (w) => w.gateAlreadyCloses(first!.line)));
}

/** Lines grouped per slide; a `---` line inside a fenced code block is code, not a separator. */
function splitSlides(body: string, bodyLine: number, file: string): Line[][] {
  const groups: Line[][] = [[]];
  let fence: string | null = null;
  body.split('\n').forEach((text, i) => {
    const pos = { file, line: bodyLine + i, column: 1 };
    const before = fence;
    fence = fenceAfter(fence, text);
    if (before === null && fence === null && text.trimEnd() === '---') {
      groups.push([]);
      return;
    }
    groups[groups.length - 1]?.push({ text, pos });
  });
  return groups;
}

/** The open code fence after `text` (CommonMark: closed by the same character, at least as long, alone). */
function fenceAfter(fence: string | null, text: string): string | null {
  const opener = FENCE.exec(text)?.[1];
  if (fence === null) return opener ?? null;
  const closes =
    opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && text.trim() === opener;
  return closes ? null : fence;
}

function parseSlide(lines: Line[], diagnostics: Diagnostic[]): ParsedSlide {
  const first = lines.find((l) => l.text.trim() !== '') ?? lines[0];
  const blocks: SlideBlock[] = [];
  let chunk: Line[] = [];
  let id: IdRef | undefined;
  let gate: SourcePos | undefined;
  let unread: SourcePos | undefined;
  const flush = (): void => {
    const source = chunk.map((l) => l.text).join('\n');
    const start = chunk.find((l) => l.text.trim() !== '');
    if (start) {
      // Leading blank lines stay in `source` so offsets map to lines; pos points at the first text.
      const markdown = lexChecked(source, false, chunk[0]!.pos);
      if (markdown !== null) blocks.push({ type: 'markdown', markdown, pos: start.pos });
      else diagnostics.push(diag('MARKDOWN_TOO_DEEP', start.pos, (w) => w.markdownTooDeep()));
    }
    chunk = [];
  };
  let fence: string | null = null;
  for (const line of lines) {
    const before = fence;
    fence = fenceAfter(fence, line.text);
    const match = before === null && fence === null ? DIRECTIVE.exec(line.text.trimEnd()) : null;
    if (!match) {
      chunk.push(line);
      continue;
    }
    if (match[1] === 'slide') {
      id = slideId(match[2] ?? '', line, id, diagnostics) ?? id;
      continue;
    }
    if (match[1] === 'gate') {
      gate = parseGate(match[2] ?? '', line, gate, diagnostics);
      continue;
    }
    flush();
    const block = parseDirective(match[1] ?? '', match[2] ?? '', line, diagnostics);
    if (block) blocks.push(block);
    else if (mayPlace(match[1] ?? '')) unread ??= line.pos;
  }
  flush();
  const slide: ParsedSlide = {
    pos: first?.pos ?? lines[0]!.pos,
    blocks,
    ...(id && { id }),
    ...(unread && { unread }),
  };
  if (gate !== undefined && blocks.length === 0) {
    diagnostics.push(
      diag(
        'GATE_INVALID',
        gate,
        (w) => w.gateAlone(),
        (w) => w.gateAloneHint(),
      ),
    );
  }
  return gate === undefined ? slide : { ...slide, gate };
}

/** The directives that never place a question: a misspelling of one of them (`::timr`) leaves the
 *  placement known. Any other unread directive (`::qiuz`, `::vraag`) may have been meant to place some. */
const PLACES_NONE: readonly string[] = ['timer', 'slide', 'video', 'gate'];

function mayPlace(name: string): boolean {
  const meant = (DIRECTIVES as readonly string[]).includes(name) ? name : closest(name, DIRECTIVES);
  return meant === null || !PLACES_NONE.includes(meant);
}

/** `::gate` takes nothing; a second one on the same slide changes nothing. */
function parseGate(rest: string, line: Line, before: SourcePos | undefined, diagnostics: Diagnostic[]): SourcePos {
  const pos: SourcePos = { ...line.pos, column: line.text.indexOf('::') + 1 };
  if (rest.trim() !== '') diagnostics.push(diag('GATE_INVALID', pos, (w) => w.gateArguments(rest.trim())));
  else if (before !== undefined) diagnostics.push(diag('GATE_TWICE', pos, (w) => w.gateTwiceOnSlide(before.line)));
  return before ?? pos;
}

/** `::slide ID`: one name per slide, letters, digits, `-` and `_`. */
function slideId(rest: string, line: Line, before: IdRef | undefined, diagnostics: Diagnostic[]): IdRef | undefined {
  const column = line.text.indexOf('::') + 1;
  const [arg, extra] = argsOf(rest, column + 7, line.pos);
  const pos: SourcePos = { ...line.pos, column };
  if (before !== undefined) {
    diagnostics.push(
      diag(
        'SLIDE_ID_INVALID',
        pos,
        (w) => w.slideNamedTwice(before.id),
        (w) => w.slideNamedTwiceHint(),
      ),
    );
  } else if (!arg || extra || !SLIDE_ID.test(arg.id)) {
    diagnostics.push(diag('SLIDE_ID_INVALID', arg?.pos ?? pos, (w) => w.slideIdInvalid(rest.trim())));
  } else {
    return arg;
  }
  return undefined;
}

function parseDirective(name: string, rest: string, line: Line, diagnostics: Diagnostic[]): SlideBlock | null {
  const column = line.text.indexOf('::') + 1;
  const pos: SourcePos = { ...line.pos, column };
  const args = argsOf(rest, column + 2 + name.length, line.pos);
  switch (name) {
    case 'timer':
      return parseTimer(args, pos, diagnostics);
    case 'question': {
      const [arg, extra] = args;
      if (!arg || extra) {
        diagnostics.push(diag('DIRECTIVE_ARGUMENTS', pos, (w) => w.questionArguments(args.length)));
        return null;
      }
      return { type: 'question', questionId: arg.id, pos: arg.pos };
    }
    case 'quiz':
      return parseQuiz(args, pos, diagnostics);
    case 'video':
      return parseVideo(args, pos, diagnostics);
    default: {
      const known = DIRECTIVES.map((d) => `::${d}`);
      diagnostics.push(
        diag(
          'DIRECTIVE_UNKNOWN',
          pos,
          (w) => w.directiveUnknown(`::${name}`) + w.didYouMean(closest(`::${name}`, known)),
          (w) => w.directiveKnown(known),
        ),
      );
      return null;
    }
  }
}

/** `::quiz [draw N] [ID ...]`: `draw` is a keyword only as the first argument; a first argument
 *  close to it and followed by a number is taken for a misspelt `draw`, not for a question id. */
function parseQuiz(args: IdRef[], pos: SourcePos, diagnostics: Diagnostic[]): SlideBlock {
  const [first, count, ...ids] = args;
  const meant = closest(first?.id ?? '', ['draw']);
  if (first === undefined || (first.id !== 'draw' && (meant === null || !/^\d+$/.test(count?.id ?? '')))) {
    return { type: 'quiz', questionIds: args, pos };
  }
  const isCount = /^\d+$/.test(count?.id ?? '');
  // On an error the section stays, undrawn: its questions are not reported as unused on top.
  const section: SlideBlock = { type: 'quiz', questionIds: ids, pos };
  if (first.id !== 'draw') {
    diagnostics.push(diag('QUIZ_DRAW_INVALID', first.pos, (w) => w.quizUnknownWord(first.id) + w.didYouMean(meant)));
    return section;
  }
  const n = isCount ? Number(count!.id) : 0;
  if (n < 1) {
    diagnostics.push(diag('QUIZ_DRAW_INVALID', count?.pos ?? first.pos, (w) => w.quizDrawCount(count?.id ?? '')));
    return section;
  }
  return { ...section, draw: { n, pos: count!.pos } };
}

/** Whitespace-separated arguments with their columns. */
function argsOf(rest: string, restColumn: number, linePos: SourcePos): IdRef[] {
  return [...rest.matchAll(/\S+/g)].map((m) => ({
    id: m[0],
    pos: { ...linePos, column: restColumn + (m.index ?? 0) },
  }));
}

/** `::video URL [title]`: the rest of the line after the URL names the video for screen readers. */
function parseVideo(args: IdRef[], pos: SourcePos, diagnostics: Diagnostic[]): SlideBlock | null {
  const [url, ...words] = args;
  const video = url === undefined ? null : parseVideoUrl(url.id);
  if (url === undefined || video === null) {
    const what: Say = (w) => (url === undefined ? w.videoNoAddress() : w.videoNotAddress(url.id));
    diagnostics.push(diag('VIDEO_URL_INVALID', url?.pos ?? pos, what, (w) => w.videoForms(VIDEO_FORMS)));
    return null;
  }
  diagnostics.push(diag('VIDEO_NEEDS_INTERNET', url.pos, (w) => w.videoNeedsInternet(siteName(video.site))));
  const title = words.map((w) => w.id).join(' ');
  return { type: 'video', video, title: title === '' ? null : title, pos };
}

const MM_SS = /^(\d{1,3}):([0-5]\d)$/;
const H_MM_SS = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;

function parseTimer(args: IdRef[], pos: SourcePos, diagnostics: Diagnostic[]): SlideBlock | null {
  const [arg, extra] = args;
  const seconds = arg && !extra ? timerSeconds(arg.id) : null;
  if (seconds === null || seconds === 0) {
    const shown = args.map((a) => a.id).join(' ');
    diagnostics.push(diag('TIMER_INVALID', arg?.pos ?? pos, (w) => w.timerInvalid(shown)));
    return null;
  }
  return { type: 'timer', seconds, pos };
}

export function timerSeconds(text: string): number | null {
  const short = MM_SS.exec(text);
  if (short) return Number(short[1]) * 60 + Number(short[2]);
  const long = H_MM_SS.exec(text);
  if (long) return Number(long[1]) * 3600 + Number(long[2]) * 60 + Number(long[3]);
  return null;
}
