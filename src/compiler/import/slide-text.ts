// A slide tool's text export (the format the lesson this repository ships came in: test/fixtures/seeds/): a
// header ("1 / 16", "next", "Slide 1: Slide", "This lesson contains ...", "Items in this lesson"),
// then each slide's text closed by its marker line "Slide N - <type>"; the last slide has none. Each
// slide becomes Markdown: its first line the heading (the title slide's `#`, the others `##`), bullets
// "•" a list, a short numbered line above a paragraph a numbered `###` step, a longer numbered line a
// numbered paragraph (the lines right under it stay in it), `timer` and `MM:SS` a `::timer`, and a
// slide whose only text is a question an open question placed on it. Every other line is a paragraph
// of its own, word for word (markdown-text.ts escapes what Markdown would read as markup).

import { diag, type Diagnostic } from '../diagnostics/diagnostics.js';
import type { SourcePos } from '../model.js';
import type { Draft, DraftQuestion, DraftSlide } from './draft.js';
import { SLIDE_MARKER } from './detect.js';
import { guessLanguage } from './guess-language.js';
import { escapeLine, slug } from './markdown-text.js';

interface Line {
  text: string;
  /** 1-based line in the export. */
  line: number;
}

const HEADER = [/^\d+ \/ \d+$/, /^next$/i, /^Slide \d+: .*$/, /^This lesson contains \d+ slides?\b.*$/i];
const CONTENT_START = /^Items in this lesson$/i;
const BULLET = /^[•●▪◦‣∙·-]\s+(.*)$/;
const NUMBERED = /^(\d{1,3})\.\s+(.*)$/;
const TIME = /^(\d{1,3}:[0-5]\d(?::[0-5]\d)?)$/;

export interface SlideTextOptions {
  language?: string | undefined;
  title?: string | undefined;
}

export function readSlideText(text: string, file: string, options: SlideTextOptions = {}): Draft {
  const lines = text.split('\n').map((t, i): Line => ({ text: t.replace(/\s+$/, ''), line: i + 1 }));
  const groups = slideGroups(lines.slice(contentStart(lines)));
  const diagnostics: Diagnostic[] = [];
  const questions: DraftQuestion[] = [];
  const slides: DraftSlide[] = [];
  groups.forEach((group, i) => {
    const slide = convertSlide(group, i, file, questions, diagnostics);
    if (slide !== null) slides.push(slide);
  });
  const firstLine = groups[0]?.find((l) => l.text.trim() !== '')?.text.trim() ?? '';
  return {
    title: options.title ?? firstLine,
    language: options.language ?? guessLanguage(text),
    languageGuessed: options.language === undefined,
    slides,
    questions,
    assets: [],
    diagnostics,
  };
}

/** Where the slides begin: after "Items in this lesson", else after the header lines at the top. */
function contentStart(lines: readonly Line[]): number {
  const items = lines.slice(0, 40).findIndex((l) => CONTENT_START.test(l.text.trim()));
  if (items >= 0) return items + 1;
  let at = 0;
  while (at < lines.length) {
    const text = lines[at]!.text.trim();
    if (text !== '' && !HEADER.some((h) => h.test(text))) {
      // The export repeats the title above the header: a line the header follows is part of it.
      const next = lines.slice(at + 1).find((l) => l.text.trim() !== '');
      if (next === undefined || !HEADER.some((h) => h.test(next.text.trim()))) break;
    }
    at++;
  }
  return at;
}

/** The lines of each slide: a marker line closes the slide above it; text after the last marker is
 *  the last slide. */
function slideGroups(lines: readonly Line[]): Line[][] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (SLIDE_MARKER.test(line.text.trim())) {
      groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.some((l) => l.text.trim() !== '')) groups.push(current);
  return groups.filter((g) => g.some((l) => l.text.trim() !== ''));
}

function convertSlide(
  group: readonly Line[],
  index: number,
  file: string,
  questions: DraftQuestion[],
  diagnostics: Diagnostic[],
): DraftSlide | null {
  const filled = group.filter((l) => l.text.trim() !== '');
  const first = filled[0];
  if (first === undefined) return null;
  const at: SourcePos = { file, line: first.line, column: 1 };
  const title = first.text.trim();
  const heading = `${index === 0 ? '#' : '##'} ${escapeLine(title)}`;
  const body = group.slice(group.indexOf(first) + 1);
  const number = index + 1;
  if (index > 0 && filled.length === 1) {
    if (/\?$/.test(title)) {
      const id = uniqueId(slug(title) || `vraag-${number}`, questions);
      questions.push({ id, type: 'open', prompt: escapeLine(title) });
      diagnostics.push(
        diag(
          'IMPORT_ATTENTION',
          at,
          (w) => w.importQuestionSlide(number, id),
          (w) => w.importQuestionSlideHint(),
        ),
      );
      return { markdown: `${heading}\n\n::question ${id}` };
    }
    diagnostics.push(
      diag(
        'IMPORT_ATTENTION',
        at,
        (w) => w.importOnlyTitle(number),
        (w) => w.importOnlyTitleHint(),
      ),
    );
  }
  return { markdown: [heading, ...bodyBlocks(body)].join('\n\n') };
}

function uniqueId(base: string, questions: readonly DraftQuestion[]): string {
  let id = /^[a-z]/.test(base) ? base : `v-${base}`;
  for (let n = 2; questions.some((q) => q.id === id); n++) id = `${base}-${n}`;
  return id;
}

/** The Markdown blocks of a slide's lines below its title. */
function bodyBlocks(lines: readonly Line[]): string[] {
  const blocks: string[] = [];
  let list: string[] = [];
  /** Inside a numbered paragraph: the lines right under it (no blank line between) continue it. */
  let item: string[] | null = null;
  const flushList = (): void => {
    if (list.length > 0) blocks.push(list.join('\n'));
    list = [];
  };
  const flushItem = (): void => {
    if (item !== null) blocks.push(item.join('\n\n'));
    item = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    const next = lines[i + 1]?.text.trim() ?? '';
    if (text === '') {
      flushList();
      flushItem();
      continue;
    }
    const bullet = BULLET.exec(text);
    if (bullet) {
      flushItem();
      list.push(`- ${escapeLine(bullet[1] ?? '')}`);
      continue;
    }
    flushList();
    const time = TIME.exec(next);
    if (/^timer$/i.test(text) && time) {
      flushItem();
      blocks.push(`::timer ${time[1]}`);
      i++;
      continue;
    }
    const numbered = NUMBERED.exec(text);
    if (numbered) {
      flushItem();
      const [, n, rest = ''] = numbered;
      const step = rest.length <= 80 && !/[.!?;:]$/.test(rest) && next !== '' && !NUMBERED.test(next);
      if (step) blocks.push(`### ${n}. ${escapeLine(rest)}`);
      else item = [`${n}. ${escapeLine(rest)}`];
      continue;
    }
    if (item !== null) (item as string[]).push(`   ${escapeLine(text)}`);
    else blocks.push(escapeLine(text));
  }
  flushList();
  flushItem();
  return blocks;
}
